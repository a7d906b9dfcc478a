// Maps, not object literals: `in` and indexing would also find Object.prototype's keys
// ("constructor"), and a Map lookup is the faster test for the words of every organisation name.
const toMap = (o: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(o));
const UNITS = toMap({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = toMap({ twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const ORDINALS = toMap({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
});
const ROMAN = toMap({ ii: 2, iii: 3, iv: 4, vi: 6, vii: 7, viii: 8, ix: 9, xi: 11, xii: 12, xiii: 13, xiv: 14, xv: 15 });
const ORDINAL_DIGITS = /^\d+(?:st|nd|rd|th)$/;

function isNumberWord(t: string): boolean {
  return TENS.has(t) || UNITS.has(t) || ORDINALS.has(t) || ROMAN.has(t) || (t.charCodeAt(0) <= 0x39 && ORDINAL_DIGITS.test(t));
}

/**
 * Rewrites numbers spelt as words, ordinals (1st, Second) and Roman numerals from II up into
 * digits, so "Brigade Forty-Four" = "Brigade 44" and "1st International Bank" = "First
 * International Bank". Single-letter Roman numerals (I, V, X) are left alone: they are more
 * often initials. Used for organisation and vessel names only.
 *
 * @example
 * ```ts
 * numberWordsToDigits(["brigade", "forty", "four"]) //=> ["brigade", "44"]
 * ```
 */
export function numberWordsToDigits(tokens: readonly string[]): string[] {
  if (!tokens.some(isNumberWord)) return tokens.slice();
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    const tens = TENS.get(t);
    if (tens !== undefined) {
      const next = tokens[i + 1] ?? "";
      const unit = UNITS.get(next) ?? (/^[1-9]$/.test(next) ? Number(next) : undefined);
      if (unit !== undefined && unit > 0 && unit < 10) {
        out.push(String(tens + unit));
        i++;
      } else out.push(String(tens));
      continue;
    }
    const unit = UNITS.get(t) ?? ORDINALS.get(t) ?? ROMAN.get(t);
    if (unit !== undefined) out.push(String(unit));
    else if (ORDINAL_DIGITS.test(t)) out.push(t.replace(/\D+$/, ""));
    else out.push(t);
  }
  return out;
}
