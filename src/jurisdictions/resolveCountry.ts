import { COUNTRIES } from "./countries.js";
import { DEMONYMS } from "./demonyms.js";

/** What a country string resolved to. */
export type CountryResolution =
  | { readonly status: "ok"; readonly iso2: string }
  | { readonly status: "ambiguous"; readonly candidates: readonly string[]; readonly hint: string }
  | { readonly status: "unknown" };

const AMBIGUOUS: Readonly<Record<string, { candidates: string[]; hint: string }>> = {
  korea: {
    candidates: ["KR", "KP"],
    hint: "\"Korea\" alone is ambiguous: use \"KR\" (Republic of Korea) or \"KP\" (DPRK)",
  },
  korean: {
    candidates: ["KR", "KP"],
    hint: "\"Korean\" alone is ambiguous: use \"KR\" (Republic of Korea) or \"KP\" (DPRK)",
  },
};

function key(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\bst\.?(?=\s)/g, "saint")
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

let table: Map<string, string> | undefined;

function lookupTable(): Map<string, string> {
  if (table) return table;
  const map = new Map<string, string>();
  for (const [alpha2, alpha3, ...names] of COUNTRIES) {
    map.set(alpha2.toLowerCase(), alpha2);
    map.set(alpha3.toLowerCase(), alpha2);
    for (const name of names) map.set(key(name), alpha2);
  }
  for (const [demonym, alpha2] of Object.entries(DEMONYMS)) map.set(key(demonym), alpha2);
  table = map;
  return map;
}

/**
 * Resolves a country written any common way (ISO alpha-2 or alpha-3, English name, the UN and
 * OFAC spellings, a nationality adjective) to ISO 3166-1 alpha-2.
 *
 * "Korea" and "Korean" alone are reported as ambiguous, never guessed: mistaking the DPRK for
 * the Republic of Korea, or the reverse, is exactly the error a screening tool must not make.
 *
 * @example
 * ```ts
 * resolveCountry("Korea, North")  //=> { status: "ok", iso2: "KP" }
 * resolveCountry("PRK")           //=> { status: "ok", iso2: "KP" }
 * resolveCountry("Korea").status  //=> "ambiguous"
 * ```
 */
export function resolveCountry(input: string): CountryResolution {
  const k = key(input);
  if (k === "") return { status: "unknown" };
  const ambiguous = AMBIGUOUS[k];
  if (ambiguous) return { status: "ambiguous", ...ambiguous };
  const iso2 = lookupTable().get(k);
  return iso2 === undefined ? { status: "unknown" } : { status: "ok", iso2 };
}

/**
 * Like {@link resolveCountry}, but returns the alpha-2 code or `undefined`.
 *
 * @example
 * ```ts
 * toIso2("Democratic People's Republic of Korea") //=> "KP"
 * toIso2("Atlantis")                              //=> undefined
 * ```
 */
export function toIso2(input: string): string | undefined {
  const r = resolveCountry(input);
  return r.status === "ok" ? r.iso2 : undefined;
}

/**
 * The English short name of an ISO alpha-2 code, or the code itself if unknown.
 *
 * @example
 * ```ts
 * countryName("KP") //=> "North Korea"
 * ```
 */
export function countryName(iso2: string): string {
  for (const [alpha2, , name] of COUNTRIES) if (alpha2 === iso2) return name;
  return iso2;
}
