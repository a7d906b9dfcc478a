import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentSyllables, syllableCoda } from "./segmentSyllables.js";

// The table as segmentSyllables built it at import until 2026-12: every onset + nucleus + coda spelling mapped to its
// shortest coda. syllableCoda must answer exactly as a lookup in it would.
const ONSETS = ["", "k", "g", "kk", "gg", "kh", "gh", "n", "t", "d", "tt", "th", "r", "l", "rh", "m", "p", "b", "pp", "ph", "f", "s", "ss", "sh", "ch", "chh", "j", "jj", "tch", "ts", "dj", "z", "h", "wh"];
const NUCLEI = ["a", "ae", "ai", "ay", "ya", "yae", "eo", "o", "ou", "e", "yeo", "yo", "you", "ye", "wa", "oa", "wae", "oe", "oi", "we", "wi", "u", "oo", "wo", "weo", "wu", "woo", "yu", "yoo", "eu", "ui", "eui", "i", "ee", "yi", "ea", "uh", "ah", "oh", "eh"];
const CODAS = ["", "k", "g", "n", "t", "d", "l", "r", "m", "p", "b", "ng", "kk", "ll", "mm", "nn", "h"];
const TABLE = new Map<string, string>();
for (const onset of ONSETS) for (const nucleus of NUCLEI) for (const coda of CODAS) {
  const known = TABLE.get(onset + nucleus + coda);
  if (known === undefined || coda.length < known.length) TABLE.set(onset + nucleus + coda, coda);
}

describe("syllableCoda", () => {
  it.each([
    ["kang", "ng"],
    ["pak", "k"],
    ["ri", ""],
    ["choe", ""],
    ["kah", ""], // k + ah, not k + a + h: the shorter coda
    ["hwang", "ng"],
    ["tchol", "l"],
    ["kakk", "kk"],
  ])("%s reads as one syllable with coda %j", (s, coda) => {
    expect(syllableCoda(s)).toBe(coda);
  });

  it.each(["str", "k", "ng", "kanng", "schm", "x", ""])("%j is not one syllable", (s) => {
    expect(syllableCoda(s)).toBeUndefined();
  });

  it("agrees with the full table of onset + nucleus + coda spellings on all of its 22,984 keys", () => {
    expect(TABLE.size).toBe(22_984);
    for (const [key, coda] of TABLE) expect(syllableCoda(key)).toBe(coda);
  });

  it("agrees with the full table on arbitrary letter strings", () => {
    const letters = fc.constantFrom(..."abcdeghijklmnoprstuwyz");
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 9 }), (chars) => {
        const s = chars.join("");
        expect(syllableCoda(s)).toBe(TABLE.get(s));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("segmentSyllables", () => {
  it.each([
    ["hongseop", ["hong", "seop"]],
    ["jongun", ["jong", "un"]],
    ["kwangil", ["kwang", "il"]],
    ["puu", ["pu"]],
    ["pyongyang", ["pyong", "yang"]],
  ])("%s → %j", (word, parts) => {
    expect(segmentSyllables(word)).toEqual(parts);
  });

  it.each(["schmidt", "vladimir", "x", ""])("%j is not Korean", (word) => {
    expect(segmentSyllables(word)).toBeUndefined();
  });
});
