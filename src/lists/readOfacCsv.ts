import { ListParseError } from "../errors/index.js";
import type { IssueLog } from "./IssueLog.js";
import { CsvSyntaxError, splitCsv, type CsvRecord } from "./splitCsv.js";

/** One row of an OFAC legacy CSV file: its first line and its fields, `-0-` turned into "". */
export interface OfacRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * Reads an OFAC legacy CSV file (no header, quoted strings, `-0- ` for an empty field, CRLF)
 * with `splitCsv`. A row with the wrong number of columns is an invalid record (thrown or
 * skipped by `log`'s policy), except the first row: if it is wrong the file is not the file it
 * claims to be, and that always throws. A quoting error is a broken file and always throws.
 *
 * @example
 * ```ts
 * readOfacCsv('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\r\n', { file: "sdn.csv", source: "ofac-sdn", columns: 4, log }).rows[0]
 * //=> { line: 1, fields: ["36", "AEROCARIBBEAN AIRLINES", "", "CUBA"] }
 * ```
 */
export function readOfacCsv(text: string, options: { readonly file: string; readonly source: string; readonly columns: number; readonly log: IssueLog }): { rows: OfacRow[]; read: number } {
  const { file, source, columns, log } = options;
  let records: CsvRecord[];
  try {
    records = splitCsv(text);
  } catch (cause) {
    if (cause instanceof CsvSyntaxError) throw new ListParseError({ source, line: cause.line }, `not a valid CSV file: ${cause.message}`, { cause });
    throw cause;
  }
  const raw: OfacRow[] = [];
  for (const r of records) {
    if (r.fields.length === 1 && r.fields[0] === "") continue;
    raw.push({ line: r.line, fields: r.fields });
  }
  const rows: OfacRow[] = [];
  for (const row of raw) {
    if (row.fields.length !== columns) {
      const reason = `${row.fields.length} column${row.fields.length === 1 ? "" : "s"}, expected ${columns}`;
      if (rows.length === 0 && row === raw[0]) throw new ListParseError({ source, line: row.line }, `${reason}: this is not an OFAC ${file} file`);
      log.invalid({ file, line: row.line, record: row.fields[0] }, reason);
      continue;
    }
    const fields = row.fields.map((f) => {
      const t = f.trim();
      return t === "-0-" ? "" : t;
    });
    rows.push({ line: row.line, fields });
  }
  return { rows, read: raw.length };
}
