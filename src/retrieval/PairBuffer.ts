/**
 * Two growable parallel Uint32Arrays, for building postings from (key, id) pairs without an
 * object per pair.
 *
 * @example
 * ```ts
 * const pairs = new PairBuffer(4);
 * pairs.push(7, 0);
 * groupBy(pairs, 8) //=> offsets with group 7 holding id 0
 * ```
 */
export class PairBuffer {
  a: Uint32Array;
  b: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.a = new Uint32Array(Math.max(16, capacity));
    this.b = new Uint32Array(this.a.length);
  }
  push(x: number, y: number): void {
    if (this.length === this.a.length) {
      const a = new Uint32Array(this.length * 2);
      a.set(this.a);
      this.a = a;
      const b = new Uint32Array(this.length * 2);
      b.set(this.b);
      this.b = b;
    }
    this.a[this.length] = x;
    this.b[this.length] = y;
    this.length++;
  }
}

/**
 * Groups (group, id) pairs given in id order into offsets and ids (counting sort; ids ascend
 * within a group): group g's ids are `ids[offsets[g] .. offsets[g + 1])`.
 *
 * @example
 * ```ts
 * const pairs = new PairBuffer(2);
 * pairs.push(1, 0); pairs.push(0, 1);
 * groupBy(pairs, 2) //=> [Uint32Array [0, 1, 2], Uint32Array [1, 0]]
 * ```
 */
export function groupBy(pairs: PairBuffer, groups: number): [Uint32Array, Uint32Array] {
  const offsets = new Uint32Array(groups + 1);
  for (let k = 0; k < pairs.length; k++) offsets[(pairs.a[k] ?? 0) + 1]!++;
  for (let g = 0; g < groups; g++) offsets[g + 1]! += offsets[g]!;
  const fill = offsets.slice(0, groups);
  const ids = new Uint32Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) ids[fill[pairs.a[k] ?? 0]!++] = pairs.b[k] ?? 0;
  return [offsets, ids];
}
