import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decisionRank, DEFAULT_THRESHOLDS, scoreHits, type ScoredFinding } from "./scoreHits.js";

const finding = fc.record({ points: fc.integer({ min: 0, max: 100 }), blocking: fc.boolean(), requiresReview: fc.boolean() }) as fc.Arbitrary<ScoredFinding>;
const thresholds = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, b]) => ({ review: Math.min(a, b), block: Math.max(a, b) }));

describe("scoreHits (dprk-labour-v1)", () => {
  // Cases worked out by hand from the algorithm's definition: sum, clamp, thresholds, floors.
  it.each([
    [[], 0, "clear"],
    [[{ points: 10 }, { points: 10 }], 20, "clear"],
    [[{ points: 15 }, { points: 25 }], 40, "review"],
    [[{ points: 45 }, { points: 35 }], 80, "block"],
    [[{ points: 100 }, { points: 60 }], 100, "block"],
    [[{ points: 0, blocking: true }], 0, "block"],
    [[{ points: 10, requiresReview: true }], 10, "review"],
    [[{ points: 60, requiresReview: true }, { points: 30 }], 90, "block"],
    [[{ points: 60 }, { points: -15 }], 45, "review"],
    [[{ points: -20 }], 0, "clear"],
  ] as const)("%o → %i, %s", (hits, score, decision) => {
    expect(scoreHits(hits, DEFAULT_THRESHOLDS)).toEqual({ score, decision });
  });

  it("keeps the score within 0–100", () => {
    fc.assert(fc.property(fc.array(fc.record({ points: fc.integer({ min: -100, max: 100 }) })), thresholds, (hits, t) => {
      const { score } = scoreHits(hits, t);
      return score >= 0 && score <= 100;
    }));
  });

  it("never lowers the score or the decision when a finding with non-negative points is added", () => {
    fc.assert(fc.property(fc.array(finding), finding, thresholds, (hits, extra, t) => {
      const before = scoreHits(hits, t);
      const after = scoreHits([...hits, extra], t);
      return after.score >= before.score && decisionRank(after.decision) >= decisionRank(before.decision);
    }));
  });

  it("lets a blocking finding decide on its own, whatever the other findings and thresholds", () => {
    fc.assert(fc.property(fc.array(fc.record({ points: fc.integer({ min: -100, max: 100 }), requiresReview: fc.boolean() })), fc.integer({ min: -100, max: 100 }), thresholds, (hits, points, t) => {
      return scoreHits([...hits, { points, blocking: true }], t).decision === "block";
    }));
  });

  it("makes a finding that requires review give at least review, whatever the thresholds", () => {
    fc.assert(fc.property(fc.array(finding), thresholds, (hits, t) => decisionRank(scoreHits([...hits, { points: 0, requiresReview: true }], t).decision) >= 1));
  });
});
