import { describe, expect, it } from "vitest";
import { DEFAULT_INDEX_BASE64 } from "../src/data/defaultIndex.js";
import { createScreener, screen } from "../src/index.js";

describe("the embedded watchlist's prebuilt index", () => {
  // screen() loads this index instead of building one. If the watchlist, the name analysis or
  // the retrieval keys change, it must be regenerated, or screen() would fall back to building.
  it("is exactly the index a fresh build gives (else run: npm run gen:default-index)", () => {
    const fresh = Buffer.from(createScreener().exportIndex()).toString("base64");
    expect(fresh === DEFAULT_INDEX_BASE64).toBe(true);
    // …and it loads (screen() would otherwise build silently).
    expect(() => createScreener({ index: Uint8Array.from(Buffer.from(DEFAULT_INDEX_BASE64, "base64")) })).not.toThrow();
  });

  it("gives screen() the same results as a screener that builds its own index", () => {
    const built = createScreener();
    for (const name of ["Mansudae Overseas Project Group", "Kim Sang Man", "김상만", "Chinyong IT Cooperation Co.", "Maria Schmidt", "Pak Chol"]) {
      const a = screen({ name }, { asOf: "2026-11-27" });
      const b = built.screen({ name }, { asOf: "2026-11-27" });
      expect(a.decision).toBe(b.decision);
      expect(a.matches.map((m) => [m.entry.id, m.score])).toEqual(b.matches.map((m) => [m.entry.id, m.score]));
    }
  });
});
