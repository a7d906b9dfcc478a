import { CHEAP_SUBSTITUTION, editBudget, editCost, isCheapSubstitution } from "../distance/index.js";

/**
 * Whether `compareNames` can match two space-free forms (it mirrors the space-free comparison of
 * `compareGeneral`; the retrieval property tests check that it admits whatever that matches): five letters or more, within the edit
 * budget in length, sharing their first or last two letters, at an edit cost of at most half the
 * budget (at least a look-alike letter; one edit for persons). That cost allows one edit, or two
 * look-alike letters: a quick test of that shape comes before the edit distance.
 *
 * @example
 * ```ts
 * compactFormsClose("chongchongang", "chongchongan", false) //=> true
 * ```
 */
export function compactFormsClose(a: string, b: string, person: boolean): boolean {
  if (a === b) return a.length >= 5;
  const la = a.length;
  const lb = b.length;
  const longer = Math.max(la, lb);
  if (Math.min(la, lb) < 5 || Math.abs(la - lb) > 1) return false;
  if (a.charCodeAt(0) !== b.charCodeAt(0) || a.charCodeAt(1) !== b.charCodeAt(1)) {
    if (a.charCodeAt(la - 1) !== b.charCodeAt(lb - 1) || a.charCodeAt(la - 2) !== b.charCodeAt(lb - 2)) return false;
  }
  let p = 0;
  while (p < la && p < lb && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < la - p && s < lb - p && a.charCodeAt(la - 1 - s) === b.charCodeAt(lb - 1 - s)) s++;
  if (p + s < longer - 2) {
    // More than one edit's span apart: only look-alike letters, two at most, can close the gap.
    if (la !== lb) return false;
    let differ = 0;
    for (let i = p; i < la - s; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if (x !== y && (!isCheapSubstitution(x, y) || ++differ > 2)) return false;
    }
  }
  const allowed = Math.max(CHEAP_SUBSTITUTION, editBudget(longer) / 2);
  const cost = editCost(a, b, allowed);
  return cost <= allowed && (!person || cost <= 1);
}
