import { parse } from "csv-parse/sync";
import { ListParseError } from "../errors/index.js";
import type { IssueLog } from "./IssueLog.js";

/** One row of an OFAC legacy CSV file: its first line and its fields, `-0-` turned into "". */
export interface OfacRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * Reads an OFAC legacy CSV file (no header, quoted strings, `-0- ` for an empty field, CRLF)
 * with csv-parse. A row with the wrong number of columns is an invalid record (thrown or
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
  let records: string[][];
  try {
    // Plain records are markedly faster than csv-parse's `info`/`on_record` objects on 60,000
    // rows; line numbers are counted below instead. Empty lines are kept (as [""]) so that the
    // count stays right, and dropped afterwards.
    records = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (cause) {
    const e = cause as { message?: string; lines?: number };
    const reason = `not a valid CSV file: ${(e.message ?? String(cause)).replace(/^Invalid [^:]*: /, "")}`;
    throw new ListParseError(e.lines !== undefined ? { source, line: e.lines } : { source }, reason, { cause });
  }
  const newline = text.includes("\n") ? "\n" : "\r";
  const raw: OfacRow[] = [];
  let line = 1;
  for (const fields of records) {
    const start = line;
    line++;
    for (const f of fields) for (let i = f.indexOf(newline); i !== -1; i = f.indexOf(newline, i + 1)) line++;
    if (fields.length === 1 && fields[0] === "") continue;
    raw.push({ line: start, fields });
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
