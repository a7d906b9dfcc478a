#!/usr/bin/env node
// `npm run eval`: matching quality, measured on the labelled data in ../shared/eval and the
// official lists in ../shared/lists, with the built package (dist/). Prints
//  (a) precision, recall and F1 per threshold on the two labelled pair files;
//  (b) per-category pass rates of the development queries, screened with createScreener
//      against the full UN and OFAC lists, and the index's agreement with brute force.
// Options: --no-brute (skip the brute-force comparison), --fails (list failing queries).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadDevQueries, loadOfficialLists, passes, subjectOf } from "./eval/devQueries.mjs";
import { prf, scorePairs, THRESHOLDS } from "./eval/pairs.mjs";
import { loadPairs } from "./eval/readData.mjs";

const root = join(import.meta.dirname, "..");
const shared = process.env.DPRK_SHARED ?? join(root, "..", "shared");
const lib = await import(process.env.DPRK_SCREEN_LIB ?? join(root, "dist", "index.js"));
const args = new Set(process.argv.slice(2));
if (!existsSync(join(shared, "eval"))) {
  console.error(`No evaluation data at ${shared}/eval (set DPRK_SHARED).`);
  process.exit(1);
}
const f3 = (x) => x.toFixed(3);
const REVIEW_BAR = lib.POSSIBLE_MATCH;

// (a) labelled pairs
const { dprk, nk } = loadPairs(join(shared, "eval"));
console.log(`\n(a) Name pairs: precision / recall / F1 by name-score threshold (our review bar: ${REVIEW_BAR})\n`);
for (const [label, pairs] of [["nomenklatura_name_bench_cases.csv", nk], ["dprk_sanctions_name_pairs.tsv", dprk]]) {
  const scored = scorePairs(lib, pairs);
  console.log(`${label} (${pairs.length} pairs, ${pairs.filter((p) => p.match).length} positive)`);
  console.log("| threshold | precision | recall | F1 | TP | FP | FN |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const t of THRESHOLDS) {
    const r = prf(scored, t);
    const mark = t === REVIEW_BAR ? " **" : "";
    console.log(`| ${t}${mark} | ${f3(r.precision)} | ${f3(r.recall)} | ${f3(r.f1)} | ${r.tp} | ${r.fp} | ${r.fn} |`);
  }
  console.log("");
}

// (b) development queries against the full lists
const t0 = performance.now();
const lists = loadOfficialLists(lib, join(shared, "lists"));
const t1 = performance.now();
const screener = lib.createScreener({ watchlists: lists, asOf: "2026-11-27" });
const t2 = performance.now();
const queries = loadDevQueries(join(shared, "eval"));
const results = [];
const t3 = performance.now();
for (const q of queries) results.push(screener.screen(subjectOf(q)));
const t4 = performance.now();
console.log(`(b) Development queries: ${queries.length} queries against the full UN (${lists[0].entries.length}) and OFAC (${lists[1].entries.length}) lists`);
console.log(`    parse ${(t1 - t0).toFixed(0)} ms, screener ${(t2 - t1).toFixed(0)} ms, screening ${((t4 - t3) / queries.length).toFixed(3)} ms per query\n`);
const byCat = new Map();
const fails = [];
queries.forEach((q, i) => {
  const ok = passes(q, results[i]);
  const c = byCat.get(q.category) ?? { pass: 0, n: 0 };
  c.n++;
  if (ok) c.pass++;
  else fails.push({ q, r: results[i] });
  byCat.set(q.category, c);
});
const negatives = [...byCat].filter(([k]) => k.startsWith("neg_"));
const positives = [...byCat].filter(([k]) => !k.startsWith("neg_") && k !== "dob_conflict");
const sum = (rows) => rows.reduce((a, [, c]) => ({ pass: a.pass + c.pass, n: a.n + c.n }), { pass: 0, n: 0 });
const pos = sum(positives);
const neg = sum(negatives);
const rate = (c) => c.pass / c.n;
console.log("| category | queries | pass rate |");
console.log("| --- | --- | --- |");
for (const [k, c] of [...byCat].sort()) console.log(`| ${k} | ${c.n} | ${f3(rate(c))} |`);
const hard = byCat.get("neg_korean_hard") ?? { pass: 0, n: 1 };
const targets = [
  ["overall recall (all positive categories)", pos.pass / pos.n, "≥ 0.97", pos.pass / pos.n >= 0.97],
  ["romanization", rate(byCat.get("romanization")), "≥ 0.95", rate(byCat.get("romanization")) >= 0.95],
  ["hangul", rate(byCat.get("hangul")), "≥ 0.90", rate(byCat.get("hangul")) >= 0.9],
  ["cyrillic", rate(byCat.get("cyrillic")), "≥ 0.80", rate(byCat.get("cyrillic")) >= 0.8],
  ["false positives, all negatives", 1 - neg.pass / neg.n, "≤ 0.01", 1 - neg.pass / neg.n <= 0.01],
  ["false positives, hard Korean negatives", 1 - rate(hard), "≤ 0.10", 1 - rate(hard) <= 0.1],
  ["dob_confirm", rate(byCat.get("dob_confirm")), "≥ 0.90", rate(byCat.get("dob_confirm")) >= 0.9],
  ["dob_conflict", rate(byCat.get("dob_conflict")), "≥ 0.90", rate(byCat.get("dob_conflict")) >= 0.9],
];
const nkF1 = prf(scorePairs(lib, nk), REVIEW_BAR).f1;
targets.push([`F1 on the nomenklatura pairs at ${REVIEW_BAR}`, nkF1, "≥ 0.85 (logic-v2: 0.79)", nkF1 >= 0.85]);
console.log("\n| measure | value | target | met |");
console.log("| --- | --- | --- | --- |");
for (const [name, v, target, met] of targets) console.log(`| ${name} | ${f3(v)} | ${target} | ${met ? "yes" : "NO"} |`);

if (!args.has("--no-brute")) {
  const brute = lib.createScreener({ watchlists: lists, asOf: "2026-11-27", bruteForce: true });
  let same = 0;
  const diffs = [];
  const t5 = performance.now();
  queries.forEach((q, i) => {
    const b = brute.screen(subjectOf(q));
    const r = results[i];
    const agree = b.decision === r.decision && (b.matches[0]?.entry.id ?? null) === (r.matches[0]?.entry.id ?? null);
    if (agree) same++;
    else diffs.push(`${q.id} ${JSON.stringify(q.query)}: index ${r.decision} ${r.matches[0]?.entry.id} / brute force ${b.decision} ${b.matches[0]?.entry.id}`);
  });
  const t6 = performance.now();
  console.log(`\nIndex vs brute force: same decision and same top match for ${same} of ${queries.length} queries (brute force ${((t6 - t5) / queries.length).toFixed(1)} ms per query, index ${((t4 - t3) / queries.length).toFixed(3)} ms).`);
  for (const d of diffs) console.log(`  differs: ${d}`);
}

if (args.has("--fails")) {
  console.log("\nFailing queries:");
  for (const { q, r } of fails) console.log(`  ${q.category} ${q.id} ${JSON.stringify(q.query)} expect=[${q.expect}] got ${r.decision} ${r.score}; top: ${r.matches.slice(0, 3).map((m) => `${m.entry.id} "${m.matchedName}" ${m.score}`).join("; ")}`);
}
const allMet = targets.every((t) => t[3]);
process.exitCode = allMet ? 0 : 1;
