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
  // sorted hashes, about one hash per run): a lookup reads one slot and a run or two instead of
  // the ~20 scattered reads of a binary search over millions of keys, which miss the CPU cache.
  // Built in one sequential pass.
  private readonly starts: Uint32Array;
  private readonly shift: number;

  constructor(hashes: Uint32Array, offsets: Uint32Array, ids: Uint32Array) {
    this.hashes = hashes;
    this.offsets = offsets;
    this.ids = ids;
    let bits = 4;
    while (bits < 30 && 1 << bits < hashes.length) bits++;
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
   * hash). It consumes its inputs: they are the sort's scratch space afterwards. The sort takes
   * three passes, so that the sorted ids land in the one pair of arrays it allocates and are
   * kept as they are: a large list's build allocates hundreds of megabytes of typed arrays, and
   * V8 answers every few dozen of them with a full garbage collection of the whole heap.
   */
  static build(pairHashes: Uint32Array, pairIds: Uint32Array): PostingIndex {
    const n = pairHashes.length;
    const ownH = new Uint32Array(n);
    const ownI = new Uint32Array(n);
    let srcH: Uint32Array = pairHashes;
    let srcI: Uint32Array = pairIds;
    let dstH: Uint32Array = ownH;
    let dstI: Uint32Array = ownI;
    const counts = new Uint32Array(2049);
    for (const [shift, mask] of [[0, 0x7ff], [11, 0x7ff], [22, 0x3ff]] as const) {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[(((srcH[i] ?? 0) >>> shift) & mask) + 1]!++;
      for (let b = 1; b < 2049; b++) counts[b]! += counts[b - 1]!;
      for (let i = 0; i < n; i++) {
        const h = srcH[i] ?? 0;
        const at = counts[(h >>> shift) & mask]!++;
        dstH[at] = h;
        dstI[at] = srcI[i] ?? 0;
      }
      [srcH, dstH] = [dstH, srcH];
      [srcI, dstI] = [dstI, srcI];
    }
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
    // After three passes the sorted pairs are in ownH and ownI.
    return new PostingIndex(hashes, offsets, ownI);
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
