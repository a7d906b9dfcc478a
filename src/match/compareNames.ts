import type { AnalyzedName } from "../names/index.js";
import type { KoreanReading } from "../names/index.js";
import type { Feature } from "../schema/index.js";
import { jaroWinkler, levenshtein, levenshteinSimilarity } from "./stringSimilarity.js";

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

/** Similarity of two canonical given-name keys: 1 when equal, sharply lower with each edit. */
export function givenNameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const d = levenshtein(a, b);
  // One slip in a long given name is a typo; two edits in a Korean given name is usually
  // another person (Sok Jin vs Sok Chol).
  if (d === 1) return longer >= 6 ? 0.9 : longer >= 4 ? 0.82 : 0.6;
  return Math.max(0, 1 - (d * 1.5) / longer);
}

function compareKorean(q: readonly KoreanReading[], c: readonly KoreanReading[], exact: boolean): NameComparison {
  let best = -1;
  let bq: KoreanReading | undefined;
  let bc: KoreanReading | undefined;
  let bSurname = 0;
  let bGiven = 0;
  for (const a of q) {
    for (const b of c) {
      const surnameEqual = a.surname === b.surname;
      const surnameFactor = surnameEqual ? 1 : levenshtein(a.surname, b.surname) <= 1 && Math.max(a.surname.length, b.surname.length) >= 3 ? CLOSE_SURNAME_FACTOR : DIFFERENT_SURNAME_FACTOR;
      const given = givenNameSimilarity(a.given, b.given);
      const s = surnameFactor * given;
      if (s > best) {
        best = s;
        bq = a;
        bc = b;
        bSurname = surnameFactor;
        bGiven = given;
      }
    }
  }
  if (!bq || !bc) return { score: 0, features: [] };
  // Equal keys from different spellings rank just below an exact spelling.
  const score = exact ? 1 : best === 1 ? 0.97 : best * 0.97;
  const features: Feature[] = [
    {
      name: "korean_surname",
      value: bSurname,
      query: bq.spelled.split(" | ")[0] ?? "",
      candidate: bc.spelled.split(" | ")[0] ?? "",
      detail: bSurname === 1 ? `same family name (class "${bq.surname}")` : bSurname === CLOSE_SURNAME_FACTOR ? `family names differ by one letter ("${bq.surname}" vs "${bc.surname}")` : `different family names ("${bq.surname}" vs "${bc.surname}")`,
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

function tokenSimilarity(a: string, b: string, keyA: string, keyB: string): number {
  if (a === b) return 1;
  if (keyA === keyB && keyA.length >= 2) return 0.93;
  const longer = Math.max(a.length, b.length);
  if (longer <= 2) return 0;
  const lev = levenshteinSimilarity(a, b);
  const jw = jaroWinkler(a, b);
  // Jaro-Winkler is generous on short tokens; require edit-distance support for them.
  const s = longer <= 4 ? Math.min(lev, jw) : Math.max(lev, jw * 0.95);
  return s;
}

interface Pair {
  qi: number;
  ci: number;
  s: number;
}

function alignTokens(q: AnalyzedName, c: AnalyzedName, minSim: number): { pairs: Pair[]; matched: number; total: number } {
  const pairs: Pair[] = [];
  for (let i = 0; i < q.tokens.length; i++) {
    for (let j = 0; j < c.tokens.length; j++) {
      let s = tokenSimilarity(q.tokens[i] ?? "", c.tokens[j] ?? "", q.tokenKeys[i] ?? "", c.tokenKeys[j] ?? "");
      // An initial against a full word.
      if (s === 0 && ((q.tokens[i]?.length === 1 && c.tokens[j]?.startsWith(q.tokens[i] ?? "-")) || (c.tokens[j]?.length === 1 && q.tokens[i]?.startsWith(c.tokens[j] ?? "-")))) s = 0.7;
      if (s >= minSim) pairs.push({ qi: i, ci: j, s });
    }
  }
  pairs.sort((x, y) => y.s - x.s || Math.abs(x.qi - x.ci) - Math.abs(y.qi - y.ci));
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const chosen: Pair[] = [];
  for (const p of pairs) {
    if (usedQ.has(p.qi) || usedC.has(p.ci)) continue;
    usedQ.add(p.qi);
    usedC.add(p.ci);
    chosen.push(p);
  }
  let matched = 0;
  let total = 0;
  for (const p of chosen) {
    const w = Math.max(q.weights[p.qi] ?? 1, c.weights[p.ci] ?? 1);
    matched += p.s * w;
    total += w;
  }
  const extraQ = q.kind === "person" ? 1 : 1;
  const extraC = q.kind === "person" ? 0.5 : 0.6;
  for (let i = 0; i < q.tokens.length; i++) if (!usedQ.has(i)) total += (q.weights[i] ?? 1) * extraQ;
  for (let j = 0; j < c.tokens.length; j++) if (!usedC.has(j)) total += (c.weights[j] ?? 1) * extraC;
  return { pairs: chosen, matched, total };
}

function describePairs(q: AnalyzedName, c: AnalyzedName, pairs: readonly Pair[]): string {
  const shown = pairs.map((p) => `${q.tokens[p.qi]}≈${c.tokens[p.ci]} ${p.s.toFixed(2)}`);
  const extraQ = q.tokens.filter((_, i) => !pairs.some((p) => p.qi === i));
  const extraC = c.tokens.filter((_, j) => !pairs.some((p) => p.ci === j));
  if (extraQ.length) shown.push(`unmatched in query: ${extraQ.join(" ")}`);
  if (extraC.length) shown.push(`unmatched in list name: ${extraC.join(" ")}`);
  return shown.join("; ");
}

function compareGeneral(q: AnalyzedName, c: AnalyzedName): NameComparison {
  const { pairs, matched, total } = alignTokens(q, c, q.kind === "person" ? 0.72 : 0.8);
  let score = total > 0 ? matched / total : 0;
  const features: Feature[] = [
    { name: "token_alignment", value: round(score), query: q.tokens.join(" "), candidate: c.tokens.join(" "), detail: describePairs(q, c, pairs) },
  ];
  if (q.compact.length >= 6 && c.compact.length >= 6) {
    const compact = levenshteinSimilarity(q.compact, c.compact);
    if (compact >= 0.85 && compact * 0.95 > score) {
      score = compact * 0.95;
      features.push({ name: "compact_form", value: round(compact), query: q.compact, candidate: c.compact, detail: "the names match with spaces removed" });
    }
  }
  if (q.kind !== "person") {
    const distinctiveQ = q.weights.some((w) => w >= 1);
    const distinctiveMatched = pairs.some((p) => (q.weights[p.qi] ?? 0) >= 1 || (c.weights[p.ci] ?? 0) >= 1);
    if (distinctiveQ && !distinctiveMatched && score > 0.5) {
      score = 0.5;
      features.push({ name: "generic_only", value: 0.5, query: q.tokens.join(" "), candidate: c.tokens.join(" "), detail: "only generic words (Korea, Trading, General …) match; capped at 0.5" });
    }
    if (q.numbers.join(" ") !== c.numbers.join(" ") && (q.numbers.length > 0 || c.numbers.length > 0)) {
      score *= 0.7;
      features.push({ name: "number_mismatch", value: -0.3, query: q.numbers.join(" "), candidate: c.numbers.join(" "), detail: "the numbers in the names differ" });
    }
  }
  return { score: round(Math.min(1, Math.max(0, score))), features };
}

/**
 * Compares two analysed names and explains the score. Korean personal names (both sides read as
 * Korean) are compared by family-name class and given-name class; other names by a weighted,
 * order-free token alignment, with the space-stripped form as a second chance.
 *
 * Scores are 0–1: 1 means the same name after normalisation; 0.97 the same name in another
 * spelling; below about 0.7 the names are unlikely to denote the same party.
 *
 * @example
 * ```ts
 * compareNames(analyzeName("Rhee Hong Seop", "person"), analyzeName("RI HONG-SOP", "person")).score
 * //=> 0.97
 * ```
 */
export function compareNames(q: AnalyzedName, c: AnalyzedName): NameComparison {
  const exact = q.normalized !== "" && q.normalized === c.normalized;
  if (q.korean.length > 0 && c.korean.length > 0) return compareKorean(q.korean, c.korean, exact);
  if (exact) return { score: 1, features: [{ name: "name_exact", value: 1, query: q.normalized, candidate: c.normalized, detail: "identical after normalisation" }] };
  return compareGeneral(q, c);
}
