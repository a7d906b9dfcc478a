import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeName, type NameKind } from "../names/index.js";
import { applyEdit, randomWord, wordEdit, type WordEdit } from "../../test/helpers/wordEdits.js";
import { compareNames, wordsWithinEdits } from "../match/index.js";
import { CandidateIndex } from "./CandidateIndex.js";

const POOL: [string, NameKind][] = [
  ["Ri Hong Sop", "person"], ["Lee Hong-sup", "person"], ["Kim Jong Un", "person"], ["Kim Chol", "person"], ["Pak Chol", "person"],
  ["Mohammad Ali", "person"], ["Mohammed Ali Hassan", "person"], ["Muhammad Alli", "person"], ["Ali Mohammad", "person"],
  ["Omar Ahmad Al-Mutairi", "person"], ["Umar Ahmad", "person"], ["Maria Garcia", "person"], ["Maria Gracia Lopez", "person"],
  ["Hossein Karimfar", "person"], ["Hussein Hussein", "person"], ["Zheng Guokai", "person"], ["Zeng Guowei", "person"],
  ["Kim Kim", "person"], ["Su Us", "person"], ["Ким Чен Ын", "person"], ["리홍섭", "person"],
  ["Korea Namgang Trading Corporation", "organization"], ["Namchongang Trading", "organization"], ["Namch'ongang Trading Co", "organization"],
  ["Foreign Trade Bank of the DPRK", "organization"], ["Korea General Construction", "organization"], ["Mansudae Overseas Project Group", "organization"],
  ["Mansudae Art Studio", "organization"], ["Office 39", "organization"], ["Red A.S.", "organization"], ["Rad Trading", "organization"],
  ["Chong Chon Gang", "vessel"], ["Chongchongang", "vessel"], ["Ji Hye San", "vessel"],
  ["In Min", "person"], ["Thu Yin Min", "person"], ["Juan Perez", "person"], ["John Perez", "person"], ["Ben Schulze", "person"], ["Benjamin Scholz", "person"],
  ["Red A.S.", "organization"], ["Hamhung Pharmaceutical Factory", "organization"], ["Hanhong Pharmaceutical Technology", "organization"],
  ["Aleksandrovich Konstantinopolsky", "person"], ["Alexandrovitch Konstantinopolski", "person"], ["Su Ah", "person"], ["Us Ha", "person"],
];

