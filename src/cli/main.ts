import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { explain } from "../explain/index.js";
import { isScreeningError } from "../errors/index.js";
import { formatIssuePath } from "../errors/index.js";
import { defaultWatchlist } from "../data/index.js";
import type { Watchlist } from "../schema/index.js";
import { createScreener, type Screener } from "../screen/index.js";
import { ENGINE_VERSION } from "../version.js";
import { readBatch } from "./readBatch.js";
import { ListFileError, loadLists, type ListFiles } from "./loadLists.js";
import { listStatsLines, reportHeader, reportRow, reportSummary, type BatchSummary } from "./report.js";

const HELP = `dprk-screen ${ENGINE_VERSION}: screen people and companies for DPRK sanctions and overseas-labour risk

Usage:
  dprk-screen screen FILE [--json] [--as-of DATE]
      Screen every record of an onboarding batch (CSV with a header row, or NDJSON) and print a
      report: each record's decision, score and top reasons, then a summary. With --json, print
      one result per line (NDJSON); unreadable records go to stderr as JSON lines.
  dprk-screen check NAME [--kind person|organization|vessel] [--dob DATE] [--nationality C]...
                         [--country C]... [--sector TEXT] [--employer NAME] [--employer-country C]
                         [--passport NO] [--alias NAME]... [--json|--markdown] [--as-of DATE]
      Screen one subject and print the full explanation.

Options:
  --as-of DATE   judge the rules at this date (default: today)
  --json         machine-readable output
  -h, --help     this help;  -v, --version  the version

Official lists (screened in addition to the embedded watchlist, unless --no-default):
  --un FILE               UN Security Council Consolidated List (XML)
  --ofac-dir DIR          OFAC legacy CSV files in DIR: sdn.csv, and alt.csv, add.csv,
                          sdn_comments.csv when present
  --ofac-sdn FILE  --ofac-alt FILE  --ofac-add FILE  --ofac-comments FILE
                          the same files one by one (override --ofac-dir)
  --ftm FILE              OpenSanctions FollowTheMoney entities (JSON lines)
  --no-default            leave out the embedded DPRK overseas-labour watchlist
  Each list's counts (records, entries, skipped, orphans) are printed before the report
  (to stderr with --json). A party on several lists is reported with every list's id.

Exit status: 0 done; 1 usage or input error; 2 some records could not be screened.
Decisions support compliance work; they are not legal advice.`;

function fail(message: string): never {
  process.stderr.write(`dprk-screen: ${message}\nRun "dprk-screen --help" for usage.\n`);
  process.exit(1);
}

type Values = Record<string, string | boolean | string[] | undefined>;

function listFiles(v: Values): ListFiles {
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  return { un: str("un"), ofacDir: str("ofac-dir"), ofacSdn: str("ofac-sdn"), ofacAlt: str("ofac-alt"), ofacAdd: str("ofac-add"), ofacComments: str("ofac-comments"), ftm: str("ftm") };
}

/** The watchlists to screen against: the embedded one (unless --no-default) and the official files. */
function watchlistsFrom(v: Values): { lists: Watchlist[]; loaded: Watchlist[]; ms: number } {
  const started = performance.now();
  let loaded: Watchlist[];
  try {
    loaded = loadLists(listFiles(v));
  } catch (e) {
    if (e instanceof ListFileError) fail(e.message);
    throw e;
  }
  const lists = v["no-default"] ? loaded : [defaultWatchlist, ...loaded];
  if (lists.length === 0) fail("--no-default leaves no list: add --un, --ofac-dir/--ofac-sdn or --ftm");
  return { lists, loaded, ms: performance.now() - started };
}

function makeScreener(v: Values, log: (line: string) => void): Screener {
  const asOf = typeof v["as-of"] === "string" ? v["as-of"] : undefined;
  const { lists, loaded, ms } = watchlistsFrom(v);
  if (loaded.length > 0 || v["no-default"]) {
    log(`Lists${loaded.length > 0 ? ` (official files read in ${ms.toFixed(0)} ms)` : ""}:`);
    for (const line of listStatsLines(lists)) log(line);
  }
  return createScreener({ watchlists: lists, ...(asOf === undefined ? {} : { asOf }) });
}

