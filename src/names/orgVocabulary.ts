import { editCost } from "../distance/index.js";
import { LEGAL_FORM_CLASS } from "./legalForms.js";
import { ABBREVIATIONS, GENERIC_ORG_WORDS, STEMS } from "./orgTerms.js";

const NUMBER_WORDS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
  "sixty", "seventy", "eighty", "ninety", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
  "eighth", "ninth", "tenth",
];

// Romanised Korean words are left out: Korean names are full of near neighbours of them
// (Cholson is a name, not a misspelt "choson").
const NOT_REPAIRED_TO: ReadonlySet<string> = new Set(["choson", "hoesa", "muyok", "unhaeng", "yonhap", "chongguk", "kwahakwon", "pyongyang", "dprk", "hapyong", "chonghoesa", "gongsi"]);

/** The words organisation names are built from, whose misspellings we repair. */
const VOCABULARY: readonly string[] = [
  ...new Set([
    ...GENERIC_ORG_WORDS,
    ...STEMS.keys(),
    ...STEMS.values(),
    ...[...ABBREVIATIONS.values()].flatMap((v) => v.split(" ")),
    ...ABBREVIATIONS.keys(),
    ...NUMBER_WORDS,
    ...[...LEGAL_FORM_CLASS.keys()].filter((f) => !f.includes(" ")),
  ]),
].filter((w) => w.length >= 4 && /^[a-z]+$/.test(w) && !NOT_REPAIRED_TO.has(w));

const BUCKETS = new Map<string, string[]>();
// By first letter and length (a repair keeps the first letter and the length within one).
for (const w of VOCABULARY) {
  for (let len = w.length - 1; len <= w.length + 1; len++) {
    const key = `${w[0] ?? ""}${len}`;
    const list = BUCKETS.get(key) ?? [];
    list.push(w);
    BUCKETS.set(key, list);
  }
}
const KNOWN: ReadonlySet<string> = new Set(VOCABULARY);
const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORDS);
const cache = new Map<string, string>();

/**
 * Repairs a misspelt organisation-name word ("Shippinng", "Tradding", "Comppany", "Firts") to
 * the vocabulary word it is within the edit budget of (generic words, legal forms, number
 * words), so that it then gets that word's stem, weight or legal-form treatment. Distinctive
 * words (names of places, people, brands) are never in the vocabulary and come back unchanged.
 *
 * @example
 * ```ts
 * repairOrgWord("shippinng") //=> "shipping"
 * repairOrgWord("ryonbong")  //=> "ryonbong"
 * ```
 */
export function repairOrgWord(word: string): string {
  // Four-letter words are too often names and brands (Sony, not "sons") to repair into words;
  // only number words are repaired at that length ("Firt" Oil is First Oil).
  if (word.length < 4 || KNOWN.has(word) || !/^[a-z]+$/.test(word)) return word;
  const numbersOnly = word.length === 4;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let best = word;
  let bestCost = Infinity;
  // A repair keeps the word's first letter and its length within one (the buckets), and costs at
  // most one edit (two for long words): "heryong" is not "hapyong".
  const allowed = word.length >= 8 ? 2 : 1;
  for (const candidate of BUCKETS.get(`${word[0] ?? ""}${word.length}`) ?? []) {
    if (numbersOnly && !NUMBER_WORD_SET.has(candidate)) continue;
    const cost = editCost(word, candidate, allowed);
    if (cost < bestCost && cost <= allowed) {
      best = candidate;
      bestCost = cost;
    }
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(word, best);
  return best;
}
