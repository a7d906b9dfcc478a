import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdit, wordEdit } from "../../test/helpers/wordEdits.js";
import { compactFormsClose } from "./compactFormsClose.js";
import { countsApart, formCounts, formEdges, formsCanMatch } from "./formEdges.js";

// Letters with look-alike pairs (o/u, e/i, c/k, s/z, 0/o, 1/l) and characters past Latin-1 whose
// low bytes equal a letter's (ő U+0151 and Q U+0051, Ŭ U+016C and l U+006C).
const LETTERS = [..."aeioukcszl01", "ő", "Q", "Ŭ", "l"];
const form = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 3, maxLength: 14 });
const edit = fc.tuple(fc.constantFrom("sub", "ins", "del", "swap"), fc.nat(40), fc.constantFrom(...LETTERS)) as typeof wordEdit;

const capped = (s: string) => Math.min(255, s.length);

describe("formsCanMatch", () => {
  it("never turns away two forms that compactFormsClose matches (random forms one or two edits apart)", () => {
    fc.assert(
      fc.property(form, fc.array(edit, { minLength: 1, maxLength: 2 }), fc.boolean(), (a, edits, person) => {
        const b = edits.reduce(applyEdit, a);
        if (!compactFormsClose(a, b, person)) return;
        expect(formsCanMatch(a.length, capped(b), formEdges(a), formEdges(b)), `${a} / ${b}`).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it("turns away forms of different ends or lengths, and lets a listed form of 255 or more through on its ends", () => {
    const cases: [string, string, boolean][] = [
      ["chongchongang", "chongchongan", true], // same first two
      ["xhongchongang", "chongchongang", true], // same last two
      ["xhongchongang", "chongchonganx", false], // neither end
      ["kimjongun", "kimjongunil", false], // two letters longer
      ["kimj", "kimj", false], // under five letters
    ];
    for (const [a, b, expected] of cases) expect(formsCanMatch(a.length, capped(b), formEdges(a), formEdges(b)), `${a} / ${b}`).toBe(expected);
    const long = "k".repeat(300);
    expect(formsCanMatch(299, 255, formEdges(long.slice(1)), formEdges(long))).toBe(true);
    expect(formsCanMatch(10, 255, formEdges("abcdefghij"), formEdges(long))).toBe(false);
  });

  it("packs the low bytes of the first two and last two characters", () => {
    expect(formEdges("abcd")).toBe((0x61 | (0x62 << 8) | (0x63 << 16) | (0x64 << 24)) >>> 0);
    expect(formEdges("ő")).toBe(0);
    expect(formEdges("őQ")).toBe(formEdges("QQ"));
  });
});

describe("formCounts", () => {
  it("puts forms that compactFormsClose matches for persons (one edit at most) two apart at most (random forms)", () => {
    let matched = 0;
    fc.assert(
      fc.property(form, fc.array(edit, { minLength: 1, maxLength: 2 }), (a, edits) => {
        const b = edits.reduce(applyEdit, a);
        if (!compactFormsClose(a, b, true)) return;
        matched++;
        expect(countsApart(formCounts(a), formCounts(b)), `${a} / ${b}`).toBeLessThanOrEqual(2);
      }),
      { numRuns: 20_000 },
    );
    expect(matched).toBeGreaterThan(1000);
  });

  it("counts by hand: per class of character code modulo 8, four bits each", () => {
    // a (0x61) and i (0x69) share class 1; b (0x62) is class 2.
    expect(formCounts("aib")).toBe((2 << 4) | (1 << 8));
    // Sixteen of a class wrap to 0; the distance wraps too, never above the true difference.
    expect(formCounts("a".repeat(16))).toBe(0);
    expect(countsApart(formCounts("a".repeat(15)), formCounts("a"))).toBe(2);
    expect(countsApart(formCounts("kimjongun"), formCounts("jongunkim"))).toBe(0);
    // lopez / perez: l, o against r, e (classes 4, 7 against 2, 5): four apart.
    expect(countsApart(formCounts("mariagarcialopez"), formCounts("mariagarciaperez"))).toBe(4);
  });
});
