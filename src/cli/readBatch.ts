import { parse } from "csv-parse/sync";

/** One record of an onboarding batch, with the line it started on. */
export type BatchRecord =
  | { readonly line: number; readonly ok: true; readonly value: unknown }
  | { readonly line: number; readonly ok: false; readonly reason: string };

/** A batch read from CSV or NDJSON: the records and any columns that were not used. */
export interface Batch {
  readonly format: "csv" | "ndjson";
  readonly records: readonly BatchRecord[];
  readonly ignoredColumns: readonly string[];
}

const LIST_SPLIT = /\s*[;|]\s*/;

/** CSV header names accepted for each subject field (lower-case, without spaces, _ or -). */
const COLUMN_ALIASES: Readonly<Record<string, string>> = {
  name: "name", fullname: "name", kind: "kind", type: "kind", aliases: "aliases", alias: "aliases", aka: "aliases",
  birthdate: "birthDate", dob: "birthDate", dateofbirth: "birthDate", nationalities: "nationalities",
  nationality: "nationalities", citizenship: "nationalities", countries: "countries", country: "countries",
  location: "countries", residence: "countries", sector: "sector", role: "sector", occupation: "sector", jobtitle: "sector",
  employer: "employer.name", employername: "employer.name", dispatcher: "employer.name", employercountry: "employer.country",
  passport: "identifier:passport", passportnumber: "identifier:passport", nationalid: "identifier:national-id",
  registrationnumber: "identifier:registration", registration: "identifier:registration", taxid: "identifier:tax-id",
  walletaddress: "identifier:digital-currency-address", cryptoaddress: "identifier:digital-currency-address",
  identifiers: "identifiers", workauthorizationissuedon: "workAuthorization.issuedOn", workpermitissuedon: "workAuthorization.issuedOn",
  workauthissuedon: "workAuthorization.issuedOn", contractsignedon: "workAuthorization.contractSignedOn",
  workauthorizationcountry: "workAuthorization.country", workpermitcountry: "workAuthorization.country", exemption: "exemption",
  ref: "ref", id: "ref", recordid: "ref", paymentincryptocurrency: "indicators.paymentInCryptocurrency",
  paymenttothirdcountry: "indicators.paymentToThirdCountry", multiplelogincountries: "indicators.multipleLoginCountries",
  logincountrymismatch: "indicators.loginCountryMismatch", identityinconsistency: "indicators.identityInconsistency",
  refusesvideo: "indicators.refusesVideo", laptopreshipping: "indicators.laptopReshipping",
  remoteaccesstools: "indicators.remoteAccessTools", thirdpartyaccounts: "indicators.thirdPartyAccounts",
  offhoursmismatch: "indicators.offHoursMismatch",
};

function columnKey(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.]/g, "");
}

function parseBoolean(value: string): boolean | string {
  const v = value.trim().toLowerCase();
  if (["true", "yes", "y", "1"].includes(v)) return true;
  if (["false", "no", "n", "0"].includes(v)) return false;
  return value;
}

/** Builds a subject object from one CSV row; empty cells are left out. */
function rowToSubject(headers: readonly (string | undefined)[], row: readonly string[]): Record<string, unknown> {
  const subject: Record<string, unknown> = {};
  const identifiers: { type?: string; value: string }[] = [];
  headers.forEach((field, i) => {
    const raw = (row[i] ?? "").trim();
    if (field === undefined || raw === "") return;
    if (field.startsWith("identifier:")) identifiers.push({ type: field.slice("identifier:".length), value: raw });
    else if (field === "identifiers") {
      for (const part of raw.split(LIST_SPLIT)) {
        const m = /^([^:]+):(.+)$/.exec(part);
        identifiers.push(m ? { type: (m[1] ?? "").trim(), value: (m[2] ?? "").trim() } : { value: part });
      }
    } else if (field === "aliases" || field === "nationalities" || field === "countries") subject[field] = raw.split(LIST_SPLIT).filter(Boolean);
    else if (field.includes(".")) {
      const [outer, inner] = field.split(".") as [string, string];
      const obj = (subject[outer] as Record<string, unknown> | undefined) ?? {};
      obj[inner] = outer === "indicators" && inner !== "paymentToThirdCountry" ? parseBoolean(raw) : raw;
      subject[outer] = obj;
    } else subject[field] = raw;
  });
  if (identifiers.length > 0) subject["identifiers"] = identifiers;
  return subject;
}

function readCsv(text: string): Batch {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true, trim: false }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { format: "csv", records: [{ line: line ?? 1, ok: false, reason: `the CSV cannot be read from here on: ${(e as Error).message}` }], ignoredColumns: [] };
  }
  const header = rows[0];
  if (!header) return { format: "csv", records: [], ignoredColumns: [] };
  const fields = header.record.map((h) => COLUMN_ALIASES[columnKey(h)]);
  const ignoredColumns = header.record.filter((_, i) => fields[i] === undefined);
  const records: BatchRecord[] = [];
  let startLine = header.info.lines + 1;
  for (const row of rows.slice(1)) {
    const line = startLine;
    startLine = row.info.lines + 1;
    if (row.record.length !== header.record.length) {
      records.push({ line, ok: false, reason: `expected ${header.record.length} columns, found ${row.record.length}` });
      continue;
    }
    records.push({ line, ok: true, value: rowToSubject(fields, row.record) });
  }
  return { format: "csv", records, ignoredColumns };
}

function readNdjson(text: string): Batch {
  const records: BatchRecord[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      records.push({ line: i + 1, ok: true, value: JSON.parse(raw) as unknown });
    } catch (e) {
      records.push({ line: i + 1, ok: false, reason: `not valid JSON: ${(e as Error).message}` });
    }
  });
  return { format: "ndjson", records, ignoredColumns: [] };
}

/**
 * Reads an onboarding batch. NDJSON (one subject object per line) when the file name ends in
 * `.ndjson`/`.jsonl` or the text starts with `{`; otherwise CSV with a header row, whose column
 * names map to subject fields (`name`, `nationality`, `country`, `employer`, `passport`, …;
 * several values in one cell are separated by `;`). A row that cannot be read is returned with
 * its line number and reason; the other rows are still returned.
 */
export function readBatch(text: string, fileName = ""): Batch {
  const body = text.replace(/^\uFEFF/, "");
  if (/\.(nd)?jsonl?$/i.test(fileName) || body.trimStart().startsWith("{")) return readNdjson(body);
  return readCsv(body);
}
