import type { AnalyzedName } from "../names/index.js";
import { hashKey, type CandidateIndexParts } from "../retrieval/index.js";
import type { Watchlist } from "../schema/index.js";

const MAGIC = "DPRKIDX1";
/** Bumped whenever name analysis or the retrieval keys change: old snapshots are then refused. */
export const SNAPSHOT_FORMAT = 7;

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

type Row = [number, string, string, string, string, string[], number[], string[], string, string, string, string, [string, string, string, string?, string?][], string[], string[]];

function toRow(entry: number, a: AnalyzedName): Row {
  return [entry, a.text, a.normalized, a.kind, a.script, [...a.tokens], [...a.weights], [...a.tokenKeys], a.compact, a.core, a.coreWords, a.spaced, a.korean.map((r) => (r.hangul ? [r.surname, r.given, r.spelled, r.hangul.surname, r.hangul.given] : [r.surname, r.given, r.spelled])), [...a.numbers], [...a.legalForms]];
}

function fromRow(row: Row): { entry: number; analyzed: AnalyzedName } {
  const [entry, text, normalized, kind, script, tokens, weights, tokenKeys, compact, core, coreWords, spaced, korean, numbers, legalForms] = row;
  return {
    entry,
    analyzed: {
      text,
      normalized,
      kind: kind as AnalyzedName["kind"],
      script: script as AnalyzedName["script"],
      tokens,
      weights,
      tokenKeys,
      compact,
      core,
      coreWords,
      spaced,
      korean: korean.map(([surname, given, spelled, hs, hg]) => (hs !== undefined && hg !== undefined ? { surname, given, spelled, hangul: { surname: hs, given: hg } } : { surname, given, spelled })),
      numbers,
      legalForms,
    },
  };
}

/**
 * Encodes an index as bytes: a magic string, a JSON header (fingerprint, analysed names), then
 * the posting arrays as raw little-endian 32-bit integers.
 */
export function encodeSnapshot(fingerprint: string, parts: IndexParts): Uint8Array<ArrayBuffer> {
  const header = new TextEncoder().encode(JSON.stringify({ fingerprint, names: parts.names.map((n, i) => toRow(parts.nameEntries[i] ?? 0, n)), words: parts.retrieval.words, sizes: ARRAYS.map((k) => parts.retrieval[k].length) }));
  const headerStart = 12;
  const arraysStart = Math.ceil((headerStart + header.length) / 4) * 4;
  const arrays = ARRAYS.map((k) => parts.retrieval[k]);
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

/** Decodes a snapshot; returns a reason string when the bytes are not a usable snapshot. */
export function decodeSnapshot(bytes: Uint8Array, fingerprint: string): IndexParts | string {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) return "not a dprk-screen index snapshot";
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  if (12 + headerLength > bytes.length) return "the snapshot is truncated";
  let header: { fingerprint: string; names: Row[]; words: string[]; sizes: number[] };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as typeof header;
  } catch {
    return "the snapshot header is damaged";
  }
  if (header.fingerprint !== fingerprint) return `the snapshot was built from other watchlists or by another version (${header.fingerprint}, expected ${fingerprint})`;
  const start = Math.ceil((12 + headerLength) / 4) * 4;
  const sizes = header.sizes;
  if (!Array.isArray(header.words) || !header.words.every((w) => typeof w === "string")) return "the snapshot header is damaged";
  if (!Array.isArray(sizes) || sizes.length !== ARRAYS.length || !sizes.every((n) => Number.isInteger(n) && n >= 0)) return "the snapshot header is damaged";
  if (start + 4 * sizes.reduce((sum, n) => sum + n, 0) !== bytes.length) return "the snapshot is truncated";
  const copy = bytes.slice(start).buffer;
  let at = 0;
  const arrays = Object.fromEntries(ARRAYS.map((k, i) => {
    const array = new Uint32Array(copy, at, sizes[i]);
    at += 4 * (sizes[i] ?? 0);
    return [k, array];
  }));
  const retrieval = { ...arrays, words: header.words } as unknown as CandidateIndexParts;
  const rows = header.names.map(fromRow);
  return {
    names: rows.map((r) => r.analyzed),
    nameEntries: Uint32Array.from(rows, (r) => r.entry),
    retrieval,
  };
}
