import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, splitCsv } from "./splitCsv.js";

describe("splitCsv", () => {
  it("reads OFAC's legacy layout: quoted fields, -0- for empty, CRLF", () => {
    expect(splitCsv('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\r\n173,"ANGLO-CARIBBEAN CO., LTD.",-0- ,"CUBA"\r\n')).toEqual([
      { line: 1, fields: ["36", "AEROCARIBBEAN AIRLINES", "-0- ", "CUBA"] },
      { line: 2, fields: ["173", "ANGLO-CARIBBEAN CO., LTD.", "-0- ", "CUBA"] },
    ]);
  });

  it("unescapes doubled quotes and keeps line breaks inside quotes, counting lines", () => {
    expect(splitCsv('1,"a ""b"" c"\r\n2,"x\r\ny"\r\n3,z')).toEqual([
      { line: 1, fields: ["1", 'a "b" c'] },
      { line: 2, fields: ["2", "x\r\ny"] },
      { line: 4, fields: ["3", "z"] },
    ]);
  });

  it("reports an unclosed quote with the line it started on", () => {
    expect(() => splitCsv('1,"ok"\n2,"broken\n3,x')).toThrow(CsvSyntaxError);
    try {
      splitCsv('1,"ok"\n2,"broken\n3,x');
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(2);
    }
  });

  it("agrees with csv-parse on well-formed CSV", () => {
    const field = fc.oneof(fc.string({ unit: fc.constantFrom("a", "b", " ", "-", "0", ".") }), fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", " ") }).map((s) => `"${s.replace(/"/g, '""')}"`));
    const record = fc.array(field, { minLength: 1, maxLength: 5 }).map((fs) => fs.join(","));
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 8 }), fc.constantFrom("\r\n", "\n"), (rows, eol) => {
        const text = rows.join(eol) + eol;
        const ours = splitCsv(text).map((r) => r.fields);
        const theirs = parse(text, { relax_column_count: true, skip_empty_lines: false, relax_quotes: true }) as string[][];
        return JSON.stringify(ours) === JSON.stringify(theirs);
      }),
      { numRuns: 500 },
    );
  });
});
