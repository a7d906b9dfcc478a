import { toIso2 } from "../jurisdictions/index.js";

// Spellings the official lists use that the general resolver does not know. OFAC writes some
// names inverted ("Man, Isle of") and prefixes regions ("Region: Gaza"). Regions are mapped to
// the ISO country they lie in only where that is uncontested; "Region: Kafia Kingi" (disputed
// between Sudan and South Sudan), "Region: Commonwealth of Independent States", "Netherlands
// Antilles" (ISO code withdrawn in 2010) and "undetermined" stay unresolved on purpose.
const LIST_SPELLINGS: Readonly<Record<string, string>> = {
  "cote d ivoire": "CI",
  "man, isle of": "IM",
  "north macedonia, the republic of": "MK",
  "region: gaza": "PS",
  "region: west bank": "PS",
  "region: crimea": "UA",
  "region: northern mali": "ML",
  "region: russia": "RU",
  "china, hong kong special administrative region": "HK",
};

/**
 * A country as an official list spells it, as ISO 3166-1 alpha-2, or `undefined` when it does
 * not resolve to exactly one country (the caller keeps the text and reports it).
 *
 * @example
 * ```ts
 * resolveListCountry("Korea, North")  //=> "KP"
 * resolveListCountry("Man, Isle of")  //=> "IM"
 * resolveListCountry("undetermined")  //=> undefined
 * ```
 */
export function resolveListCountry(value: string): string | undefined {
  const cached = cache.get(value);
  if (cached !== undefined || cache.has(value)) return cached;
  const text = value.trim().replace(/\s+/g, " ");
  const iso = text === "" ? undefined : (LIST_SPELLINGS[text.toLowerCase()] ?? toIso2(text));
  if (cache.size > 10_000) cache.clear();
  cache.set(value, iso);
  return iso;
}

// A list repeats a few hundred country spellings tens of thousands of times.
const cache = new Map<string, string | undefined>();
