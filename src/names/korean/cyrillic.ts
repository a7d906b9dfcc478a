// Korean-aware reading of Cyrillic (Kontsevich and the common Russian press forms). Each letter
// maps to one or more Latin spellings; `romanKey` then puts them into classes.
const LETTERS: Readonly<Record<string, readonly string[]>> = {
  а: ["a"], б: ["b"], в: ["w"], г: ["g"], д: ["d"], е: ["e", "o", "yo"], ё: ["yo"], ж: ["j"],
  з: ["j"], и: ["i"], й: ["y"], к: ["k"], л: ["l"], м: ["m"], н: ["n"], о: ["o"], п: ["p"],
  р: ["r"], с: ["s"], т: ["t"], у: ["u"], ф: ["p"], х: ["h"], ц: ["ch"], ч: ["ch"], ш: ["s"],
  щ: ["s"], ъ: [""], ы: ["u"], ь: [""], э: ["e"], ю: ["yu"], я: ["ya"], і: ["i"], ў: ["u"],
};

// Koryo-saram surnames and the traditional Russian forms of the Kim family's names, which no
// letter rule derives (sources: korean-names.md §6; unverified forms are marked there).
const WHOLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  цой: ["choe"], тен: ["jong"], тян: ["jang"], тё: ["jo"], югай: ["yu"], огай: ["o"],
чен: ["jong"], ир: ["il"], ын: ["un"], сен: ["song"], ли: ["ri"],
};

const MAX_VARIANTS = 16;

/**
 * Reads one Cyrillic word the way Korean names are written in Cyrillic and returns its possible
 * Latin spellings (at most 16): `н` at the end of a syllable may be ㄴ or ㅇ (Kontsevich writes
 * both as н), `е` may stand for ㅔ, ㅓ or ㅕ, and `нъ` is ㅇ before a vowel.
 *
 * @example
 * ```ts
 * cyrillicKoreanSpellings("хон")  //=> ["hon", "hong"]
 * cyrillicKoreanSpellings("цой")  //=> ["choe"]
 * ```
 */
export function cyrillicKoreanSpellings(word: string): string[] {
  const whole = WHOLE_WORDS[word];
  if (whole) return [...whole];
  let variants = [""];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    const next = chars[i + 1];
    let options: readonly string[];
    if (ch === "н" && next === "ъ") {
      options = ["ng"];
      i++;
    } else if (ch === "н" && (next === undefined || !/[аеёиоуыэюяй]/.test(next))) {
      options = ["n", "ng"];
    } else if (ch === "е" && (i === 0 || /[аеёиоуыэюяьъ]/.test(chars[i - 1] ?? ""))) {
      options = ["ye", "yo"];
    } else {
      options = LETTERS[ch] ?? [ch];
    }
    const grown: string[] = [];
    for (const v of variants) for (const o of options) grown.push(v + o);
    variants = grown.slice(0, MAX_VARIANTS);
  }
  return [...new Set(variants)];
}

// Plain Russian-style transliteration, for non-Korean names written in Cyrillic (BGN/PCGN-like,
// simplified: the list spellings "Andreyev", "Vitaliy", "Sergeyevich" come out of it).
const RUSSIAN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  і: "i", ї: "yi", є: "ye", ґ: "g", ў: "u",
};

/**
 * Transliterates Cyrillic text to Latin the way Western lists spell Russian names
 * (`е` after a vowel or at the start of a word is `ye`).
 *
 * @example
 * ```ts
 * cyrillicToLatin("андреев виталий") //=> "andreyev vitaliy"
 * ```
 */
export function cyrillicToLatin(text: string): string {
  let out = "";
  let prev = " ";
  for (const ch of text) {
    if (ch === "е" && /[\sаеёиоуыэюяьъ]/.test(prev)) out += "ye";
    else out += RUSSIAN[ch] ?? ch;
    prev = ch;
  }
  return out;
}
