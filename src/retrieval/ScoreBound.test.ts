import { describe, expect, it } from "vitest";
import { analyzeName } from "../names/index.js";
import { ScoreBound } from "./ScoreBound.js";

// Expected values worked by hand from the alignment formula of compareNames (see ScoreBound).
describe("ScoreBound", () => {
  const johnSmith = new ScoreBound(analyzeName("John Smith", "person"), 0.6, 0);
  const pairing = (heavy: number, light: number, kc: number, lighterOnKeyed = 0, lighterPaired = 0, lighterUnpaired = 0) => ({ heavy, pairs: heavy, light, kc, lighterOnKeyed, lighterPaired, lighterUnpaired });

  it("admits a name whose light word stands for a query word", () => {
    // J. Smith: Smith paired (1), John with the initial (≤ 0.45), nothing left: 1.45 / 1.45 = 1.
    expect(johnSmith.canReach(pairing(1, 1, 1))).toBe(true);
  });

  it("rejects a name with a distinctive word left over on each side", () => {
    // Adam Smith: 1 / (1 + 1.5 · (1 + 1)) = 0.25.
    expect(johnSmith.canReach(pairing(1, 0, 2))).toBe(false);
    // Smith alone: 1 / (1 + 1 · 1) = 0.5 (one distinctive pair: λ = 1).
    expect(johnSmith.canReach(pairing(1, 0, 1))).toBe(false);
    expect(johnSmith.canReach(pairing(2, 0, 2))).toBe(true);
  });

  it("needs two pairs of a two-word person name without light words, one with them", () => {
    expect(johnSmith.plain).toBe(2);
    // With light words and one distinctive word: 0 heavy pairs give 0.9 / (0.9 + 1) = 0.47.
    expect(johnSmith.fewest(2, [1], false)).toBe(1);
  });

  it("counts the query's particles against the name's words only where they may pair", () => {
    // Aahmad Al-Abd against a name of three distinctive words, Aahmad paired: M = 1 + 0.3 + 0.3.
    const bound = new ScoreBound(analyzeName("Aahmad Al-Abd", "person"), 0.6, 2);
    // Al and Abd paired with light words only: two of its words left over, 1.6 / (1.6 + 1 · 2) = 0.44.
    expect(bound.canReach(pairing(1, 0, 3, 0, 0.6, 0))).toBe(false);
    // Al and Abd on two of its distinctive words: nothing left over, 1.6 / 1.6 = 1.
    expect(bound.canReach(pairing(1, 0, 3, 2, 0.6, 0))).toBe(true);
    // Al and Abd paired with nothing, one word of the name's left over (Ahmad Derakhshandeh):
    // 1 / (1 + 1.5 · (0.6 + 1)) = 0.29.
    expect(bound.canReach(pairing(1, 0, 2, 0, 0, 0.6))).toBe(false);
    expect([bound.plain, bound.plainWithLighter]).toEqual([1, 1]);
  });

  it("lets an organisation of one shared word of two through only when nothing is left on the other side", () => {
    const org = new ScoreBound(analyzeName("Mukherjee Rotex", "organization"), 0.6, 0);
    // 1 / (1 + 0.6) = 0.625; with a word left over on the other side 1 / (1 + 1.5 · 2) = 0.25.
    expect(org.canReach(pairing(1, 0, 1))).toBe(true);
    expect(org.canReach(pairing(1, 0, 2))).toBe(false);
    // Generic words only (no distinctive pair): capped at 0.5.
    expect(org.canReach(pairing(0, 2, 1))).toBe(false);
    expect(org.plain).toBe(1);
  });

  it("asks nothing of a query without distinctive words but the caps", () => {
    const generic = new ScoreBound(analyzeName("Korea General Trading", "organization"), 0.6, 3);
    expect(generic.distinctive).toBe(0);
    expect(generic.plain).toBe(0);
    // A name with distinctive words matched on generic words only is capped at 0.5.
    expect(generic.canReach(pairing(0, 0, 1, 3, 0.75, 0))).toBe(false);
  });
});
