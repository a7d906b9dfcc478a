import { cyrillicKoreanSpellings } from "./cyrillic.js";
import { hangulKey, hangulToReadable, isHangulSyllable } from "./hangul.js";
import { romanKey } from "./romanKey.js";
import { segmentSyllables } from "./segmentSyllables.js";
import { DOUBLE_SURNAME_KEYS, SURNAME_KEYS, isKoreanSurnameSpelling } from "./surnames.js";

/** One way to read a name as Korean: family name and given name, each as a canonical key. */
export interface KoreanReading {
  /** Canonical key of the family name. */
  readonly surname: string;
  /** Canonical key of the whole given name (hyphenated, spaced or joined: one unit). */
  readonly given: string;
  /** How the name was read, for explanations: `"ri | hong sop"`. */
  readonly spelled: string;
  /** The Hangul itself, when the name was written in Hangul (compared syllable by syllable). */
  readonly hangul?: { readonly surname: string; readonly given: string };
}

const MAX_READINGS = 16;

/**
 * Keys of a given name written in Latin letters, as one unit: syllable by syllable (each token
 * split into syllables, so that vowel digraphs never straddle a syllable boundary: Pu-il is
 * pu + il, not p + ui + l), and, when it differs, the key of the joined letters.
 */
export function givenNameKeys(parts: readonly string[]): string[] {
  let bySyllable = "";
  let first = true;
  for (const part of parts) {
    const syllables = segmentSyllables(part) ?? [part];
    for (const syl of syllables) {
      bySyllable += romanKey(syl, first);
      first = false;
    }
  }
  const joined = romanKey(parts.join(""));
  return joined === bySyllable ? [bySyllable] : [bySyllable, joined];
}

function reading(surnameSpelling: string, givenSpellings: readonly string[], surnameKey: string, givenKey: string): KoreanReading {
  return { surname: surnameKey, given: givenKey, spelled: `${surnameSpelling} | ${givenSpellings.join(" ")}` };
}

/**
 * True when the first `n` tokens spell a two-syllable family name (Nam Gung, Hwang Bo). A first
 * token that is already two Korean syllables or more cannot begin one: that is checked first,
 * through the cached syllable split, as the key of the joined pair is new for almost every
 * name in a large list.
 */
function doubleSurnameAt(tokens: readonly string[], n: number): boolean {
  if (n === 2 && (segmentSyllables(tokens[0] ?? "")?.length ?? 1) >= 2) return false;
  return DOUBLE_SURNAME_KEYS.has(romanKey(tokens.slice(0, n).join("")));
}

function latinReadings(tokens: readonly string[], surnameBeforeComma: number | undefined): KoreanReading[] {
  if (tokens.length < 2 || tokens.length > 5) return [];
  // A Korean name has a Korean family name at one end (or before the comma): checked first,
  // as it rules out most names at the cost of two lookups.
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  const surnameAt = (n: number) => (n === 1 ? isKoreanSurnameSpelling(tokens[0] ?? "") : doubleSurnameAt(tokens, n));
  if (surnameBeforeComma !== undefined ? !surnameAt(surnameBeforeComma) : !(isKoreanSurnameSpelling(first) || isKoreanSurnameSpelling(last) || surnameAt(2))) return [];
  if (!tokens.every((t) => segmentSyllables(t) !== undefined || isKoreanSurnameSpelling(t))) return [];
  const out: KoreanReading[] = [];
  const add = (surname: readonly string[], given: readonly string[]) => {
    if (given.length === 0) return;
    for (const key of givenNameKeys(given)) out.push(reading(surname.join(" "), given, romanKey(surname.join("")), key));
  };
  if (surnameBeforeComma !== undefined) {
    add(tokens.slice(0, surnameBeforeComma), tokens.slice(surnameBeforeComma));
    return out;
  }
  if (isKoreanSurnameSpelling(first)) add([first], tokens.slice(1));
  if (tokens.length >= 3 && doubleSurnameAt(tokens, 2)) add(tokens.slice(0, 2), tokens.slice(2));
  if (isKoreanSurnameSpelling(last)) add([last], tokens.slice(0, -1));
  return out;
}

