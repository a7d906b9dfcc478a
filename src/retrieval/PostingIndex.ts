/**
 * Postings in compressed-sparse-row form: for each distinct key hash, the ids of the names that
 * have the key. Built once from (hash, id) pairs; a lookup goes through a table of where the
 * sorted hashes' top bits change. Compact enough for millions of names (typed arrays, no
 * per-key objects).
 */
export class PostingIndex {
  readonly ids: Uint32Array;

  // The sorted distinct hashes and where their ids start, side by side ([2k] the k-th hash,
  // [2k + 1] the start of its ids, and one more start at the end): a lookup finds the hash, its
  // start and its end (the next start) in one cache line, where separate arrays cost a cache
  // miss each. Lookups are most of what finding a query word's neighbours costs.
  private readonly entries: Uint32Array;
  private readonly distinct: number;
  // Where each run of hashes with the same top bits starts (a direct-address table over the
  // sorted hashes, about two hashes per run): a lookup reads one slot and a run or two instead of
  // the ~20 scattered reads of a binary search over millions of keys, which miss the CPU cache.
  // Built in one sequential pass.
  private readonly starts: Uint32Array;
  private readonly shift: number;

  /**
   * An index over stored parts (see `hashes`, `offsets`, `ids`).
   *
   * @param hashes sorted distinct key hashes
   * @param offsets `ids[offsets[k] .. offsets[k + 1])` are the names with key hash `hashes[k]`,
   *   in ascending order; one more offset than hashes
   */
  static fromParts(hashes: Uint32Array, offsets: Uint32Array, ids: Uint32Array): PostingIndex {
    const entries = new Uint32Array(2 * hashes.length + 2);
    for (let k = 0; k < hashes.length; k++) {
      entries[2 * k] = hashes[k] ?? 0;
      entries[2 * k + 1] = offsets[k] ?? 0;
    }
    entries[2 * hashes.length + 1] = offsets[hashes.length] ?? 0;
    return new PostingIndex(entries, hashes.length, ids);
  }

  private constructor(entries: Uint32Array, distinct: number, ids: Uint32Array) {
    this.ids = ids;
    this.distinct = distinct;
    this.entries = entries;
    // About two hashes per slot: a run of two sits in one cache line, and the table is half
    // the size of one slot per hash.
    let bits = 4;
    while (bits < 30 && 2 << bits < distinct) bits++;
    this.shift = 32 - bits;
    const size = 1 << bits;
    this.starts = new Uint32Array(size + 1);
    fillStarts(entries, distinct, this.shift, this.starts);
  }

  /** Sorted distinct key hashes (a copy). */
  get hashes(): Uint32Array {
    const out = new Uint32Array(this.distinct);
    for (let k = 0; k < this.distinct; k++) out[k] = this.entries[2 * k] ?? 0;
    return out;
  }

  /** `ids[offsets[k] .. offsets[k + 1])` are the names with key hash `hashes[k]`, in ascending order (the sort is stable and `build` is given ids in order). A copy. */
  get offsets(): Uint32Array {
    const out = new Uint32Array(this.distinct + 1);
    for (let k = 0; k <= this.distinct; k++) out[k] = this.entries[2 * k + 1] ?? 0;
    return out;
  }

  /**
   * Builds the index from parallel arrays of key hashes and name ids (a stable radix sort by
   * hash, in three passes through `scratch`, or arrays of its own without it). It consumes its
   * inputs: `pairHashes` is left in no particular order, and `pairIds` becomes the index's ids
   * (kept, not copied, unless it is more than a quarter longer than the pairs it holds). A large
   * list's build would otherwise allocate hundreds of megabytes of typed arrays, and V8 answers
   * every few dozen of them with a full collection of the whole heap; two builds can share a
   * scratch.
   */
  static build(pairHashes: Uint32Array, pairIds: Uint32Array, scratch?: { readonly hashes: Uint32Array; readonly ids: Uint32Array }): PostingIndex {
    const n = pairHashes.length;
    let srcH: Uint32Array = pairHashes;
    let srcI: Uint32Array = pairIds;
    let dstH: Uint32Array = scratch && scratch.hashes.length >= n ? scratch.hashes : new Uint32Array(n);
    let dstI: Uint32Array = scratch && scratch.ids.length >= n ? scratch.ids : new Uint32Array(n);
    // A radix sort in three passes of 11 bits (see RADIX_BITS).
    const counts = new Uint32Array(3 * RADIX_BUCKETS);
    countDigits(srcH, n, counts);
    for (let pass = 0; pass < 3; pass++) {
      scatter(srcH, srcI, dstH, dstI, n, counts, pass);
      [srcH, dstH] = [dstH, srcH];
      [srcI, dstI] = [dstI, srcI];
    }
    // After three passes the sorted pairs are in the arrays first written (dstH, dstI).
    const entries = new Uint32Array(2 * countDistinct(srcH, n) + 2);
    const distinct = fillEntries(srcH, n, entries);
    // The sorted ids are in the scratch (which another build may reuse) or in an array of this
    // build's own; from the scratch they go back into `pairIds`.
    let ids = srcI;
    if (srcI === scratch?.ids || srcI.length !== n) {
      pairIds.set(srcI.subarray(0, n));
      ids = pairIds;
    }
    if (ids.buffer.byteLength > 1.25 * n * 4) ids = ids.slice(0, n);
    return new PostingIndex(entries, distinct, ids);
  }

