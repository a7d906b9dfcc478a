import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeName, type NameKind } from "../names/index.js";
import { compareNames, wordsWithinEdits } from "./compareNames.js";
import { tokenSimilarity } from "./tokenSimilarity.js";

const score = (a: string, b: string, kind: NameKind = "person") => compareNames(analyzeName(a, kind), analyzeName(b, kind)).score;

// Pairs that denote the same party, from korean-names.md (§4 surname groups, §5 given-name
// syllables, §7 list aliases, §8 evasion) and the UN/OFAC aliases it cites; and failure classes
// found while evaluating on ../shared/eval (added here so `npm test` guards them).
const SAME: readonly [string, string, NameKind?][] = [
  ["Rhee Hong Seop", "RI HONG-SOP"], // Ri = Rhee, 홍섭 Hong-sop = Hongseop
  ["YI Hongseop", "RI HONG-SOP"], // joined given name
  ["리홍섭", "RI HONG-SOP"], // Hangul
  ["Ли Хон Соп", "RI HONG-SOP"], // Cyrillic, Kontsevich н = ㅇ final
  ["Ri, Hong-sop", "RI HONG-SOP"], // SURNAME, Given
  ["Hong Sop Ri", "RI HONG-SOP"], // family name last
  ["Kim Jong-uun", "Kim Jong-un"], // doubled letter (logic-v2 misses it: §10)
  ["Gim Gwang-il", "KIM KWANG-IL"], // RR initial voicing
  ["Choi Song-il", "CHOE SONG IL"], // 최 Choe/Choi
  ["Park Bong-nam", "PAK, Pong Nam"], // 박 Pak/Park, 봉 Pong/Bong
  ["CH'OE Pu-il", "CHOE, Pu Il"], // MR apostrophe; Pu-il is pu + il, not p + ui + l
  ["김수일", "KIM, Su Il"], // Hangul, syllable by syllable
  ["Чхве Сон Иль", "CHOE SONG IL"], // Cyrillic aspirate чх
  ["RI НONG-SOР", "RI HONG-SOP"], // Cyrillic homoglyphs
  ["KIM\u200BKWANG-IL", "KIM KWANG-IL"], // zero-width space
  ["SNO MUN SAN", "SON MUN SAN"], // swapped letters in the family name
  ["JO YONGG CHOL", "JO YONG CHOL"], // doubled final g
  ["Mansudae Overseas Project Group", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES", "organization"],
  ["Namchongang Trade", "NAMCHONGANG TRADING CORPORATION", "organization"], // stem + legal form
  ["Chong Chon Gang Shipping Co. Ltd.", "CHONGCHONGANG SHIPPING COMPANY", "organization"], // split words
  ["KOREA PUGANG TRADDING CORPORATION", "KOREA PUGANG TRADING CORPORATION", "organization"], // repaired generic word
  ["HERYONG SHIPPING CO LTD", "HOERYONG SHIPPING CO LTD", "organization"], // dropped letter in a long word
  ["SIBAD", "SINBAD", "organization"], // dropped letter inside a word
  ["Office No. 39", "OFFICE 39", "organization"],
  ["MINISTRY OF DEFENSE", "MINISTRY OF NATIONAL DEFENCE", "organization"], // c/s spelling variant
  ["KOREA TAESONG BANK", "KOREA DAESONG BANK", "organization"], // D/T romanisation
  ["FIRTS OIL JV CO LTD", "FIRST OIL JV CO LTD", "organization"], // misspelt number word
  ["Olaf Scholze", "Olaf Scholz"], // one edit in a long word
  ["Vladimir Vladimirovich Putin", "Vladimir Putin"], // patronymic added
  ["V. Putin", "Vladimir Putin"], // initial
  ["Ig0r Sech1n", "Igor Sechin"], // digits for letters
  ["Juan Doe", "John Doe"], // the same given name in another language
];

// Pairs that denote different parties.
const DIFFERENT: readonly [string, string, NameKind?][] = [
  ["KIM SOK JIN", "KIM SOK CHOL"], // korean-names.md §10: one shared syllable, another person
  ["RI HONG-CHUL", "RI HONG-SOP"], // §10
  ["KIM, Yong Chol", "KIM, Tong Chol"], // dprk_sanctions_name_pairs hard negative (one letter, another syllable)
  ["Lim Young-chul", "KIM YONG CHOL"], // 임 and 김: one letter, another family name
  ["김종은", "김정은"], // 종 and 정: two Hangul syllables of one romanisation class
  ["CHANG Bom Hye", "JANG BOM SU"], // dev neg_korean_hard pattern
  ["SHIN Min Eun", "SHI, Min"], // a Korean name is not a Chinese one missing a letter
  ["WHANG So Su", "WANG, Ssu"],
  ["Patricia Moreno", "Moreno"], // a one-word alias is not in every longer name
  ["Chang Rin Bin", "Chang Eric"],
  ["Daniel Ortiz", "Daniel Ortega"], // surname swapped for a near one (nomenklatura)
  ["Ahmad bin Hasan al-Ubaidi", "Hasan bin Ahmad al-Ubaidi"], // father and son
  ["N.N.", "Nursultan Nazarbayev"], // initials alone
  ["Korea Electric Power Corporation", "KOREA RYONBONG GENERAL CORPORATION", "organization"], // generic words only
  ["Petrobras", "PETROPARS LTD.", "organization"], // near brand
  ["POSCO Holdings Inc.", "PASCO", "organization"],
  ["NCSoft Corporation", "CSOFT DEVELOPMENT", "organization"],
  ["Sony Group Corporation", "SES GROUP", "organization"],
  ["Office 38", "OFFICE 39", "organization"],
];

describe("compareNames", () => {
  it.each(SAME)("%s ≈ %s (flagged: at least the possible-match bar, 0.7)", (a, b, kind) => {
    expect(score(a, b, kind)).toBeGreaterThanOrEqual(0.7);
  });

  it.each(DIFFERENT)("%s ≠ %s", (a, b, kind) => {
    expect(score(a, b, kind)).toBeLessThan(0.7);
  });

  it("scores an identical name 1 and a spelling variant just below it", () => {
    expect(score("KIM Jong Un", "Kim Jong-un")).toBe(1); // identical after normalisation
    expect(score("Kim Jong Un", "Gim Jeong-eun")).toBe(0.97); // same classes, other spelling
  });

  it("explains its score feature by feature", () => {
    const r = compareNames(analyzeName("Rhee Hong Seop", "person"), analyzeName("RI HONG-SOP", "person"));
    expect(r.features.map((f) => f.name)).toEqual(["korean_surname", "korean_given_name"]);
    expect(r.features[0]).toMatchObject({ value: 1, query: "rhee", candidate: "ri" });
    for (const f of r.features) expect(f.detail.length).toBeGreaterThan(10);
  });

  it("lowers a sister company's score when the legal forms conflict (AG vs GmbH)", () => {
    expect(score("Deutsche Bank AG", "Deutsche Bank GmbH", "organization")).toBeLessThan(score("Deutsche Bank AG", "Deutsche Bank AG", "organization"));
  });
});

const WORDS = ["maria", "schmidt", "olaf", "petrov", "ivanova", "garcia", "lopez", "hassan", "nguyen", "tanaka", "oliveira", "moreau", "kowalski", "johnson"];
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" "));
const anyText = fc.string({ unit: "grapheme", maxLength: 30 });

