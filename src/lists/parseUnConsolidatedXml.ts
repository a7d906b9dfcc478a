import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ListParseError } from "../errors/index.js";
import type { Entry, EntryAlias, EntryIdentifier, Watchlist } from "../schema/index.js";
import { decodeListText } from "./decodeListText.js";
import { IssueLog, loadedAtOf } from "./IssueLog.js";
import type { ListParseOptions } from "./ListParseOptions.js";
import { parseListDate } from "./listDates.js";
import { resolveListCountry } from "./resolveListCountry.js";
import { unBirthDate } from "./unBirthDate.js";
import { UN_PROGRAMS } from "./unPrograms.js";
import { attributeOf, childrenOf, groupChildren, tagOf, textOf, type XmlNode } from "./xmlNodes.js";

/** Options of {@link parseUnConsolidatedXml}. */
export interface UnParseOptions extends ListParseOptions {
  /** Keep only records of these `UN_LIST_TYPE` values, e.g. `["DPRK"]`. Default: all. */
  readonly listTypes?: readonly string[];
}

const DEFAULT_ID = "un-sc-consolidated";

// preserveOrder is the fastest output shape of fast-xml-parser 5 on this file (about half the
// time of the default object shape); values stay strings.
const PARSER = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: true,
});

type Fields = ReadonlyMap<string, XmlNode[][]>;

function first(fields: Fields, tag: string): string {
  return textOf(fields.get(tag)?.[0] ?? []);
}

/** The `VALUE` texts of a repeated `<TAG><VALUE>…</VALUE></TAG>` field. */
function values(fields: Fields, tag: string): string[] {
  const out: string[] = [];
  for (const el of fields.get(tag) ?? []) {
    for (const v of el) {
      if (tagOf(v) !== "VALUE") continue;
      const t = textOf(childrenOf(v, "VALUE"));
      if (t !== "") out.push(t);
    }
  }
  return out;
}

function joinParts(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p !== "").join(", ");
}

