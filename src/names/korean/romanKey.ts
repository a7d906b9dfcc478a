/**
 * The canonical key of a romanised Korean name part: one string per equivalence class of
 * spellings, so that DPRK, McCune–Reischauer (with marks and apostrophes already removed by the
 * normaliser), Revised Romanisation and the common South Korean spellings of one name part get
 * the same key.
 *
 * The rules, applied in this order (see `docs/korean-names.md` in the repository):
 * 1. `wh` → `hw` (Whang); drop the aspiration `h` after ch/k/t/p (Ch'oe, Chh, Phyong, Thae),
 *    after s (Shin) and after r (Rhee); `tch`, `ts`, `dj`, `z` → `ch`.
 * 2. Voicing and liquids merge: g=k, d=t, b=p, j=ch (written `c`), l=r, f=p, v=w;
 *    doubled consonants collapse (kk, ss, mm …; also typing slips such as "Kimm").
 * 3. Vowels: `weo` → wo; `eui`/`ui`/`ee` → i; oe, oi, wae, we → `we` (Choe, Choi, Chwe); `woo`/`wu` → u;
 *    eo, eu, ou, oo, u → `o` (ŏ, ŭ and u share one class: Chol/Cheol/Chul, Jong/Jung,
 *    Un/Eun); ae, ai, ay → `e`; `yi` → i; doubled vowels collapse.
 * 4. An `h` after a vowel and before a consonant or the end is silent (Ahn, Oh, Hahn, Kahng);
 *    so is an `r` (not an `l`) after a vowel before a consonant (Park), removed in step 1.
 * 5. Word-initial sound law, which South Korean spelling applies and DPRK spelling does not:
 *    initial r or n before i/y is dropped (Ri = Yi = Lee = I; Ryu = Yu; Rim = Im; Nyo = Yo), and
 *    initial r before another vowel becomes n (Ro = No, Ra = Na).
 *
 * The classes are deliberately lossy (정/종/중 all become `cong`): recall first; the scorer and
 * the qualifiers (date of birth, identifiers) separate people.
 *
 * @param wordInitial apply the initial-sound law (true for the first syllable of a name part)
 * @example
 * ```ts
 * romanKey("jeongeun") === romanKey("chongun") //=> true ("cong" + "on")
 * romanKey("rhee")     === romanKey("yi")      //=> true ("i")
 * ```
 */
export function romanKey(token: string, wordInitial = true): string {
  const cacheKey = wordInitial ? token : `\u0000${token}`;
  const cached = CACHE.get(cacheKey);
  if (cached !== undefined) return cached;
  const key = computeKey(token, wordInitial);
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(cacheKey, key);
  return key;
}

// Name parts repeat endlessly across a list and a batch (Kim, Chol, Trading): keys are cached.
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function computeKey(token: string, wordInitial: boolean): string {
  let s = token.replace(/[^a-z]/g, "");
  if (s === "") return s;
  // 1. digraphs and aspiration
  s = s.replace(/wh/g, "hw");
  s = s.replace(/tch/g, "ch").replace(/dj/g, "j").replace(/ts/g, "ch").replace(/z/g, "j");
  s = s.replace(/(ch|k|t|p|s|r)h+/g, "$1");
  // An r after a vowel and before a consonant is the English "ar" of Park: silent. (Before the
  // l/r merge below, so that the l of Chol-chae is not mistaken for it.)
  s = s.replace(/([aeiouwy])r(?=[bcdfgjklmnpqstvxz])/g, "$1");
  // 2. consonant classes
  s = s.replace(/ch/g, "c").replace(/j/g, "c");
  s = s.replace(/ngg+(?![aeiouwy])/g, "ng");
  s = s.replace(/ng/g, "\u0001").replace(/g/g, "k").replace(/\u0001/g, "ng");
  s = s.replace(/d/g, "t").replace(/b/g, "p").replace(/l/g, "r").replace(/f/g, "p").replace(/v/g, "w").replace(/x/g, "ks").replace(/q/g, "k");
  s = s.replace(/([kcnmtprs])\1+/g, "$1");
  // 3. vowels (doubled a, i, u are typing slips; ee and oo are spellings, handled next)
  s = s.replace(/([aiu])\1+/g, "$1");
  s = s.replace(/weo/g, "wo").replace(/eui/g, "i").replace(/ui/g, "i").replace(/ee/g, "i");
  s = s.replace(/(?:oe|oi|wae|we)/g, "\u0002");
  s = s.replace(/w(?:oo|u)/g, "u");
  s = s.replace(/eo|eu|ou|oo/g, "o").replace(/u/g, "o");
  s = s.replace(/ae|ai|ay/g, "e");
  s = s.replace(/\u0002/g, "we");
  s = s.replace(/yi/g, "i");
  s = s.replace(/([aeiouy])\1+/g, "$1");
  // 4. silent h after a vowel
  s = s.replace(/([aeiowy])h(?![aeiouwy])/g, "$1");
  // 5. initial-sound law (word-initial only)
  if (wordInitial) s = s.replace(/^[rn](?=[iy])/, "").replace(/^r(?=[aeow])/, "n");
  return s;
}
