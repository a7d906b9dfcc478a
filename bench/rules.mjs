// Rule-pack timings, against the built package: `npm run build && node bench/rules.mjs`.
// Reports the sector classifier cold (first call, builds the fuse.js index) and warm, and
// screen() per subject with the full rule pack and with the four rules added in 1.1.0 disabled.
import { performance } from "node:perf_hooks";
import { classifySector, createScreener } from "../dist/index.js";

const TITLES = ["senior React dev", "backend developer", "line cook", "nurse", "welder", "accountant", "lawyer", "teacher", "developper", "constructon worker", "shipyard welder", "property developer"];
const SUBJECTS = [
  { name: "Pak Chol", nationalities: ["KP"], countries: ["RU"], sector: "construction worker" },
  { name: "Ri Yong Ho", nationalities: ["KP"], workAuthorization: { issuedOn: "2018-02-01", country: "PL" } },
  { name: "Wang Wei", nationalities: ["CN"], countries: ["CN"], sector: "backend developer", indicators: { paymentInCryptocurrency: true, refusesVideo: true, multipleLoginCountries: true } },
  { name: "Kim Sang Man", birthDate: "1965-04-25" },
  { name: "Alex Morgan", employer: { name: "Chinyong IT Cooperation Co." } },
  { name: "Maria Schmidt", nationalities: ["DE"], countries: ["DE"], sector: "nurse" },
];

let sink = 0;
const t0 = performance.now();
sink += classifySector(TITLES[0]) ? 1 : 0;
const cold = performance.now() - t0;

const N = 20_000;
let t = performance.now();
for (let i = 0; i < N; i++) sink += classifySector(TITLES[i % TITLES.length]) ? 1 : 0;
const warm = ((performance.now() - t) / N) * 1000;

// Unique inputs defeat the memo: the real cost of the exact pass and of the fuzzy pass.
const EXACT = ["senior React dev", "line cook", "nurse", "shipyard welder", "accountant", "property developer"];
const FUZZY = ["developper", "constructon", "florist"];
function uncached(titles, n) {
  const start = performance.now();
  for (let i = 0; i < n; i++) sink += classifySector(`${titles[i % titles.length]} ${i}`) ? 1 : 0;
  return ((performance.now() - start) / n) * 1000;
}
const exact = uncached(EXACT, 5_000);
const fuzzy = uncached(FUZZY, 1_000);

function perSubject(screener) {
  const M = 2_000;
  const start = performance.now();
  for (let i = 0; i < M; i++) sink += screener.screen(SUBJECTS[i % SUBJECTS.length]).score;
  return ((performance.now() - start) / M) * 1000;
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const fullScreener = createScreener({ asOf: "2026-11-27" });
const baseScreener = createScreener({ asOf: "2026-11-27", disableRules: ["host-jurisdiction", "high-risk-sector", "it-worker-red-flags", "list-freshness"] });
for (const s of SUBJECTS) (fullScreener.screen(s), baseScreener.screen(s)); // warm-up
// Alternating rounds, median reported: the two configurations see the same machine noise.
const fullRuns = [];
const baseRuns = [];
for (let round = 0; round < 7; round++) {
  fullRuns.push(perSubject(fullScreener));
  baseRuns.push(perSubject(baseScreener));
}
const full = median(fullRuns);
const base = median(baseRuns);

console.log(`classifySector cold (first call, builds the index): ${cold.toFixed(1)} ms`);
console.log(`classifySector warm (memoised): ${warm.toFixed(1)} µs/call over ${N} calls (${TITLES.length} titles, incl. fuzzy ones)`);
console.log(`classifySector unique inputs: ${exact.toFixed(1)} µs/call when a taxonomy term is found; ${fuzzy.toFixed(1)} µs/call when fuse.js must look for a near spelling`);
console.log(`screen() full rule pack: ${full.toFixed(1)} µs/subject; without the 4 new rules: ${base.toFixed(1)} µs/subject (medians of 7 alternating rounds)`);
console.log(`(checksum ${sink})`);
