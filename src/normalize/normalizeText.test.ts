import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText, normalizeUnicode } from "./normalizeText.js";
import { recomposeJamo } from "./recomposeJamo.js";

describe("normalizeText", () => {
  // Each expected value follows from the documented pipeline (korean-names.md §8.3), by hand.
  it.each([
    ["CH'OE Sŏng-il", "choe song il"], // apostrophe deleted, breve dropped, hyphen → space
    ["Pyo’ngyang", "pyongyang"], // typographic apostrophe
    ["KIM\u200BJONG UN", "kimjong un"], // zero-width space removed, not turned into a space
    ["CHAN\u00ADG MYON\u200DG-CHIN", "chang myong chin"], // soft hyphen and ZWJ
    ["\uFEFFRI HONG SOP", "ri hong sop"], // BOM
    ["RI НONG-SOР", "ri hong sop"], // Cyrillic Н (U+041D) and Р (U+0420) in a Latin name
    ["КIМ KWАNG-IL", "kim kwang il"], // Cyrillic К, М, А
    ["Ли Хон Соп", "ли хон соп"], // genuine Cyrillic is left Cyrillic
    ["Straße Łódź", "strasse lodz"], // ß and ł fold explicitly
    ["ＫＩＭ　ＪＯＮＧ", "kim jong"], // fullwidth letters and ideographic space (NFKC)
    ["㈜삼성", "주 삼성"], // NFKC expands ㈜ to (주); parentheses become spaces
    ["ㄱㅣㅁ", "김"], // loose compatibility jamo re-composed
    ["  KIM,   Jong-Un  ", "kim jong un"],
    ["\u200B\u200C", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("keeps Indic vowel signs (they are letters, not accents)", () => {
    expect(normalizeText("बुध्द")).toBe("बुध्द");
  });

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it("is idempotent on mixed Latin, Cyrillic and Hangul text", () => {
    const chars = fc.constantFrom(..."KIMkimРАКрак김정은ㄱㅣ-' ’\u200B".split(""));
    fc.assert(fc.property(fc.array(chars, { maxLength: 20 }).map((a) => a.join("")), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it("takes a shortcut for printable ASCII that gives the same result as the full pipeline", () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 }), (s) => normalizeText(s) === normalizeUnicode(s)), { numRuns: 2000 });
  });

  it("ignores invisible characters wherever they are inserted", () => {
    const invisible = fc.constantFrom("\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), invisible, (at, ch) => {
        const name = "RI HONG-SOP";
        return normalizeText(name.slice(0, at) + ch + name.slice(at)) === normalizeText(name);
      }),
    );
  });
});

describe("recomposeJamo", () => {
  it("turns a trailing leading-consonant into a final", () => {
    expect(recomposeJamo("ㄱㅣㅁ".normalize("NFKC"))).toBe("김");
    expect(recomposeJamo("ㅈㅓㅇㅇㅡㄴ".normalize("NFKC"))).toBe("정은");
  });
  it("leaves composed text alone", () => {
    expect(recomposeJamo("김정은")).toBe("김정은");
  });
});