describe("CandidateIndex", () => {
  it("returns every name that scores minScore or more, and only names of the query's kind", () => {
    const entry = fc.constantFrom(...POOL);
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 25 }), entry, fc.constantFrom(0.5, 0.6, 0.7, 0.85), (list, [text, kind], minScore) => {
        const names = list.map(([t, k]) => analyzeName(t, k));
        const index = CandidateIndex.build(names, wordsWithinEdits);
        const q = analyzeName(text, kind);
        const got = index.candidates(q, minScore).sort((a, b) => a - b);
        expect(got.filter((id) => names[id]?.kind !== kind)).toEqual([]);
        const scoring = names.flatMap((n, id) => (n.kind === q.kind && compareNames(q, n, { detail: false }).score >= minScore ? [id] : []));
        expect(scoring.filter((id) => !got.includes(id)), `${text} in ${list.map(([t]) => t).join(" | ")}`).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  // Names made of random words (distinctive, particles, titles, initials, generic words, legal
  // forms, numbers), some misspelt, split or joined: whatever scores minScore or more against the
  // query must be a candidate.
  it("never leaves out a name that scores minScore or more (random names)", () => {
    const person = ["mohammad", "muhammad", "ali", "aly", "hassan", "hasan", "al", "bin", "de", "la", "v", "j", "dr", "kim", "chol", "ri", "pak", "abdul", "rahman", "abdulrahman", "maria", "garcia", "gracia", "lopez", "omar", "umar", "zheng", "zeng", "guokai", "guowei", "in", "yin", "min", "juan", "john", "su", "us"];
    const org = ["korea", "trading", "general", "company", "ltd", "llc", "co", "of", "the", "and", "mansudae", "mansoodae", "overseas", "project", "group", "namgang", "nam", "gang", "namgangtrading", "metals", "metal", "mukherjee", "mukerjee", "rotex", "textiles", "39", "8", "red", "rad", "sa", "de", "cv", "chong", "chon", "chongchongang", "s", "a", "pacific", "pacifik", "steel", "steels"];
    const name = (words: string[]) => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((ws) => ws.join(" "));
    const kindAndNames = fc.constantFrom<["person", string[]] | ["organization", string[]]>(["person", person], ["organization", org]).chain(([kind, words]) => fc.tuple(fc.constant(kind), fc.array(name(words), { minLength: 1, maxLength: 30 }), name(words)));
    fc.assert(
      fc.property(kindAndNames, fc.constantFrom(0.5, 0.6, 0.7, 0.85), ([kind, list, query], minScore) => {
        const names = list.map((t) => analyzeName(t, kind));
        const index = CandidateIndex.build(names, wordsWithinEdits);
        const q = analyzeName(query, kind);
        const got = new Set(index.candidates(q, minScore));
        const missed = names.flatMap((n, id) => (!got.has(id) && compareNames(q, n, { detail: false }).score >= minScore ? [n.text] : []));
        expect(missed, query).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  // A query word and a listed word some edits away: whenever the two can pair, the index reaches it.
  const reachesWithinBudget = (word: fc.Arbitrary<string>, edits: fc.Arbitrary<WordEdit[]>, numRuns: number) =>
    fc.assert(
      fc.property(word, edits, (a, steps) => {
        const b = steps.reduce(applyEdit, a);
        const q = analyzeName(a, "organization");
        const listed = analyzeName(b, "organization");
        // Only words the analysis keeps as they are, as one distinctive word.
        if (q.tokens.join(" ") !== a || listed.tokens.join(" ") !== b || q.weights[0] !== 1 || listed.weights[0] !== 1) return;
        if (!wordsWithinEdits(a, b)) return;
        expect(CandidateIndex.build([listed], wordsWithinEdits).candidates(q, 0.6), `${a} / ${b}`).toEqual([0]);
      }),
      { numRuns },
    );

  it("reaches every listed word within the edit budget of a query word (random words)", () => {
    reachesWithinBudget(randomWord, fc.array(wordEdit, { maxLength: 3 }), 2000);
  });

  it("reaches listed words within the edit budget past 31 letters (the longest length the index notes per word)", () => {
    const longWord = fc.string({ unit: fc.constantFrom(..."aeioukrslmnhgtd"), minLength: 28, maxLength: 40 });
    reachesWithinBudget(longWord, fc.array(wordEdit, { minLength: 1, maxLength: 2 }), 500);
  });

  it("brings in every name of a query that touches thousands (more than its per-query array first holds)", () => {
    const given = ["Ali", "Aly", "Alli", "Hassan", "Hasan", "Omar", "Umar"];
    const names = Array.from({ length: 3000 }, (_, i) => analyzeName(`Mohammad ${given[i % given.length]}`, "person"));
    const q = analyzeName("Mohammad Ali", "person");
    const got = new Set(CandidateIndex.build(names, wordsWithinEdits).candidates(q, 0.6));
    const scoring = names.flatMap((n, id) => (compareNames(q, n, { detail: false }).score >= 0.6 ? [id] : []));
    expect(scoring.length).toBeGreaterThan(1024);
    expect(scoring.filter((id) => !got.has(id))).toEqual([]);
  });

  it("finds a name whose particle or initial stands for a query word (Benjamin / Ben, John / J.)", () => {
    // compareNames: John Smith / J. Smith 0.967, Benjamin Scholz / Ben Schulze 0.801 (both pair a
    // distinctive word with a light one); the index missed both until 0.1.0.
    const names = ["J. Smith", "Ben Schulze", "Adam Smith", "Ben Smith"].map((n) => analyzeName(n, "person"));
    const index = CandidateIndex.build(names, wordsWithinEdits);
    expect(index.candidates(analyzeName("John Smith", "person"), 0.6)).toContain(0);
    expect(index.candidates(analyzeName("Benjamin Scholz", "person"), 0.6)).toContain(1);
    // Adam Smith: Smith paired, John and Adam left over on each side: 1 / (1 + 1.5 · 2) = 0.25.
    expect(index.candidates(analyzeName("John Smith", "person"), 0.6)).not.toContain(2);
  });

  it("leaves out names whose shared words cannot outweigh their other words", () => {
    // One distinctive word of two shared, and one of the name's own left over on each side: at
    // most 1 / (1 + 1.5 · 2) = 0.25, far below 0.6. The name of one distinctive word is a candidate.
    // (Left over on one side only, 1 / (1 + 0.6) = 0.625.)
    const names = ["Mukherjee Textiles", "Mukherjee Ltd", "Mukherjee"].map((n) => analyzeName(n, "organization"));
    const index = CandidateIndex.build(names, wordsWithinEdits);
    const q = analyzeName("Mukherjee Rotex", "organization");
    expect(q.weights).toEqual([1, 1]);
    expect(index.candidates(q, 0.6).sort()).toEqual([1, 2]);
  });

  it("finds a typo'd spelling of a word many names share (no word is skipped for being common)", () => {
    // 200 names with "Ahmad", one "Umar Ahmad": "Omar" is one edit from "Umar" and must bring it in.
    const names = [...Array.from({ length: 200 }, (_, i) => analyzeName(`Ahmad Name${String.fromCharCode(97 + (i % 26))}${i}`, "person")), analyzeName("Umar Ahmad", "person")];
    const index = CandidateIndex.build(names, wordsWithinEdits);
    expect(index.candidates(analyzeName("Omar Ahmad", "person"), 0.6)).toEqual([200]);
  });

  it("loads from its parts and answers the same", () => {
    const names = POOL.map(([t, k]) => analyzeName(t, k));
    const built = CandidateIndex.build(names, wordsWithinEdits);
    const loaded = CandidateIndex.fromParts(names, built.parts(), wordsWithinEdits);
    for (const [t, k] of POOL) {
      const q = analyzeName(t, k);
      expect(loaded.candidates(q, 0.6).sort()).toEqual(built.candidates(q, 0.6).sort());
    }
  });
});
