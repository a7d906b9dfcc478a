/**
 * Cyrillic and Greek letters that look like Latin ones, lower-case, mapped to the Latin letter
 * they imitate (upper-case look-alikes included: Cyrillic "Н" looks like Latin "H", so "н" → "h").
 * A subset of Unicode TR39 `confusables.txt` for the letters that occur in name spoofing.
 * Applied only to mixed-script names (see `normalizeText`), never to genuine Cyrillic or Greek.
 */
export const LATIN_CONFUSABLES: ReadonlyMap<string, string> = new Map([
  // Cyrillic
  ["а", "a"], ["в", "b"], ["е", "e"], ["ё", "e"], ["к", "k"], ["м", "m"], ["н", "h"], ["о", "o"],
  ["р", "p"], ["с", "c"], ["т", "t"], ["у", "y"], ["х", "x"], ["і", "i"], ["ї", "i"], ["ј", "j"],
  ["ѕ", "s"], ["һ", "h"], ["ԁ", "d"], ["ԛ", "q"], ["ԝ", "w"], ["ӏ", "l"], ["ɡ", "g"], ["з", "3"],
  ["ь", "b"], ["г", "r"], ["п", "n"],
  // Greek
  ["α", "a"], ["β", "b"], ["ε", "e"], ["ζ", "z"], ["η", "h"], ["ι", "i"], ["κ", "k"], ["μ", "m"],
  ["ν", "n"], ["ο", "o"], ["ρ", "p"], ["τ", "t"], ["υ", "y"], ["χ", "x"], ["ϲ", "c"], ["ϳ", "j"],
]);
