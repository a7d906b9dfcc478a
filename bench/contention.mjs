#!/usr/bin/env node
// How far two cores of this machine can help each other: one process alone, then two at once,
// for `screen()` over UN + OFAC (bound by memory: most of a screening waits on cache misses)
// and for an arithmetic loop (bound by the core alone). If two processes that share nothing run
// slower together than apart, no threading of ours can scale past that. Needs ../shared
// (DPRK_SHARED) for the lists; runs against dist/ (npm run build first).
//
//   node bench/contention.mjs
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { ASOF, haveLists, libPath, loadOfficialLists } from "./inputs.mjs";
import { makeSubjects } from "./synthetic.mjs";

const [mode] = process.argv.slice(2);
if (mode === "screen") {
  const lib = await import(pathToFileURL(libPath).href);
  const lists = loadOfficialLists(lib);
  const screener = lib.createScreener({ watchlists: lists, asOf: ASOF });
  const subjects = makeSubjects(30_000, 9, { lists });
  for (const s of subjects.slice(0, 2_000)) screener.screen(s);
  const t = performance.now();
  for (const s of subjects.slice(2_000)) screener.screen(s);
  process.stdout.write(`${((performance.now() - t) / 28_000) * 1000}\n`);
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
      child.on("exit", (code) => (code === 0 ? resolve(Number.parseFloat(out)) : reject(new Error(`${m} exited with ${code}`))));
    });
  const f = (n) => n.toFixed(0);
  process.stdout.write(`${availableParallelism()} cores; Node ${process.version}\n\n| work | one process alone | two at once (each) | slowdown |\n| --- | --- | --- | --- |\n`);
  for (const [m, label, unit] of [["screen", "`screen()` over UN + OFAC, per subject", "µs"], ["loop", "arithmetic loop, 3·10⁸ steps", "ms"]]) {
    const alone = await run(m);
    const pair = await Promise.all([run(m), run(m)]);
    const each = (pair[0] + pair[1]) / 2;
    process.stdout.write(`| ${label} | ${f(alone)} ${unit} | ${f(pair[0])} / ${f(pair[1])} ${unit} | ${(each / alone).toFixed(2)}× |\n`);
  }
}
