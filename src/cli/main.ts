import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { explain } from "../explain/index.js";
import { isScreeningError } from "../errors/index.js";
import { formatIssuePath } from "../errors/index.js";
import { createScreener, type Screener } from "../screen/index.js";
import { ENGINE_VERSION } from "../version.js";
import { readBatch } from "./readBatch.js";
import { reportHeader, reportRow, reportSummary, type BatchSummary } from "./report.js";

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

Exit status: 0 done; 1 usage or input error; 2 some records could not be screened.
Decisions support compliance work; they are not legal advice.`;

function fail(message: string): never {
  process.stderr.write(`dprk-screen: ${message}\nRun "dprk-screen --help" for usage.\n`);
  process.exit(1);
}

function makeScreener(asOf: string | undefined): Screener {
  return createScreener(asOf === undefined ? {} : { asOf });
}

async function runScreen(file: string, json: boolean, asOf: string | undefined): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const batch = readBatch(text, file);
  const screener = makeScreener(asOf);
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

function runCheck(name: string, v: Record<string, string | boolean | string[] | undefined>): number {
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
  const screener = makeScreener(str("as-of"));
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
    return runScreen(arg, values.json === true, values["as-of"]);
  }
  if (command === "check") {
    if (!arg) fail("check needs a NAME");
    return runCheck(arg, values as Record<string, string | boolean | string[] | undefined>);
  }
  fail(`unknown command "${command}"`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`dprk-screen: ${isScreeningError(e) ? e.message : `unexpected error: ${(e as Error).stack ?? String(e)}`}\n`);
    process.exitCode = 1;
  },
);
