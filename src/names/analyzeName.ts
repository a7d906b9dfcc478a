import { editCost } from "../distance/index.js";
import { normalizeText } from "../normalize/index.js";
import { cyrillicToLatin } from "./korean/cyrillic.js";
import { hangulToReadable } from "./korean/hangul.js";
import { koreanReadings, type KoreanReading } from "./korean/koreanReadings.js";
import { romanKey } from "./korean/romanKey.js";
import { segmentSyllables } from "./korean/segmentSyllables.js";
import { LEGAL_FORM_CLASS, MAX_LEGAL_FORM_WORDS } from "./legalForms.js";
import { numberWordsToDigits } from "./numberWords.js";
import { ABBREVIATIONS, GENERIC_ORG_WORDS, PERSON_PARTICLES, PERSON_TITLES, STEMS, STOPWORDS } from "./orgTerms.js";
import { repairOrgWord } from "./orgVocabulary.js";

// Abbreviated legal-form words, written out so that phrases ("Ltd. Liability Partnership")
// are recognised whichever way they were typed.
const LEGAL_WORDS: ReadonlyMap<string, string> = new Map([["ltd", "limited"], ["co", "company"], ["corp", "corporation"], ["inc", "incorporated"], ["jt", "joint"]]);

/** The kinds of name the analyser distinguishes. */
export type NameKind = "person" | "organization" | "vessel" | "aircraft";

/** The main script of a normalised name. */
export type NameScript = "latin" | "hangul" | "cyrillic" | "han" | "arabic" | "other" | "mixed" | "none";

/**
 * A name prepared for comparison. Built once per list name (at index time) and once per query
 * name; every comparison then works on these fields only.
 */
export interface AnalyzedName {
  /** The name as given. */
  readonly text: string;
  /** `normalizeText(text)`. */
  readonly normalized: string;
  readonly kind: NameKind;
  readonly script: NameScript;
  /** Comparison tokens in Latin letters where a reading exists (Cyrillic and Hangul are read). */
  readonly tokens: readonly string[];
  /** Weight of each token: 1 for a distinctive word, lower for generic words, titles and initials. */
  readonly weights: readonly number[];
  /** Canonical Korean key of each organisation-name token that reads as Korean syllables, else `""` (always `""` for persons). */
  readonly tokenKeys: readonly string[];
  /** The tokens joined without spaces (catches "Chong Chon Gang" = "Chongchongang"). */
  readonly compact: string;
  /** The distinctive tokens (weight 1 or more) joined without spaces: the name's core. */
  readonly core: string;
  /** The distinctive tokens joined with spaces (to tell split words from the same words). */
  readonly coreWords: string;
  /** The distinctive tokens and stopwords/particles, without spaces: "Van der Bilt" → "vanderbilt". */
  readonly spaced: string;
  /** Readings as a Korean personal name; empty when the name does not look Korean. */
  readonly korean: readonly KoreanReading[];
  /** Digits in the name ("Office 39"): a mismatch here means another organisation or vessel. */
  readonly numbers: readonly string[];
  /** Classes of the legal forms found and removed (`limited`, `stock`, …), organisations only. */
  readonly legalForms: readonly string[];
}

// Short legal forms that are also ordinary words or initials: only at either end of a name.
const EDGE_ONLY_FORMS: ReadonlySet<string> = new Set(["as", "ab", "sa", "ao", "oy", "kk", "cc", "co", "ag", "nv", "bv", "kg", "ао", "주", "spa", "sac"]);
// Long Latin legal-form words that a typo or truncation should not hide.
const LONG_FORMS = ["company", "corporation", "incorporated", "limited", "aktiengesellschaft", "gesellschaft", "corporacion", "compania"];

const SCRIPTS: readonly NameScript[] = ["latin", "hangul", "cyrillic", "han", "arabic", "other"];

