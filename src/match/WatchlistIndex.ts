import { analyzeName, type AnalyzedName, type NameKind } from "../names/index.js";
import type { Entry, Watchlist } from "../schema/index.js";
import { compareBirthDates } from "./compareBirthDates.js";
import { compareNames } from "./compareNames.js";
import type { EntryMatch, IdentifierMatch, QueryField } from "./entryMatch.js";
import { isCaseSensitiveIdentifier, normalizeIdentifier } from "./normalizeIdentifier.js";
import { qualifyBirthDate } from "./qualifyBirthDate.js";
import { ScreeningInputError } from "../errors/index.js";
import { decodeSnapshot, encodeSnapshot, watchlistFingerprint } from "./indexSnapshot.js";
import { PostingIndex, forEachKey, forEachKeyHash, hashKeyParts } from "../retrieval/index.js";

const KEY_T = 0x74;
const KEY_D = 0x64;

// Bit set in a candidate's mask when it shares a whole-name key with the query.
const STRONG = 0x80000000;
const KINDS: readonly NameKind[] = ["person", "organization", "vessel", "aircraft"];
const KIND_BITS = 0x3;
const KOREAN_BIT = 0x4;
// Names a word must appear in to count as common (see `candidates`).
const COMMON_WORD = 50;

/**
 * How many of a query's `k` distinctive words a listed name must share (through its keys) to be
 * able to reach `minScore`. The token alignment gives at most j / (j + λ(k − j)) with j words
 * paired (λ = 0.6 for organisations; for persons 0.25 once two words pair, else 1), so j must
 * be at least k·λm / (1 − m + λm). Persons need two words whenever the query has two.
 */
export function wordsNeeded(kind: NameKind, k: number, minScore: number): number {
  if (k <= 1) return k;
  const m = minScore;
  const bound = (lambda: number) => Math.ceil((k * lambda * m) / (1 - m + lambda * m) - 1e-9);
  return kind === "person" ? Math.max(2, bound(0.25)) : Math.max(1, bound(0.6));
}

