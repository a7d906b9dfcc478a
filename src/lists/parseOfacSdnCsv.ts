import type { Entry, EntryAlias, EntryVessel, Watchlist } from "../schema/index.js";
import { decodeListText } from "./decodeListText.js";
import { IssueLog, loadedAtOf } from "./IssueLog.js";
import type { ListParseOptions } from "./ListParseOptions.js";
import { parseOfacRemarks } from "./parseOfacRemarks.js";
import { readOfacCsv, type OfacRow } from "./readOfacCsv.js";
import { resolveListCountry } from "./resolveListCountry.js";

/** The OFAC legacy CSV files of the SDN list. Only `sdn` is required. */
export interface OfacSdnFiles {
  /** `sdn.csv`: one row per listed party. */
  readonly sdn: string | Uint8Array;
  /** `alt.csv`: alternate names. */
  readonly alt?: string | Uint8Array | undefined;
  /** `add.csv`: addresses. */
  readonly add?: string | Uint8Array | undefined;
  /** `sdn_comments.csv`: Remarks continued past the 1,000-character field of `sdn.csv`. */
  readonly comments?: string | Uint8Array | undefined;
}

/** Options of {@link parseOfacSdnCsv}. */
export type OfacParseOptions = ListParseOptions;

const DEFAULT_ID = "ofac-sdn";

/** The name of each file in errors (`ListParseError.source`). */
const FILE_SOURCES: Readonly<Record<string, string>> = { "sdn.csv": "ofac-sdn", "alt.csv": "ofac-alt", "add.csv": "ofac-add", "sdn_comments.csv": "ofac-comments" };
const sourceOf = (file: string) => FILE_SOURCES[file] ?? file;
const REMARKS_FIELD_LIMIT = 1000;

function kindOf(sdnType: string): Entry["kind"] | undefined {
  switch (sdnType.toLowerCase()) {
    case "individual":
      return "person";
    case "vessel":
      return "vessel";
    case "aircraft":
      return "aircraft";
    case "":
    case "entity":
      return "organization";
    default:
      return undefined;
  }
}

/** `"DPRK3] [DPRK4"` → `["DPRK3", "DPRK4"]`. */
function programsOf(text: string): string[] {
  return text
    .split(/\]\s*\[/)
    .map((p) => p.replace(/[[\]]/g, "").trim())
    .filter((p) => p !== "");
}

function read(input: string | Uint8Array, file: string, columns: number, log: IssueLog) {
  const source = sourceOf(file);
  return readOfacCsv(decodeListText(input, "windows-1252", source), { file, source, columns, log });
}

function entNumOf(row: OfacRow, file: string, log: IssueLog): string | undefined {
  const ent = row.fields[0] ?? "";
  if (/^\d+$/.test(ent)) return ent;
  log.invalid({ file, line: row.line, record: ent }, `ent_num "${ent}" is not a number`);
  return undefined;
}

interface Draft {
  readonly entry: Entry;
  readonly line: number;
  remarks: string;
  readonly aliasKeys: Set<string>;
}

/**
 * Reads the OFAC SDN list from its legacy CSV files into a `Watchlist`. Bytes are decoded as
 * Windows-1252 (the files' encoding); `-0- ` is an empty field; the final 0x1A byte is ignored.
 *
 * - `sdn.csv` → one entry per row: id `OFAC-<ent_num>`; kind from SDN_Type (`individual` →
 *   person, `vessel`, `aircraft`, empty → organization); programmes from `"DPRK3] [DPRK4"`;
 *   Title → `positions`; vessel columns → `vessel`, call sign → an identifier, flag → `countries`.
 * - Remarks (continued from `sdn_comments.csv` when they fill the 1,000-character field) are read
 *   into fields by `parseOfacRemarks`; what is not understood stays in `remarks`.
 * - `alt.csv` rows → aliases (quality `aka` / `fka` / `nka`, or `weak` when the row's remarks
 *   say the alias is weak, remarks in the alias note); `add.csv` rows → `addresses` and
 *   `countries` (ISO). Both are joined by ent_num.
 * - alt/add/comments rows whose ent_num is in no sdn.csv row are reported in `stats.orphans`
 *   (the files are published separately and may be of different dates); `stats.files` gives each
 *   file's rows and how many were used.
 *
 * @throws ListParseError (source `ofac-sdn`, `ofac-alt`, `ofac-add` or `ofac-comments`) for an
 *   empty, binary or malformed file, a file whose first row has the
 *   wrong number of columns, and an invalid row (wrong column count, ent_num not a number,
 *   duplicate ent_num, no name, unknown SDN_Type) unless `onInvalid: "skip"`.
 * @example
 * ```ts
 * const ofac = parseOfacSdnCsv({ sdn: readFileSync("sdn.csv"), alt: readFileSync("alt.csv") });
 * ofac.entries.find((e) => e.id === "OFAC-43377")?.birthDates //=> ["1965-04-25"]
 * ```
 */
