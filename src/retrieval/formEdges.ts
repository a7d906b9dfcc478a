/**
 * A space-free form's first two and last two characters, packed in a number (the low byte of
 * each, in that order, one per byte): two forms that `compactFormsClose` can match share their
 * first two or their last two characters, so their edges agree in the low or the high half
 * (`formsCanMatch`). Low bytes only: forms that share a character share its low byte, so the test
 * never turns away a pair `compactFormsClose` would match; it may let through more.
 *
 * @example
 * ```ts
 * formEdges("chongchongang") === formEdges("chongchongan") //=> false (the last two differ)
 * formsCanMatch(13, 12, formEdges("chongchongang"), formEdges("chongchongan")) //=> true (the first two agree)
 * ```
 */
export function formEdges(form: string): number {
  const n = form.length;
  if (n < 2) return 0;
  return ((form.charCodeAt(0) & 0xff) | ((form.charCodeAt(1) & 0xff) << 8) | ((form.charCodeAt(n - 2) & 0xff) << 16) | ((form.charCodeAt(n - 1) & 0xff) << 24)) >>> 0;
}

/**
 * Whether two space-free forms, of lengths `a` and `b` (`b` = 255 standing for 255 or more)
 * and with these `formEdges`, can be close in `compactFormsClose`: five letters or more,
 * lengths at most one apart, the same first two or last two characters. A quick test on what
 * the candidate index keeps per name, before reading the name.
 *
 * @example
 * ```ts
 * formsCanMatch(9, 9, formEdges("kimjongun"), formEdges("kimjongil")) //=> true (k, i)
 * formsCanMatch(9, 9, formEdges("kimjongun"), formEdges("rijongsop")) //=> false (neither end: ki / ri, un / op)
 * ```
 */
export function formsCanMatch(a: number, b: number, edgesA: number, edgesB: number): boolean {
  if (b !== 255 && (Math.min(a, b) < 5 || Math.abs(a - b) > 1)) return false;
  const differ = edgesA ^ edgesB;
  return (differ & 0xffff) === 0 || differ >>> 16 === 0;
}

/**
 * A space-free form's character counts in eight classes (by character code, modulo 8), four bits
 * each (modulo 16): one edit changes at most two counts by one (a substitution: one down, one
 * up; an insertion or a deletion: one; a swap: none), so two forms one edit apart are at most 2
 * apart in `countsApart`. Forms with the same characters in any order (a person's name read from
 * any of its words, see `rotations`) have the same counts.
 *
 * @example
 * ```ts
 * countsApart(formCounts("mariagarcialopez"), formCounts("mariagarcialopes")) //=> 2 (z → s)
 * countsApart(formCounts("kimjongun"), formCounts("jongunkim")) //=> 0
 * ```
 */
export function formCounts(form: string): number {
  let counts = 0;
  for (let i = 0; i < form.length; i++) {
    const shift = (form.charCodeAt(i) & 7) << 2;
    const n = (counts >>> shift) & 15;
    counts = (counts & ~(15 << shift)) | (((n + 1) & 15) << shift);
  }
  return counts >>> 0;
}

/**
 * How far apart two `formCounts` are: the sum over the classes of how many characters one has
 * more or fewer than the other (counted modulo 16 both ways: never more than the true
 * difference, so that a test `countsApart(a, b) > k` never turns away forms within k).
 */
export function countsApart(a: number, b: number): number {
  let apart = 0;
  for (let shift = 0; shift < 32; shift += 4) {
    const d = (((a >>> shift) & 15) - ((b >>> shift) & 15)) & 15;
    apart += d > 8 ? 16 - d : d;
  }
  return apart;
}
