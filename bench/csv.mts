// Our OFAC CSV splitter (src/lists/splitCsv.ts) against csv-parse, the proven parser we use for
// onboarding batches, on the four OFAC legacy files in ../shared/lists:
//   npm run bench:csv
// Runs on the TypeScript sources (tsx): the splitter is internal, not part of the built package.
// Both read the same decoded text; rounds alternate which goes first; medians are printed, and
// the run fails if the two disagree on any record.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { splitCsv } from "../src/lists/splitCsv.js";

const dir = join(import.meta.dirname, "..", "..", "shared", "lists");
const files = ["ofac_sdn_2024-05-03.csv", "ofac_alt_2025-01.csv", "ofac_add_2025-01.csv", "ofac_sdn_comments_2025-01.csv"];
const texts = files.map((f) => new TextDecoder("windows-1252").decode(readFileSync(join(dir, f))).replace(/\x1a$/, ""));
const ours = () => texts.map((t) => splitCsv(t).filter((r) => !(r.fields.length === 1 && r.fields[0] === "")).map((r) => r.fields));
const theirs = () => texts.map((t) => parse(t, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][]);
const a = ours();
const b = theirs();
for (let i = 0; i < files.length; i++) {
  if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) {
    console.error(`records differ in ${files[i]}`);
    process.exit(1);
  }
}
const times: [number[], number[]] = [[], []];
for (let round = 0; round < 7; round++) {
  for (const k of round % 2 ? [0, 1] : [1, 0]) {
    const t = performance.now();
    (k === 0 ? ours : theirs)();
    times[k]!.push(performance.now() - t);
  }
}
const median = (l: number[]) => [...l].sort((x, y) => x - y)[l.length >> 1] ?? 0;
const records = a.reduce((n, f) => n + f.length, 0);
console.log(`${records} records in ${files.length} files, identical from both parsers`);
console.log(`splitCsv (ours)  ${median(times[0]).toFixed(1)} ms (median of 7)`);
console.log(`csv-parse        ${median(times[1]).toFixed(1)} ms (median of 7)`);
console.log(`ours is ${(median(times[1]) / median(times[0])).toFixed(1)}× faster`);
