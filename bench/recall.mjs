// The candidate index against brute force on synthetic onboarding subjects (beyond the dev
// queries that `npm run eval` checks): same decision and top match, and the subjects that differ.
//   npm run bench:recall            (500 subjects; about 2 minutes: brute force scores every name)
//   node bench/recall.mjs 2000
import { pathToFileURL } from "node:url";
import { ASOF, haveLists, libPath, listsDir, loadOfficialLists } from "./inputs.mjs";
import { makeSubjects } from "./synthetic.mjs";
if (!haveLists) {
  console.log(`No official lists in ${listsDir}: nothing to compare.`);
  process.exit(0);
}
const lib = await import(pathToFileURL(libPath).href);
const lists = loadOfficialLists(lib);
const idx = lib.createScreener({ watchlists: lists, asOf: ASOF });
const brute = lib.createScreener({ watchlists: lists, asOf: ASOF, bruteForce: true });
const n = Number(process.argv[2] ?? 500);
const subs = makeSubjects(n, 2026, { lists });
let same = 0; const diffs = [];
for (const x of subs) {
  const a = idx.screen(x), b = brute.screen(x);
  if (a.decision === b.decision && a.matches[0]?.entry.id === b.matches[0]?.entry.id) same++;
  else diffs.push(`${x.kind} ${x.name}${x.employer ? " (employer " + x.employer.name + ")" : ""}: index ${a.decision} ${a.matches[0]?.entry.id ?? "-"}, brute ${b.decision} ${b.matches[0]?.entry.id ?? "-"} ${b.matches[0]?.matchedName ?? ""}`);
}
console.log(`synthetic subjects: same decision and top match for ${same} of ${n}`);
for (const d of diffs) console.log("  " + d);
