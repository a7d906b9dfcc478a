import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PostingIndex } from "./PostingIndex.js";

describe("PostingIndex", () => {
  it("finds, for every key hash, exactly the ids given with it, in ascending order", () => {
    // Few distinct hashes (so postings have several ids), some sharing their low or high bits.
    const hash = fc.constantFrom(0, 1, 2, 0xffffffff, 0x80000000, 0x00010000, 0x12345678, 0x9e3779b1, 7 << 16, 7);
    fc.assert(fc.property(fc.array(hash, { maxLength: 200 }), (hashes) => {
      const index = PostingIndex.build(Uint32Array.from(hashes), Uint32Array.from(hashes.map((_, i) => i)));
      const expected = new Map<number, number[]>();
      hashes.forEach((h, i) => expected.set(h, [...(expected.get(h) ?? []), i]));
      for (const [h, ids] of expected) expect([...index.lookup(h)]).toEqual(ids);
      for (const h of [3, 0x7fffffff, 0xdeadbeef]) expect(index.lookup(h).length).toBe(0);
    }));
  });

  it("sorts arbitrary 32-bit hashes (every radix digit in play), stably, and two builds may share one scratch", () => {
    const hash = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0, 0x7ff, 0x800, 0x3fffff, 0x400000, 0xffc00000, 0xffffffff));
    fc.assert(fc.property(fc.array(hash, { maxLength: 300 }), fc.array(hash, { maxLength: 300 }), (a, b) => {
      const scratch = { hashes: new Uint32Array(300), ids: new Uint32Array(300) };
      const first = PostingIndex.build(Uint32Array.from(a), Uint32Array.from(a.keys()), scratch);
      const second = PostingIndex.build(Uint32Array.from(b), Uint32Array.from(b.keys()), scratch);
      for (const [hashes, index] of [[a, first], [b, second]] as const) {
        const expected = new Map<number, number[]>();
        hashes.forEach((h, i) => expected.set(h, [...(expected.get(h) ?? []), i]));
        expect([...index.hashes]).toEqual([...expected.keys()].sort((x, y) => x - y));
        for (const [h, ids] of expected) expect([...index.lookup(h)]).toEqual(ids);
      }
    }), { numRuns: 300 });
  });

  it("answers for an empty index and for tables with many colliding slots", () => {
    expect(PostingIndex.build(new Uint32Array(0), new Uint32Array(0)).lookup(42).length).toBe(0);
    // 5,000 hashes that differ only in their low bits crowd the same region of the table.
    const hashes = Uint32Array.from({ length: 5000 }, (_, i) => i * 0x10000);
    const index = PostingIndex.build(hashes, Uint32Array.from(hashes.keys()));
    for (let i = 0; i < 5000; i += 97) expect([...index.lookup(i * 0x10000)]).toEqual([i]);
    expect(index.lookup(5000 * 0x10000).length).toBe(0);
  });

  it("keeps the ids array as its own, sorted by hash; a shared scratch gives the same index", () => {
    const hashes = Uint32Array.from([5, 3, 5, 0xffffffff, 3]);
    const ids = Uint32Array.from([0, 1, 2, 3, 4]);
    const scratch = { hashes: new Uint32Array(8), ids: new Uint32Array(8) };
    const index = PostingIndex.build(hashes, ids, scratch);
    expect(index.ids).toBe(ids);
    expect([...ids]).toEqual([1, 4, 0, 2, 3]);
    scratch.hashes.fill(9);
    scratch.ids.fill(9);
    expect([[...index.lookup(3)], [...index.lookup(5)], [...index.lookup(0xffffffff)], [...index.lookup(9)]]).toEqual([[1, 4], [0, 2], [3], []]);
    // A scratch of exactly the pairs' length is still only a scratch.
    const exact = { hashes: new Uint32Array(2), ids: new Uint32Array(2) };
    const ids2 = Uint32Array.from([0, 1]);
    const index2 = PostingIndex.build(Uint32Array.from([8, 6]), ids2, exact);
    expect(index2.ids).toBe(ids2);
    exact.ids.fill(9);
    expect([[...index2.lookup(6)], [...index2.lookup(8)]]).toEqual([[1], [0]]);
    // An ids array much longer than its pairs (a growable buffer's) is copied, not kept.
    const roomy = new Uint32Array(100);
    roomy.set([1, 0]);
    const copied = PostingIndex.build(Uint32Array.from([7, 7]), roomy.subarray(0, 2));
    expect(copied.ids.buffer.byteLength).toBe(8);
    expect([...copied.lookup(7)]).toEqual([1, 0]);
  });

  it("find, start and end give the ranges lookup views; fromParts over its hashes and offsets answers the same", () => {
    const hash = fc.constantFrom(0, 1, 2, 0xffffffff, 0x80000000, 0x00010000, 0x12345678, 7 << 16, 7);
    fc.assert(fc.property(fc.array(hash, { maxLength: 100 }), (hashes) => {
      const index = PostingIndex.build(Uint32Array.from(hashes), Uint32Array.from(hashes.map((_, i) => i)));
      const distinct = [...new Set(hashes)].sort((a, b) => a - b);
      expect([...index.hashes]).toEqual(distinct);
      expect(index.offsets.length).toBe(distinct.length + 1);
      expect(index.offsets[distinct.length]).toBe(hashes.length);
      const loaded = PostingIndex.fromParts(index.hashes, index.offsets, index.ids);
      for (const h of [...distinct, 3, 0xdeadbeef]) {
        const k = index.find(h);
        const range = k < 0 ? [] : [...index.ids.subarray(index.start(k), index.end(k))];
        expect(range).toEqual([...index.lookup(h)]);
        expect(k < 0).toBe(!distinct.includes(h));
        expect([...loaded.lookup(h)]).toEqual(range);
      }
    }));
  });
});
