import { ListParseError } from "../errors/index.js";
import { partialDateProblem, type Entry, type EntryAlias, type EntryIdentifier, type Watchlist } from "../schema/index.js";
import { decodeListText, lineAt } from "./decodeListText.js";
import { IssueLog, loadedAtOf } from "./IssueLog.js";
import type { ListParseOptions } from "./ListParseOptions.js";
import { resolveListCountry } from "./resolveListCountry.js";

/** Options of {@link parseFtmEntities}. */
export interface FtmParseOptions extends ListParseOptions {
  /**
   * Keep only entities marked `target: true` (the listed parties), as OpenSanctions means its
   * exports to be screened. Related parties (`target: false`) are counted in `stats.skipped`.
   * Default true. An entity without a `target` field is kept.
   */
  readonly targetsOnly?: boolean;
}

const DEFAULT_ID = "opensanctions-ftm";

/** The FtM schemata that are parties to screen, and the entry kind of each. */
const PARTY_KINDS: Readonly<Record<string, Entry["kind"]>> = {
  Person: "person",
  Company: "organization",
  Organization: "organization",
  LegalEntity: "organization",
  PublicBody: "organization",
  Vessel: "vessel",
  Airplane: "aircraft",
};

/** FtM identifier properties and the identifier type each becomes. */
const IDENTIFIER_PROPS: Readonly<Record<string, string>> = {
  passportNumber: "passport",
  idNumber: "national-id",
  registrationNumber: "registration",
  taxNumber: "tax-id",
  vatCode: "tax-id",
  innCode: "tax-id",
  kppCode: "tax-id",
  ogrnCode: "registration",
  okpoCode: "registration",
  uniqueEntityId: "registration",
  npiCode: "registration",
  leiCode: "lei",
  swiftBic: "swift",
  bikCode: "bik",
  dunsCode: "duns",
  imoNumber: "imo",
  mmsi: "mmsi",
  callSign: "call-sign",
  serialNumber: "aircraft-msn",
  email: "email",
  phone: "phone",
  website: "website",
};

const NAME_PROPS: readonly (readonly [string, string])[] = [
  ["name", "name"],
  ["alias", "alias"],
  ["weakAlias", "weak"],
  ["previousName", "fka"],
];

type Props = Readonly<Record<string, readonly unknown[]>>;

interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly caption?: string;
  readonly properties: Props;
  readonly referents?: readonly string[];
  readonly datasets?: readonly string[];
  readonly target?: boolean;
  readonly last_change?: string;
}

interface Pending {
  readonly line: number;
  readonly entity: FtmEntity;
}

function strings(props: Props, key: string): string[] {
  const v = props[key];
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const x of v) if (typeof x === "string" && x.trim() !== "") out.push(x.trim());
  return out;
}

function isEntity(value: unknown): value is FtmEntity {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return typeof o["id"] === "string" && o["id"] !== "" && typeof o["schema"] === "string" && typeof o["properties"] === "object" && o["properties"] !== null && !Array.isArray(o["properties"]);
}

