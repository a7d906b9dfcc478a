import { isCaseSensitiveIdentifier, normalizeIdentifier } from "../match/index.js";
import { LEGAL_FORM_CLASS } from "../names/legalForms.js";
import { ABBREVIATIONS, STEMS, STOPWORDS } from "../names/orgTerms.js";
import { normalizeText } from "../normalize/index.js";
import type { Entry, Watchlist } from "../schema/index.js";

/** Identifier types specific enough to prove two entries are the same party. */
const LINKING_IDENTIFIERS: ReadonlySet<string> = new Set(["passport", "national-id", "imo", "mmsi", "swift", "lei", "uscc", "registration", "tax-id", "digital-currency-address", "aircraft-msn"]);

interface Keyed {
  readonly entry: Entry;
  readonly nameKeys: readonly string[];
  readonly idKeys: readonly string[];
  /** Birth dates (own and aliases') as [first day, last day]. */
  readonly spans: readonly (readonly [string, string])[];
}

function kindClass(entry: Entry): string {
  return entry.kind;
}

/** The first and last day a partial ISO date can mean. */
function bounds(d: string): [string, string] | undefined {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d)) return undefined;
  if (d.length === 4) return [`${d}-01-01`, `${d}-12-31`];
  if (d.length === 7) return [`${d}-01`, `${d}-31`];
  return [d, d];
}

