// One batch measurement in a fresh process (run by bench/run.mjs, once per worker count):
//   node bench/batch.mjs <lists|synthetic> <subjects> <workers> [synthetic entries, default 30000]
// Builds the screener (not timed), makes the subjects (not timed), then times
// screener.screenMany(subjects, { workers }) to the last result. Prints one JSON line.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { ASOF, libPath, loadOfficialLists } from "./inputs.mjs";
import { makeSubjects, makeWatchlist } from "./synthetic.mjs";

const [mode, count, threads, synthEntries = "30000"] = process.argv.slice(2);
const lib = await import(pathToFileURL(libPath).href);
const lists = mode === "lists" ? loadOfficialLists(lib) : [makeWatchlist(Number(synthEntries), 7)];
const screener = lib.createScreener({ watchlists: lists, asOf: ASOF });
const subjects = makeSubjects(Number(count), 2026, { lists });
const workers = Number(threads);

const cpu0 = process.cpuUsage();
const t = performance.now();
let n = 0;
let flagged = 0;
let first = 0;
for await (const r of screener.screenMany(subjects, { workers })) {
  if (n === 0) first = performance.now() - t;
  n++;
  if (r.decision !== "clear") flagged++;
}
const wall = performance.now() - t;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(JSON.stringify({ workers, n, flagged, wall, first, perSecond: n / (wall / 1000), cpuPerWall: (cpu.user + cpu.system) / 1000 / wall }) + "\n");