function hangulReadings(tokens: readonly string[]): KoreanReading[] {
  const syllables = tokens.map((t) => [...t].filter(isHangulSyllable).join(""));
  if (syllables.some((t) => t.length === 0)) return [];
  const out: KoreanReading[] = [];
  const add = (surname: string, given: string) => {
    if (surname === "" || given === "") return;
    out.push({ ...reading(hangulToReadable(surname), [hangulToReadable(given)], hangulKey(surname), hangulKey(given)), hangul: { surname, given } });
  };
  if (syllables.length === 1) {
    const whole = syllables[0] ?? "";
    if (whole.length < 2 || whole.length > 5) return [];
    const head2 = whole.slice(0, 2);
    if (whole.length >= 4 && DOUBLE_SURNAME_KEYS.has(hangulKey(head2))) add(head2, whole.slice(2));
    add(whole.slice(0, 1), whole.slice(1));
    return out;
  }
  if (syllables.length > 4) return [];
  const first = syllables[0] ?? "";
  const last = syllables[syllables.length - 1] ?? "";
  if (first.length <= 2) add(first, syllables.slice(1).join(""));
  if (last.length <= 2) add(last, syllables.slice(0, -1).join(""));
  return out;
}

function cyrillicReadings(tokens: readonly string[]): KoreanReading[] {
  if (tokens.length < 2 || tokens.length > 4) return [];
  const spellings = tokens.map((t) => cyrillicKoreanSpellings(t));
  const out: KoreanReading[] = [];
  const addAll = (surnameIndex: number) => {
    const surnameOptions = (spellings[surnameIndex] ?? []).filter((s) => SURNAME_KEYS.has(romanKey(s)));
    if (surnameOptions.length === 0) return;
    const givenLists = spellings.filter((_, i) => i !== surnameIndex);
    let combos: string[][] = [[]];
    for (const options of givenLists) {
      const grown: string[][] = [];
      for (const c of combos) for (const o of options) grown.push([...c, o]);
      combos = grown.slice(0, MAX_READINGS);
    }
    const seen = new Set<string>();
    for (const s of surnameOptions) {
      for (const given of combos) {
        for (const key of givenNameKeys(given)) {
          const r = reading(s, given, romanKey(s), key);
          const k = `${r.surname}|${r.given}`;
          if (seen.has(k) || out.length >= MAX_READINGS * 2) continue;
          seen.add(k);
          out.push(r);
        }
      }
    }
  };
  addAll(0);
  addAll(tokens.length - 1);
  return out;
}

/**
 * The ways a normalised name can be read as a Korean personal name: family name first, family
 * name last, or `SURNAME, Given`, from Latin, Hangul or Cyrillic tokens. Returns `[]` when the
 * name does not look Korean (no Korean surname at either end, or a token that cannot be split
 * into Korean syllables).
 *
 * @param tokens normalised tokens (`normalizeText` output split on spaces)
 * @param options.surnameBeforeComma number of tokens before a comma in the raw name, if any
 *
 * @example
 * ```ts
 * koreanReadings(["ri", "hong", "sop"])
 * //=> [{ surname: "i", given: "hongsop", spelled: "ri | hong sop" }]
 * ```
 */
export function koreanReadings(tokens: readonly string[], options: { surnameBeforeComma?: number } = {}): KoreanReading[] {
  if (tokens.length === 0) return [];
  const joined = tokens.join("");
  if (/^[\p{Script=Hangul}]+$/u.test(joined)) return hangulReadings(tokens);
  if (/^[\p{Script=Cyrillic}]+$/u.test(joined)) return cyrillicReadings(tokens);
  if (/^[a-z]+$/.test(joined)) return latinReadings(tokens, options.surnameBeforeComma);
  return [];
}
