import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeName } from "../names/index.js";
import { hashKey, hashKeyParts } from "./hashKey.js";
import { applyEdit, randomWord, wordEdit } from "../../test/helpers/wordEdits.js";
import { wordsCanPair } from "../match/index.js";
import { forEachKey, keyedTokens, nameKeys, wordKeys } from "./nameKeys.js";

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

  it("emit the same keys as strings and as parts, and hash the parts as the strings", () => {
    // "ryonbong" has eight letters: its neighbourhood keys leave out up to two of them.
    const a = analyzeName("KOREA RYONBONG GENERAL CORPORATION", "organization");
    const fromParts: string[] = [];
    const hashes: number[] = [];
    forEachKey(a, (p, t, skip, _token, skip2) => {
      fromParts.push(`${String.fromCharCode(p)}:${keyText(t, skip, skip2)}`);
      hashes.push(hashKeyParts(p, t, skip, skip2));
    });
    const keys = keyedTokens(a).map((k) => k.key);
    expect(fromParts).toEqual(keys);
    expect(hashes).toEqual(keys.map(hashKey));
    expect(keys).toContain("d:ronbong");
    expect(keys).toContain("d:ronbon");
  });
});

/** `text` without the characters at `skip` and `skip2` (−1: none), written plainly. */
function keyText(text: string, skip: number, skip2: number): string {
  return [...text].filter((_, i) => i !== skip && i !== skip2).join("");
}

describe("word keys", () => {
  const wordKeySet = (w: string) => {
    const out = new Set<string>();
    wordKeys(w, 0, (p, t, skip, _token, skip2) => out.add(`${String.fromCharCode(p)}:${keyText(t, skip, skip2)}`));
    return out;
  };

  it("are shared by any two words that can pair in a comparison (no pairable word is missed)", () => {
    fc.assert(
      fc.property(randomWord, fc.array(wordEdit, { maxLength: 3 }), (a, edits) => {
        const b = edits.reduce(applyEdit, a);
        if (b.length < 2 || !wordsCanPair(a, b)) return;
        const ka = wordKeySet(a);
        expect([...wordKeySet(b)].some((k) => ka.has(k)), `${a} / ${b}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("bring the pairs the scorer forgives together: Red/Rad, In/Yin, Guokai/Guowei, Juan/John", () => {
    for (const [a, b] of [["red", "rad"], ["in", "yin"], ["guokai", "guowei"], ["juan", "john"], ["su", "us"], ["konstantinopolsky", "konstantinopolski"]] as const) {
      expect(wordsCanPair(a, b), `${a}/${b}`).toBe(true);
      const ka = wordKeySet(a);
      expect([...wordKeySet(b)].some((k) => ka.has(k)), `${a}/${b}`).toBe(true);
    }
  });
});