describe("compareNames: invariants", () => {
  it("gives 1 for identical names", () => {
    fc.assert(fc.property(name, fc.constantFrom<NameKind>("person", "organization"), (n, kind) => score(n, n, kind) === 1));
  });

  it("keeps every score in [0, 1], whatever the text", () => {
    fc.assert(fc.property(anyText, anyText, fc.constantFrom<NameKind>("person", "organization", "vessel"), (a, b, kind) => {
      const s = score(a, b, kind);
      return s >= 0 && s <= 1;
    }));
  });

  it("does not depend on the order of a person's name parts (family name first or last)", () => {
    fc.assert(fc.property(name, name, (a, b) => {
      const parts = a.split(" ");
      const rotated = [...parts.slice(1), parts[0]].join(" ");
      return score(a, b) === score(rotated, b);
    }));
  });

  it("is not changed by invisible characters or look-alike letters", () => {
    const invisible = fc.constantFrom("\u200B", "\u200D", "\u2060", "\u00AD", "\uFEFF");
    fc.assert(fc.property(name, name, fc.nat(), invisible, (a, b, at, ch) => {
      const i = at % (a.length + 1);
      return score(a.slice(0, i) + ch + a.slice(i), b) === score(a, b);
    }));
    // Latin a, o, e, p, c replaced by their Cyrillic twins.
    const twins: Record<string, string> = { a: "а", o: "о", e: "е", p: "р", c: "с" };
    fc.assert(fc.property(name, name, (a, b) => score(a.replace(/[aoepc]/, (ch) => twins[ch] ?? ch), b) === score(a, b)));
  });
});

describe("wordsWithinEdits", () => {
  // The definition, the slow way: a positive token similarity, or two neighbouring letters swapped.
  const swappedOnce = (a: string, b: string) => a.length === b.length && [...a].some((_, i) => i + 1 < a.length && a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2) === b);
  it("is a positive token similarity or a swap, for any two words", () => {
    const word = fc.string({ unit: fc.constantFrom(..."aeioukstlmnr19"), minLength: 1, maxLength: 12 });
    fc.assert(fc.property(word, word, (a, b) => {
      expect(wordsWithinEdits(a, b)).toBe(tokenSimilarity(a, b) > 0 || swappedOnce(a, b));
    }), { numRuns: 3000 });
  });
});
