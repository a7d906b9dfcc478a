import type { AnalyzedName } from "../names/index.js";
import type { KoreanReading } from "../names/index.js";
import type { Feature } from "../schema/index.js";
import { CHEAP_SUBSTITUTION, editBudget, editCost, levenshtein } from "../distance/index.js";
import { areEquivalentGivenNames, romanKey } from "../names/index.js";
import { segmentSyllables } from "../names/korean/index.js";
import { tokenSimilarity } from "./tokenSimilarity.js";
import { rotations } from "./rotations.js";
import { CAPPED, EXTRA_ORG, EXTRA_PERSON, EXTRA_PERSON_UNPAIRED, SUBSTITUTED } from "./alignmentWeights.js";

/** A name comparison: a 0–1 similarity (1 = same name) and the features behind it. */
export interface NameComparison {
  readonly score: number;
  readonly features: Feature[];
}

const DIFFERENT_SURNAME_FACTOR = 0.55;
const CLOSE_SURNAME_FACTOR = 0.9;

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * A typing slip or spelling variant rather than another word: equal once doubled letters are
 * collapsed (Kotti/Koti), two letters swapped, one look-alike letter changed (Defence/Defense),
 * one letter added or dropped after the first, or one edit in a word of eight letters or more
 * (two from ten: Agriculture/Agricultural).
 * Any other substitution in a shorter word is another word (Posco/Pasco).
 */
function isSlip(a: string, b: string): boolean {
  const single = (s: string) => s.replace(/(.)\1+/g, "$1");
  if (single(a) === single(b) || isTransposition(a, b)) return true;
  // One look-alike or sound-alike letter is a spelling variant (Defence/Defense, Daesong/Taesong).
  if (editCost(a, b, CHEAP_SUBSTITUTION) <= CHEAP_SUBSTITUTION) return true;
  // One letter added or dropped inside a word of five letters or more (Sinbad/Sibad,
  // Hoeryong/Heryong); not at the start, where it makes another word (NCSoft/CSoft).
  if (Math.min(a.length, b.length) >= 5 && Math.abs(a.length - b.length) === 1 && a[0] === b[0] && levenshtein(a, b) === 1) return true;
  // One edit in a long word still looks like it, and an analyst should see it (Glencore/
  // Glenmore, Microsoft/Macrosoft); in short words it is another word (Posco/Pasco).
  const shorter = Math.min(a.length, b.length);
  return (shorter >= 8 && editCost(a, b, 1) <= 1) || (shorter >= 10 && editCost(a, b, 2) <= 2);
}

/**
 * A word that reads as romanised Korean syllables: such words vary far more between
 * romanisations (Heungjin/Hunjin, Ryonbong/Yonbong) than Western words between typos.
 */
function isKoreanWord(word: string): boolean {
  return word.length >= 4 && segmentSyllables(word) !== undefined;
}

/** True when `b` is `a` with two neighbouring letters swapped. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Similarity of two canonical given-name keys. Spelling variants already share a key, so what
 * is left is either a typing slip or another name: two swapped letters score 0.9 (a slip); any
 * other difference, even one letter (Yong Chol / Tong Chol, Mun Chol / Min Chol), is another
 * syllable and scores 0.6 or less.
 *
 * @example
 * ```ts
 * givenNameSimilarity("hongsop", "hongsop") //=> 1
 * givenNameSimilarity("yongcor", "tongcor") //=> 0.6
 * ```
 */
export function givenNameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (Math.abs(a.length - b.length) >= 3) return 0;
  if (isTransposition(a, b)) return 0.9;
  const d = levenshtein(a, b);
  return Math.max(0, 0.6 - 0.2 * (d - 1));
}

/**
 * Factor for the family name: same class 1; two letters swapped (a slip: Sno/Son) 0.9; anything
 * else 0.55, because one letter is a whole other family name in Korean (Kim/Im, Pak/Paek).
 */
function surnameFactor(a: string, b: string): number {
  if (a === b) return 1;
  if (isTransposition(a, b)) return CLOSE_SURNAME_FACTOR;
  return DIFFERENT_SURNAME_FACTOR;
}

