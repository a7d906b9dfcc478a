/**
 * Postings in compressed-sparse-row form: for each distinct key hash, the ids of the names that
 * have the key. Built once from (hash, id) pairs; a lookup goes through a table of where the
 * sorted hashes' top bits change. Compact enough for millions of names (typed arrays, no
 * per-key objects).
 */
export class PostingIndex {
  /** Sorted distinct key hashes. */
  readonly hashes: Uint32Array;
  /** `ids[offsets[i] .. offsets[i + 1])` are the names with key hash `hashes[i]`, in ascending order (the sort is stable and `build` is given ids in order). */
  readonly offsets: Uint32Array;
  readonly ids: Uint32Array;

  // Where each run of hashes with the same top bits starts (a direct-address table over the
  // sorted hashes, about two hashes per run): a lookup reads one slot and a run or two instead of
  // the ~20 scattered reads of a binary search over millions of keys, which miss the CPU cache.
  // Built in one sequential pass.
  private readonly starts: Uint32Array;
  private readonly shift: number;

  constructor(hashes: Uint32Array, offsets: Uint32Array, ids: Uint32Array) {
    this.hashes = hashes;
    this.offsets = offsets;
    this.ids = ids;
    // About two hashes per slot: a run of two sits in one cache line, and the table is half
    // the size of one slot per hash.
    let bits = 4;
    while (bits < 30 && 2 << bits < hashes.length) bits++;
    this.shift = 32 - bits;
    const size = 1 << bits;
    this.starts = new Uint32Array(size + 1);
    let k = 0;
    for (let b = 0; b <= size; b++) {
      while (k < hashes.length && (hashes[k] ?? 0) >>> this.shift < b) k++;
      this.starts[b] = k;
    }
  }

  /**
   * Builds the index from parallel arrays of key hashes and name ids (a stable radix sort by
   * hash, in two passes through `scratch`, or arrays of its own without it). It consumes its
   * inputs: the pairs are sorted in place, and `pairIds` becomes the index's ids (kept, not
   * copied, unless it is more than a quarter longer than the pairs it holds). A large list's
   * build would otherwise allocate hundreds of megabytes of typed arrays, and V8 answers every
   * few dozen of them with a full collection of the whole heap; two builds can share a scratch.
   */
  static build(pairHashes: Uint32Array, pairIds: Uint32Array, scratch?: { readonly hashes: Uint32Array; readonly ids: Uint32Array }): PostingIndex {
    const n = pairHashes.length;
    let srcH: Uint32Array = pairHashes;
    let srcI: Uint32Array = pairIds;
    let dstH: Uint32Array = scratch && scratch.hashes.length >= n ? scratch.hashes : new Uint32Array(n);
    let dstI: Uint32Array = scratch && scratch.ids.length >= n ? scratch.ids : new Uint32Array(n);
    const counts = new Uint32Array(65537);
    for (const shift of [0, 16]) {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[(((srcH[i] ?? 0) >>> shift) & 0xffff) + 1]!++;
      for (let b = 1; b < 65537; b++) counts[b]! += counts[b - 1]!;
      for (let i = 0; i < n; i++) {
        const h = srcH[i] ?? 0;
        const at = counts[(h >>> shift) & 0xffff]!++;
        dstH[at] = h;
        dstI[at] = srcI[i] ?? 0;
      }
      [srcH, dstH] = [dstH, srcH];
      [srcI, dstI] = [dstI, srcI];
    }
    // After two passes the sorted pairs are back in the inputs.
    let distinct = 0;
    for (let i = 0; i < n; i++) if (i === 0 || srcH[i] !== srcH[i - 1]) distinct++;
    const hashes = new Uint32Array(distinct);
    const offsets = new Uint32Array(distinct + 1);
    let k = -1;
    for (let i = 0; i < n; i++) {
      if (i === 0 || srcH[i] !== srcH[i - 1]) {
        k++;
        hashes[k] = srcH[i] ?? 0;
        offsets[k] = i;
      }
    }
    offsets[distinct] = n;
    const ids = srcI.buffer.byteLength > 1.25 * n * 4 ? srcI.slice(0, n) : srcI;
    return new PostingIndex(hashes, offsets, ids);
  }

  /** The ids of the names with this key hash (a view; do not modify). */
  lookup(hash: number): Uint32Array {
    const b = hash >>> this.shift;
    const end = this.starts[b + 1] ?? 0;
    for (let k = this.starts[b] ?? 0; k < end; k++) {
      if (this.hashes[k] === hash) return this.ids.subarray(this.offsets[k] ?? 0, this.offsets[k + 1] ?? 0);
    }
    return EMPTY;
  }
}

const EMPTY = new Uint32Array(0);
