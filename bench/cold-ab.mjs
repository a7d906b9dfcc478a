#!/usr/bin/env node
// Cold start of two builds side by side: fresh processes, alternating A, B, A, B…, each timing
// `import` → the first `screen()` result on the embedded default (as the cold-start section of
// `npm run bench` does). Alternating keeps the machine's phase the same for both builds.
//
//   node bench/cold-ab.mjs /tmp/before/index.js dist/index.js [runs each, default 8]
//
// A copy of a build needs a package.json with "type": "module" beside it (as dist/ has through
// the project's): without one, Node 20 first tries the file as CommonJS and compiles it twice.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [a, b, runsArg] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write("usage: node bench/cold-ab.mjs <build A index.js> <build B index.js> [runs each]\n");
  process.exit(2);
}
const runs = Number(runsArg ?? 8);
const script = (url) => `const t0 = performance.now();
const lib = await import(${JSON.stringify(url)});
const t1 = performance.now();
const r = lib.screen({ name: "Mansudae Overseas Project Group" });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ start: t0, importMs: t1 - t0, firstMs: t2 - t1, decision: r.decision }));`;

const builds = [a, b].map((p) => ({ path: p, url: pathToFileURL(resolve(p)).href, out: [] }));
for (let i = 0; i < runs; i++) {
  for (const build of i % 2 === 0 ? builds : [...builds].reverse()) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script(build.url)], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${build.path}: ${r.stderr}`);
    build.out.push(JSON.parse(r.stdout));
  }
}
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (x) => x.toFixed(1).padStart(7);
console.log(`${runs} fresh processes each, alternating; median ms (node ${process.version})`);
console.log("build".padEnd(40), "  import", "  first", "  total", "  node start → import");
for (const { path, out } of builds) {
  const decisions = new Set(out.map((o) => o.decision));
  console.log(path.padEnd(40), f(median(out.map((o) => o.importMs))), f(median(out.map((o) => o.firstMs))), f(median(out.map((o) => o.importMs + o.firstMs))), f(median(out.map((o) => o.start))), [...decisions].join(","));
}