function compareKorean(q: readonly KoreanReading[], c: readonly KoreanReading[], exact: boolean, detail: boolean): NameComparison {
  let best = -1;
  let bq: KoreanReading | undefined;
  let bc: KoreanReading | undefined;
  let bSurname = 0;
  let bGiven = 0;
  for (const a of q) {
    for (const b of c) {
      // Two Hangul names are compared syllable by syllable: 정 and 종 are different syllables
      // even though their romanisations share a class.
      const both = a.hangul !== undefined && b.hangul !== undefined;
      const factor = both ? (a.hangul?.surname === b.hangul?.surname ? 1 : DIFFERENT_SURNAME_FACTOR) : surnameFactor(a.surname, b.surname);
      const given = both ? (a.hangul?.given === b.hangul?.given ? 1 : Math.max(0, 0.6 - 0.2 * (levenshtein(a.hangul?.given ?? "", b.hangul?.given ?? "") - 1))) : givenNameSimilarity(a.given, b.given);
      const s = factor * given;
      if (s > best) {
        best = s;
        bq = a;
        bc = b;
        bSurname = factor;
        bGiven = given;
      }
    }
  }
  if (!bq || !bc) return { score: 0, features: [] };
  // Equal keys from different spellings rank just below an exact spelling.
  const score = exact ? 1 : best === 1 ? 0.97 : best * 0.97;
  if (!detail) return { score: round(score), features: [] };
  const features: Feature[] = [
    {
      name: "korean_surname",
      value: bSurname,
      query: bq.spelled.split(" | ")[0] ?? "",
      candidate: bc.spelled.split(" | ")[0] ?? "",
      detail: bSurname === 1 ? `same family name (class "${bq.surname}")` : bSurname === CLOSE_SURNAME_FACTOR ? `family names differ by two swapped letters ("${bq.surname}" vs "${bc.surname}"): a slip` : `different family names ("${bq.surname}" vs "${bc.surname}")`,
    },
    {
      name: "korean_given_name",
      value: round(bGiven),
      query: bq.spelled.split(" | ")[1] ?? "",
      candidate: bc.spelled.split(" | ")[1] ?? "",
      detail: bGiven === 1 ? `same given name as one unit (class "${bq.given}")` : `given names differ ("${bq.given}" vs "${bc.given}")`,
    },
  ];
  if (exact) features.unshift({ name: "name_exact", value: 1, query: "", candidate: "", detail: "identical after normalisation" });
  return { score: round(score), features };
}

interface Pair {
  readonly qi: number;
  readonly ci: number;
  readonly s: number;
  readonly w: number;
}

/**
 * Similarity of two tokens, with initials ("V." for "Vladimir") and, in person names, the same
 * given name in another language or a short form (Juan/John, Ben/Benjamin). In organisation names, two
 * romanised Korean words with the same key are spelling variants (Namchongang/Namch'ongang);
 * person names use the Korean reading instead, where the key is applied to the whole name.
 */
function pairSimilarity(a: string, b: string, keyA: string, keyB: string, person: boolean): number {
  if (a === b) return 1;
  // An initial stands for a person's name; in an organisation's name a single letter is part
  // of an acronym or a series ("S. Group" is not "Sony Group").
  if (a.length === 1 || b.length === 1) return person && (a.length === 1 ? b.startsWith(a) : a.startsWith(b)) ? 0.9 : 0;
  if (person && areEquivalentGivenNames(a, b)) return 0.9;
  if (!person && keyA !== "" && keyA === keyB && keyA.length >= 4) return 0.93;
  return tokenSimilarity(a, b);
}

// One query meets many list names that share words (Mohammed, Kim, Trading): the similarity of
// each query word to each list word is computed once per query.
const pairMemo = [new WeakMap<AnalyzedName, Map<string, number>[]>(), new WeakMap<AnalyzedName, Map<string, number>[]>()];

function memoFor(q: AnalyzedName, mode: 0 | 1): Map<string, number>[] {
  let memo = pairMemo[mode]?.get(q);
  if (!memo) {
    memo = q.tokens.map(() => new Map<string, number>());
    pairMemo[mode]?.set(q, memo);
  }
  return memo;
}

