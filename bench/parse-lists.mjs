// Parses the full official lists and builds a screener over them, timing each step.
//
//   npm run bench:lists                    (builds dist/ first)
//   node bench/parse-lists.mjs [--repeat N] [--lists DIR]
//
// Target (task "lists"): UN XML + OFAC sdn/alt/add/comments parsed and createScreener({ watchlists })
// built in <= 1.5 s together on the 2-core dev machine. The first round is the cold number
// (a fresh process, as a CLI run or a service start sees it); later rounds are warm.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createScreener, linkWatchlists, parseOfacSdnCsv, parseUnConsolidatedXml } from "../dist/index.js";

const { values } = parseArgs({ options: { repeat: { type: "string", default: "1" }, lists: { type: "string" } } });
const DIR = values.lists ?? process.env.LISTS_DIR ?? join(import.meta.dirname, "..", "..", "shared", "lists");
const FILES = {
  un: "un_sc_consolidated_2026-02-27.xml",
  sdn: "ofac_sdn_2024-05-03.csv",
  alt: "ofac_alt_2025-01.csv",
  add: "ofac_add_2025-01.csv",
  comments: "ofac_sdn_comments_2025-01.csv",
};

let peakHeap = 0;
function sampleHeap() {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const heapTimer = setInterval(sampleHeap, 5);
heapTimer.unref();

// Wall time, and the process's CPU time (user + system) in the same interval: on a shared
// machine the wall time grows with other processes' load, the CPU time much less.
function time(fn) {
  const t = performance.now();
  const c = process.cpuUsage();
  const value = fn();
  const ms = performance.now() - t;
  const cu = process.cpuUsage(c);
  sampleHeap();
  return { value, ms, cpu: (cu.user + cu.system) / 1000 };
}

const loadAtStart = loadavg();
const rounds = Number(values.repeat);
const results = [];
for (let round = 1; round <= rounds; round++) {
  // Baseline: only reading the bytes from disk and decoding them as text.
  const read = time(() => Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, readFileSync(join(DIR, f))])));
  const bytes = read.value;
  const decode = time(() => {
    new TextDecoder("utf-8").decode(bytes.un);
    for (const k of ["sdn", "alt", "add", "comments"]) new TextDecoder("windows-1252").decode(bytes[k]);
  });
  const un = time(() => parseUnConsolidatedXml(bytes.un));
  const ofac = time(() => parseOfacSdnCsv({ sdn: bytes.sdn, alt: bytes.alt, add: bytes.add, comments: bytes.comments }, { publishedAt: "2024-05-03" }));
  const screener = time(() => createScreener({ watchlists: [un.value, ofac.value] }));
  // Part of createScreener above, timed on its own for the breakdown.
  const link = time(() => linkWatchlists([un.value, ofac.value]));
  results.push({ round, steps: { read, decode, un, ofac, screener, link }, total: un.ms + ofac.ms + screener.ms, totalCpu: un.cpu + ofac.cpu + screener.cpu, counts: { un: un.value.stats.entries, ofac: ofac.value.stats.entries, names: un.value.stats.names + ofac.value.stats.names } });
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const f = (step) => `${step.ms.toFixed(0).padStart(6)} ms  (cpu ${step.cpu.toFixed(0).padStart(5)} ms)`;
console.log(`Lists from ${DIR}; node ${process.version}; ${cpus().length} CPUs; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(" ")}`);
for (const r of results) {
  const s = r.steps;
  console.log(`\nround ${r.round}${r.round === 1 ? " (cold)" : " (warm)"}`);
  console.log(`  baseline: read files      ${f(s.read)}`);
  console.log(`  baseline: decode as text  ${f(s.decode)}`);
  console.log(`  parse UN XML              ${f(s.un)}   ${r.counts.un} entries`);
  console.log(`  parse OFAC sdn+alt+add+c  ${f(s.ofac)}   ${r.counts.ofac} entries`);
  console.log(`  createScreener (2 lists)  ${f(s.screener)}   ${r.counts.names} names; includes linking`);
  console.log(`    of which linkWatchlists ${f(s.link)}   timed again on its own`);
  console.log(`  total parse + screener    ${r.total.toFixed(0).padStart(6)} ms  (cpu ${r.totalCpu.toFixed(0).padStart(5)} ms)   target <= 1500 ms: ${r.total <= 1500 ? "met" : "NOT met"}`);
}
const usage = process.resourceUsage();
console.log(`\npeak RSS ${mb(usage.maxRSS * 1024)}; peak heap used ${mb(peakHeap)} (sampled every 5 ms and after each step); load average at end ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