  /** The ids of the names with this key hash (a view; do not modify). */
  lookup(hash: number): Uint32Array {
    const k = this.find(hash);
    return k < 0 ? EMPTY : this.ids.subarray(this.start(k), this.end(k));
  }

  /**
   * Where this key hash's ids are: −1 when no name has it, else `k`, with the ids in
   * `ids[start(k) .. end(k))`. For hot loops: no view is made.
   *
   * @example
   * ```ts
   * const k = index.find(hash);
   * if (k >= 0) for (let i = index.start(k); i < index.end(k); i++) visit(index.ids[i]);
   * ```
   */
  find(hash: number): number {
    const b = hash >>> this.shift;
    const end = this.starts[b + 1] ?? 0;
    for (let k = this.starts[b] ?? 0; k < end; k++) if (this.entries[2 * k] === hash) return k;
    return -1;
  }

  /** Where the ids of the `k`-th hash (see `find`) start in `ids`. */
  start(k: number): number {
    return this.entries[2 * k + 1] ?? 0;
  }

  /** Where the ids of the `k`-th hash (see `find`) end in `ids` (exclusive). */
  end(k: number): number {
    return this.entries[2 * k + 3] ?? 0;
  }
}

const EMPTY = new Uint32Array(0);

// The build's loops, each in a function of its own: a loop that runs once over millions of
// pairs in the middle of a long function was compiled on the fly (on-stack replacement), thrown
// out at the next line without type feedback, and run in the interpreter meanwhile, where every
// hash above 2^30 is a heap number. This cost seconds at a million names; a small function is
// compiled once and stays compiled.

// Three passes of 11 bits: 2,048 buckets per pass keep the scattered writes within what the
// CPU cache holds, where 65,536 buckets (two passes of 16 bits) thrashed it.
const RADIX_BITS = 11;
const RADIX_BUCKETS = 1 << RADIX_BITS;
const RADIX_MASK = RADIX_BUCKETS - 1;

/** The three radix digits' histograms of `hashes[0 .. n)`, in one read. */
function countDigits(hashes: Uint32Array, n: number, counts: Uint32Array): void {
  for (let i = 0; i < n; i++) {
    const h = hashes[i] ?? 0;
    counts[h & RADIX_MASK]!++;
    counts[RADIX_BUCKETS + ((h >>> RADIX_BITS) & RADIX_MASK)]!++;
    counts[2 * RADIX_BUCKETS + (h >>> (2 * RADIX_BITS))]!++;
  }
}

/** One stable pass of the radix sort: the pairs by their `pass`-th digit, from src to dst. */
function scatter(srcH: Uint32Array, srcI: Uint32Array, dstH: Uint32Array, dstI: Uint32Array, n: number, counts: Uint32Array, pass: number): void {
  const base = pass * RADIX_BUCKETS;
  const shift = pass * RADIX_BITS;
  // Counts to starting positions.
  let sum = 0;
  for (let b = base; b < base + RADIX_BUCKETS; b++) {
    const c = counts[b] ?? 0;
    counts[b] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const h = srcH[i] ?? 0;
    const at = counts[base + ((h >>> shift) & RADIX_MASK)]!++;
    dstH[at] = h;
    dstI[at] = srcI[i] ?? 0;
  }
}

/** How many distinct values the sorted `hashes[0 .. n)` hold. */
function countDistinct(hashes: Uint32Array, n: number): number {
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) distinct++;
  return distinct;
}

/** Each distinct hash of the sorted `hashes[0 .. n)` beside where it starts; returns their count. */
function fillEntries(hashes: Uint32Array, n: number, entries: Uint32Array): number {
  let k = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) {
      k++;
      entries[2 * k] = hashes[i] ?? 0;
      entries[2 * k + 1] = i;
    }
  }
  entries[2 * (k + 1) + 1] = n;
  return k + 1;
}

/** The direct-address table: where the run of hashes with each value of the top bits starts. */
function fillStarts(entries: Uint32Array, distinct: number, shift: number, starts: Uint32Array): void {
  let k = 0;
  for (let b = 0; b < starts.length; b++) {
    while (k < distinct && (entries[2 * k] ?? 0) >>> shift < b) k++;
    starts[b] = k;
  }
}