export function parseOfacSdnCsv(files: OfacSdnFiles, options: OfacParseOptions = {}): Watchlist {
  const id = options.id ?? DEFAULT_ID;
  const log = new IssueLog(id, options.onInvalid, sourceOf);
  const sdn = read(files.sdn, "sdn.csv", 12, log);
  const drafts = new Map<string, Draft>();
  const fileStats: { file: string; records: number; used: number }[] = [];

  for (const row of sdn.rows) {
    const ent = entNumOf(row, "sdn.csv", log);
    if (ent === undefined) continue;
    const at = { file: "sdn.csv", line: row.line, record: ent };
    const [, name = "", sdnType = "", program = "", title = "", callSign = "", vessType = "", tonnage = "", grt = "", flag = "", owner = "", remarks = ""] = row.fields;
    if (drafts.has(ent)) {
      log.invalid(at, `duplicate ent_num ${ent}: line ${drafts.get(ent)?.line} has the same id`);
      continue;
    }
    if (name === "") {
      log.invalid(at, "SDN_Name is empty");
      continue;
    }
    const kind = kindOf(sdnType);
    if (kind === undefined) {
      log.invalid(at, `unknown SDN_Type "${sdnType}" (expected individual, vessel, aircraft or empty)`);
      continue;
    }
    const entry: Entry = { id: `OFAC-${ent}`, kind, name, aliases: [], birthDates: [], nationalities: [], countries: [], identifiers: [], programs: programsOf(program), source: id };
    if (title !== "") entry.positions = [title];
    const vessel: EntryVessel = {};
    if (callSign !== "") vessel.callSign = callSign;
    if (vessType !== "") vessel.type = vessType;
    if (tonnage !== "") vessel.tonnage = tonnage;
    if (grt !== "") vessel.grossRegisteredTonnage = grt;
    if (flag !== "") vessel.flag = flag;
    if (owner !== "") vessel.owner = owner;
    if (Object.keys(vessel).length > 0) entry.vessel = vessel;
    if (callSign !== "") entry.identifiers.push({ type: "call-sign", value: callSign, note: "Call_Sign" });
    if (flag !== "") {
      const iso = resolveListCountry(flag);
      if (iso !== undefined) entry.countries.push(iso);
      else log.warn(at, `vessel flag "${flag}" is not an ISO country; kept in vessel.flag`);
    }
    drafts.set(ent, { entry, line: row.line, remarks, aliasKeys: new Set([name.toLowerCase()]) });
  }
  fileStats.push({ file: "sdn.csv", records: sdn.read, used: drafts.size });

  if (files.comments !== undefined) {
    const { rows, read: n } = read(files.comments, "sdn_comments.csv", 2, log);
    let used = 0;
    for (const row of rows) {
      const ent = entNumOf(row, "sdn_comments.csv", log);
      if (ent === undefined) continue;
      const at = { file: "sdn_comments.csv", line: row.line, record: ent };
      const draft = drafts.get(ent);
      const more = row.fields[1] ?? "";
      if (!draft) {
        log.orphan(at, `ent_num ${ent} is in no sdn.csv row (sdn_comments.csv may be of another date)`);
        continue;
      }
      // The continuation belongs to a Remarks field cut at its limit. A newer comments file can
      // hold the tail of remarks that this sdn.csv already has whole: then it is not appended.
      if (draft.remarks.length < REMARKS_FIELD_LIMIT && draft.remarks.endsWith(more)) {
        log.skip(at, `the sdn.csv remarks of ent_num ${ent} already end with this continuation (they were not cut): not appended`);
        continue;
      }
      draft.remarks += more;
      used++;
    }
    fileStats.push({ file: "sdn_comments.csv", records: n, used });
  }

  if (files.alt !== undefined) {
    const { rows, read: n } = read(files.alt, "alt.csv", 5, log);
    let used = 0;
    for (const row of rows) {
      const ent = entNumOf(row, "alt.csv", log);
      if (ent === undefined) continue;
      const at = { file: "alt.csv", line: row.line, record: ent };
      const [, altNum = "", altType = "", altName = "", altRemarks = ""] = row.fields;
      const draft = drafts.get(ent);
      if (!draft) {
        log.orphan(at, `ent_num ${ent} is in no sdn.csv row (alt_num ${altNum} "${altName}"; alt.csv may be newer than sdn.csv)`);
        continue;
      }
      if (altName === "") {
        log.invalid(at, `alt_num ${altNum} has no alt_name`);
        continue;
      }
      const alias: EntryAlias = { name: altName, quality: /weak/i.test(altRemarks) ? "weak" : altType.toLowerCase().replace(/\./g, "") || "aka" };
      if (altRemarks !== "") alias.note = altRemarks;
      addAlias(draft, alias);
      used++;
    }
    fileStats.push({ file: "alt.csv", records: n, used });
  }

  if (files.add !== undefined) {
    const { rows, read: n } = read(files.add, "add.csv", 6, log);
    let used = 0;
    for (const row of rows) {
      const ent = entNumOf(row, "add.csv", log);
      if (ent === undefined) continue;
      const at = { file: "add.csv", line: row.line, record: ent };
      const [, addNum = "", address = "", cityStatePostal = "", country = "", addRemarks = ""] = row.fields;
      const draft = drafts.get(ent);
      const text = [address, cityStatePostal, country].filter((s) => s !== "").join(", ");
      if (!draft) {
        log.orphan(at, `ent_num ${ent} is in no sdn.csv row (add_num ${addNum || "?"}${text !== "" ? ` "${text}"` : ""}; add.csv may be newer than sdn.csv)`);
        continue;
      }
      used++;
      const full = addRemarks !== "" ? (text !== "" ? `${text} (${addRemarks})` : addRemarks) : text;
      if (full === "") continue;
      const { entry } = draft;
      entry.addresses = [...(entry.addresses ?? []), full];
      if (country !== "") {
        const iso = resolveListCountry(country);
        if (iso === undefined) log.warn(at, `address country "${country}" is not an ISO country; kept in addresses`);
        else if (!entry.countries.includes(iso)) entry.countries.push(iso);
      }
    }
    fileStats.push({ file: "add.csv", records: n, used });
  }

  // Remarks last: an a.k.a. repeated in the remarks is then a duplicate of the alt.csv alias,
  // which carries the alias's own type and remarks.
  for (const draft of drafts.values()) {
    const { entry } = draft;
    if (draft.remarks === "") continue;
    const r = parseOfacRemarks(draft.remarks);
    entry.birthDates.push(...r.birthDates);
    entry.nationalities.push(...r.nationalities);
    entry.identifiers.push(...r.identifiers);
    for (const a of r.aliases) addAlias(draft, a);
    if (r.placesOfBirth.length > 0) entry.placesOfBirth = r.placesOfBirth;
    if (r.gender !== undefined) entry.gender = r.gender;
    if (r.linkedTo.length > 0) entry.linkedTo = r.linkedTo;
    if (r.details.length > 0) entry.details = r.details;
    if (r.remarks.length > 0) entry.remarks = r.remarks.join("; ");
    for (const p of r.problems) log.warn({ file: "sdn.csv", line: draft.line, record: entry.id.slice(5) }, p);
  }

  const entries = [...drafts.values()].map((d) => d.entry);
  const list: Watchlist = {
    id,
    source: "OFAC Specially Designated Nationals and Blocked Persons List (SDN), legacy CSV",
    loadedAt: loadedAtOf(options.loadedAt),
    entries,
    stats: {
      records: fileStats.reduce((n, f) => n + f.records, 0),
      entries: entries.length,
      names: entries.reduce((n, e) => n + 1 + e.aliases.length, 0),
      skipped: log.skipped,
      orphans: log.orphans,
      warnings: log.warnings,
      files: fileStats,
    },
  };
  // sdn.csv carries no date of its own: the caller knows when it was published.
  if (options.publishedAt !== undefined) list.publishedAt = options.publishedAt;
  else log.warn({}, "sdn.csv carries no publication date: pass options.publishedAt so that list staleness can be checked");
  return list;
}

function addAlias(draft: Draft, alias: EntryAlias): void {
  const key = alias.name.toLowerCase();
  if (draft.aliasKeys.has(key)) return;
  draft.aliasKeys.add(key);
  draft.entry.aliases.push(alias);
}
