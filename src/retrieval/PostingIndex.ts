/**
 * Postings in compressed-sparse-row form: for each distinct key hash, the ids of the names that
 * have the key. Built once from (hash, id) pairs; a lookup goes through a hash table over the
 * sorted hashes. Compact enough for millions of names (typed arrays, no per-key objects).
 */
export class PostingIndex {
  /** Sorted distinct key hashes. */
  readonly hashes: Uint32Array;
  /** `ids[offsets[i] .. offsets[i + 1])` are the names with key hash `hashes[i]`, in ascending order (the sort is stable and `build` is given ids in order). */
  readonly offsets: Uint32Array;
  readonly ids: Uint32Array;

  // Open-addressing table over `hashes` (slot → position + 1, 0 = empty): a lookup touches one
  // or two slots instead of the ~20 scattered reads of a binary search over millions of keys,
  // which miss the CPU cache and were most of the cost of looking up a query's keys.
  private readonly slots: Uint32Array;
  private readonly shift: number;

  constructor(hashes: Uint32Array, offsets: Uint32Array, ids: Uint32Array) {
    this.hashes = hashes;
    this.offsets = offsets;
    this.ids = ids;
    let bits = 4;
    while (1 << bits < hashes.length * 1.5) bits++;
    this.shift = 32 - bits;
    const mask = (1 << bits) - 1;
    this.slots = new Uint32Array(1 << bits);
    for (let k = 0; k < hashes.length; k++) {
      let i = Math.imul(hashes[k] ?? 0, 0x9e3779b1) >>> this.shift;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = k + 1;
    }
  }

  /** Builds the index from parallel arrays of key hashes and name ids (radix sort by hash). */
  static build(pairHashes: Uint32Array, pairIds: Uint32Array): PostingIndex {
    const n = pairHashes.length;
    let srcH: Uint32Array = pairHashes;
    let srcI: Uint32Array = pairIds;
    let dstH: Uint32Array = new Uint32Array(n);
    let dstI: Uint32Array = new Uint32Array(n);
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
    return new PostingIndex(hashes, offsets, srcI.slice(0, n));
  }

  /** The ids of the names with this key hash (a view; do not modify). */
  lookup(hash: number): Uint32Array {
    const mask = this.slots.length - 1;
    for (let i = Math.imul(hash, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const slot = this.slots[i] ?? 0;
      if (slot === 0) return EMPTY;
      if (this.hashes[slot - 1] === hash) return this.ids.subarray(this.offsets[slot - 1] ?? 0, this.offsets[slot] ?? 0);
    }
  }
}

const EMPTY = new Uint32Array(0);
