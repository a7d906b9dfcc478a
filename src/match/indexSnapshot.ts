import type { AnalyzedName, KoreanReading, NameKind, NameScript } from "../names/index.js";
import { hashKey, type CandidateIndexParts } from "../retrieval/index.js";
import { ENTRY_KINDS, type Entry, type Watchlist } from "../schema/index.js";

const MAGIC = "DPRKIDX1";
/** Bumped whenever name analysis or the retrieval keys change: old snapshots are then refused. */
export const SNAPSHOT_FORMAT = 8;

/** The parts of an index that are expensive to build and cheap to store. */
export interface IndexParts {
  readonly names: readonly AnalyzedName[];
  /** The entry (position in the watchlists) of each name. */
  readonly nameEntries: Uint32Array;
  readonly retrieval: CandidateIndexParts;
}

// The order of the retrieval arrays in a snapshot.
const ARRAYS = ["nameKeyHashes", "nameKeyOffsets", "nameKeyIds", "wordKeyHashes", "wordKeyOffsets", "wordKeyIds", "keyedOffsets", "keyedIds", "lightOffsets", "lightIds"] as const satisfies readonly Exclude<keyof CandidateIndexParts, "words">[];

/**
 * A fingerprint of the watchlists an index was built from: their ids, versions, publication
 * dates, and every entry's id, kind and names. A snapshot is refused for any other lists.
 */
export function watchlistFingerprint(watchlists: readonly Watchlist[]): string {
  let h = 0x811c9dc5;
  let count = 0;
  const mix = (s: string) => {
    h = Math.imul(h ^ hashKey(s), 0x01000193) >>> 0;
  };
  for (const list of watchlists) {
    mix(`${list.id}|${list.version ?? ""}|${list.publishedAt ?? ""}`);
    for (const e of list.entries) {
      count++;
      mix(`${e.id}|${e.kind}|${e.name}`);
      for (const a of e.aliases) mix(a.name);
    }
  }
  return `${SNAPSHOT_FORMAT}:${count}:${h.toString(16)}`;
}

// Kinds and scripts are stored by their position here.
const KINDS: readonly NameKind[] = ENTRY_KINDS;
const SCRIPTS: readonly NameScript[] = ["latin", "hangul", "cyrillic", "han", "arabic", "other", "mixed", "none"];
/** No string here (a reading without Hangul; a name whose text is not one of its entry's names). */
const NONE = 0xffffffff;
// One record of `RECORD` 32-bit fields per analysed name, in this order.
const F = { entry: 0, source: 1, text: 2, normalized: 3, kindScript: 4, tokens: 5, weights: 6, tokenKeys: 7, compact: 8, core: 9, coreWords: 10, spaced: 11, korean: 12, numbers: 13, legalForms: 14 } as const;
const RECORD = 15;

/** Each distinct value once, by id: names share their words, weight patterns and readings. */
class Pool<T> {
  private readonly ids = new Map<string, number>();
  readonly values: T[] = [];
  id(key: string, value: T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(value);
    }
    return id;
  }
}

/** Lists of 32-bit values, each stored once, as offsets into one flat array (list 0 is empty). */
class ListPool {
  private readonly ids = new Map<string, number>([["", 0]]);
  readonly offsets: number[] = [0, 0];
  readonly items: number[] = [];
  id(values: readonly number[]): number {
    const key = values.join(",");
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.offsets.length - 1;
      this.ids.set(key, id);
      for (const v of values) this.items.push(v);
      this.offsets.push(this.items.length);
    }
    return id;
  }
}

/** Where a name's text is on its entry: 0 for the name, k for alias k − 1, `NONE` if neither. */
function sourceOf(entry: Entry | undefined, text: string): number {
  if (!entry) return NONE;
  if (entry.name === text) return 0;
  const a = entry.aliases.findIndex((alias) => alias.name === text);
  return a < 0 ? NONE : a + 1;
}

/**
 * Encodes an index as bytes: a magic string, a JSON header (fingerprint, the distinct strings
 * and weight patterns, the retrieval vocabulary, array sizes), then the posting arrays and the
 * analysed names as raw little-endian 32-bit integers. A name's text is not stored when it is
 * one of its entry's names (the loader takes it from the list); every other string is stored
 * once and referred to by id.
 */