function scriptIndex(c: number): number {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return 0;
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return 1;
  if (c >= 0x400 && c <= 0x52f) return 2;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return 3;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 4;
  return 5;
}

/** The script of a normalised name, by code-point ranges (digits and spaces do not count). */
const NO_FORMS: readonly string[] = Object.freeze([]);
const NO_NUMBERS: readonly string[] = Object.freeze([]);
const NO_READINGS: KoreanReading[] = Object.freeze([]) as unknown as KoreanReading[];
// Weight patterns ([1, 1], [1, 0.3, 1] …) and sets of legal forms are few: each is stored once,
// for every name that has it.
const WEIGHT_PATTERNS = new Map<number, (readonly number[])[]>();
const FORM_PATTERNS = new Map<string, readonly string[]>();
/** The one stored copy of a weight pattern, found by a hash of its values (no string key: this runs for every name). */
function sharedWeights(values: readonly number[]): readonly number[] {
  let hash = values.length;
  for (const v of values) hash = (Math.imul(hash, 31) + Math.round(v * 1000)) | 0;
  let bucket = WEIGHT_PATTERNS.get(hash);
  for (const p of bucket ?? []) {
    if (p.length !== values.length) continue;
    let same = true;
    for (let i = 0; i < p.length && same; i++) same = p[i] === values[i];
    if (same) return p;
  }
  if (WEIGHT_PATTERNS.size >= 10_000) {
    WEIGHT_PATTERNS.clear();
    bucket = undefined;
  }
  const frozen = Object.freeze([...values]);
  if (bucket === undefined) WEIGHT_PATTERNS.set(hash, [frozen]);
  else bucket.push(frozen);
  return frozen;
}
function shared<T>(pool: Map<string, readonly T[]>, values: readonly T[]): readonly T[] {
  const key = values.join(",");
  const found = pool.get(key);
  if (found !== undefined) return found;
  if (pool.size >= 10_000) pool.clear();
  const frozen = Object.freeze([...values]);
  pool.set(key, frozen);
  return frozen;
}
// A person name's token keys are all empty: one shared array per length.
const EMPTY_KEYS: (readonly string[])[] = [];
function noKeys(n: number): readonly string[] {
  return (EMPTY_KEYS[n] ??= Object.freeze(Array.from({ length: n }, () => "")));
}

function detectScript(s: string): NameScript {
  let found = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || (c >= 0x30 && c <= 0x39)) continue;
    if (c >= 0xd800 && c <= 0xdbff) i++;
    const k = c >= 0xd800 && c <= 0xdfff ? 5 : scriptIndex(c);
    if (found === -1) found = k;
    else if (found !== k) return "mixed";
  }
  return found === -1 ? "none" : (SCRIPTS[found] ?? "other");
}

// First words of the legal forms: a token that starts none is skipped at once.
const LEGAL_FIRST_WORDS: ReadonlySet<string> = new Set([...LEGAL_FORM_CLASS.keys()].map((f) => f.split(" ")[0] ?? ""));

function legalFormAt(tokens: readonly string[], i: number): { cls: string; length: number } | undefined {
  const first = tokens[i] ?? "";
  for (let n = LEGAL_FIRST_WORDS.has(first) ? Math.min(MAX_LEGAL_FORM_WORDS, tokens.length - i) : 0; n >= 1; n--) {
    const phrase = tokens.slice(i, i + n).join(" ");
    const cls = LEGAL_FORM_CLASS.get(phrase);
    if (cls === undefined) continue;
    if (n === 1 && EDGE_ONLY_FORMS.has(phrase) && i !== 0 && i !== tokens.length - 1) continue;
    if (n === tokens.length) continue; // a name that is only a legal form keeps its words
    return { cls, length: n };
  }
  const t = tokens[i] ?? "";
  // A misspelt or truncated long form at the end ("Aktiengeselschaft", "… Joint Stock Compan").
  if (t.length >= 6 && tokens.length > 1 && (i === tokens.length - 1 || i === 0) && !GENERIC_ORG_WORDS.has(t)) {
    for (const form of LONG_FORMS) {
      if (form[0] !== t[0]) continue;
      if ((form.startsWith(t) && t.length >= form.length - 2) || editCost(t, form, 2) <= (form.length >= 10 ? 2 : 1)) return { cls: LEGAL_FORM_CLASS.get(form) ?? "generic", length: 1 };
    }
  }
  return undefined;
}