/** A person name on either side reads as Korean: its parts are syllables, compared by class. */
function koreanStyle(q: AnalyzedName, c: AnalyzedName): boolean {
  return q.kind === "person" && (q.korean.length > 0 || c.korean.length > 0);
}

/**
 * Word similarity when one of two person names is Korean and the other is not read as Korean
 * (another layout, another script's romanisation): Korean name parts are syllables, where one
 * letter more or less is another syllable (Shin/Shi, Ji/Yi), so short words must be equal in
 * spelling class (or swapped letters); longer words keep the usual edit budget.
 */
function syllableSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) return (a.length === 1 ? b.startsWith(a) : a.startsWith(b)) ? 0.9 : 0;
  if (/^[a-z]+$/.test(a) && /^[a-z]+$/.test(b) && romanKey(a) === romanKey(b)) return 0.93;
  if (isTransposition(a, b)) return 0.9;
  return Math.max(a.length, b.length) <= 5 ? 0 : tokenSimilarity(a, b);
}

/**
 * True when two words can pair in some name comparison (a similarity above 0 in a person name,
 * an organisation name, or Korean-style): the test a listed word must pass for retrieval to
 * count it as matching a query word. Organisation names give a word its Korean key when it
 * reads as Korean syllables (see `analyzeName`).
 *
 * @example
 * ```ts
 * wordsCanPair("guokai", "guowei") //=> true (two edits in six letters: 0.67)
 * wordsCanPair("ortiz", "ortega") //=> false
 * ```
 */
export function wordsCanPair(a: string, b: string): boolean {
  if (a === b) return true;
  if (pairSimilarity(a, b, "", "", true) > 0 || syllableSimilarity(a, b) > 0) return true;
  const orgKey = (w: string) => (w.length >= 2 && segmentSyllables(w) !== undefined ? romanKey(w) : "");
  return pairSimilarity(a, b, orgKey(a), orgKey(b), false) > 0;
}

/**
 * True when two words are within the edit budget of each other, or two swapped letters apart:
 * the pairs `wordsCanPair` admits beyond the equivalences (same word, same romanisation key,
 * equivalent given names). Retrieval checks the words its neighbourhood keys bring in with it.
 *
 * @example
 * ```ts
 * wordsWithinEdits("guokai", "guowei") //=> true
 * wordsWithinEdits("kim", "kin") //=> false (a three-letter word takes one look-alike letter only)
 * ```
 */