/** A birth date or range ("1960/1962") as the first and last day it can mean. */
function spanOf(value: string): [string, string] | undefined {
  const [from = "", to = from] = value.split("/");
  const a = bounds(from);
  const b = bounds(to);
  return a && b ? [a[0], b[1]] : undefined;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The tokens of `normalizeText(name)`. Most list names are printable ASCII, and for those
 * `normalizeText` comes down to: lower-case, delete ' and `, split on anything that is not a
 * letter or digit; that short cut is taken (it is equal by a property test) because linking
 * reads every name of every list.
 */
export function nameTokens(name: string): string[] {
  if (PRINTABLE_ASCII.test(name)) return name.toLowerCase().replace(/['`]/g, "").split(/[^a-z0-9]+/).filter((t) => t !== "");
  const n = normalizeText(name);
  return n === "" ? [] : n.split(" ");
}

/** Organisation tokens without legal forms and stop words, abbreviations expanded, stemmed. */
function orgCore(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const expanded = ABBREVIATIONS.get(t) ?? t;
    const stem = STEMS.get(expanded) ?? expanded;
    if (!LEGAL_FORM_CLASS.has(stem) && !STOPWORDS.has(stem)) out.push(stem);
  }
  return out;
}

function nameKeys(entry: Entry): string[] {
  // Few keys per entry: an array with `includes` allocates less than a Set, and linking reads
  // every name of every list.
  const keys: string[] = [];
  const kind = kindClass(entry);
  const push = (key: string) => {
    if (!keys.includes(key)) keys.push(key);
  };
  const add = (tokens: readonly string[], minTokens: number) => {
    if (tokens.length < minTokens) return;
    const compact = tokens.join("");
    // Too short to identify anyone on its own: a single initial-like token or an acronym.
    if (compact.length < 6) return;
    push(`${kind}|c|${compact}`);
    if (tokens.length > 1) push(`${kind}|s|${tokens.slice().sort().join(" ")}`);
  };
  const addName = (name: string) => {
    const tokens = nameTokens(name);
    if (kind === "person") {
      add(tokens, 2);
      return;
    }
    add(tokens, 1);
    // "KOREA KWANGSON BANKING CORPORATION (KKBC)" = "KOREA KWANGSON BANKING CORP".
    const bare = name.endsWith(")") ? name.replace(/\s*\([^()]*\)\s*$/, "") : name;
    add(orgCore(bare === name ? tokens : nameTokens(bare)), 2);
  };
  addName(entry.name);
  for (const alias of entry.aliases) if (alias.quality !== "weak" && alias.quality !== "Low") addName(alias.name);
  return keys;
}

function idKeys(entry: Entry): string[] {
  const keys = new Set<string>();
  for (const id of entry.identifiers) {
    if (!LINKING_IDENTIFIERS.has(id.type)) continue;
    const v = normalizeIdentifier(id.value, isCaseSensitiveIdentifier(id.type));
    if (v.length >= 7 && /\d/.test(v)) keys.add(`${kindClass(entry)}|${v}`);
  }
  return [...keys];
}

function keyed(entry: Entry): Keyed {
  const spans: [string, string][] = [];
  const addSpan = (d: string | undefined) => {
    const s = d === undefined ? undefined : spanOf(d);
    if (s) spans.push(s);
  };
  for (const d of entry.birthDates) addSpan(d);
  for (const a of entry.aliases) addSpan(a.birthDate);
  return { entry, nameKeys: nameKeys(entry), idKeys: idKeys(entry), spans };
}

/** Whether two entries' birth dates can be the same day, widened by `years` on each side. */
function datesOverlap(a: Keyed, b: Keyed, years = 0): boolean {
  const shift = (d: string, n: number) => `${String(Number(d.slice(0, 4)) + n).padStart(4, "0")}${d.slice(4)}`;
  return a.spans.some(([s1, e1]) => b.spans.some(([s2, e2]) => shift(s1, -years) <= e2 && s2 <= shift(e1, years)));
}

function countriesConflict(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((c) => b.includes(c));
}

/** Entries that share a name: possibly the same party when dates are at most a year apart or unknown. */
function plausible(a: Keyed, b: Keyed): boolean {
  if (countriesConflict(a.entry.nationalities, b.entry.nationalities)) return false;
  return a.spans.length === 0 || b.spans.length === 0 || datesOverlap(a, b, 1);
}

/**
 * Whether two entries that share the name key `key` are the same party (see `linkWatchlists`).
 * For persons without overlapping birth dates, the pair must be each other's only plausible
 * namesake on the other list.
 */
function sameParty(a: Keyed, b: Keyed, key: string, aList: readonly Keyed[], aNames: Map<string, number[]>, bList: readonly Keyed[], bNames: Map<string, number[]>): boolean {
  if (a.entry.kind !== "person") return !countriesConflict(a.entry.countries, b.entry.countries);
  if (datesOverlap(a, b)) return true;
  if (!plausible(a, b)) return false;
  const onlyOne = (self: Keyed, list: readonly Keyed[], names: Map<string, number[]>) => (names.get(key) ?? []).filter((i) => {
    const other = list[i];
    return other !== undefined && plausible(self, other);
  }).length === 1;
  return onlyOne(a, bList, bNames) && onlyOne(b, aList, aNames);
}

function index(list: readonly Keyed[], pick: (k: Keyed) => readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  list.forEach((k, i) => {
    for (const key of pick(k)) {
      const bucket = out.get(key);
      if (bucket) {
        if (bucket[bucket.length - 1] !== i) bucket.push(i);
      } else out.set(key, [i]);
    }
  });
  return out;
}

/**
 * Finds the same party on different lists and adds each list's id to the other's
 * `entry.references` ("a party on both the UN and OFAC lists comes back with both ids").
 *
 * Two entries of the same kind on different lists are linked when:
 * - they share a specific identifier (passport, national id, IMO, SWIFT, LEI, USCC,
 *   registration or tax number, wallet address; at least 7 characters with a digit, compared
 *   after `normalizeIdentifier`); or
 * - they share a name (primary or alias, not weak or "Low"-quality aliases) of at least 6
 *   letters, compared after `normalizeText` either token by token in any order ("BADEGE, Eric"
 *   = "ERIC BADEGE") or with the spaces removed ("KIM Chol Jin" = "KIM Choljin"); organisation
 *   names are also compared without legal forms, stop words and a trailing "(ACRONYM)", with
 *   abbreviations expanded ("KOREA KWANGSON BANKING CORPORATION (KKBC)" = "KOREA KWANGSON
 *   BANKING CORP"), on at least two remaining words; and
 *   - persons: a birth date (own or an alias's) that can be the same day; or else, with no
 *     conflicting nationality, no birth date on one side or birth dates at most a year apart
 *     (list typos such as 1968 vs 1969), provided each is the other's only such namesake on
 *     the other list;
 *   - organisations, vessels and aircraft: no conflicting countries.
 *
 * Pure: returns new watchlists and new objects for the entries that gained references; the
 * inputs are not changed. Lists are compared pairwise; an entry is never linked to its own id.
 *
 * @example
 * ```ts
 * const [un, ofac] = linkWatchlists([unList, ofacList]);
 * un.entries.find((e) => e.id === "KPe.050")?.references //=> ["OFAC-20578"]
 * ```
 */
export function linkWatchlists(watchlists: readonly Watchlist[]): Watchlist[] {
  const keyedLists = watchlists.map((w) => w.entries.map(keyed));
  const added = watchlists.map(() => new Map<number, Set<string>>());
  const link = (li: number, ei: number, id: string) => {
    const own = watchlists[li]?.entries[ei];
    if (!own || own.id === id || own.references?.includes(id)) return;
    const m = added[li];
    if (!m) return;
    const set = m.get(ei) ?? new Set<string>();
    set.add(id);
    m.set(ei, set);
  };
  for (let i = 0; i < keyedLists.length; i++) {
    for (let j = i + 1; j < keyedLists.length; j++) {
      // Only the smaller list's keys are indexed; the larger list is streamed against them.
      const swap = (keyedLists[i]?.length ?? 0) > (keyedLists[j]?.length ?? 0);
      const [si, bi] = swap ? [j, i] : [i, j];
      const small = keyedLists[si] ?? [];
      const big = keyedLists[bi] ?? [];
      const smallNames = index(small, (k) => k.nameKeys);
      const smallIds = index(small, (k) => k.idKeys);
      const bigNames = new Map<string, number[]>();
      const pairs = new Map<number, Set<number>>();
      const pair = (s2: number, b2: number) => {
        const set = pairs.get(s2) ?? new Set<number>();
        set.add(b2);
        pairs.set(s2, set);
      };
      big.forEach((kb, b2) => {
        for (const key of kb.idKeys) for (const s2 of smallIds.get(key) ?? []) pair(s2, b2);
        for (const key of kb.nameKeys) {
          if (!smallNames.has(key)) continue;
          const bucket = bigNames.get(key);
          if (bucket) bucket.push(b2);
          else bigNames.set(key, [b2]);
        }
      });
      for (const [key, bigIdx] of bigNames) {
        for (const s2 of smallNames.get(key) ?? []) {
          const ks = small[s2];
          if (!ks) continue;
          for (const b2 of bigIdx) {
            if (pairs.get(s2)?.has(b2)) continue;
            const kb = big[b2];
            if (kb && sameParty(ks, kb, key, small, smallNames, big, bigNames)) pair(s2, b2);
          }
        }
      }
      for (const [s2, set] of pairs) {
        const ks = small[s2];
        if (!ks) continue;
        for (const b2 of set) {
          const kb = big[b2];
          if (!kb) continue;
          link(si, s2, kb.entry.id);
          link(bi, b2, ks.entry.id);
        }
      }
    }
  }
  return watchlists.map((w, li) => {
    const m = added[li];
    if (!m || m.size === 0) return { ...w };
    return {
      ...w,
      entries: w.entries.map((e, ei) => {
        const refs = m.get(ei);
        return refs ? { ...e, references: [...(e.references ?? []), ...[...refs].sort()] } : e;
      }),
    };
  });
}