function includesSorted(ids: Uint32Array, id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid] ?? 0;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function popcount(n: number): number {
  let c = 0;
  for (let m = n >>> 0; m !== 0; m &= m - 1) c++;
  return c;
}

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
  // Each name's kind and whether it reads as Korean, so that retrieval can tell them without
  // reading the analysis (a cache miss per name in a large list).
  private readonly traits: Uint8Array;
  private readonly identifiers = new Map<string, { entry: number; type: string; value: string; country?: string | undefined; note?: string | undefined }[]>();
  private readonly postings: PostingIndex;
  private readonly fingerprint: string;
  private readonly bruteForce: boolean;
  // Per name, side by side (one cache line for both): [2·id] the query that last touched it,
  // [2·id + 1] which of that query's keys it shares.
  private readonly marks: Uint32Array;
  private stamp = 0;

  /**
   * @param watchlists the lists to index
   * @param options.bruteForce score every name instead of the retrieved candidates (for tests
   *   and benchmarks that check the index loses nothing)
   */
  constructor(watchlists: readonly Watchlist[], options: { bruteForce?: boolean; snapshot?: Uint8Array } = {}) {
    this.bruteForce = options.bruteForce === true;
    const fingerprint = watchlistFingerprint(watchlists);
    const loaded = options.snapshot ? decodeSnapshot(options.snapshot, fingerprint) : undefined;
    if (typeof loaded === "string") throw new ScreeningInputError([{ path: ["index"], message: loaded, code: "invalid_index" }], "screener config");
    this.fingerprint = fingerprint;
    const entries: { entry: Entry; listId: string }[] = [];
    const names: AnalyzedName[] = loaded ? [...loaded.names] : [];
    let nameEntries = loaded ? loaded.nameEntries : new Uint32Array(1024);
    for (const list of watchlists) {
      for (const entry of list.entries) {
        const index = entries.length;
        entries.push({ entry, listId: list.id });
        const seen = new Set<string>();
        for (const name of loaded ? [] : [entry.name, ...entry.aliases.map((a) => a.name)]) {
          const analyzed = analyzeName(name, entry.kind);
          if (analyzed.normalized === "" || seen.has(analyzed.normalized)) continue;
          seen.add(analyzed.normalized);
          if (names.length === nameEntries.length) {
            const grown = new Uint32Array(nameEntries.length * 2);
            grown.set(nameEntries);
            nameEntries = grown;
          }
          nameEntries[names.length] = index;
          names.push(analyzed);
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
    this.traits = Uint8Array.from(names, (n) => KINDS.indexOf(n.kind) | (n.korean.length > 0 ? KOREAN_BIT : 0));
    this.marks = new Uint32Array(names.length * 2);
    if (loaded) {
      this.postings = new PostingIndex(loaded.hashes, loaded.offsets, loaded.ids);
      return;
    }
    let pairHashes = new Uint32Array(Math.max(16, names.length * 16));
    let pairIds = new Uint32Array(pairHashes.length);
    let n = 0;
    let id = 0;
    const emit = (hash: number) => {
      if (n === pairHashes.length) {
        const h = new Uint32Array(n * 2);
        h.set(pairHashes);
        pairHashes = h;
        const ids = new Uint32Array(n * 2);
        ids.set(pairIds);
        pairIds = ids;
      }
      pairHashes[n] = hash;
      pairIds[n] = id;
      n++;
    };
    const memo = new Map<string, Uint32Array>();
    for (; id < names.length; id++) forEachKeyHash(names[id] as AnalyzedName, emit, memo);
    this.postings = PostingIndex.build(pairHashes.subarray(0, n), pairIds.subarray(0, n));
  }

  /**
   * The index as bytes, to store and load later with the same watchlists
   * (`createScreener({ watchlists, index })`), skipping the name analysis and key building.
   */
  toSnapshot(): Uint8Array<ArrayBuffer> {
    return encodeSnapshot(this.fingerprint, { names: this.names, nameEntries: this.nameEntries, hashes: this.postings.hashes, offsets: this.postings.offsets, ids: this.postings.ids });
  }

  /**
   * Ids of the names of the query's kind worth scoring: those sharing a whole-name key with it,
   * or enough of its distinctive words (see the retrieval contract).
   */
  private candidates(q: AnalyzedName, minScore: number): number[] {
    if (this.bruteForce) return this.names.flatMap((n, i) => (n.kind === q.kind ? [i] : []));
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      for (let i = 0; i < this.marks.length; i += 2) this.marks[i] = 0;
      this.stamp = 1;
    }
    const distinctive: number[] = [];
    q.weights.forEach((w, i) => {
      if (w >= 1 && i < 31) distinctive.push(i);
    });
    const distinctiveMask = distinctive.reduce((m, i) => m | (1 << i), 0);
    const needed = wordsNeeded(q.kind, distinctive.length, minScore);
    const touched: number[] = [];
    // A query word that is itself a common listed word (Maria, Kim, Trading) is not looked up
    // again by its one-edit neighbours: the neighbours of a common real word are other real
    // words, and walking their postings is most of the cost of a query.
    const common = new Set<number>();
    const keys: { ids: Uint32Array; token: number; prefix: number }[] = [];
    forEachKey(q, (prefix, text, skip, token) => keys.push({ ids: this.postings.lookup(hashKeyParts(prefix, text, skip)), token, prefix }));
    for (const { ids, token, prefix } of keys) if (prefix === KEY_T && ids.length >= COMMON_WORD) common.add(token);
    // A name sharing fewer than `needed` distinctive words cannot pass, so only the
    // D − needed + 1 words with the shortest postings can bring in a candidate; the others only
    // add their bit to names already brought in (they are probed, not walked).
    let probeMask = 0;
    if (needed >= 2) {
      const total = new Map<number, number>();
      for (const { ids, token, prefix } of keys) {
        if (token < 0 || !(distinctiveMask & (1 << token)) || (prefix === KEY_D && common.has(token))) continue;
        total.set(token, (total.get(token) ?? 0) + ids.length);
      }
      const byLength = distinctive.slice().sort((a, b) => (total.get(a) ?? 0) - (total.get(b) ?? 0));
      for (const i of byLength.slice(distinctive.length - needed + 1)) probeMask |= 1 << i;
    }
    const probes: { ids: Uint32Array; bit: number }[] = [];
    for (const { ids, token, prefix } of keys) {
      if (prefix === KEY_D && common.has(token)) continue;
      const bit = token < 0 ? STRONG : token < 31 ? 1 << token : 0;
      if (needed >= 1 && !(bit & (distinctiveMask | STRONG))) continue;
      if (bit & probeMask) {
        probes.push({ ids, bit });
        continue;
      }
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] ?? 0;
        if (this.marks[2 * id] !== this.stamp) {
          this.marks[2 * id] = this.stamp;
          this.marks[2 * id + 1] = 0;
          touched.push(id);
        }
        this.marks[2 * id + 1]! |= bit;
      }
    }
    for (const { ids, bit } of probes) {
      if (touched.length * (31 - Math.clz32(ids.length) + 2) < ids.length) {
        // Postings hold ids in ascending order: look each candidate up.
        for (const id of touched) if (includesSorted(ids, id)) this.marks[2 * id + 1]! |= bit;
      } else {
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i] ?? 0;
          if (this.marks[2 * id] === this.stamp) this.marks[2 * id + 1]! |= bit;
        }
      }
    }
    const out: number[] = [];
    const korean = q.korean.length > 0;
    const kind = KINDS.indexOf(q.kind);
    for (const id of touched) {
      // The mask first: most names touched share too little to be scored, and reading their
      // analysis from memory costs more than the test.
      const mask = this.marks[2 * id + 1] ?? 0;
      const enough = popcount(mask & distinctiveMask) >= needed;
      if (!(mask & STRONG) && !enough) continue;
      const traits = this.traits[id] ?? 0;
      if ((traits & KIND_BITS) !== kind) continue;
      if (mask & STRONG) out.push(id);
      // Two Korean names are compared by reading: without a shared given-name key (one edit
      // apart at most) their given names differ by two edits or more and cannot match.
      else if (korean && traits & KOREAN_BIT) continue;
      else if (enough) out.push(id);
    }
    return out;
  }

  /** Searches every name of the given kinds; the best name per entry wins. */
  matchName(query: string, options: NameSearchOptions): EntryMatch[] {
    const analyzedByKind = new Map<NameKind, AnalyzedName>();
    for (const kind of options.kinds) analyzedByKind.set(kind, analyzeName(query, kind));
    if ([...analyzedByKind.values()].every((a) => a.normalized === "")) return [];
    const minScore = options.minScore ?? 0.6;
    const best = new Map<number, { id: number; q: AnalyzedName; nameScore: number; score: number; feature: ReturnType<typeof qualifyBirthDate>["feature"]; dob: ReturnType<typeof compareBirthDates> }>();
    const candidates: [number, AnalyzedName][] = [];
    for (const q of analyzedByKind.values()) for (const id of this.candidates(q, minScore)) candidates.push([id, q]);
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
