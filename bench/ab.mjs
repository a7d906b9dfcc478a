#!/usr/bin/env node
// Side-by-side `screen()` latency of two builds over the bench's UN + OFAC query mix, in one
// process, so that the machine's speed (which moves by ±50% between runs here) is the same for
// both. Keep a copy of the build to compare against (`cp -r dist /tmp/before` before a change),
// then:
//
//   node bench/ab.mjs /tmp/before/index.js dist/index.js [rounds, default 4] [--no-kind]
//
// Each round makes a fresh screener per build (so the per-screener caches start cold, as in
// `npm run bench`), warms both with the same 1,000 synthetic subjects, then screens the mix,
// each query with both builds in turn; the order alternates between rounds. `--no-kind` drops
// the subjects' `kind` (searched among persons, organisations and vessels). Needs ../shared
// (DPRK_SHARED) for the lists and the dev queries. `--million` uses the bench's synthetic list of
// about 1,000,000 names and its 5,000 queries instead (one round by default; two such indexes
// take about 3 GB: run it with node --max-old-space-size=12000).
import { performance } from "node:perf_hooks";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ASOF, haveDev, haveLists, loadDevQueries, loadOfficialLists } from "./inputs.mjs";
import { makeSubjects, makeWatchlist } from "./synthetic.mjs";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const noKind = process.argv.includes("--no-kind");
const million = process.argv.includes("--million");
const [a, b, roundsArg] = args;
if (!a || !b) {
  process.stderr.write("usage: node bench/ab.mjs <build A index.js> <build B index.js> [rounds] [--no-kind]\n");
  process.exit(2);
}
if (!million && (!haveLists || !haveDev)) {
  process.stderr.write("bench/ab.mjs needs the official lists and the dev queries (set DPRK_SHARED)\n");
  process.exit(2);
}
const paths = [a, b];
const libs = await Promise.all(paths.map((p) => import(pathToFileURL(resolve(p)).href)));
const lists = million ? [makeWatchlist(757_576, 1)] : loadOfficialLists(libs[0]);
const synth = million ? [] : makeSubjects(3024, 201, { lists });
const mix = (million ? makeSubjects(5000, 301, { lists }) : loadDevQueries().flatMap((d, i) => [d, synth[i]]))
  .filter(Boolean)
  .map((q) => {
    if (!noKind) return q;
    const { kind: _kind, ...rest } = q;
    return rest;
  });
const warm = makeSubjects(1000, million ? 302 : 202, { lists });
const rounds = Number(roundsArg ?? (million ? 1 : 4));
const latencies = paths.map(() => []);
for (let r = 0; r < rounds; r++) {
  const screeners = libs.map((lib) => lib.createScreener({ watchlists: lists, asOf: ASOF }));
  for (const s of screeners) for (const x of warm) s.screen(x);
  const order = r % 2 === 0 ? [0, 1] : [1, 0];
  for (const q of mix) {
    for (const k of order) {
      const t = performance.now();
      screeners[k].screen(q);
      latencies[k].push(performance.now() - t);
    }
  }
}
const us = (ms) => `${(ms * 1000).toFixed(0)} µs`;
process.stdout.write(`${million ? "synthetic 1M names: " : ""}${mix.length} queries × ${rounds} rounds${noKind ? ", without kind" : ""}\n`);
paths.forEach((p, k) => {
  const l = latencies[k].sort((x, y) => x - y);
  const at = (q) => l[Math.min(l.length - 1, Math.floor(l.length * q))];
  const mean = l.reduce((s, x) => s + x, 0) / l.length;
  process.stdout.write(`${p}: p50 ${us(at(0.5))}, p90 ${us(at(0.9))}, p99 ${us(at(0.99))}, mean ${us(mean)}\n`);
});
