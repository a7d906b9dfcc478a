import type { AnalyzedName } from "../names/index.js";

/** Below this weight a token (particle, title, generic word, initial) is not a retrieval key. */
const KEY_WEIGHT = 0.5;

/**
 * A consonant skeleton of a Latin token: vowels, `h`, `w`, `y` dropped, look-alike consonants
 * merged (c/k/q/g, s/z/x, b/p/f/v, d/t, l/r, m/n), doubles collapsed. Spelling slips and
 * transliteration variants mostly keep the skeleton or change one letter of it.
 *
 * @example
 * ```ts
 * skeleton("schulze") === skeleton("scholz") //=> true ("skrs")
 * ```
 */
export function skeleton(token: string): string {
  let out = "";
  for (const ch of token) {
    let c: string;
    switch (ch) {
      case "c": case "k": case "q": case "g": c = "k"; break;
      case "s": case "z": case "x": c = "s"; break;
      case "b": case "p": case "f": case "v": c = "p"; break;
      case "d": case "t": c = "t"; break;
      case "l": case "r": c = "r"; break;
      case "m": case "n": c = "n"; break;
      case "j": c = "j"; break;
      case "a": case "e": case "i": case "o": case "u": case "y": case "h": case "w": continue;
      default: c = ch;
    }
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

/** The strings made by deleting one character (the symmetric-deletion neighbourhood). */
export function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/**
 * The retrieval keys of an analysed name. Two names that can score as a match share at least
 * one key:
 * - `n:` the whole normalised name (exact matches);
 * - `t:` each distinctive token, and `k:` its Korean key;
 * - `g:` each Korean reading's given-name key and its one-deletion neighbours (so a swapped or
 *   dropped letter still meets);
 * - `f:` each distinctive token's consonant skeleton and, from four consonants up, its
 *   one-deletion neighbours (spelling slips, vowel changes, transliteration drift);
 * - `c:`/`e:` the first and last five letters of the space-free form (split or joined words).
 *
 * @example
 * ```ts
 * nameKeys(analyzeName("Ri Hong-sop", "person")).includes("g:hongsop") //=> true
 * ```
 */
export function nameKeys(name: AnalyzedName): string[] {
  const keys = new Set<string>();
  if (name.normalized !== "") keys.add(`n:${name.normalized}`);
  name.tokens.forEach((t, i) => {
    if ((name.weights[i] ?? 1) < KEY_WEIGHT || t.length < 2) return;
    keys.add(`t:${t}`);
    const key = name.tokenKeys[i];
    if (key) keys.add(`k:${key}`);
    if (/^[a-z]+$/.test(t) && t.length >= 3) {
      const sk = skeleton(t);
      if (sk.length >= 2) keys.add(`f:${sk}`);
      if (sk.length >= 4) for (const d of deletions(sk)) keys.add(`f:${d}`);
    }
  });
  for (const r of name.korean) {
    if (r.given === "") continue;
    keys.add(`g:${r.given}`);
    if (r.given.length >= 3) for (const d of deletions(r.given)) keys.add(`g:${d}`);
  }
  for (const compact of [name.compact, name.core]) {
    if (compact.length < 6) continue;
    keys.add(`c:${compact.slice(0, 5)}`);
    keys.add(`e:${compact.slice(-5)}`);
  }
  return [...keys];
}