/**
 * Reads OpenSanctions FollowTheMoney entities (one JSON object per line, the format of
 * OpenSanctions' `entities.ftm.json` exports) into a `Watchlist`.
 *
 * - Parties: `Person` → person; `Company`, `Organization`, `LegalEntity`, `PublicBody` →
 *   organization; `Vessel` → vessel; `Airplane` → aircraft. The entry id is the FtM id.
 * - Names: `caption` (or the first `name`) is the primary name; the other `name` values become
 *   aliases of quality `name`, `alias` → `alias`, `weakAlias` → `weak`, `previousName` → `fka`.
 * - `birthDate` → `birthDates` (partial ISO dates); `nationality` and `citizenship` →
 *   `nationalities`; `country`, `jurisdiction`, `mainCountry`, `flag` and the countries of
 *   referenced addresses → `countries` (all ISO alpha-2; codes that are not ISO, such as
 *   OpenSanctions' `suhh`, are kept in remarks and reported in `stats.warnings`).
 * - Identifiers: `passportNumber`, `idNumber`, `registrationNumber`, `taxNumber`, `innCode`,
 *   `ogrnCode`, `leiCode`, `swiftBic`, `imoNumber`, … (see the table in the source) with the
 *   property name in the note; `Identification`/`Passport` entities add identifiers to their
 *   `holder`, `CryptoWallet` entities add digital-currency addresses to theirs.
 * - Programmes: the entity's own `programId`/`program`, and those of `Sanction` entities that
 *   name it; when there are none, the entity's `datasets` (e.g. `eu_fsf`). `topics`
 *   (`sanction`, `sanction.linked`, …) are kept in `topics`: they classify risk, they are not
 *   programmes.
 * - `referents` of the form `ofac-<n>` become references `OFAC-<n>` (the id the OFAC loader
 *   gives the same party). `createdAt` → `listedOn`, `last_change` → `lastUpdated`.
 * - `Address` entities are not parties: their text and country are attached to the parties
 *   whose `addressEntity` names them (by id or referent), and each Address line is counted in
 *   `stats.skipped` saying so. `Sanction`, `Identification`, `Passport` and `CryptoWallet`
 *   lines likewise; every other schema is skipped with its reason.
 *
 * @throws ListParseError for an empty or binary file, a file where no line is JSON, and an
 *   invalid line (not JSON, not an entity) unless `onInvalid: "skip"`.
 * @example
 * ```ts
 * const os = parseFtmEntities(readFileSync("entities.ftm.json"));
 * os.entries[0]?.id //=> "NK-2GdmHtZTeNXjNVrBGEXZNj"
 * ```
 */