export function encodeSnapshot(fingerprint: string, parts: IndexParts, entries: readonly Entry[]): Uint8Array<ArrayBuffer> {
  const strings = new Pool<string>();
  const sid = (s: string) => strings.id(s, s);
  const weights = new Pool<readonly number[]>();
  const lists = new ListPool();
  const koreanLists = new ListPool();
  // Each distinct Korean reading once, as five string ids.
  const readings = new Pool<readonly number[]>();
  const records = new Uint32Array(parts.names.length * RECORD);
  parts.names.forEach((a, i) => {
    const entry = parts.nameEntries[i] ?? 0;
    const source = sourceOf(entries[entry], a.text);
    const korean = a.korean.map((r) => {
      const fields = [sid(r.surname), sid(r.given), sid(r.spelled), r.hangul ? sid(r.hangul.surname) : NONE, r.hangul ? sid(r.hangul.given) : NONE];
      return readings.id(fields.join(","), fields);
    });
    records.set(
      [entry, source, source === NONE ? sid(a.text) : 0, sid(a.normalized), KINDS.indexOf(a.kind) | (SCRIPTS.indexOf(a.script) << 8), lists.id(a.tokens.map(sid)), weights.id(a.weights.join(","), a.weights), lists.id(a.tokenKeys.map(sid)), sid(a.compact), sid(a.core), sid(a.coreWords), sid(a.spaced), koreanLists.id(korean), lists.id(a.numbers.map(sid)), lists.id(a.legalForms.map(sid))],
      i * RECORD,
    );
  });
  const arrays: Uint32Array[] = [
    ...ARRAYS.map((k) => parts.retrieval[k]),
    records,
    Uint32Array.from(lists.offsets),
    Uint32Array.from(lists.items),
    Uint32Array.from(koreanLists.offsets),
    Uint32Array.from(koreanLists.items),
    Uint32Array.from(readings.values.flat()),
  ];
  const header = new TextEncoder().encode(JSON.stringify({ fingerprint, strings: strings.values, weights: weights.values, words: parts.retrieval.words, sizes: arrays.map((a) => a.length) }));
  const headerStart = 12;
  const arraysStart = Math.ceil((headerStart + header.length) / 4) * 4;
  const total = arraysStart + 4 * arrays.reduce((sum, a) => sum + a.length, 0);
  const out = new Uint8Array(total);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, header.length, true);
  out.set(header, headerStart);
  let at = arraysStart;
  for (const array of arrays) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  }
  return out;
}

class Damaged extends Error {}

/** `value`, or a `Damaged` throw when it is not below `limit` (a damaged snapshot, not a crash later). */
function below(value: number | undefined, limit: number): number {
  if (value === undefined || value >= limit) throw new Damaged();
  return value;
}

/**
 * Decodes a snapshot for the entries it was built from (in list order); returns a reason string
 * when the bytes are not a usable snapshot.
 */
export function decodeSnapshot(bytes: Uint8Array, fingerprint: string, entries: readonly Entry[]): IndexParts | string {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) return "not a dprk-screen index snapshot";
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  if (12 + headerLength > bytes.length) return "the snapshot is truncated";
  let header: { fingerprint: string; strings: string[]; weights: number[][]; words: string[]; sizes: number[] };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as typeof header;
  } catch {
    return "the snapshot header is damaged";
  }
  if (header.fingerprint !== fingerprint) return `the snapshot was built from other watchlists or by another version (${header.fingerprint}, expected ${fingerprint})`;
  const start = Math.ceil((12 + headerLength) / 4) * 4;
  const { sizes, strings, weights } = header;
  const stringArray = (a: unknown): a is string[] => Array.isArray(a) && a.every((w) => typeof w === "string");
  if (!stringArray(header.words) || !stringArray(strings)) return "the snapshot header is damaged";
  if (!Array.isArray(weights) || !weights.every((w) => Array.isArray(w) && w.every((n) => typeof n === "number"))) return "the snapshot header is damaged";
  if (!Array.isArray(sizes) || sizes.length !== ARRAYS.length + 6 || !sizes.every((n) => Number.isInteger(n) && n >= 0)) return "the snapshot header is damaged";
  if (start + 4 * sizes.reduce((sum, n) => sum + n, 0) !== bytes.length) return "the snapshot is truncated";
  const copy = bytes.slice(start).buffer;
  let at = 0;
  const arrays = sizes.map((size) => {
    const array = new Uint32Array(copy, at, size);
    at += 4 * size;
    return array;
  });
  const retrieval = { ...Object.fromEntries(ARRAYS.map((k, i) => [k, arrays[i]])), words: header.words } as unknown as CandidateIndexParts;
  const [records, listOffsets, listItems, koreanOffsets, koreanItems, readingFields] = arrays.slice(ARRAYS.length) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  try {
    return { ...decodeNames(records, strings, weights, { offsets: listOffsets, items: listItems }, { offsets: koreanOffsets, items: koreanItems }, readingFields, entries), retrieval };
  } catch (e) {
    if (e instanceof Damaged) return "the snapshot's names are damaged";
    throw e;
  }
}

