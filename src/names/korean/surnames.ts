import { romanKey } from "./romanKey.js";

/**
 * Korean surnames in the spellings seen on the UN and OFAC lists and in South Korean usage
 * (korean-names.md §4, from the ROK census lists and the lists' own aliases). Used to decide
 * which part of a name is the family name; stored as canonical keys.
 */
const SURNAME_SPELLINGS = [
  "kim", "gim", "ri", "lee", "yi", "rhee", "li", "i", "pak", "park", "bak", "choe", "choi", "chwe",
  "jong", "jung", "jeong", "chung", "chong", "kang", "gang", "jo", "cho", "yun", "yoon", "jang",
  "chang", "rim", "im", "lim", "yim", "han", "hahn", "o", "oh", "so", "seo", "suh", "sin", "shin",
  "kwon", "gwon", "hwang", "an", "ahn", "song", "jon", "jeon", "chon", "chun", "hong", "ryu", "yu",
  "yoo", "ryang", "yang", "ko", "go", "koh", "ku", "gu", "koo", "kwak", "gwak", "paek", "baek",
  "pae", "bae", "hyon", "hyun", "hyeon", "ro", "no", "roh", "noh", "ra", "na", "ryom", "yeom",
  "mun", "moon", "son", "sohn", "cha", "ju", "joo", "chu", "pang", "bang", "kil", "gil", "min",
  "yo", "ryo", "yeo", "tong", "dong", "sok", "seok", "chi", "ji", "jin", "chin", "ho", "heo", "hur",
  "nam", "sim", "shim", "won", "u", "woo", "kye", "gye", "myong", "myeong", "pyon", "byeon", "yon",
  "yeon", "chae", "che", "cheon", "chen", "ok", "ma", "tak", "pyo", "pyu", "kong", "gong", "ham",
  "chu", "mo", "yom", "om", "eom", "uhm", "sa", "ki", "gi", "kum", "keum", "geum", "hyong", "hyeong",
  "rho", "ryon", "ryeon", "thae", "tae", "pu", "bu", "sung", "seong", "pi", "phi", "ye", "hwa",
  "namgung", "namkung", "jegal", "chegal", "sonu", "sunwoo", "seonwoo", "hwangbo", "tokko", "dokgo",
  // Other spellings in real use (korean-names.md §4, "other spellings" column), leaving out the
  // ones that are everyday English words (Back, Joe, Ann, You …).
  "kym", "ghim", "khim", "geem", "rhie", "choy", "chey", "joung", "jeoung", "jeung", "choung", "cheung",
  "juong", "chyung", "jaung", "jueng", "khang", "ghang", "kaing", "joh", "youn", "yune", "yeun", "jahng",
  "jhang", "leem", "rhim", "reem", "rym", "lym", "shinn", "sheen", "kweon", "kwun", "gweon", "whang",
  "hoang", "whoang", "soung", "jun", "jeun", "houng", "rhyu", "lyu", "lyang", "yaung", "kho", "gho",
  "goo", "kuh", "kou", "khu", "kwag", "kwack", "gwag", "koag", "paik", "baik", "baek", "bai", "hyoun",
  "rah", "yum", "youm", "moun", "shon", "soun", "chah", "tcha", "jou", "heo", "hur", "huh", "hyon",
];

/** Canonical keys of Korean surnames. */
export const SURNAME_KEYS: ReadonlySet<string> = new Set(SURNAME_SPELLINGS.map((s) => romanKey(s)));

/** The surname spellings themselves: a Latin name is read as Korean only when one of its ends is one. */
export const SURNAME_SPELLING_SET: ReadonlySet<string> = new Set(SURNAME_SPELLINGS);

/**
 * True when a Latin word is a Korean surname as spelt (doubled letters forgiven: "Kimm").
 * Keys are too lossy for this decision: "John" has the key of 전 Jon, but is not Korean.
 *
 * @example
 * ```ts
 * isKoreanSurnameSpelling("rhee") //=> true
 * isKoreanSurnameSpelling("john") //=> false
 * ```
 */
export function isKoreanSurnameSpelling(word: string): boolean {
  if (SURNAME_SPELLING_SET.has(word)) return true;
  // Asked of both ends of every person's name in a list: the regular expression runs only for
  // the few words that have a doubled letter.
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return SURNAME_SPELLING_SET.has(word.replace(/(.)\1+/g, "$1"));
  return false;
}

/** Canonical keys of the two-syllable surnames (남궁, 제갈, 선우, 황보, 독고). */
export const DOUBLE_SURNAME_KEYS: ReadonlySet<string> = new Set(
  ["namgung", "jegal", "sonu", "hwangbo", "tokko"].map((s) => romanKey(s)),
);

/**
 * True when a romanised token is a Korean surname in any common spelling.
 *
 * @example
 * ```ts
 * isKoreanSurname("rhee") //=> true
 * isKoreanSurname("smith") //=> false
 * ```
 */
export function isKoreanSurname(token: string): boolean {
  return SURNAME_KEYS.has(romanKey(token));
}