export function wordsWithinEdits(a: string, b: string): boolean {
  // tokenSimilarity(a, b) > 0 || isTransposition(a, b), without its regular expressions: this runs
  // for every word a query word's keys bring in.
  if (a === b) return true;
  const longer = Math.max(a.length, b.length);
  const budget = editBudget(longer);
  if (Math.abs(a.length - b.length) > budget) return false;
  if (hasDigit(a) || hasDigit(b)) return isTransposition(a, b);
  return editCost(a, b, budget) <= budget || isTransposition(a, b);
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

function alignTokens(q: AnalyzedName, c: AnalyzedName): Pair[] {
  const candidates: Pair[] = [];
  const memo = koreanStyle(q, c) ? memoFor(q, 1) : memoFor(q, 0);
  const person = q.kind === "person";
  const strict = person && koreanStyle(q, c);
  for (let i = 0; i < q.tokens.length; i++) {
    const seen = memo[i];
    for (let j = 0; j < c.tokens.length; j++) {
      const ct = c.tokens[j] ?? "";
      let s = seen?.get(ct);
      if (s === undefined) {
        s = strict ? syllableSimilarity(q.tokens[i] ?? "", ct) : pairSimilarity(q.tokens[i] ?? "", ct, q.tokenKeys[i] ?? "", c.tokenKeys[j] ?? "", person);
        seen?.set(ct, s);
      }
      if (s > 0) candidates.push({ qi: i, ci: j, s, w: Math.min(q.weights[i] ?? 1, c.weights[j] ?? 1) });
    }
  }
  candidates.sort((x, y) => y.s - x.s || y.w - x.w || Math.abs(x.qi - x.ci) - Math.abs(y.qi - y.ci));
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const chosen: Pair[] = [];
  for (const p of candidates) {
    if (usedQ.has(p.qi) || usedC.has(p.ci)) continue;
    usedQ.add(p.qi);
    usedC.add(p.ci);
    chosen.push(p);
  }
  return chosen;
}

/** Weight of the tokens left unmatched on one side; a repeat of a matched token adds nothing. */
function unmatchedWeight(tokens: readonly string[], weights: readonly number[], pairs: readonly Pair[], side: "qi" | "ci"): number {
  let sum = 0;
  for (let i = 0; i < tokens.length; i++) {
    let matched = false;
    let repeat = false;
    for (const p of pairs) {
      if (p[side] === i) matched = true;
      else if (tokens[p[side]] === tokens[i]) repeat = true;
    }
    if (!matched && !repeat) sum += weights[i] ?? 1;
  }
  return sum;
}

function describePairs(q: AnalyzedName, c: AnalyzedName, pairs: readonly Pair[]): string {
  const shown = pairs.map((p) => `${q.tokens[p.qi]}≈${c.tokens[p.ci]} ${p.s.toFixed(2)}`);
  const extraQ = q.tokens.filter((_, i) => !pairs.some((p) => p.qi === i));
  const extraC = c.tokens.filter((_, j) => !pairs.some((p) => p.ci === j));
  if (extraQ.length) shown.push(`only in query: ${extraQ.join(" ")}`);
  if (extraC.length) shown.push(`only in list name: ${extraC.join(" ")}`);
  return shown.join("; ");
}

const PATRONYMIC = new Set(["bin", "ibn", "ben", "bint", "binti", "ould"]);

/**
 * True when both names have the form "X bin Y" and X in one is aligned with Y in the other:
 * "Ahmad bin Hasan" (Ahmad, son of Hasan) and "Hasan bin Ahmad" are father and son.
 */
function patronymicReversed(q: AnalyzedName, c: AnalyzedName, pairs: readonly Pair[]): boolean {
  const qi = q.tokens.findIndex((t) => PATRONYMIC.has(t));
  const ci = c.tokens.findIndex((t) => PATRONYMIC.has(t));
  if (qi <= 0 || ci <= 0) return false;
  return pairs.some((p) => (p.qi < qi && p.ci > ci) || (p.qi > qi && p.ci < ci && p.qi <= qi + 1));
}

// Weight of an unmatched token (alignmentWeights.ts): light when the other name is fully matched
// (a name with parts left out or added, "Vladimir Putin" / "Vladimir Vladimirovich Putin"), heavy
// when both names have unmatched parts (one part swapped for another: "Daniel Ortiz" / "Daniel
// Ortega").

// The two helpers below run for every candidate: loops, without the arrays of filter().
function countDistinctive(weights: readonly number[]): number {
  let n = 0;
  for (const w of weights) if (w >= 1) n++;
  return n;
}

/** Both names have specific legal forms (not `generic`), and none in common. */
function legalFormsConflict(a: readonly string[], b: readonly string[]): boolean {
  let specificA = false;
  let specificB = false;
  for (const f of a) {
    if (f === "generic") continue;
    specificA = true;
    if (b.includes(f)) return false;
  }
  for (const f of b) if (f !== "generic") specificB = true;
  return specificA && specificB;
}

function compareGeneral(q: AnalyzedName, c: AnalyzedName, detail: boolean): NameComparison {
  let pairs = alignTokens(q, c);
  if (q.kind !== "person") {
    // When each name has a single distinctive word, that word carries the whole identity: a
    // fuzzy pair counts only for a one-letter slip (Kotti/Koti), not for a near-brand
    // (Petrobras/Petropars, Andela/Antels).
    const dq = countDistinctive(q.weights);
    const dc = countDistinctive(c.weights);
    if (dq === 1 && dc === 1) pairs = pairs.filter((p) => p.s === 1 || (q.weights[p.qi] ?? 0) < 1 || isSlip(q.tokens[p.qi] ?? "", c.tokens[p.ci] ?? "") || (q.tokenKeys[p.qi] !== "" && c.tokenKeys[p.ci] !== ""));
  }
  const features: Feature[] = [];
  let matched = 0;
  let paired = 0;
  for (const p of pairs) {
    matched += p.s * p.w;
    paired += p.w;
  }
  const uq = unmatchedWeight(q.tokens, q.weights, pairs, "qi");
  const uc = unmatchedWeight(c.tokens, c.weights, pairs, "ci");
  // Particles (bin/ibn, al, de) left over on both sides are not a substitution.
  const substitution = uq >= 0.5 && uc >= 0.5;
  // Leaving parts out is tolerated only when what remains is itself a name: two distinctive
  // parts for a person ("Vladimir Putin"), not one ("Moreno", an alias of one listed person,
  // inside "Patricia Moreno").
  const distinctivePairs = pairs.filter((p) => p.w >= 1 && p.s >= 0.7).length;
  const extra = q.kind === "person" ? (distinctivePairs >= 2 ? EXTRA_PERSON : EXTRA_PERSON_UNPAIRED) : EXTRA_ORG;
  const lambda = substitution ? SUBSTITUTED : extra;
  const denominator = paired + lambda * (uq + uc);
  let score = denominator > 0 ? matched / denominator : 0;
  if (detail) features.push({ name: "token_alignment", value: round(score), query: q.tokens.join(" "), candidate: c.tokens.join(" "), detail: `${describePairs(q, c, pairs)}${substitution ? " (parts differ on both sides)" : ""}` });
  // Split or joined words ("Chong Chon Gang" / "Chongchongang", "Abdul Rahman" / "Abdulrahman").
  // Person names compare the whole form only: without their particles ("bin"), "Chang Bin In"
  // and "Changito" would meet.
  const person = q.kind === "person";
  // Two single words were compared above, under the single-word rule; their space-free forms
  // may only add what that rule allows: a slip, or a Korean romanisation variant.
  const singleWords = !q.coreWords.includes(" ") && !c.coreWords.includes(" ") && q.core !== "" && c.core !== "";
  const forms = compactForms(q, c);
  const sameDistinctWords = q.coreWords === c.coreWords;
  for (const [a, b, what] of forms) {
    // When the distinctive words are the same words, the alignment above has seen them; the
    // space-free form is for words split or joined differently, which keeps the name's first
    // or last letters in place.
    if (sameDistinctWords && a === b && a === q.core) continue;
    const longer = Math.max(a.length, b.length);
    if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > editBudget(longer)) continue;
    if (a !== b && a.slice(0, 2) !== b.slice(0, 2) && a.slice(-2) !== b.slice(-2)) continue;
    // The best the space-free form could give, if it cannot beat the alignment, is not worth computing.
    if ((1 - Math.abs(a.length - b.length) / longer) * 0.96 <= score) continue;
    // Split or joined words keep their letters: half the usual budget.
    const allowed = Math.max(CHEAP_SUBSTITUTION, editBudget(longer) / 2);
    const cost = a === b ? 0 : editCost(a, b, allowed);
    if (cost > allowed) continue;
    // A short space-free form is one word: the same rule as for single words (Posco/Hosco).
    if (cost > 0 && (longer < 8 || singleWords) && !isSlip(a, b) && !(isKoreanWord(a) && isKoreanWord(b))) continue;
    // A person's space-free form allows one edit: it is there for split and joined parts
    // (Abdul Rahman / Abdulrahman), not to make up for different parts (Whang So Su / Wang Ssu).
    if (person && cost > 1) continue;
    const compact = (1 - cost / longer) * 0.96;
    if (compact > score) {
      score = compact;
      features.push({ name: "compact_form", value: round(compact), query: a, candidate: b, detail: `the names match ${what}` });
    }
  }
  if (person) {
    if (q.tokens.length > 0 && q.tokens.every((t) => t.length === 1) && score > CAPPED) {
      score = CAPPED;
      features.push({ name: "initials_only", value: 0.5, query: q.tokens.join(" "), candidate: c.tokens.join(" "), detail: "a name of initials alone cannot identify anyone; capped at 0.5" });
    }
    if (patronymicReversed(q, c, pairs) && score > 0) {
      score *= 0.6;
      features.push({ name: "patronymic_reversed", value: -0.4, query: q.tokens.join(" "), candidate: c.tokens.join(" "), detail: "the names around bin/ibn are swapped: the father's name in one is the son's in the other" });
    }
  }
  if (q.kind !== "person") {
    const distinctive = q.weights.some((w) => w >= 1) || c.weights.some((w) => w >= 1);
    const distinctiveMatched = pairs.some((p) => (q.weights[p.qi] ?? 0) >= 1 && (c.weights[p.ci] ?? 0) >= 1);
    if (distinctive && !distinctiveMatched && score > CAPPED && features.every((f) => f.name !== "compact_form")) {
      score = CAPPED;
      features.push({ name: "generic_only", value: 0.5, query: q.tokens.join(" "), candidate: c.tokens.join(" "), detail: "only generic words (Korea, Trading, General …) match; capped at 0.5" });
    }
    if (q.numbers.join(" ") !== c.numbers.join(" ") && (q.numbers.length > 0 || c.numbers.length > 0)) {
      score *= 0.9;
      features.push({ name: "number_mismatch", value: -0.1, query: q.numbers.join(" "), candidate: c.numbers.join(" "), detail: "the numbers in the names differ" });
    }
    if (legalFormsConflict(q.legalForms, c.legalForms)) {
      const qForms = q.legalForms.filter((f) => f !== "generic");
      const cForms = c.legalForms.filter((f) => f !== "generic");
      score *= 0.85;
      features.push({ name: "legal_form_mismatch", value: -0.15, query: qForms.join(" "), candidate: cForms.join(" "), detail: "different kinds of legal form (e.g. AG vs GmbH): often a sister company" });
    }
  }
  return { score: round(Math.min(1, Math.max(0, score))), features };
}

