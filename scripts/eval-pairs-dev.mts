// Dev helper: pair metrics straight from src (not shipped). Usage: npx tsx scripts/eval-pairs-dev.mts [set] [--fails]
import * as lib from "../src/index.js";
// @ts-ignore
import { loadPairs } from "./eval/readData.mjs";
// @ts-ignore
import { scorePairs, prf, THRESHOLDS } from "./eval/pairs.mjs";
const { dprk, nk } = loadPairs("/work/shared/eval");
const which = process.argv[2] ?? "nk";
const set = which === "dprk" ? dprk : nk;
const scored = scorePairs(lib, set);
for (const t of THRESHOLDS) { const r = prf(scored, t); console.log(t, "P", r.precision.toFixed(3), "R", r.recall.toFixed(3), "F1", r.f1.toFixed(3), `tp${r.tp} fp${r.fp} fn${r.fn}`); }
if (process.argv.includes("--fails")) {
  const t = Number(process.argv[process.argv.indexOf("--fails") + 1] ?? 0.7) || 0.7;
  for (const s of scored) if ((s.score >= t) !== s.match) console.log(s.match ? "FN" : "FP", s.score.toFixed(3), s.kind, s.group, "|", s.a, "|", s.b, "|", s.note.slice(0, 50));
}
