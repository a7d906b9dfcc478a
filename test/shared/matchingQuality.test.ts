import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
// @ts-expect-error plain JavaScript helpers shared with scripts/eval.mjs
import { loadDevQueries, loadOfficialLists, passes, subjectOf } from "../../scripts/eval/devQueries.mjs";
// @ts-expect-error plain JavaScript helpers shared with scripts/eval.mjs
import { prf, scorePairs } from "../../scripts/eval/pairs.mjs";
// @ts-expect-error plain JavaScript helpers shared with scripts/eval.mjs
import { loadPairs } from "../../scripts/eval/readData.mjs";
import { EVAL, LISTS } from "./paths.js";

interface Query { id: string; category: string; query: Record<string, unknown>; expect: string[]; kind: string }

// The matching targets (issue "Korean-aware name matching"), on the development queries
// screened against the full UN and OFAC lists, and on the nomenklatura pairs.
describe("matching quality on ../shared/eval", () => {
  const lists = loadOfficialLists(lib, LISTS) as lib.Watchlist[];
  const screener = lib.createScreener({ watchlists: lists, asOf: "2026-11-27" });
  const queries = loadDevQueries(EVAL) as Query[];
  const results = queries.map((q) => screener.screen(subjectOf(q)));
  const rate = (filter: (q: Query) => boolean) => {
    const idx = queries.map((q, i) => [q, i] as const).filter(([q]) => filter(q));
    return idx.filter(([q, i]) => passes(q, results[i])).length / idx.length;
  };

  it("meets the recall targets", () => {
    expect(rate((q) => q.expect.length > 0 && q.category !== "dob_conflict")).toBeGreaterThanOrEqual(0.97);
    expect(rate((q) => q.category === "romanization")).toBeGreaterThanOrEqual(0.95);
    expect(rate((q) => q.category === "hangul")).toBeGreaterThanOrEqual(0.9);
    expect(rate((q) => q.category === "cyrillic")).toBeGreaterThanOrEqual(0.8);
    expect(rate((q) => q.category === "dob_confirm")).toBeGreaterThanOrEqual(0.9);
    expect(rate((q) => q.category === "dob_conflict")).toBeGreaterThanOrEqual(0.9);
  });

  it("meets the false-positive targets", () => {
    expect(1 - rate((q) => q.expect.length === 0)).toBeLessThanOrEqual(0.01);
    expect(1 - rate((q) => q.category === "neg_korean_hard")).toBeLessThanOrEqual(0.1);
  });

  it("reaches F1 ≥ 0.85 on the nomenklatura pairs at the review bar", () => {
    const { nk } = loadPairs(EVAL);
    expect(prf(scorePairs(lib, nk), lib.POSSIBLE_MATCH).f1).toBeGreaterThanOrEqual(0.85);
  });

  it("loses nothing to the candidate index (every 20th query against brute force)", () => {
    const brute = lib.createScreener({ watchlists: lists, asOf: "2026-11-27", bruteForce: true });
    const differences: string[] = [];
    queries.forEach((q, i) => {
      if (i % 20 !== 0) return;
      const b = brute.screen(subjectOf(q));
      const r = results[i]!;
      if (b.decision !== r.decision || b.matches[0]?.entry.id !== r.matches[0]?.entry.id) differences.push(`${q.id}: ${r.decision}/${r.matches[0]?.entry.id} vs ${b.decision}/${b.matches[0]?.entry.id}`);
    });
    expect(differences).toEqual([]);
  });
});

