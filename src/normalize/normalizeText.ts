import { LATIN_CONFUSABLES } from "./confusables.js";
import { recomposeJamo } from "./recomposeJamo.js";

const APOSTROPHES = /['’‘ʼʻ´`′ʹ＇]/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_NON_ALNUM = /[^a-z0-9]+/g;
const LATIN_LETTER = /\p{Script=Latin}/u;
const CONFUSABLE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
// Marks removed after NFD. Cyrillic keeps U+0306 (й, ў are letters of their own); Arabic loses
// its vowel signs and tatweel; Indic and other scripts keep their marks (they are letters there).
const LATIN_GREEK_MARKS = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
const CYRILLIC_MARKS = /(\p{Script=Cyrillic})[\u0300-\u0305\u0307-\u036f]+/gu;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
const FOLDS: ReadonlyMap<string, string> = new Map([
  ["ß", "ss"], ["ł", "l"], ["ø", "o"], ["đ", "d"], ["ð", "d"], ["ħ", "h"], ["ı", "i"],
  ["æ", "ae"], ["œ", "oe"], ["þ", "th"], ["ŀ", "l"], ["ŧ", "t"], ["ĸ", "k"], ["ſ", "s"],
]);
const FOLD_RE = /[ßłøđðħıæœþŀŧĸſ]/g;

/**
 * The one text normaliser, used for list data and queries alike. Steps, in this order:
 *
 * 1. Unicode NFKC (fullwidth, ligatures, circled letters, NBSP, `㈜` → `(주)`).
 * 2. Remove default-ignorable and invisible characters (zero-width space and joiners, soft
 *    hyphen, BOM, word joiner, Hangul fillers, variation selectors, bidi controls).
 * 3. Delete apostrophes of every kind (`' ’ ʼ ‘ ´` …): in McCune–Reischauer they mark both ŏ/ŭ
 *    and aspiration, so deleting them is the only fold that is safe for both. Then re-compose
 *    Hangul typed as loose jamo (`ㄱㅣㅁ` → `김`).
 * 4. Drop diacritics (NFD, remove marks on Latin and Greek letters, Arabic vowel signs; keep
 *    Cyrillic й and the marks of Indic scripts), then NFC.
 * 5. Lower-case, with ß → ss and the letters that do not decompose (ł ø đ æ œ þ …) folded.
 * 6. Punctuation and symbols become spaces; whitespace is collapsed; the ends are trimmed.
 * 7. In a name that contains Latin letters, fold Cyrillic and Greek look-alikes to Latin
 *    (TR39-style confusables): `PаK` (Cyrillic а) → `pak`. Pure Cyrillic or Greek names are
 *    left alone.
 *
 * The result is a string of space-separated tokens; it is idempotent
 * (`normalizeText(normalizeText(x)) === normalizeText(x)`) and empty when nothing is left.
 *
 * @example
 * ```ts
 * normalizeText("CH'OE Ch\u200Bŏng-su")  //=> "choe chong su"
 * normalizeText("RI НONG-SOР")          //=> "ri hong sop"  (Cyrillic Н and Р)
 * ```
 */
export function normalizeText(input: string): string {
  // Printable ASCII has no invisible, decomposable or look-alike characters: the same steps
  // reduce to deleting apostrophes, lower-casing and turning punctuation into spaces.
  if (PRINTABLE_ASCII.test(input)) return input.replace(ASCII_APOSTROPHES, "").toLowerCase().replace(ASCII_NON_ALNUM, " ").trim();
  return normalizeUnicode(input);
}

/** The full pipeline of `normalizeText`, without its printable-ASCII shortcut (tests compare the two). */
export function normalizeUnicode(input: string): string {
  let s = input.normalize("NFKC");
  s = s.replace(/\p{Default_Ignorable_Code_Point}/gu, "");
  s = s.replace(APOSTROPHES, "");
  s = recomposeJamo(s);
  s = s.normalize("NFD").replace(LATIN_GREEK_MARKS, "$1").replace(CYRILLIC_MARKS, "$1").replace(ARABIC_MARKS, "").normalize("NFC");
  s = s.toLowerCase().replace(FOLD_RE, (c) => FOLDS.get(c) ?? c);
  s = s.replace(/[^\p{L}\p{M}\p{N}]+/gu, " ").trim();
  if (LATIN_LETTER.test(s) && CONFUSABLE_SCRIPT.test(s)) s = foldConfusables(s);
  return s;
}

/**
 * Folds look-alike letters to Latin in the tokens of a mixed-script name. A token is folded when
 * it mixes Latin with Cyrillic/Greek, or when every one of its letters has a Latin look-alike
 * (an all-Cyrillic `РАК` inside an otherwise Latin name).
 */
function foldConfusables(s: string): string {
  return s.replace(/[^ ]+/g, (token) => {
    if (!CONFUSABLE_SCRIPT.test(token)) return token;
    const hasLatin = LATIN_LETTER.test(token);
    let allConfusable = true;
    let out = "";
    for (const ch of token) {
      const mapped = LATIN_CONFUSABLES.get(ch);
      if (mapped === undefined && CONFUSABLE_SCRIPT.test(ch)) allConfusable = false;
      out += mapped ?? ch;
    }
    return hasLatin || allConfusable ? out : token;
  });
}

/**
 * Splits normalised text into tokens.
 *
 * @example
 * ```ts
 * tokenize("kim jong un") //=> ["kim", "jong", "un"]
 * ```
 */
export function tokenize(normalized: string): string[] {
  return normalized === "" ? [] : normalized.split(" ");
}
