import Fuse from "fuse.js";
import { normalizeText } from "../normalize/index.js";
import { NEUTRAL_OCCUPATIONS, SECTORS, type Sector, type SectorCode, type SectorTier } from "./sectorTaxonomy.js";

/** How a sector was recognised: the text is a sector code, contains a synonym, or nearly spells one. */
export type SectorMethod = "code" | "exact" | "fuzzy";

/** A free-text sector resolved to a high-risk sector. */
export interface SectorClassification {
  readonly code: SectorCode;
  readonly label: string;
  readonly tier: SectorTier;
  /** The taxonomy synonym that matched (for `code`, the code itself). */
  readonly synonym: string;
  /** The words of the input that matched it, normalised. */
  readonly matched: string;
  /** 1 for a code or the whole text; 0.9 for a synonym inside longer text; below 0.9 for a near spelling. */
  readonly confidence: number;
  readonly method: SectorMethod;
}

/**
 * Below this confidence a near spelling is not taken as a sector.
 *
 * @example
 * ```ts
 * classifySector("developper")!.confidence >= MIN_SECTOR_CONFIDENCE //=> true
 * ```
 */
export const MIN_SECTOR_CONFIDENCE = 0.7;

// Seniority and employment-type words say nothing about the sector.
const NOISE = new Set(["senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "chief", "trainee", "intern", "apprentice", "assistant", "freelance", "freelancer", "remote", "contract", "contractor", "part", "time", "full", "i", "ii", "iii", "iv", "of", "the", "and", "for", "at", "in", "a", "an", "on", "with", "worker", "specialist", "expert", "level"]);

// Head nouns too general to decide a sector: they lose to any other phrase of the same length
// ("DevOps engineer" is IT, "restaurant manager" is hospitality), but still anchor titles that
// have nothing else ("project manager").
const GENERIC = new Set(["engineer", "manager", "designer", "administrator", "consultant", "office", "clerk", "scientist", "researcher"]);

interface Term {
  readonly text: string;
  readonly tokens: readonly string[];
  readonly sector: Sector | undefined;
}

function singular(token: string): string {
  return token.length > 3 && token.endsWith("s") && !token.endsWith("ss") ? token.slice(0, -1) : token;
}

// Normalised words, with the few technology names whose punctuation carries meaning kept.
function words(text: string): string[] {
  const mapped = text.replace(/c\+\+/giu, " cpp ").replace(/c#/giu, " csharp ").replace(/\.net\b/giu, " dotnet ").replace(/\bnode\.js\b/giu, " nodejs ");
  const norm = normalizeText(mapped);
  return norm === "" ? [] : norm.split(" ");
}

interface Vocabulary {
  /** Terms by their first (singular) word, for the exact pass. */
  readonly byFirst: ReadonlyMap<string, readonly Term[]>;
  /**
   * fuse.js indexes of one-word and two-word terms by word count and first letter, for near
   * spellings: a gram is searched once, among terms of its word count and first letter, and a
   * result counts only within ±25% of its length (a misspelt first letter is not recognised).
   */
  readonly fuzzy: ReadonlyMap<string, Fuse<Term>>;
}

let vocab: Vocabulary | undefined;

function vocabulary(): Vocabulary {
  if (vocab) return vocab;
  const all: Term[] = [];
  for (const sector of SECTORS) for (const s of sector.synonyms) all.push({ text: s, tokens: words(s).map(singular), sector });
  for (const s of NEUTRAL_OCCUPATIONS) all.push({ text: s, tokens: words(s).map(singular), sector: undefined });
  const byFirst = new Map<string, Term[]>();
  for (const t of all) {
    const first = t.tokens[0];
    if (first === undefined) continue;
    const list = byFirst.get(first);
    if (list) list.push(t);
    else byFirst.set(first, [t]);
  }
  const buckets = new Map<string, Term[]>();
  for (const t of all) {
    if (t.tokens.length > 2) continue;
    const k = bucketKey(t.tokens.length, t.text[0] ?? "");
    const list = buckets.get(k);
    if (list) list.push(t);
    else buckets.set(k, [t]);
  }
  const fuzzy = new Map<string, Fuse<Term>>();
  for (const [k, list] of buckets) fuzzy.set(k, new Fuse(list, { keys: ["text"], includeScore: true, threshold: 0.3, ignoreLocation: true }));
  vocab = { byFirst, fuzzy };
  return vocab;
}

function bucketKey(words: number, first: string): string {
  return `${words}:${first}`;
}

function matchesAt(haystack: readonly string[], i: number, needle: readonly string[]): boolean {
  if (i + needle.length > haystack.length) return false;
  for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) return false;
  return true;
}

// Job titles repeat a lot in onboarding batches; the classifier is pure, so results are memoised.
const MEMO_LIMIT = 5_000;
const memo = new Map<string, SectorClassification | undefined>();

function outranks(a: Term, aEnd: number, b: Term, bEnd: number): boolean {
  if (a.tokens.length !== b.tokens.length) return a.tokens.length > b.tokens.length;
  const aGeneric = GENERIC.has(a.text);
  const bGeneric = GENERIC.has(b.text);
  if (aGeneric !== bGeneric) return bGeneric;
  return aEnd > bEnd;
}

function toClassification(term: Term, matched: string, confidence: number, method: SectorMethod): SectorClassification | undefined {
  if (!term.sector) return undefined;
  return { code: term.sector.code, label: term.sector.label, tier: term.sector.tier, synonym: term.text, matched, confidence, method };
}

/**
 * Classifies a free-text sector or job title ("senior React dev", "line cook", "nurse",
 * "welder") into a high-risk sector of DPRK overseas labour, or `undefined` when it names none.
 *
 * Steps: a sector code (`"construction"`, `"it-software"`) is taken as is; else the longest
 * taxonomy phrase found in the text wins (ties go to the later phrase, the head noun of an
 * English job title: "construction site cook" is a cook); else fuse.js looks for a near spelling
 * of one or two words ("developper", "constructon"). Occupations that are not high-risk
 * ("accountant", "property developer") are in the vocabulary too, so they win over a
 * high-risk look-alike and the result is `undefined`.
 *
 * @example
 * ```ts
 * classifySector("senior React dev") //=> { code: "it-software", synonym: "react", confidence: 0.9, method: "exact", … }
 * classifySector("nurse")?.code      //=> "medical"
 * classifySector("accountant")       //=> undefined
 * ```
 */
export function classifySector(text: string): SectorClassification | undefined {
  if (memo.has(text)) return memo.get(text);
  const found = classify(text);
  const result = found && Object.freeze(found);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, result);
  return result;
}

function classify(text: string): SectorClassification | undefined {
  const trimmed = text.trim().toLowerCase();
  const byCode = SECTORS.find((s) => s.code === trimmed);
  if (byCode) return { code: byCode.code, label: byCode.label, tier: byCode.tier, synonym: byCode.code, matched: trimmed, confidence: 1, method: "code" };

  const surface = words(text);
  if (surface.length === 0) return undefined;
  const all = surface.map((w) => ({ word: w, key: singular(w) }));
  const content = all.filter((t) => !NOISE.has(t.key));
  const { byFirst, fuzzy: indexes } = vocabulary();

  // Whole text first, then without noise words (so "senior software staff engineer" still
  // finds "software engineer").
  for (const tokens of [all, content]) {
    const keys = tokens.map((t) => t.key);
    let best: { term: Term; end: number } | undefined;
    keys.forEach((key, i) => {
      for (const term of byFirst.get(key) ?? []) {
        if (!matchesAt(keys, i, term.tokens)) continue;
        const end = i + term.tokens.length;
        if (!best || outranks(term, end, best.term, best.end)) best = { term, end };
      }
    });
    if (best) {
      const n = best.term.tokens.length;
      const matched = tokens.slice(best.end - n, best.end).map((t) => t.word).join(" ");
      const whole = n === content.length || n === all.length;
      return toClassification(best.term, matched, whole ? 1 : 0.9, "exact");
    }
  }

  const grams = (content.length > 0 ? content : all).map((t) => t.word);
  let fuzzy: { term: Term; score: number; matched: string } | undefined;
  for (let n = 1; n <= Math.min(2, grams.length); n++) {
    for (let i = 0; i + n <= grams.length; i++) {
      const gram = grams.slice(i, i + n).join(" ");
      if (gram.replace(/ /g, "").length < 5) continue;
      for (const r of indexes.get(bucketKey(n, gram[0] ?? ""))?.search(gram) ?? []) {
        const ratio = gram.length / r.item.text.length;
        if (ratio < 0.8 || ratio > 1.25) continue;
        const score = r.score ?? 1;
        if (!fuzzy || score < fuzzy.score || (score === fuzzy.score && r.item.text < fuzzy.term.text)) fuzzy = { term: r.item, score, matched: gram };
      }
    }
  }
  if (!fuzzy) return undefined;
  const confidence = Math.round((1 - fuzzy.score) * 0.9 * 100) / 100;
  if (confidence < MIN_SECTOR_CONFIDENCE) return undefined;
  return toClassification(fuzzy.term, fuzzy.matched, confidence, "fuzzy");
}

/**
 * The sector record of a code.
 *
 * @example
 * ```ts
 * sectorByCode("medical")?.tier //=> "core"
 * ```
 */
export function sectorByCode(code: SectorCode): Sector | undefined {
  return SECTORS.find((s) => s.code === code);
}
