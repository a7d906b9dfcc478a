const S_BASE = 0xac00;
const S_COUNT = 11172;
const N_COUNT = 588;
const T_COUNT = 28;

// Canonical key letters, in the classes of `romanKey` (j/ch = c, ŏ/ŭ/u = o, l = r …).
const INITIAL = ["k", "k", "n", "t", "t", "r", "m", "p", "p", "s", "s", "", "c", "c", "c", "k", "t", "p", "h"];
const VOWEL = ["a", "e", "ya", "ye", "o", "e", "yo", "ye", "o", "wa", "we", "we", "yo", "o", "wo", "we", "wi", "yo", "o", "i", "i"];
const FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "r", "k", "m", "r", "r", "r", "p", "r", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];
// A readable McCune–Reischauer-style spelling (without breves), for explanations only.
const INITIAL_MR = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"];
const VOWEL_MR = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];
const FINAL_MR = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

/** True for a precomposed Hangul syllable (U+AC00–U+D7A3). */
export function isHangulSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= S_BASE && c < S_BASE + S_COUNT;
}

/** Splits a syllable into its jamo indices by Unicode arithmetic (Unicode Standard §3.12). */
export function decomposeSyllable(ch: string): { l: number; v: number; t: number } | undefined {
  const i = (ch.codePointAt(0) ?? 0) - S_BASE;
  if (i < 0 || i >= S_COUNT) return undefined;
  return { l: Math.floor(i / N_COUNT), v: Math.floor((i % N_COUNT) / T_COUNT), t: i % T_COUNT };
}

/**
 * The canonical key of a run of Hangul syllables (one name part), in the same classes as
 * `romanKey`, so that `hangulKey("홍섭") === romanKey("hongsop")`. The word-initial sound law is
 * applied to the first syllable only, as South Korean spelling does (리 → i, 류 → yo, 로 → no).
 * Non-Hangul characters are ignored.
 *
 * @example
 * ```ts
 * hangulKey("리")   //=> "i"     (= romanKey("ri"), romanKey("lee"))
 * hangulKey("정은") //=> "congon" (= romanKey("jong-un"))
 * ```
 */
export function hangulKey(text: string): string {
  let out = "";
  let first = true;
  for (const ch of text) {
    const d = decomposeSyllable(ch);
    if (!d) continue;
    let initial = INITIAL[d.l] ?? "";
    const vowel = VOWEL[d.v] ?? "";
    if (first) {
      if ((initial === "r" || initial === "n") && /^[iy]/.test(vowel)) initial = "";
      else if (initial === "r") initial = "n";
      first = false;
    }
    out += initial + vowel + (FINAL[d.t] ?? "");
  }
  return out;
}

/**
 * A readable romanisation of Hangul (McCune–Reischauer letters without breves, syllables joined
 * by hyphens), used only to show an auditor what a Hangul name was read as.
 *
 * @example
 * ```ts
 * hangulToReadable("김정은") //=> "kim-chong-un"
 * ```
 */
export function hangulToReadable(text: string): string {
  const parts: string[] = [];
  for (const ch of text) {
    const d = decomposeSyllable(ch);
    if (!d) continue;
    parts.push((INITIAL_MR[d.l] ?? "") + (VOWEL_MR[d.v] ?? "") + (FINAL_MR[d.t] ?? ""));
  }
  return parts.join("-");
}