async function runScreen(file: string, json: boolean, v: Values): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const batch = readBatch(text, file);
  const screener = makeScreener(v, (line) => (json ? process.stderr : process.stdout).write(`${line}\n`));
  const summary: BatchSummary = { records: batch.records.length, screened: 0, unreadable: 0, clear: 0, review: 0, block: 0, ms: 0 };
  const out = process.stdout;
  if (!json) {
    out.write(`Screening ${file} (${batch.format}, ${batch.records.length} records) against ${screener.lists.map((l) => `${l.id}${l.version ? ` v${l.version}` : ""} (${l.entryCount} entries)`).join(", ")}\n`);
    if (batch.ignoredColumns.length > 0) out.write(`Columns not used: ${batch.ignoredColumns.join(", ")}\n`);
    out.write(`\n${reportHeader()}\n`);
  }
  const problems: string[] = [];
  const started = performance.now();
  for (const record of batch.records) {
    if (!record.ok) {
      summary.unreadable++;
      problems.push(`line ${record.line}: ${record.reason}`);
      if (json) process.stderr.write(`${JSON.stringify({ line: record.line, error: { code: "unreadable_record", message: record.reason } })}\n`);
      continue;
    }
    const r = screener.safeScreen(record.value);
    if (!r.success) {
      summary.unreadable++;
      problems.push(`line ${record.line}: ${r.error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`).join("; ")}`);
      if (json) process.stderr.write(`${JSON.stringify({ line: record.line, error: { code: r.error.code, issues: r.error.issues } })}\n`);
      continue;
    }
    summary.screened++;
    summary[r.data.decision]++;
    out.write(json ? `${JSON.stringify({ line: record.line, ...r.data })}\n` : `${reportRow(record.line, r.data)}\n`);
  }
  summary.ms = performance.now() - started;
  if (!json) {
    if (problems.length > 0) out.write(`\nRecords that could not be screened:\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
    out.write(`\n${reportSummary(summary)}\n`);
  }
  return summary.unreadable > 0 ? 2 : 0;
}

function runCheck(name: string, v: Values): number {
  const subject: Record<string, unknown> = { name };
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  const arr = (k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : undefined);
  if (str("kind")) subject["kind"] = str("kind");
  if (str("dob")) subject["birthDate"] = str("dob");
  if (arr("nationality")) subject["nationalities"] = arr("nationality");
  if (arr("country")) subject["countries"] = arr("country");
  if (arr("alias")) subject["aliases"] = arr("alias");
  if (str("sector")) subject["sector"] = str("sector");
  if (str("employer")) subject["employer"] = { name: str("employer"), ...(str("employer-country") ? { country: str("employer-country") } : {}) };
  if (arr("passport")) subject["identifiers"] = arr("passport")?.map((p) => ({ type: "passport", value: p }));
  const screener = makeScreener(v, (line) => process.stderr.write(`${line}\n`));
  const r = screener.safeScreen(subject);
  if (!r.success) fail(r.error.message);
  const format = v["json"] ? "json" : v["markdown"] ? "markdown" : "text";
  process.stdout.write(`${format === "json" ? JSON.stringify(r.data, null, 2) : explain(r.data, { format })}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        markdown: { type: "boolean" },
        "as-of": { type: "string" },
        kind: { type: "string" },
        dob: { type: "string" },
        nationality: { type: "string", multiple: true },
        country: { type: "string", multiple: true },
        alias: { type: "string", multiple: true },
        sector: { type: "string" },
        employer: { type: "string" },
        "employer-country": { type: "string" },
        passport: { type: "string", multiple: true },
        un: { type: "string" },
        "ofac-dir": { type: "string" },
        "ofac-sdn": { type: "string" },
        "ofac-alt": { type: "string" },
        "ofac-add": { type: "string" },
        "ofac-comments": { type: "string" },
        ftm: { type: "string" },
        "no-default": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    fail((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${ENGINE_VERSION}\n`);
    return 0;
  }
  const [command, arg] = positionals;
  if (values.help || command === undefined || command === "help") {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (command === "screen") {
    if (!arg) fail("screen needs a FILE");
    return runScreen(arg, values.json === true, values as Values);
  }
  if (command === "check") {
    if (!arg) fail("check needs a NAME");
    return runCheck(arg, values as Values);
  }
  fail(`unknown command "${command}"`);
}

// A reader that stops early (`dprk-screen screen big.csv | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`dprk-screen: ${isScreeningError(e) ? e.message : `unexpected error: ${(e as Error).stack ?? String(e)}`}\n`);
    process.exitCode = 1;
  },
);