export function parseFtmEntities(jsonLines: string | Uint8Array, options: FtmParseOptions = {}): Watchlist {
  const id = options.id ?? DEFAULT_ID;
  const text = decodeListText(jsonLines, "utf-8", id);
  const log = new IssueLog(id, options.onInvalid);
  const targetsOnly = options.targetsOnly ?? true;
  const parties: Pending[] = [];
  const addresses = new Map<string, { full: string; country: string[]; line: number; used: number }>();
  const attachments: Pending[] = [];
  const skippedOther: { line: number; entity: FtmEntity }[] = [];
  let records = 0;
  let json = 0;
  let line = 0;
  for (const raw of text.split("\n")) {
    line++;
    const src = raw.trim();
    if (src === "") continue;
    records++;
    let value: unknown;
    try {
      value = JSON.parse(src);
    } catch (e) {
      log.invalid({ line }, `not JSON: ${(e as Error).message}`);
      continue;
    }
    json++;
    if (!isEntity(value)) {
      log.invalid({ line }, "not a FollowTheMoney entity: needs a string id, a string schema and a properties object");
      continue;
    }
    const entity = value;
    if (PARTY_KINDS[entity.schema] !== undefined) {
      if (targetsOnly && entity.target === false) log.skip({ line, record: entity.id }, `${entity.schema} is not a target (target: false): a related party, not itself listed`);
      else parties.push({ line, entity });
    } else if (entity.schema === "Address") {
      const full = strings(entity.properties, "full")[0] ?? [strings(entity.properties, "street")[0], strings(entity.properties, "city")[0], strings(entity.properties, "postalCode")[0]].filter(Boolean).join(", ");
      const a = { full: full || entity.caption || "", country: strings(entity.properties, "country"), line, used: 0 };
      addresses.set(entity.id, a);
      for (const r of entity.referents ?? []) addresses.set(r, a);
    } else if (["Sanction", "Identification", "Passport", "CryptoWallet"].includes(entity.schema)) {
      attachments.push({ line, entity });
    } else {
      skippedOther.push({ line, entity });
    }
  }
  if (records > 0 && json === 0) throw new ListParseError({ source: id, line: lineAt(text, 0) }, "no line is JSON: not a FollowTheMoney JSON-lines file");

  const byId = new Map<string, Entry>();
  const entries: Entry[] = [];
  for (const { line: at, entity } of parties) {
    const entry = buildEntry(entity, at, id, log, addresses);
    if (entry === undefined) continue;
    if (byId.has(entry.id)) {
      log.invalid({ line: at, record: entity.id }, `duplicate id ${entity.id}`);
      continue;
    }
    byId.set(entry.id, entry);
    for (const r of entity.referents ?? []) if (!byId.has(r)) byId.set(r, entry);
    entries.push(entry);
  }

  for (const { line: at, entity } of attachments) {
    const p = entity.properties;
    const targetIds = entity.schema === "Sanction" ? strings(p, "entity") : strings(p, "holder");
    const targets = targetIds.map((t) => byId.get(t)).filter((e): e is Entry => e !== undefined);
    if (targets.length === 0) {
      log.orphan({ line: at, record: entity.id }, `${entity.schema} refers to ${targetIds.length > 0 ? targetIds.join(", ") : "no entity"}, which is not a party in this file`);
      continue;
    }
    for (const target of targets) {
      if (entity.schema === "Sanction") {
        for (const prog of [...strings(p, "programId"), ...strings(p, "program")]) if (!target.programs.includes(prog)) target.programs.push(prog);
        const listed = strings(p, "listingDate")[0] ?? strings(p, "startDate")[0];
        if (listed !== undefined && target.listedOn === undefined) target.listedOn = listed.slice(0, 10);
      } else if (entity.schema === "CryptoWallet") {
        for (const key of strings(p, "publicKey")) target.identifiers.push({ type: "digital-currency-address", value: key, note: strings(p, "currency").join(", ") || "CryptoWallet" });
      } else {
        const type = entity.schema === "Passport" ? "passport" : /passport/i.test(strings(p, "type").join(" ")) ? "passport" : "national-id";
        const country = strings(p, "country").map((c) => resolveListCountry(c)).find((c) => c !== undefined);
        for (const number of [...strings(p, "number"), ...strings(p, "passportNumber")]) {
          const ident: EntryIdentifier = { type, value: number, note: [...new Set([entity.schema, ...strings(p, "type")])].join("; ") };
          if (country !== undefined) ident.country = country;
          target.identifiers.push(ident);
        }
      }
    }
    log.skip({ line: at, record: entity.id }, `${entity.schema}: not a party; attached to ${targets.map((t) => t.id).join(", ")}`);
  }
  // Sanction programmes were attached above; entries still without one carry their datasets.
  for (const { entity } of parties) {
    const entry = byId.get(entity.id);
    if (entry && entry.programs.length === 0) entry.programs.push(...(entity.datasets ?? []));
  }

  const counted = new Set<object>();
  for (const [key, a] of addresses) {
    if (counted.has(a)) continue;
    counted.add(a);
    log.skip({ line: a.line, record: key }, a.used > 0 ? `Address: not a party; its text is attached to the ${a.used === 1 ? "entity that references" : `${a.used} entities that reference`} it` : "Address: not a party, and no party in this file references it");
  }
  for (const { line: at, entity } of skippedOther) log.skip({ line: at, record: entity.id }, `schema ${entity.schema} is not a party: not screened`);
  log.skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  const list: Watchlist = {
    id,
    source: "OpenSanctions (FollowTheMoney entities)",
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
  if (options.publishedAt !== undefined) list.publishedAt = options.publishedAt;
  else log.warn({}, "FtM exports carry no publication date: pass options.publishedAt so that list staleness can be checked");
  return list;
}

function buildEntry(entity: FtmEntity, line: number, source: string, log: IssueLog, addresses: Map<string, { full: string; country: string[]; used: number }>): Entry | undefined {
  const p = entity.properties;
  const at = { line, record: entity.id };
  const kind = PARTY_KINDS[entity.schema] ?? "organization";
  const names = strings(p, "name");
  const caption = typeof entity.caption === "string" ? entity.caption.trim() : "";
  const primary = caption !== "" && caption !== entity.id ? caption : names[0];
  if (primary === undefined || primary === "") {
    log.invalid(at, `${entity.schema} has no name`);
    return undefined;
  }
  const seen = new Set([primary.toLowerCase()]);
  const aliases: EntryAlias[] = [];
  for (const [prop, quality] of NAME_PROPS) {
    for (const n of strings(p, prop)) {
      if (seen.has(n.toLowerCase())) continue;
      seen.add(n.toLowerCase());
      aliases.push({ name: n, quality });
    }
  }
  const notes: string[] = [];
  const birthDates: string[] = [];
  for (const d of strings(p, "birthDate")) {
    const v = d.slice(0, 10);
    if (partialDateProblem(v) === undefined) {
      if (!birthDates.includes(v)) birthDates.push(v);
    } else {
      notes.push(`Date of birth: ${d}`);
      log.warn(at, `birthDate "${d}" is not a date; kept in remarks`);
    }
  }
  const iso = (values: readonly string[], what: string, into: string[]) => {
    for (const v of values) {
      const code = resolveListCountry(v);
      if (code !== undefined) {
        if (!into.includes(code)) into.push(code);
      } else {
        notes.push(`${what}: ${v}`);
        log.warn(at, `${what} "${v}" is not an ISO country; kept in remarks`);
      }
    }
  };
  const nationalities: string[] = [];
  iso([...strings(p, "nationality"), ...strings(p, "citizenship")], "nationality", nationalities);
  const countries: string[] = [];
  iso([...strings(p, "country"), ...strings(p, "jurisdiction"), ...strings(p, "mainCountry"), ...strings(p, "flag")], "country", countries);
  const addressTexts = [...strings(p, "address")];
  for (const ref of strings(p, "addressEntity")) {
    const a = addresses.get(ref);
    if (a === undefined) {
      log.warn(at, `addressEntity ${ref} is not in this file; the address is unknown`);
      continue;
    }
    a.used++;
    if (a.full !== "" && !addressTexts.includes(a.full)) addressTexts.push(a.full);
    iso(a.country, "address country", countries);
  }
  const identifiers: EntryIdentifier[] = [];
  for (const [prop, type] of Object.entries(IDENTIFIER_PROPS)) {
    for (const v of strings(p, prop)) identifiers.push({ type, value: v, note: prop });
  }
  const entry: Entry = {
    id: entity.id,
    kind,
    name: primary,
    aliases,
    birthDates,
    nationalities,
    countries,
    identifiers,
    programs: [...new Set([...strings(p, "programId"), ...strings(p, "program")])],
    source,
  };
  const refs = (entity.referents ?? []).map((r) => /^ofac-(\d+)$/.exec(r)).filter((m): m is RegExpExecArray => m !== null).map((m) => `OFAC-${m[1]}`);
  if (refs.length > 0) entry.references = [...new Set(refs)];
  const created = strings(p, "createdAt")[0];
  if (created !== undefined) entry.listedOn = created.slice(0, 10);
  if (typeof entity.last_change === "string") entry.lastUpdated = entity.last_change.slice(0, 10);
  const pob = strings(p, "birthPlace");
  if (pob.length > 0) entry.placesOfBirth = pob;
  const gender = strings(p, "gender")[0];
  if (gender !== undefined) entry.gender = gender;
  const title = strings(p, "title");
  if (title.length > 0) entry.title = title.join("; ");
  const positions = strings(p, "position");
  if (positions.length > 0) entry.positions = positions;
  const topics = strings(p, "topics");
  if (topics.length > 0) entry.topics = topics;
  if (addressTexts.length > 0) entry.addresses = addressTexts;
  const remarks = [...strings(p, "notes"), ...strings(p, "summary"), ...strings(p, "description"), ...notes];
  if (remarks.length > 0) entry.remarks = remarks.join("\n");
  return entry;
}