/** Joins runs of single letters ("a b c" → "abc", "l l c" → "llc"): acronyms written with dots. */
function joinLetterRuns(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = "";
  for (const t of tokens) {
    if (t.length === 1 && /\p{L}/u.test(t)) {
      run += t;
      continue;
    }
    if (run) out.push(run);
    run = "";
    out.push(t);
  }
  if (run) out.push(run);
  return out;
}

function orgTokens(raw: readonly string[]): { tokens: string[]; weights: number[]; legalForms: readonly string[] } {
  const legalForms: string[] = [];
  const kept: string[] = [];
  const strip = (tokens: readonly string[]) => {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      const form = legalFormAt(tokens, i);
      if (form) {
        legalForms.push(form.cls);
        i += form.length;
      } else {
        out.push(tokens[i] ?? "");
        i++;
      }
    }
    return out;
  };
  // Letters and digits run together are two words ("Unit586", "Lab110"). Loops, not flatMap:
  // this runs for every organisation name of a list.
  const repaired: string[] = [];
  for (const t of raw) {
    if (/\d/.test(t) && /[a-z]/.test(t)) for (const part of t.replace(/(\d+)/g, " $1 ").trim().split(/\s+/)) repaired.push(LEGAL_WORDS.get(part) ?? repairOrgWord(part));
    else repaired.push(LEGAL_WORDS.get(t) ?? repairOrgWord(t));
  }
  const expanded: string[] = [];
  for (const t of joinLetterRuns(strip(repaired))) {
    const long = ABBREVIATIONS.get(t);
    if (long === undefined) expanded.push(t);
    else for (const part of long.split(" ")) expanded.push(part);
  }
  for (const t of numberWordsToDigits(strip(expanded))) kept.push(STEMS.get(t) ?? t);
  const tokens = kept.length > 0 ? kept : [...raw];
  const weights = tokens.map((t) => (STOPWORDS.has(t) ? 0.05 : GENERIC_ORG_WORDS.has(t) ? 0.25 : /^\d+$/.test(t) ? 1.2 : 1));
  return { tokens, weights, legalForms: legalForms.length === 0 ? NO_FORMS : shared(FORM_PATTERNS, [...new Set(legalForms)]) };
}

// Digits written for look-alike letters inside a person's name ("Ig0r Sech1n"): people's names
// have no digits, so in a word that also has letters they can only be disguise.
const DIGIT_LETTERS: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "6": "b", "7": "t", "8": "b", "9": "g" };

function personTokens(tokens: readonly string[]): { tokens: string[]; weights: number[]; legalForms: readonly string[] } {
  const out: string[] = [];
  const weights: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i] ?? "";
    if (/\d/.test(t) && /\p{L}/u.test(t)) t = t.replace(/\d/g, (d) => DIGIT_LETTERS[d] ?? d);
    const isLegal = i === tokens.length - 1 && tokens.length > 2 && t.length > 2 && LEGAL_FORM_CLASS.has(t);
    out.push(t);
    weights.push(PERSON_TITLES.has(t) || isLegal ? 0.1 : PERSON_PARTICLES.has(t) ? 0.3 : t.length === 1 ? 0.5 : 1);
  }
  // The same shape as `orgTokens`' result, so that `analyzeName` reads one kind of object.
  return { tokens: out, weights, legalForms: NO_FORMS };
}