interface Lists {
  readonly offsets: Uint32Array;
  readonly items: Uint32Array;
}

/**
 * The list with a given id, its items made by `item`; each list is made once, when first asked
 * for, with exact length (no spare slots), and shared by every name that has it.
 */
function listDecoder<T>(lists: Lists, item: (id: number | undefined) => T): (id: number | undefined) => readonly T[] {
  const decoded: (readonly T[] | undefined)[] = [];
  return (id) => {
    const k = below(id, lists.offsets.length - 1);
    let out = decoded[k];
    if (out === undefined) {
      const from = below(lists.offsets[k], lists.items.length + 1);
      const to = below(lists.offsets[k + 1], lists.items.length + 1);
      if (from > to) throw new Damaged();
      const made: T[] = [];
      for (let j = from; j < to; j++) made.push(item(lists.items[j]));
      out = made.slice();
      decoded[k] = out;
    }
    return out;
  };
}

/** The analysed names of a snapshot; equal lists, weights and readings are one shared array. */
function decodeNames(records: Uint32Array, strings: readonly string[], weights: readonly (readonly number[])[], lists: Lists, koreanLists: Lists, readingFields: Uint32Array, entries: readonly Entry[]): Omit<IndexParts, "retrieval"> {
  if (records.length % RECORD !== 0) throw new Damaged();
  const count = records.length / RECORD;
  const str = (id: number | undefined) => strings[below(id, strings.length)] as string;
  const list = listDecoder(lists, str);
  const readings: (KoreanReading | undefined)[] = [];
  const reading = (id: number | undefined): KoreanReading => {
    const r = below(id, readingFields.length / 5);
    let decoded = readings[r];
    if (decoded === undefined) {
      const f = r * 5;
      const hs = readingFields[f + 3];
      const hg = readingFields[f + 4];
      const base = { surname: str(readingFields[f]), given: str(readingFields[f + 1]), spelled: str(readingFields[f + 2]) };
      decoded = hs === NONE || hg === NONE ? base : { ...base, hangul: { surname: str(hs), given: str(hg) } };
      readings[r] = decoded;
    }
    return decoded;
  };
  const korean = listDecoder(koreanLists, reading);
  const names: AnalyzedName[] = [];
  const nameEntries = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const r = i * RECORD;
    const e = below(records[r + F.entry], entries.length);
    const entry = entries[e] as Entry;
    const source = records[r + F.source] ?? NONE;
    const text = source === NONE ? str(records[r + F.text]) : source === 0 ? entry.name : entry.aliases[below(source - 1, entry.aliases.length)]?.name ?? "";
    const kindScript = records[r + F.kindScript] ?? 0;
    nameEntries[i] = e;
    names.push({
      text,
      normalized: str(records[r + F.normalized]),
      kind: KINDS[below(kindScript & 0xff, KINDS.length)] as NameKind,
      script: SCRIPTS[below(kindScript >>> 8, SCRIPTS.length)] as NameScript,
      tokens: list(records[r + F.tokens]),
      weights: weights[below(records[r + F.weights], weights.length)] as readonly number[],
      tokenKeys: list(records[r + F.tokenKeys]),
      compact: str(records[r + F.compact]),
      core: str(records[r + F.core]),
      coreWords: str(records[r + F.coreWords]),
      spaced: str(records[r + F.spaced]),
      korean: korean(records[r + F.korean]),
      numbers: list(records[r + F.numbers]),
      legalForms: list(records[r + F.legalForms]),
    });
  }
  return { names, nameEntries };
}
