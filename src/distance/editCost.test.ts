import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editBudget, editCost, skeleton } from "./editCost.js";

describe("editCost", () => {
  // Each value worked out by hand from the costs: edit 1, swap 1, look-alike substitution 0.6.
  it.each([
    ["scholz", "schulze", 1.6], // o→u 0.6, + e 1
    ["kitten", "sitting", 2.6], // k→s 1 (not a look-alike pair), e→i 0.6, + g 1
    ["ivan", "iwan", 0.6], // v→w
    ["petrov", "petorv", 1], // one swap
    ["", "abc", 3],
    ["abc", "abc", 0],
  ])("%s → %s", (a, b, expected) => {
    expect(editCost(a, b)).toBeCloseTo(expected, 5);
  });

  // The textbook weighted optimal-string-alignment table, whole and unbounded: what `editCost`
  // (which skips common ends and stops early) must equal.
  function referenceCost(a: string, b: string): number {
    const look = new Set(["0o", "1i", "1l", "5s", "ei", "ou", "ij", "iy", "jy", "ck", "kq", "sz", "vw", "bv", "fp", "gk", "td", "cs", "uw", "ae"]);
    const sub = (x: string, y: string) => (x === y ? 0 : look.has(x + y) || look.has(y + x) ? 0.6 : 1);
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + sub(a[i - 1]!, b[j - 1]!));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
        d[i]![j] = best;
      }
    }
    return d[a.length]![b.length]!;
  }

  it("equals the whole weighted optimal-string-alignment table", () => {
    // Few letters, with look-alike pairs among them, so that words share ends and swaps.
    const word = fc.string({ unit: fc.constantFrom(..."abeiouskz"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editCost(a, b)).toBeCloseTo(referenceCost(a, b), 9);
      }),
      { numRuns: 5000 },
    );
  });

  it("is symmetric and zero only for equal strings", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdeiouksz"), maxLength: 8 });
    fc.assert(fc.property(word, word, (a, b) => editCost(a, b) === editCost(b, a) && (editCost(a, b) === 0) === (a === b)));
  });

  it("gives the exact cost whenever it is within the given maximum (early exit is safe)", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdeiouksz"), maxLength: 10 });
    fc.assert(
      fc.property(word, word, fc.constantFrom(0.6, 1, 1.2, 1.6, 2, 2.6), (a, b, max) => {
        const full = editCost(a, b);
        const bounded = editCost(a, b, max);
        return full <= max ? bounded === full : bounded > max;
      }),
      { numRuns: 3000 },
    );
  });

  it("has a budget that grows with length", () => {
    expect([2, 4, 6, 9, 12].map(editBudget)).toEqual([0.6, 1.2, 1.6, 2, 2.6]);
  });
});

describe("skeleton", () => {
  it("folds every look-alike pair of editCost into one letter, and no other letters", () => {
    // Every cheap pair: a substitution costing 0.6 leaves the skeleton unchanged.
    for (const a of "abcdefghijklmnopqrstuvwxyz0123456789") {
      for (const b of "abcdefghijklmnopqrstuvwxyz0123456789") {
        if (a !== b && editCost(a, b) === 0.6) expect(skeleton(a), `${a}/${b}`).toBe(skeleton(b));
      }
    }
    expect(skeleton("scholz")).toBe(skeleton("skhulz"));
    // m and n are no look-alikes (Kim / Kin are two names), nor r and l here.
    expect(skeleton("kim")).not.toBe(skeleton("kin"));
    expect(skeleton("ri")).not.toBe(skeleton("li"));
  });
});
