import { analyzeName, type AnalyzedName, type NameKind } from "../names/index.js";
import type { Entry, Watchlist } from "../schema/index.js";
import { compareBirthDates } from "./compareBirthDates.js";
import { compareNames, wordsWithinEdits } from "./compareNames.js";
import type { EntryMatch, IdentifierMatch, QueryField } from "./entryMatch.js";
import { isCaseSensitiveIdentifier, normalizeIdentifier } from "./normalizeIdentifier.js";
import { MAX_BIRTH_DATE_LIFT, qualifyBirthDate } from "./qualifyBirthDate.js";
import { ScreeningInputError } from "../errors/index.js";
import { decodeSnapshot, encodeSnapshot, watchlistFingerprint } from "./indexSnapshot.js";
import { CandidateIndex } from "../retrieval/index.js";

/** Options for a name search. */
export interface NameSearchOptions {
  readonly kinds: readonly NameKind[];
  readonly field: QueryField;
  readonly birthDate?: string | undefined;
  /** Matches below this name score are not returned. Default 0.6. */
  readonly minScore?: number;
  /** At most this many entries. Default 10. */
  readonly limit?: number;
}

/**
 * Every name and identifier of a set of watchlists, analysed once and ready to search.
 *
 * Contract: `matchName` returns at most one match per entry (its best-scoring name), sorted by
 * score, then by list order; scores are 0–1 with the birth-date qualifier applied.
 */
export class WatchlistIndex {
  readonly entries: readonly { readonly entry: Entry; readonly listId: string }[];
  /** Every listed name, analysed once at build time; name ids index this and `nameEntries`. */
  readonly names: readonly AnalyzedName[];
  /** The position in `entries` of each name's entry (a typed array: no object per name). */
  readonly nameEntries: Uint32Array;
  private readonly identifiers = new Map<string, { entry: number; type: string; value: string; country?: string | undefined; note?: string | undefined }[]>();
  private readonly retrieval: CandidateIndex;
  private readonly fingerprint: string;
  private readonly bruteForce: boolean;

  /**
   * @param watchlists the lists to index
   * @param options.bruteForce score every name instead of the retrieved candidates (for tests
   *   and benchmarks that check the index loses nothing)
   */
  constructor(watchlists: readonly Watchlist[], options: { bruteForce?: boolean; snapshot?: Uint8Array } = {}) {
    this.bruteForce = options.bruteForce === true;
    const fingerprint = watchlistFingerprint(watchlists);
    const loaded = options.snapshot ? decodeSnapshot(options.snapshot, fingerprint, watchlists.flatMap((list) => list.entries)) : undefined;
    if (typeof loaded === "string") throw new ScreeningInputError([{ path: ["index"], message: loaded, code: "invalid_index" }], "screener config");
    this.fingerprint = fingerprint;
    const entries: { entry: Entry; listId: string }[] = [];
    const names: AnalyzedName[] = loaded ? [...loaded.names] : [];
    // Room for every name and alias (fewer are kept: empty and repeated ones are not).
    const nameEntries = loaded ? loaded.nameEntries : new Uint32Array(watchlists.reduce((n, list) => list.entries.reduce((m, e) => m + 1 + e.aliases.length, n), 0));
    for (const list of watchlists) {
      for (const entry of list.entries) {
        const index = entries.length;
        entries.push({ entry, listId: list.id });
        if (!loaded) {
          // The entry's names are the last ones pushed: a repeat is one of those. No set and no
          // array of names per entry (this runs for every entry of a million-name list) unless
          // the entry has many aliases.
          const first = names.length;
          const seen = entry.aliases.length > 16 ? new Set<string>() : undefined;
          for (let a = -1; a < entry.aliases.length; a++) {
            const analyzed = analyzeName(a < 0 ? entry.name : (entry.aliases[a]?.name ?? ""), entry.kind);
            if (analyzed.normalized === "" || (seen ? seen.has(analyzed.normalized) : repeats(names, first, analyzed.normalized))) continue;
            seen?.add(analyzed.normalized);
            nameEntries[names.length] = index;
            names.push(analyzed);
          }
        }
        for (const id of entry.identifiers) {
          const key = normalizeIdentifier(id.value, isCaseSensitiveIdentifier(id.type));
          if (key.length < 4) continue;
          const bucket = this.identifiers.get(key) ?? [];
          bucket.push({ entry: index, type: id.type, value: id.value, country: id.country, note: id.note });
          this.identifiers.set(key, bucket);
        }
      }
    }
    this.entries = entries;
    this.names = names;
    this.nameEntries = nameEntries.length === names.length ? nameEntries : nameEntries.slice(0, names.length);
    this.retrieval = loaded ? CandidateIndex.fromParts(names, loaded.retrieval, wordsWithinEdits) : CandidateIndex.build(names, wordsWithinEdits);
  }