/**
 * The space-free forms of two names that `compareGeneral` compares, with how to describe them.
 * Organisations compare their distinctive words (generic ones would carry "Sony Group" to
 * "SES Group"), or everything when a name has no distinctive word. A person's parts may come
 * in any order (family name first or last): every rotation of the query's parts is tried, so
 * the order never changes the score.
 */
function compactForms(q: AnalyzedName, c: AnalyzedName): readonly (readonly [string, string, string])[] {
  if (q.kind === "person") return rotations(q.tokens).map((qc) => [qc, c.compact, "with spaces removed"] as const);
  return q.core !== "" && c.core !== ""
    ? [[q.core, c.core, "on their distinctive words with spaces removed"], [q.spaced, c.spaced, "on their distinctive words and particles with spaces removed"]]
    : [[q.compact, c.compact, "with spaces removed"]];
}

/**
 * Compares two analysed names and explains the score. Korean personal names (both sides read as
 * Korean) are compared by family-name class and given-name class; other names by a weighted,
 * order-free token alignment, with the space-stripped form as a second chance.
 *
 * Scores are 0–1: 1 means the same name after normalisation; 0.97 the same name in another
 * spelling; below about 0.7 the names are unlikely to denote the same party. With
 * `{ detail: false }` the score is the same but the features are left out (for scoring many
 * candidates, then explaining the few that matter).
 *
 * @example
 * ```ts
 * compareNames(analyzeName("Rhee Hong Seop", "person"), analyzeName("RI HONG-SOP", "person")).score
 * //=> 0.97
 * ```
 */
export function compareNames(q: AnalyzedName, c: AnalyzedName, options: { detail?: boolean } = {}): NameComparison {
  const detail = options.detail !== false;
  const exact = q.normalized !== "" && q.normalized === c.normalized;
  if (q.korean.length > 0 && c.korean.length > 0) return compareKorean(q.korean, c.korean, exact, detail);
  if (exact) return { score: 1, features: [{ name: "name_exact", value: 1, query: q.normalized, candidate: c.normalized, detail: "identical after normalisation" }] };
  return compareGeneral(q, c, detail);
}
