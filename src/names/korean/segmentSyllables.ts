// Romanised Korean syllables: onset + nucleus + coda, in every system's letters (after the
// normaliser: lower-case, no apostrophes or breves).
const ONSETS = ["", "k", "g", "kk", "gg", "kh", "gh", "n", "t", "d", "tt", "th", "r", "l", "rh", "m", "p", "b", "pp", "ph", "f", "s", "ss", "sh", "ch", "chh", "j", "jj", "tch", "ts", "dj", "z", "h", "wh"];
const NUCLEI = ["a", "ae", "ai", "ay", "ya", "yae", "eo", "o", "ou", "e", "yeo", "yo", "you", "ye", "wa", "oa", "wae", "oe", "oi", "we", "wi", "u", "oo", "wo", "weo", "wu", "woo", "yu", "yoo", "eu", "ui", "eui", "i", "ee", "yi", "ea", "uh", "ah", "oh", "eh"];
const CODAS = ["", "k", "g", "n", "t", "d", "l", "r", "m", "p", "b", "ng", "kk", "ll", "mm", "nn", "h"];

const MAX_TOKEN = 24;

// A syllable is a head (onset + nucleus) and a coda. The 1,360 heads are kept, not the 23,000
// head + coda spellings: building those took 28 ms of every import.
const HEADS = new Set<string>();
for (const onset of ONSETS) for (const nucleus of NUCLEI) HEADS.add(onset + nucleus);
const CODA_SET = new Set(CODAS);
const MAX_CODA = Math.max(...CODAS.map((c) => c.length));
const MAX_SYLLABLE = Math.max(...[...HEADS].map((h) => h.length)) + MAX_CODA;

/**
 * The coda of `s` read as one romanised syllable, or `undefined` when `s` is not one. Of two
 * readings the shorter coda wins: codas are tried shortest first. Internal to the Korean module.
 *
 * @example
 * ```ts
 * syllableCoda("kang") //=> "ng"
 * syllableCoda("kah")  //=> "" (k + ah, not k + a + h)
 * syllableCoda("str")  //=> undefined
 * ```
 */
export function syllableCoda(s: string): string | undefined {
  if (HEADS.has(s)) return "";
  const n = s.length;
  for (let c = 1; c <= MAX_CODA && c < n; c++) {
    const coda = s.slice(n - c);
    if (CODA_SET.has(coda) && HEADS.has(s.slice(0, n - c))) return coda;
  }
  return undefined;
}

/**
 * Splits a romanised token into plausible Korean syllables, or returns `undefined` when the
 * token cannot be read as Korean (`"schmidt"`). Among the possible splits it prefers the fewest
 * syllables, then consonant-initial ones (but a vowel after -ng starts a syllable: jong-un). Used to decide whether a name is Korean and to index
 * name parts; matching itself compares whole name parts by key, so an imperfect split of a
 * joined given name ("jongun") does not cost recall.
 *
 * @example
 * ```ts
 * segmentSyllables("hongseop") //=> ["hong", "seop"]
 * segmentSyllables("schmidt")  //=> undefined
 * segmentSyllables("puu")      //=> ["pu"] (doubled letters are read once)
 * ```
 */
export function segmentSyllables(word: string): string[] | undefined {
  const cached = CACHE.get(word);
  if (cached !== undefined) return cached === NONE ? undefined : cached;
  const parts = split(word);
  if (CACHE.size >= 200_000) CACHE.clear();
  CACHE.set(word, parts ?? NONE);
  return parts;
}

const NONE: string[] = [];
const CACHE = new Map<string, string[]>();
// Letters romanised Korean never uses: a token with one is not Korean.
const NOT_KOREAN = /[^a-z]|[qvx]/;

function split(word: string): string[] | undefined {
  if (NOT_KOREAN.test(word)) return undefined;
  // Doubled letters other than the digraphs ee/oo are typing slips ("Puu", "Kimm").
  const token = word.replace(/([a-df-np-z])\1+/g, "$1");
  if (token.length === 0 || token.length > MAX_TOKEN || !/^[a-z]+$/.test(token)) return undefined;
  const n = token.length;
  // best[i] = fewest syllables covering token[i..]; Infinity when impossible.
  const best: number[] = new Array<number>(n + 1).fill(Infinity);
  const next: number[] = new Array<number>(n + 1).fill(-1);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let end = Math.min(n, i + MAX_SYLLABLE); end > i; end--) {
      const coda = syllableCoda(token.slice(i, end));
      if (coda === undefined) continue;
      // Prefer consonant-initial syllables, except after -ng (jong-un, kwang-il), and avoid
      // reading r or h as a final.
      const vowelNext = end < n && /[aeiouwy]/.test(token[end] ?? "");
      const cost = (best[end] ?? Infinity) + 1 + (vowelNext && coda !== "ng" ? 0.1 : 0) + (coda === "r" || coda === "h" ? 0.05 : 0);
      if (cost < (best[i] ?? Infinity)) {
        best[i] = cost;
        next[i] = end;
      }
    }
  }
  if (!Number.isFinite(best[0])) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < n; ) {
    const end = next[i] ?? n;
    parts.push(token.slice(i, end));
    i = end;
  }
  return parts;
}
