import { normalizeText } from "../normalize/index.js";
import { cyrillicToLatin } from "./korean/cyrillic.js";
import { hangulToReadable } from "./korean/hangul.js";
import { koreanReadings, type KoreanReading } from "./korean/koreanReadings.js";
import { romanKey } from "./korean/romanKey.js";
import { ABBREVIATIONS, GENERIC_ORG_WORDS, LEGAL_FORM_PHRASES, LEGAL_FORMS, PERSON_TITLES, STEMS, STOPWORDS } from "./orgTerms.js";

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
  /** Weight of each token: 1 for a distinctive word, lower for generic words and initials. */
  readonly weights: readonly number[];
  /** Canonical Korean key of each token (`romanKey`), for matching romanised Korean words. */
  readonly tokenKeys: readonly string[];
  /** The tokens joined without spaces (catches "Chong Chon Gang" = "Chongchongang"). */
  readonly compact: string;
  /** Readings as a Korean personal name; empty when the name does not look Korean. */
  readonly korean: readonly KoreanReading[];
  /** Digits in the name ("Office 39"): a mismatch here means another organisation. */
  readonly numbers: readonly string[];
}

const PHRASE_RE = new RegExp(`(?:^| )(?:${[...LEGAL_FORM_PHRASES].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, " ")).join("|")})(?= |$)`, "g");
const PERSON_PARTICLES: ReadonlySet<string> = new Set(["bin", "ibn", "binti", "bint", "al", "el", "abu", "abd", "ould", "ben"]);

function detectScript(s: string): NameScript {
  let latin = 0, hangul = 0, cyrillic = 0, han = 0, arabic = 0, other = 0;
  for (const ch of s) {
    if (ch === " " || /\p{N}/u.test(ch)) continue;
    if (/\p{Script=Latin}/u.test(ch)) latin++;
    else if (/\p{Script=Hangul}/u.test(ch)) hangul++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    else other++;
  }
  const counts: [NameScript, number][] = [["latin", latin], ["hangul", hangul], ["cyrillic", cyrillic], ["han", han], ["arabic", arabic], ["other", other]];
  const present = counts.filter(([, n]) => n > 0);
  if (present.length === 0) return "none";
  if (present.length > 1) return "mixed";
  return present[0]?.[0] ?? "none";
}

function orgTokens(normalized: string): { tokens: string[]; weights: number[] } {
  const stripped = ` ${normalized} `.replace(PHRASE_RE, " ").trim();
  const tokens: string[] = [];
  const weights: number[] = [];
  for (let token of stripped.split(" ")) {
    if (token === "") continue;
    token = ABBREVIATIONS.get(token) ?? token;
    token = STEMS.get(token) ?? token;
    if (LEGAL_FORMS.has(token)) continue;
    tokens.push(token);
    weights.push(STOPWORDS.has(token) ? 0.05 : GENERIC_ORG_WORDS.has(token) ? 0.25 : /^\d+$/.test(token) ? 1.2 : 1);
  }
  // A name made only of legal forms ("Company Limited") keeps its words rather than vanish.
  if (tokens.length === 0) {
    for (const t of normalized.split(" ")) if (t !== "") { tokens.push(t); weights.push(1); }
  }
  return { tokens, weights };
}

function personTokens(tokens: readonly string[]): { tokens: string[]; weights: number[] } {
  const out: string[] = [];
  const weights: number[] = [];
  for (const t of tokens) {
    out.push(t);
    weights.push(PERSON_TITLES.has(t) ? 0.2 : PERSON_PARTICLES.has(t) ? 0.3 : t.length === 1 ? 0.5 : 1);
  }
  return { tokens: out, weights };
}

/**
 * Prepares a name for matching: normalises it (`normalizeText`), reads Cyrillic and Hangul into
 * Latin tokens, drops legal forms and weights generic words in organisation names, and finds
 * its readings as a Korean personal name.
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
  const { tokens, weights } = kind === "person" ? personTokens(latin) : orgTokens(latin.join(" "));
  return {
    text,
    normalized,
    kind,
    script,
    tokens,
    weights,
    tokenKeys: tokens.map((t) => (/^[a-z]+$/.test(t) ? romanKey(t) : t)),
    compact: tokens.filter((_, i) => (weights[i] ?? 1) >= 0.25).join(""),
    korean,
    numbers: tokens.filter((t) => /^\d+$/.test(t)),
  };
}