/**
 * Prepares a name for matching: normalises it (`normalizeText`), reads Cyrillic and Hangul into
 * Latin tokens, and finds its readings as a Korean personal name. Organisation and vessel names
 * have misspelt common words repaired ("Shippinng" → "shipping"), lose their legal forms
 * (recorded by class), have acronyms joined ("A.B.C." → "abc"),
 * abbreviations expanded ("Intl" → "international"), numbers in words turned into digits, and
 * generic words weighted low.
 *
 * @example
 * ```ts
 * analyzeName("KIM, Jong-Un", "person").korean[0]
 * //=> { surname: "kim", given: "congon", spelled: "kim | jong un" }
 * analyzeName("Korea Namgang Trading Corp.", "organization").tokens
 * //=> ["korea", "namgang", "trade"]
 * ```
 */
export function analyzeName(text: string, kind: NameKind): AnalyzedName {
  const normalized = normalizeText(text);
  const script = detectScript(normalized);
  const rawTokens = normalized === "" ? [] : normalized.split(" ");
  let korean: KoreanReading[] = [];
  if (kind === "person") {
    const comma = text.indexOf(",");
    const before = comma > 0 && text.indexOf(",", comma + 1) < 0 ? normalizeText(text.slice(0, comma)) : "";
    korean = koreanReadings(rawTokens, before === "" ? {} : { surnameBeforeComma: before.split(" ").length });
  }
  let latin = rawTokens;
  if (script === "cyrillic") latin = cyrillicToLatin(normalized).split(" ");
  else if (script === "hangul") latin = rawTokens.map((t) => hangulToReadable(t).replace(/-/g, ""));
  const analysed = kind === "person" ? personTokens(latin) : orgTokens(latin);
  const { tokens, legalForms } = analysed;
  const weights = sharedWeights(analysed.weights);
  // The derived forms, built with `join` (flat strings) and shared where they are equal: this
  // runs for every listed name, and a million names' worth of small objects is what the
  // garbage collector spends its time on.
  let numbers: readonly string[] = NO_NUMBERS;
  const distinctiveTokens: string[] = [];
  const spacedTokens: string[] = [];
  let tokenKeys: readonly string[] = kind === "person" ? noKeys(tokens.length) : [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    const distinctive = (weights[i] ?? 1) >= 1;
    if (distinctive) distinctiveTokens.push(t);
    if (distinctive || STOPWORDS.has(t)) spacedTokens.push(t);
    if (t.charCodeAt(0) <= 0x39 && /^\d+$/.test(t)) numbers = numbers === NO_NUMBERS ? [t] : [...numbers, t];
    // Person names are compared as Korean through their readings; only organisation words use
    // word-level Korean keys.
    if (kind !== "person") (tokenKeys as string[]).push(t.length >= 2 && segmentSyllables(t) !== undefined ? romanKey(t) : "");
  }
  const compact = tokens.join("");
  const allDistinctive = distinctiveTokens.length === tokens.length;
  const core = allDistinctive ? compact : distinctiveTokens.join("");
  const spaced = spacedTokens.length === distinctiveTokens.length ? core : spacedTokens.join("");
  let coreWords = allDistinctive && tokens.length === 1 ? compact : distinctiveTokens.join(" ");
  // Most often the normalised name itself: one string kept, not two equal ones.
  if (coreWords === normalized) coreWords = normalized;
  if (korean.length === 0) korean = NO_READINGS;
  if (kind !== "person") tokenKeys = tokenKeys.every((k) => k === "") ? noKeys(tokens.length) : tokenKeys.slice();
  // The arrays kept are copies of their exact length (`slice`): an array grown by `push` keeps
  // room for more, 152 bytes for a name's three tokens, a fifth of a large list's index heap.
  return {
    text,
    normalized,
    kind,
    script,
    tokens: tokens.slice(),
    weights,
    tokenKeys,
    compact,
    core,
    coreWords,
    spaced,
    korean: korean === NO_READINGS ? korean : korean.slice(),
    numbers,
    legalForms,
  };
}
