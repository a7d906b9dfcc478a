import type { AnalyzedName } from "../names/index.js";
import { hashKey } from "../retrieval/index.js";
import type { Watchlist } from "../schema/index.js";

const MAGIC = "DPRKIDX1";
/** Bumped whenever name analysis or the retrieval keys change: old snapshots are then refused. */
export const SNAPSHOT_FORMAT = 5;

/** The parts of an index that are expensive to build and cheap to store. */
export interface IndexParts {
  readonly names: readonly AnalyzedName[];
  /** The entry (position in the watchlists) of each name. */
  readonly nameEntries: Uint32Array;
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
  readonly ids: Uint32Array;
}

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
  const header = new TextEncoder().encode(JSON.stringify({ fingerprint, names: parts.names.map((n, i) => toRow(parts.nameEntries[i] ?? 0, n)), sizes: [parts.hashes.length, parts.offsets.length, parts.ids.length] }));
  const headerStart = 12;
  const arraysStart = Math.ceil((headerStart + header.length) / 4) * 4;
  const total = arraysStart + 4 * (parts.hashes.length + parts.offsets.length + parts.ids.length);
  const out = new Uint8Array(total);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, header.length, true);
  out.set(header, headerStart);
  let at = arraysStart;
  for (const array of [parts.hashes, parts.offsets, parts.ids]) {
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
  let header: { fingerprint: string; names: Row[]; sizes: [number, number, number] };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as typeof header;
  } catch {
    return "the snapshot header is damaged";
  }
  if (header.fingerprint !== fingerprint) return `the snapshot was built from other watchlists or by another version (${header.fingerprint}, expected ${fingerprint})`;
  const start = Math.ceil((12 + headerLength) / 4) * 4;
  const [nh, no, ni] = header.sizes;
  if (start + 4 * (nh + no + ni) !== bytes.length) return "the snapshot is truncated";
  const copy = bytes.slice(start).buffer;
  const rows = header.names.map(fromRow);
  return {
    names: rows.map((r) => r.analyzed),
    nameEntries: Uint32Array.from(rows, (r) => r.entry),
    hashes: new Uint32Array(copy, 0, nh),
    offsets: new Uint32Array(copy, 4 * nh, no),
    ids: new Uint32Array(copy, 4 * (nh + no), ni),
  };
}
