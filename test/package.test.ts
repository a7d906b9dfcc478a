import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");

// The published build: built here if missing or older than the sources, then imported the way
// users import it, through the package's own `exports` map, under ESM and CommonJS.
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

let consumer = "";

beforeAll(() => {
  const built = existsSync(join(dist, "index.js")) && existsSync(join(dist, "cli.js"));
  const stale = !built || statSync(join(dist, "index.js")).mtimeMs < Math.max(newestSource(join(root, "src")), statSync(join(root, "package.json")).mtimeMs);
  if (stale) execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "ignore" });
  // A throwaway consumer project with the package linked into node_modules, so the imports
  // below resolve through package.json "exports" exactly as an installed copy would.
  consumer = mkdtempSync(join(tmpdir(), "dprk-consumer-"));
  mkdirSync(join(consumer, "node_modules"));
  symlinkSync(root, join(consumer, "node_modules", "dprk-screen"), "dir");
}, 120_000);

function run(file: string): string {
  return execFileSync(process.execPath, [file], { cwd: consumer, encoding: "utf8" });
}

describe("the published build", () => {
  it("imports as ESM through the exports map", () => {
    const file = join(consumer, "probe.mjs");
    writeFileSync(file, `import { screen, explain, defaultWatchlist } from "dprk-screen";\nconst r = screen({ name: "Mansudae Overseas Project Group" }, { asOf: "2026-11-27" });\nconsole.log(r.decision, r.matches[0].entry.id, defaultWatchlist.entries.length > 0, explain(r).includes("KPe.050"));`);
    expect(run(file).trim()).toBe("block KPe.050 true true");
  });

  it("requires as CommonJS", () => {
    const file = join(consumer, "probe.cjs");
    writeFileSync(file, `const { screen, ScreeningInputError } = require("dprk-screen");\nconsole.log(screen({ name: "Maria Schmidt" }).decision);\ntry { screen({ name: "" }) } catch (e) { console.log(e instanceof ScreeningInputError) }`);
    expect(run(file).trim()).toBe("clear\ntrue");
  });

  it("declares types first in every exports condition, and ships the CLI", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, Record<string, Record<string, string>>>; bin: Record<string, string>; version: string };
    for (const condition of Object.values(pkg.exports["."] ?? {})) expect(Object.keys(condition)[0]).toBe("types");
    expect(existsSync(join(root, pkg.bin["dprk-screen"] ?? ""))).toBe(true);
    expect(existsSync(join(dist, "index.d.ts")) && existsSync(join(dist, "index.d.cts"))).toBe(true);
  });
});

describe("the CLI", () => {
  const cli = join(dist, "cli.js");

  it("screens the onboarding sample and prints a report with a summary", () => {
    const out = execFileSync(process.execPath, [cli, "screen", "fixtures/onboarding-sample.csv", "--as-of", "2026-11-27"], { cwd: root, encoding: "utf8" });
    expect(out).toMatch(/Records read: 40; screened: 40; could not be screened: 0\./);
    expect(out).toMatch(/BLOCK/);
    expect(out).toMatch(/REVIEW/);
    expect(out).toMatch(/CLEAR/);
  });

  it("reports an unreadable CSV row with its line number and screens the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "dprk-cli-"));
    const file = join(dir, "batch.csv");
    writeFileSync(file, "name,nationality,birth_date\nMaria Schmidt,DE,1988-03-14\nToo,many,columns,here\nPak Chol,KP,1989-02-30\nAna Martins,PT,1987-10-30\n");
    let out = "";
    let status = 0;
    try {
      out = execFileSync(process.execPath, [cli, "screen", file, "--as-of", "2026-11-27"], { encoding: "utf8" });
    } catch (e) {
      const err = e as { stdout: string; status: number };
      out = err.stdout;
      status = err.status;
    }
    expect(status).toBe(2);
    expect(out).toContain("line 3: expected 3 columns, found 4");
    expect(out).toContain("line 4: birthDate: 1989-02-30 is not a real date");
    expect(out).toMatch(/Records read: 4; screened: 2; could not be screened: 2\./);
  });

  it("checks one subject from the command line, as JSON", () => {
    const out = execFileSync(process.execPath, [cli, "check", "Kim Sang Man", "--dob", "1965-04-25", "--json", "--as-of", "2026-11-27"], { encoding: "utf8" });
    const result = JSON.parse(out) as { decision: string; matches: { entry: { id: string } }[] };
    expect(result.decision).toBe("block");
    expect(result.matches[0]?.entry.id).toBe("OFAC-43377");
  });
});

describe("screenMany() with worker threads (the build)", () => {
  // The same subjects, screened on the calling thread alone and on two threads: workers run
  // from the build, so this goes through the package like the tests above.
  const probe = (ext: "mjs" | "cjs") => {
    const load = ext === "mjs" ? `const lib = await import("dprk-screen");` : `const lib = require("dprk-screen");`;
    const body = `
const names = ["Mansudae Overseas Project Group", "Maria Schmidt", "Kim Sang Man", "Chinyong IT Cooperation Co.", "Ana Martins", "Pak Chol"];
const subjects = Array.from({ length: 3000 }, (_, i) => ({ name: names[i % names.length] + (i % 7 === 0 ? "" : " " + i), kind: i % 2 ? "person" : undefined }));
const screener = lib.createScreener({ asOf: "2026-11-27" });
const collect = async (options, input = subjects) => { const out = []; for await (const r of screener.screenMany(input, options)) out.push(r.decision + ":" + (r.matches[0]?.entry.id ?? "-")); return out; };
(async () => {
  const one = await collect({ workers: 1 });
  const two = await collect({ workers: 2, chunkSize: 40 });
  const small = await collect({ workers: 2 }, subjects.slice(0, 5));
  let thrownAt = "none", before = 0;
  try { for await (const _ of screener.screenMany([...subjects.slice(0, 100), { name: "" }, ...subjects.slice(0, 100)], { workers: 2, chunkSize: 10 })) before++; }
  catch (e) { thrownAt = (e instanceof lib.ScreeningInputError) + ":" + JSON.stringify(e.issues[0].path); }
  console.log(JSON.stringify({ same: JSON.stringify(one) === JSON.stringify(two), n: two.length, blocks: two.filter((d) => d.startsWith("block")).length, small: small.length, thrownAt, before }));
})();`;
    const file = join(consumer, `workers.${ext}`);
    writeFileSync(file, `${load}\n${body}`);
    return JSON.parse(run(file)) as { same: boolean; n: number; blocks: number; small: number; thrownAt: string; before: number };
  };

  it.each(["mjs", "cjs"] as const)("gives the same results in the same order as one thread (%s)", (ext) => {
    const out = probe(ext);
    expect(out.same).toBe(true);
    expect(out.n).toBe(3000);
    // Every 7th subject is an exact listed name; the Mansudae and Kim Sang Man ones block at least.
    expect(out.blocks).toBeGreaterThan(0);
    expect(out.small).toBe(5);
    // The empty name is subject 100: the 100 results before it come first, then the error.
    expect(out.thrownAt).toBe('true:[100,"name"]');
    expect(out.before).toBe(100);
  }, 60_000);
});