  /**
   * The index as bytes, to store and load later with the same watchlists
   * (`createScreener({ watchlists, index })`), skipping the name analysis and key building.
   */
  toSnapshot(): Uint8Array<ArrayBuffer> {
    return encodeSnapshot(this.fingerprint, { names: this.names, nameEntries: this.nameEntries, retrieval: this.retrieval.parts() }, this.entries.map((e) => e.entry));
  }

  /** Ids of the names of these kinds worth scoring for `q` (all of them with `bruteForce`). */
  private candidates(q: AnalyzedName, minScore: number, kinds: readonly NameKind[]): number[] {
    if (this.bruteForce) return this.names.flatMap((n, i) => (kinds.includes(n.kind) ? [i] : []));
    return this.retrieval.candidates(q, minScore, kinds);
  }

  /** Searches every name of the given kinds; the best name per entry wins. */
  matchName(query: string, options: NameSearchOptions): EntryMatch[] {
    // A person's name is analysed as a person's; organisations, vessels and aircraft alike (the
    // analysis differs only in its `kind`, which scoring reads only to tell persons apart): one
    // analysis and one candidate search serve all the non-person kinds asked for.
    const searches: { q: AnalyzedName; kinds: NameKind[] }[] = [];
    for (const kind of new Set(options.kinds)) {
      const person = kind === "person";
      const same = searches.find((s) => (s.q.kind === "person") === person);
      if (same) same.kinds.push(kind);
      else searches.push({ q: analyzeName(query, kind), kinds: [kind] });
    }
    if (searches.every((s) => s.q.normalized === "")) return [];
    const minScore = options.minScore ?? 0.6;
    const best = new Map<number, { id: number; q: AnalyzedName; nameScore: number; score: number; feature: ReturnType<typeof qualifyBirthDate>["feature"]; dob: ReturnType<typeof compareBirthDates> }>();
    const candidates: [number, AnalyzedName][] = [];
    // A matching birth date lifts a name score a little: retrieval must reach the names it lifts.
    const nameFloor = options.birthDate === undefined ? minScore : minScore / MAX_BIRTH_DATE_LIFT;
    for (const { q, kinds } of searches) for (const id of this.candidates(q, nameFloor, kinds)) candidates.push([id, q]);
    for (const [id, q] of candidates) {
      const candidate = this.names[id];
      if (candidate === undefined) continue;
      const quick = compareNames(q, candidate, { detail: false });
      if (quick.score < minScore * 0.8) continue;
      const entry = this.nameEntries[id] ?? 0;
      const record = this.entries[entry];
      if (!record) continue;
      const dob = compareBirthDates(options.birthDate, record.entry.birthDates);
      const qualified = qualifyBirthDate(quick.score, dob, options.birthDate);
      if (qualified.score < minScore) continue;
      const previous = best.get(entry);
      if (previous && previous.score >= qualified.score) continue;
      best.set(entry, { id, q, nameScore: quick.score, score: qualified.score, feature: qualified.feature, dob });
    }
    // The explained comparison (features) is built only for the matches returned: a common name
    // in a large list has hundreds of namesakes above the threshold.
    return [...best.entries()]
      .sort((a, b) => b[1].score - a[1].score || b[1].nameScore - a[1].nameScore || a[0] - b[0])
      .slice(0, options.limit ?? 10)
      .map(([entry, m]) => {
        const candidate = this.names[m.id] as AnalyzedName;
        const record = this.entries[entry] as (typeof this.entries)[number] & object;
        const comparison = compareNames(m.q, candidate);
        return {
          entry: record.entry,
          listId: record.listId,
          score: m.score,
          nameScore: comparison.score,
          matchedName: candidate.text,
          queryName: query,
          field: options.field,
          features: m.feature ? [...comparison.features, m.feature] : comparison.features,
          birthDate: m.dob,
        };
      });
  }

  /** Finds listed identifiers (passports, registration numbers, wallet addresses) equal to the subject's. */
  matchIdentifiers(identifiers: readonly { readonly type?: string | undefined; readonly value: string }[]): IdentifierMatch[] {
    const out: IdentifierMatch[] = [];
    for (const id of identifiers) {
      const key = normalizeIdentifier(id.value, isCaseSensitiveIdentifier(id.type));
      for (const hit of this.identifiers.get(key) ?? []) {
        const record = this.entries[hit.entry];
        if (!record) continue;
        out.push({
          entry: record.entry,
          listId: record.listId,
          subjectValue: id.value,
          subjectType: id.type,
          listed: { type: hit.type, value: hit.value, country: hit.country, note: hit.note },
        });
      }
    }
    return out;
  }
}

/** Whether `names[from ..]` has this normalised name. */
function repeats(names: readonly AnalyzedName[], from: number, normalized: string): boolean {
  for (let i = from; i < names.length; i++) if (names[i]?.normalized === normalized) return true;
  return false;
}