function countOpenTags(text: string, tag: string): number {
  const needle = `<${tag}>`;
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

const DOC_TYPES: readonly [RegExp, string][] = [
  [/passport|pasaporte|passeport/i, "passport"],
  [/national identi|identity card|id card|tazkira|c[ée]dula/i, "national-id"],
];

function documentType(type: string, type2: string): string {
  for (const [re, t] of DOC_TYPES) if (re.test(type) || (type === "" && re.test(type2))) return t;
  const slug = (type || type2).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return slug === "" ? "document" : slug;
}

// A number written inside a document note when NUMBER is empty: "passport number L 191609",
// "Italian Fiscal Code: DAOMMD74T11Z352Z", "04643632 issued on 18 Jun. 1999".
const NUMBER_IN_NOTE = /(?:number|no\.|code:?|card)\s*([A-Z]{0,3}[- ]{0,2}\d[0-9A-Z-]{3,})|^(\d[0-9A-Z]{4,})\b/i;

/**
 * Reads the UN Security Council Consolidated List XML (all regimes, individuals and entities)
 * into a `Watchlist`. Every field of a record is kept:
 *
 * - `id` = `REFERENCE_NUMBER` as published (trimmed): `"KPi.018"`; `programs` from
 *   `UN_LIST_TYPE` via {@link UN_PROGRAMS} (`DPRK` → `"UN-1718"`).
 * - `name` = `FIRST_NAME` … `FOURTH_NAME` in the published order (the UN writes DPRK surnames
 *   first: "RI HONG-SOP"). `NAME_ORIGINAL_SCRIPT` becomes an alias of quality
 *   `"original-script"`; aliases keep their `QUALITY` (Good, Low, a.k.a., f.k.a.), their own
 *   `DATE_OF_BIRTH` (`birthDate`) and their note and place of birth (`note`).
 * - dates of birth: see `unBirthDate` (APPROXIMATELY is stored as a ±1-year range).
 * - nationalities, document and address countries become ISO alpha-2; a country that does not
 *   resolve is kept as text (remarks, note or address) and listed in `stats.warnings`.
 * - documents → `identifiers` (`passport`, `national-id`, …) with country and note; addresses →
 *   `addresses` (text) and `countries` (ISO); `DESIGNATION` → `positions`; `TITLE` → `title`;
 *   `COMMENTS1` → `remarks`; `LISTED_ON` → `listedOn`; the latest `LAST_DAY_UPDATED` →
 *   `lastUpdated`; the root's `dateGenerated` → `publishedAt` (unless `options.publishedAt`).
 *
 * Bytes are decoded as UTF-8. The whole document is checked for well-formedness first, so a
 * truncated or corrupted file throws a `ListParseError` with the line; so does a file whose
 * root is not `CONSOLIDATED_LIST`. A record without a reference number or a name is invalid
 * (see `onInvalid`); records outside `listTypes` are counted in `stats.skipped`.
 *
 * @throws ListParseError for a file that is not a well-formed UN consolidated list, and for an
 *   invalid record unless `onInvalid: "skip"`.
 * @example
 * ```ts
 * const un = parseUnConsolidatedXml(readFileSync("consolidated.xml"), { listTypes: ["DPRK"] });
 * un.entries.find((e) => e.id === "KPi.018")?.birthDates //=> ["1976-10-18"]
 * ```
 */
export function parseUnConsolidatedXml(xml: string | Uint8Array, options: UnParseOptions = {}): Watchlist {
  const id = options.id ?? DEFAULT_ID;
  const text = decodeListText(xml, "utf-8", id);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw malformed(text, id, valid.err);
  const doc = PARSER.parse(text) as XmlNode[];
  const root = doc.find((n) => tagOf(n) === "CONSOLIDATED_LIST");
  if (root === undefined) {
    const found = doc.map(tagOf).find((t) => t !== undefined && t !== "?xml");
    throw new ListParseError({ source: id }, `not a UN Security Council Consolidated List: the root element is <${found ?? "none"}>, expected <CONSOLIDATED_LIST>`);
  }
  const log = new IssueLog(id, options.onInvalid);
  const wanted = options.listTypes ? new Set(options.listTypes) : undefined;
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const unknownTypes = new Set<string>();
  let records = 0;
  let individuals = 0;
  let entities = 0;

  for (const section of childrenOf(root, "CONSOLIDATED_LIST")) {
    const sectionTag = tagOf(section);
    if (sectionTag === undefined) continue;
    const recordTag = sectionTag === "INDIVIDUALS" ? "INDIVIDUAL" : sectionTag === "ENTITIES" ? "ENTITY" : undefined;
    if (recordTag === undefined) {
      log.warn({ record: sectionTag }, `unexpected element <${sectionTag}> under the root: not read`);
      continue;
    }
    for (const node of childrenOf(section, sectionTag)) {
      const tag = tagOf(node);
      if (tag === undefined) continue;
      records++;
      if (tag !== recordTag) {
        log.invalid({ record: `<${tag}> #${records}` }, `unexpected element <${tag}> in <${sectionTag}>`);
        continue;
      }
      if (tag === "INDIVIDUAL") individuals++;
      else entities++;
      const fields = groupChildren(childrenOf(node, tag));
      const ref = first(fields, "REFERENCE_NUMBER");
      const where = { record: ref !== "" ? ref : `DATAID ${first(fields, "DATAID") || `? (${tag} #${tag === "INDIVIDUAL" ? individuals : entities})`}` };
      const listType = first(fields, "UN_LIST_TYPE");
      if (wanted && !wanted.has(listType)) {
        log.skip(where, `UN_LIST_TYPE "${listType}" is not among the selected list types (${[...wanted].join(", ")})`);
        continue;
      }
      if (ref === "") {
        log.invalid(where, "record has no REFERENCE_NUMBER");
        continue;
      }
      if (seen.has(ref)) {
        log.invalid(where, `duplicate REFERENCE_NUMBER ${ref}: an earlier record has the same id`);
        continue;
      }
      const built = buildEntry(tag === "INDIVIDUAL" ? "person" : "organization", fields, ref, id, log);
      if (built === undefined) continue;
      if (listType === "") log.warn(where, "record has no UN_LIST_TYPE: no programme given");
      else if (UN_PROGRAMS[listType] === undefined) unknownTypes.add(listType);
      seen.add(ref);
      entries.push(built);
    }
  }
  for (const t of unknownTypes) log.warn({}, `UN_LIST_TYPE "${t}" has no programme mapping; its entries carry "UN-${t}"`);

  // The parser must have seen every record the text holds: a mismatch means records were lost.
  const inText = countOpenTags(text, "INDIVIDUAL") + countOpenTags(text, "ENTITY");
  if (inText !== individuals + entities) {
    throw new ListParseError({ source: id }, `read ${individuals + entities} records but the file holds ${inText} <INDIVIDUAL>/<ENTITY> elements`);
  }

  const list: Watchlist = {
    id,
    source: "UN Security Council Consolidated List",
    loadedAt: loadedAtOf(options.loadedAt),
    entries,
    stats: {
      records,
      entries: entries.length,
      names: entries.reduce((n, e) => n + 1 + e.aliases.length, 0),
      skipped: log.skipped,
      orphans: log.orphans,
      warnings: log.warnings,
    },
  };
  const published = options.publishedAt ?? attributeOf(root, "dateGenerated");
  if (published !== undefined && published !== "") list.publishedAt = published;
  else log.warn({}, "the root has no dateGenerated: publishedAt unknown, staleness cannot be checked");
  return list;
}

/** The error for XML that the validator rejects, at the most useful line. */
function malformed(text: string, source: string, err: { code: string; msg: string; line: number }): ListParseError {
  const open = /^Invalid '(\[.*\])' found/s.exec(err.msg);
  if (open) {
    // Elements still open at the end of the text: the file was cut off.
    let tags: string[] = [];
    try {
      tags = JSON.parse(open[1] ?? "[]") as string[];
    } catch {
      // keep the message without the tag list
    }
    const lines = text.split("\n").length;
    const refs = [...text.matchAll(/<REFERENCE_NUMBER>\s*([^<]*?)\s*<\/REFERENCE_NUMBER>/g)];
    const last = refs[refs.length - 1]?.[1];
    const where = last !== undefined ? `; the last record read is ${last}` : "";
    return new ListParseError({ source, line: lines }, `not well-formed XML: the file ends at line ${lines} with ${tags.length > 0 ? tags.map((t) => `<${t}>`).join(", ") : "elements"} still open (truncated?)${where}`);
  }
  return new ListParseError({ source, line: err.line }, `not well-formed XML (truncated or corrupted): ${err.msg}`);
}

function buildEntry(kind: "person" | "organization", fields: Fields, ref: string, source: string, log: IssueLog): Entry | undefined {
  const at = { record: ref };
  const name = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].map((t) => first(fields, t)).filter((s) => s !== "").join(" ");
  if (name === "") {
    log.invalid(at, "record has no name (FIRST_NAME … FOURTH_NAME are empty)");
    return undefined;
  }
  const notes: string[] = [];
  const comments = first(fields, "COMMENTS1");
  if (comments !== "") notes.push(comments);

  const aliases: EntryAlias[] = [];
  const original = first(fields, "NAME_ORIGINAL_SCRIPT");
  if (original !== "") aliases.push({ name: original, quality: "original-script" });
  for (const el of [...(fields.get("INDIVIDUAL_ALIAS") ?? []), ...(fields.get("ENTITY_ALIAS") ?? [])]) {
    const f = groupChildren(el);
    const aliasName = first(f, "ALIAS_NAME");
    if (aliasName === "") continue;
    const alias: EntryAlias = { name: aliasName };
    const quality = first(f, "QUALITY");
    if (quality !== "") alias.quality = quality;
    const dobText = first(f, "DATE_OF_BIRTH");
    const aliasNotes: string[] = [];
    if (dobText !== "") {
      const dob = parseListDate(dobText);
      if (dob !== undefined) alias.birthDate = dob;
      else {
        aliasNotes.push(`date of birth ${dobText}`);
        log.warn(at, `alias "${aliasName}": date of birth "${dobText}" is not a date; kept in the alias note`);
      }
    }
    const pob = joinParts([first(f, "CITY_OF_BIRTH"), first(f, "COUNTRY_OF_BIRTH")]);
    if (pob !== "") aliasNotes.push(`place of birth ${pob}`);
    const note = first(f, "NOTE");
    if (note !== "") aliasNotes.push(note);
    if (aliasNotes.length > 0) alias.note = aliasNotes.join("; ");
    aliases.push(alias);
  }

  const birthDates: string[] = [];
  for (const el of fields.get("INDIVIDUAL_DATE_OF_BIRTH") ?? []) {
    const dob = unBirthDate(groupChildren(el));
    if (dob.value !== undefined && !birthDates.includes(dob.value)) birthDates.push(dob.value);
    if (dob.note !== undefined) {
      notes.push(`Date of birth${dob.value !== undefined ? ` ${dob.value}` : ""}: ${dob.note}`);
      if (dob.value === undefined) log.warn(at, `date of birth "${dob.note}" is not a date; kept in remarks`);
    }
  }

  const placesOfBirth: string[] = [];
  for (const el of fields.get("INDIVIDUAL_PLACE_OF_BIRTH") ?? []) {
    const f = groupChildren(el);
    const place = joinParts([first(f, "STREET"), first(f, "CITY"), first(f, "STATE_PROVINCE"), first(f, "COUNTRY")]);
    const note = first(f, "NOTE");
    const full = note !== "" ? (place !== "" ? `${place} (${note})` : note) : place;
    if (full !== "") placesOfBirth.push(full);
  }

  const nationalities: string[] = [];
  for (const n of values(fields, "NATIONALITY")) {
    const iso = resolveListCountry(n);
    if (iso !== undefined) {
      if (!nationalities.includes(iso)) nationalities.push(iso);
    } else {
      notes.push(`Nationality: ${n}`);
      log.warn(at, `nationality "${n}" is not an ISO country; kept in remarks`);
    }
  }

  const identifiers: EntryIdentifier[] = [];
  for (const el of fields.get("INDIVIDUAL_DOCUMENT") ?? []) {
    const f = groupChildren(el);
    const type = first(f, "TYPE_OF_DOCUMENT");
    const type2 = first(f, "TYPE_OF_DOCUMENT2");
    const note = first(f, "NOTE");
    let number = first(f, "NUMBER");
    if (type === "" && type2 === "" && number === "" && note === "") continue;
    const noteParts: string[] = [];
    if (type !== "") noteParts.push(type);
    if (type2 !== "") noteParts.push(type2);
    if (number === "") {
      const m = NUMBER_IN_NOTE.exec(type2) ?? NUMBER_IN_NOTE.exec(note);
      number = (m?.[1] ?? m?.[2] ?? "").trim();
    }
    const countryText = first(f, "ISSUING_COUNTRY") || first(f, "COUNTRY_OF_ISSUE");
    const iso = countryText !== "" ? resolveListCountry(countryText) : undefined;
    if (countryText !== "" && iso === undefined) {
      noteParts.push(`issued by ${countryText}`);
      log.warn(at, `document country "${countryText}" is not an ISO country; kept in the note`);
    }
    const issued = joinParts([first(f, "DATE_OF_ISSUE") && `issued ${first(f, "DATE_OF_ISSUE")}`, first(f, "CITY_OF_ISSUE") && `in ${first(f, "CITY_OF_ISSUE")}`]);
    if (issued !== "") noteParts.push(issued);
    if (note !== "") noteParts.push(note);
    if (number === "") {
      notes.push(`Document: ${noteParts.join("; ")}`);
      continue;
    }
    const id: EntryIdentifier = { type: documentType(type, type2), value: number };
    if (iso !== undefined) id.country = iso;
    if (noteParts.length > 0) id.note = noteParts.join("; ");
    identifiers.push(id);
  }

  const addresses: string[] = [];
  const countries: string[] = [];
  for (const el of [...(fields.get("INDIVIDUAL_ADDRESS") ?? []), ...(fields.get("ENTITY_ADDRESS") ?? [])]) {
    const f = groupChildren(el);
    const country = first(f, "COUNTRY");
    const note = first(f, "NOTE");
    const place = joinParts([first(f, "STREET"), first(f, "CITY"), first(f, "STATE_PROVINCE"), first(f, "ZIP_CODE"), country]);
    const full = note !== "" ? (place !== "" ? `${place} (${note})` : note) : place;
    if (full === "") continue;
    addresses.push(full);
    if (country !== "") {
      const iso = resolveListCountry(country);
      if (iso === undefined) log.warn(at, `address country "${country}" is not an ISO country; kept in addresses`);
      else if (!countries.includes(iso)) countries.push(iso);
    }
  }

  const listType = first(fields, "UN_LIST_TYPE");
  const entry: Entry = {
    id: ref,
    kind,
    name,
    aliases,
    birthDates,
    nationalities,
    countries,
    identifiers,
    programs: listType === "" ? [] : [UN_PROGRAMS[listType] ?? `UN-${listType}`],
    source,
  };
  const listedOn = first(fields, "LISTED_ON").slice(0, 10);
  if (listedOn !== "") entry.listedOn = listedOn;
  const updated = values(fields, "LAST_DAY_UPDATED").map((d) => d.slice(0, 10)).sort();
  const last = updated[updated.length - 1];
  if (last !== undefined) entry.lastUpdated = last;
  const gender = first(fields, "GENDER");
  if (gender !== "") entry.gender = gender;
  const titles = values(fields, "TITLE");
  if (titles.length > 0) entry.title = titles.join("; ");
  const positions = values(fields, "DESIGNATION");
  if (positions.length > 0) entry.positions = positions;
  if (placesOfBirth.length > 0) entry.placesOfBirth = placesOfBirth;
  if (addresses.length > 0) entry.addresses = addresses;
  if (notes.length > 0) entry.remarks = notes.join("\n");
  return entry;
}
