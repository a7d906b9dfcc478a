import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ListParseError } from "../errors/index.js";
import { ListFileError, loadLists } from "./loadLists.js";
import { listStatsLines } from "./report.js";

const root = join(import.meta.dirname, "..", "..");
const fx = (p: string) => join(root, "fixtures", "lists", p);

describe("loadLists", () => {
  it("reads the UN file, an OFAC folder and an FtM file, in that order", () => {
    const lists = loadLists({ un: fx("un/consolidated-sample.xml"), ofacDir: fx("ofac"), ftm: fx("ftm/entities.ftm.json") });
    expect(lists.map((l) => [l.id, l.entries.length])).toEqual([
      ["un-sc-consolidated", 6],
      ["ofac-sdn", 10],
      ["opensanctions-ftm", 4],
    ]);
    // All four OFAC files of the folder were read.
    expect(lists[1]?.stats.files?.map((f) => f.file)).toEqual(["sdn.csv", "sdn_comments.csv", "alt.csv", "add.csv"]);
  });

  it("takes single OFAC files, which override the folder's", () => {
    const dir = mkdtempSync(join(tmpdir(), "dprk-lists-"));
    writeFileSync(join(dir, "one.csv"), '20578,"MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES",-0- ,"DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n');
    const [ofac] = loadLists({ ofacDir: fx("ofac"), ofacSdn: join(dir, "one.csv") });
    expect(ofac?.entries.map((e) => e.id)).toEqual(["OFAC-20578"]);
    // The folder's alt.csv was still joined: the other alt rows are orphans now.
    expect(ofac?.entries[0]?.aliases).toEqual([{ name: "MANSUDAE ART STUDIO", quality: "aka" }]);
  });

  it("refuses OFAC side files without sdn.csv, and a folder without sdn.csv", () => {
    expect(() => loadLists({ ofacAlt: fx("ofac/alt.csv") })).toThrow(ListFileError);
    expect(() => loadLists({ ofacDir: fx("un") })).toThrow(/no sdn.csv in/);
    expect(() => loadLists({ un: fx("un/no-such-file.xml") })).toThrow(/cannot read/);
  });

  it("lets parse errors through as ListParseError", () => {
    expect(() => loadLists({ un: fx("un/truncated.xml") })).toThrow(ListParseError);
  });

  it("prints each list's counts in one line", () => {
    const lines = listStatsLines(loadLists({ un: fx("un/consolidated-sample.xml"), ofacDir: fx("ofac") }));
    expect(lines).toEqual([
      "  un-sc-consolidated [published 2026-02-27]: 6 records, 6 entries, 0 skipped, 0 orphans, 3 values kept as text",
      "  ofac-sdn [no publication date]: 31 records (sdn.csv 10, sdn_comments.csv 2, alt.csv 10, add.csv 9), 10 entries, 0 skipped, 4 orphans, 3 values kept as text",
    ]);
  });
});

describe("the CLI with official lists", () => {
  const cli = (args: string[]) => execFileSync(process.execPath, ["--import", "tsx", join(root, "src", "cli", "main.ts"), ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

  it("screens against the lists given, reports a party on both with both ids, and prints list counts", () => {
    let stderr = "";
    let stdout = "";
    try {
      stdout = cli(["check", "Jon Myong Guk", "--dob", "1976-10-18", "--as-of", "2026-11-27", "--no-default", "--un", fx("un/consolidated-sample.xml"), "--ofac-dir", fx("ofac"), "--json"]);
    } catch (e) {
      stderr = (e as { stderr: string }).stderr;
    }
    expect(stderr).toBe("");
    const r = JSON.parse(stdout) as { decision: string; matches: { entry: { id: string; references?: string[] } }[]; meta: { lists: { id: string }[] } };
    expect(r.decision).toBe("block");
    expect(r.meta.lists.map((l) => l.id)).toEqual(["un-sc-consolidated", "ofac-sdn"]);
    expect(r.matches.slice(0, 2).map((m) => [m.entry.id, m.entry.references])).toEqual([
      ["KPi.018", ["OFAC-18559"]],
      ["OFAC-18559", ["KPi.018"]],
    ]);
  }, 30_000);

  it("exits 1 with the ListParseError message for a broken list file", () => {
    try {
      cli(["check", "X", "--un", fx("un/truncated.xml")]);
      expect.unreachable();
    } catch (e) {
      const err = e as { status: number; stderr: string };
      expect(err.status).toBe(1);
      expect(err.stderr).toMatch(/^dprk-screen: un-sc-consolidated, line 69: not well-formed XML/);
    }
  }, 30_000);
});
