import { describe, expect, it } from "vitest";
import { evidencePairs } from "./evidencePairs.js";

describe("evidencePairs", () => {
  it("flattens nested objects, joins plain arrays and leaves out empty values", () => {
    expect(evidencePairs({ nationalities: ["KP", "RU"], employer: { name: "Acme", country: undefined }, exemption: undefined, none: [], n: 0, ok: false })).toEqual([
      ["nationalities", "KP, RU"],
      ["employer.name", "Acme"],
      ["n", "0"],
      ["ok", "false"],
    ]);
  });

  it("summarises arrays of objects and skips name-match features", () => {
    expect(evidencePairs({ others: [{ a: 1 }, { a: 2 }], features: [{ name: "x" }] })).toEqual([["others", "2 items (see the JSON explanation)"]]);
  });

  it("returns nothing for a non-object", () => {
    expect(evidencePairs(undefined)).toEqual([]);
    expect(evidencePairs(["a"])).toEqual([]);
  });
});
