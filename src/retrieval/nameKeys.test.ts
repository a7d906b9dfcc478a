import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeName } from "../names/index.js";
import { hashKey, hashKeyParts } from "./hashKey.js";
import { forEachKey, forEachKeyHash, keyedTokens, nameKeys } from "./nameKeys.js";

describe("retrieval keys", () => {
  it("key a Korean name by its given-name class and its one-letter deletions", () => {
    const keys = nameKeys(analyzeName("Ri Hong-sop", "person"));
    expect(keys).toContain("g:hongsop"); // the class of 홍섭
    expect(keys).toContain("g:hongso"); // one deletion: a typo one letter away still meets it
  });

  it("give two words one edit apart a shared key (symmetric deletion)", () => {
    const shared = (a: string, b: string) => {
      const ka = new Set(nameKeys(analyzeName(`${a} trading`, "organization")).filter((k) => k.startsWith("d:")));
      return nameKeys(analyzeName(`${b} trading`, "organization")).some((k) => ka.has(k));
    };
    expect(shared("ryonbong", "ryonbnog")).toBe(true); // swapped
    expect(shared("ryonbong", "ryonbog")).toBe(true); // dropped
    expect(shared("ryonbong", "ryonbang")).toBe(true); // changed
    expect(shared("ryonbong", "kumsong")).toBe(false);
  });

  it("hash the emitted parts exactly as the built key string", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abckmnoprsu"), minLength: 1, maxLength: 10 });
    fc.assert(fc.property(word, fc.integer({ min: -1, max: 9 }), fc.constantFrom(0x64, 0x74, 0x67), (w, skip, prefix) => {
      const s = skip < 0 || skip >= w.length ? w : w.slice(0, skip) + w.slice(skip + 1);
      return hashKeyParts(prefix, w, skip < w.length ? skip : -1) === hashKey(`${String.fromCharCode(prefix)}:${s}`);
    }));
  });

  it("emit the same keys as strings and as parts", () => {
    const a = analyzeName("KOREA RYONBONG GENERAL CORPORATION", "organization");
    const fromParts: string[] = [];
    forEachKey(a, (p, t, skip) => fromParts.push(`${String.fromCharCode(p)}:${skip < 0 ? t : t.slice(0, skip) + t.slice(skip + 1)}`));
    expect(fromParts).toEqual(keyedTokens(a).map((k) => k.key));
  });
});

describe("forEachKeyHash", () => {
  // The index hashes keys through a per-word memo; queries hash them one by one. Both must give
  // the same keys, or retrieval would silently miss names.
  it("gives the hashes of exactly the keys of forEachKey, with a memo shared across names", () => {
    const memo = new Map<string, Uint32Array>();
    const names: [string, "person" | "organization" | "vessel"][] = [
      ["RI HONG-SOP", "person"], ["Ri Hong Sop", "person"], ["리홍섭", "person"], ["Kim Jong Un", "person"],
      ["Korea Namgang Trading Corporation", "organization"], ["Namchongang Trading", "organization"],
      ["Foreign Trade Bank of the DPRK", "organization"], ["Chong Chon Gang", "vessel"], ["Office 39", "organization"],
      ["Maria de la Cruz", "person"], ["Ким Чен Ын", "person"], ["Su Us", "person"],
    ];
    for (const [text, kind] of [...names, ...names]) {
      const name = analyzeName(text, kind);
      const expected: number[] = [];
      forEachKey(name, (prefix, t, skip) => expected.push(hashKeyParts(prefix, t, skip)));
      const got: number[] = [];
      forEachKeyHash(name, (h) => got.push(h), memo);
      expect(got.sort()).toEqual(expected.sort());
      expect(got.length).toBeGreaterThan(0);
    }
    expect(memo.size).toBeGreaterThan(0);
  });
});
