#!/usr/bin/env node
// How far two cores of this machine can help each other: one process alone, then two at once,
// for `screen()` over UN + OFAC (bound by memory: most of a screening waits on cache misses)
// and for an arithmetic loop (bound by the core alone). If two processes that share nothing run
// slower together than apart, no threading of ours can scale past that. The last row runs the
// screening in two worker threads of one process (each with its own screener, no messages
// between them), as `screenMany({ workers: 2 })` does, to tell the machine's share of the batch's
// scaling from the batch's own. Needs ../shared
// (DPRK_SHARED) for the lists; runs against dist/ (npm run build first).
//
//   node bench/contention.mjs
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { ASOF, haveLists, libPath, loadOfficialLists } from "./inputs.mjs";
import { makeSubjects } from "./synthetic.mjs";

/** Microseconds per subject for `screen()` over UN + OFAC, after a warm-up. */
async function screenRate() {
  const lib = await import(pathToFileURL(libPath).href);
  const lists = loadOfficialLists(lib);
  const screener = lib.createScreener({ watchlists: lists, asOf: ASOF });
  const subjects = makeSubjects(30_000, 9, { lists });
  for (const s of subjects.slice(0, 2_000)) screener.screen(s);
  const t = performance.now();
  for (const s of subjects.slice(2_000)) screener.screen(s);
  return ((performance.now() - t) / 28_000) * 1000;
}

const [mode] = process.argv.slice(2);
if (!isMainThread) {
  parentPort?.postMessage(await screenRate());
} else if (mode === "screen") {
  process.stdout.write(`${await screenRate()}\n`);
} else if (mode === "threads") {
  const one = () =>
    new Promise((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url));
      w.once("message", resolve);
      w.once("error", reject);
    });
  const [a, b] = await Promise.all([one(), one()]);
  process.stdout.write(`${a} ${b}\n`);
} else if (mode === "loop") {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < 3e8; i++) x = (x + i * 7) % 1_000_003;
  // The result is printed too, so that the loop cannot be left out as dead code.
  process.stdout.write(`${performance.now() - t} (${x})\n`);
} else {
  if (!haveLists) {
    process.stderr.write("bench/contention.mjs needs the official lists (set DPRK_SHARED)\n");
    process.exit(2);
  }
  const run = (m) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [import.meta.filename, m], { stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.on("exit", (code) => (code === 0 ? resolve(out.trim().split(" ").map(Number.parseFloat)) : reject(new Error(`${m} exited with ${code}`))));
    });
  const f = (n) => n.toFixed(0);
  process.stdout.write(`${availableParallelism()} cores; Node ${process.version}\n\n| work | one process alone | two at once (each) | slowdown |\n| --- | --- | --- | --- |\n`);
  const row = (label, unit, alone, pair) =>
    process.stdout.write(`| ${label} | ${f(alone)} ${unit} | ${f(pair[0])} / ${f(pair[1])} ${unit} | ${((pair[0] + pair[1]) / 2 / alone).toFixed(2)}× |\n`);
  for (const [m, label, unit] of [["screen", "`screen()` over UN + OFAC, per subject", "µs"], ["loop", "arithmetic loop, 3·10⁸ steps", "ms"]]) {
    const [alone] = await run(m);
    const pair = await Promise.all([run(m), run(m)]);
    row(label, unit, alone, [pair[0][0], pair[1][0]]);
  }
  const [alone] = await run("screen");
  row("`screen()` as above, two worker threads of one process", "µs", alone, await run("threads"));
}
