import type { AnalyzedName, NameKind } from "../names/index.js";
import { hashKeyParts } from "./hashKey.js";
import { forEachIndexedWord, forInitialKey, forWordsOfInitial, isNeighbourhoodKey, wholeNameKeys, wordKeys } from "./nameKeys.js";
import { CHEAP_SUBSTITUTION, editBudget } from "../distance/index.js";
import { rotations } from "../match/rotations.js";
import { includesSorted, letterBit, lettersOf, popcount } from "./bits.js";
import { compactFormsClose } from "./compactFormsClose.js";
import { countsApart, formCounts, formEdges, formsCanMatch } from "./formEdges.js";
import { PairBuffer, groupBy } from "./PairBuffer.js";
import { PostingIndex } from "./PostingIndex.js";
import { ScoreBound } from "./ScoreBound.js";

// Bits of a candidate's mask: the query words it holds a pairable word for (the first 30), and
// whether it shares the whole name or a Korean given name (STRONG) or the space-free key (COMPACT).
const WORD_BITS = 30;
const COMPACT = 1 << 30;
const STRONG = 0x80000000;
const C_KEY = 0x63;
const K_KEY = 0x6b;
const KINDS: readonly NameKind[] = ["person", "organization", "vessel", "aircraft"];
const KIND_BITS = 0x3;
const KOREAN_BIT = 0x4;
const HAS_LIGHT = 0x8;
const HAS_INITIALS = 0x10;
const MAX_COUNT = 15;
// Words of `marks` per name (see the field).
const STRIDE = 8;

/** The typed arrays of a `CandidateIndex`, to store and load it (`CandidateIndex.fromParts`). */
export interface CandidateIndexParts {
  /** Whole-name keys (`n:`, `g:`, `c:`, `k:`) → name ids. */
  readonly nameKeyHashes: Uint32Array;
  readonly nameKeyOffsets: Uint32Array;
  readonly nameKeyIds: Uint32Array;
  /** The vocabulary: every word of the names, once. */
  readonly words: readonly string[];
  /** Word keys (`t:`, `r:`, `e:`, `d:`, `s:`, `a:`) → word ids. */
  readonly wordKeyHashes: Uint32Array;
  readonly wordKeyOffsets: Uint32Array;
  readonly wordKeyIds: Uint32Array;
  /**
   * Word id → the names where it is a keyed word, in three ascending ranges:
   * `keyedIds[keyedOffsets[3w + s] .. keyedOffsets[3w + s + 1])` for the names without light
   * words (s = 0), with light words but no initials (1), with initials (2).
   */
  readonly keyedOffsets: Uint32Array;
  readonly keyedIds: Uint32Array;
  /** Word id → the names where it is a light word: `lightIds[lightOffsets[w] .. lightOffsets[w + 1])`, ascending. */
  readonly lightOffsets: Uint32Array;
  readonly lightIds: Uint32Array;
}

/**
 * Whether a listed word met through a neighbourhood key (`d:`, `s:`, `a:`: deletions of the word
 * or its skeleton, sorted letters) is close enough to the query word to pair with it in a
 * comparison: edits within the edit budget (`editBudget`), or two swapped letters. Words met
 * through an equivalence key pair anyway. The index tests length and letters first, so the
 * filter must not admit pairs beyond the edit budget.
 */
export type WordFilter = (queryWord: string, listedWord: string) => boolean;

/** The postings of one query word: the names holding a listed word that can pair with it. */
interface QueryWord {
  readonly bit: number;
  /** The bit of its first letter (see `letterBit`). */
  readonly letter: number;
  /**
   * Where such a word is keyed, by kind of name (without light words, with light words but no
   * initials, with initials): ranges [start, end) of `keyedIds`, flat. Ranges, not subarrays:
   * a common word has hundreds of neighbours, and a view object each would cost more than the walk.
   */
  readonly keyed: [number[], number[], number[]];
  readonly totals: [number, number, number];
  /** Where such a word of two letters or more is light: ranges of `lightIds`, flat. */
  readonly light: number[];
}

/**
 * The candidate index of a list of analysed names: which names are worth scoring for a query.
 *
 * Contract: `candidates(q, minScore, kinds)` returns, in no particular order, names of the given
 * kinds (the query's by default), among them every name whose score against the query (`compareNames`) can reach
 * `minScore`: those sharing a whole-name key with it (`n:`, `g:`; `c:`, `k:` when the space-free
 * forms are close enough in length), and those whose words that can pair with the query's
 * distinctive words (`wordsCanPair`) let `ScoreBound` reach `minScore`. Nothing is skipped for
 * speed.
 *
 * Words are stored once (a vocabulary): their keys point to words, and each word to the names
 * holding it, as a keyed word or as a light one (particles, titles, initials, generic words). A
 * query word's neighbours are found word by word through the keys, checked with the
 * `WordFilter` (so that a key shared by chance walks nothing), and each is walked once however
 * many keys it shares with the query word (Mohammad / Mohammed share most).
 *
 * @example
 * ```ts
 * const names = ["Ri Hong Sop", "Kim Chol"].map((n) => analyzeName(n, "person"));
 * CandidateIndex.build(names, wordsWithinEdits).candidates(analyzeName("Lee Hong-sup", "person"), 0.6) //=> [0]
 * ```
 */
export class CandidateIndex {
  private readonly names: readonly AnalyzedName[];
  private readonly nameKeys: PostingIndex;
  private readonly words: readonly string[];
  private readonly wordKeys: PostingIndex;
  private readonly keyedOffsets: Uint32Array;
  private readonly keyedIds: Uint32Array;
  private readonly lightOffsets: Uint32Array;
  private readonly lightIds: Uint32Array;
  private readonly filter: WordFilter;
  // Query word → the listed words that can pair with it: the same words recur across queries
  // (Mohammad, Maria, Trading), and finding and checking their neighbours is most of a lookup.
  // Two generations: when the young one is full it becomes the old one, and what is used again
  // moves back, so that the words in use survive.
  private neighbours = new Map<string, Uint32Array>();
  private oldNeighbours = new Map<string, Uint32Array>();

  // The first letters of each name's keyed words (bit 0 = a … bit 25 = z, bit 26 any other).
  private readonly letters: Uint32Array;
  // The one-letter words of the vocabulary (built on first use).
  private oneLetterWords: number[] | undefined;
  // Per name, side by side (32 bytes, in one cache line): [8·id] the query that last touched it,
  // [8·id + 1] its place in that query's touched names (see `hits`), [8·id + 2] the letters of
  // its initials (its one-letter light words), [8·id + 3] its traits (low byte: kind, reads as
  // Korean, has light words, has initials) and distinctive word counts (next byte: distinct words
  // in the low 4 bits, all in the high 4, 15 standing for fifteen or more), [8·id + 4] the
  // lengths of its space-free forms (distinctive words, with particles, all words: a byte each,
  // 255 for 255 or more), [8·id + 5 .. 7] those forms' `formEdges` (for a person, [8·id + 5]
  // holds the `formCounts` of its space-free form): a name brought in by a space-free key is
  // mostly turned away on these, without reading the name.
  private readonly marks: Uint32Array;
  private stamp = 0;
  // The names a query touches, in the order touched, 16 bytes each: [4p] which of the query's
  // words the p-th holds a keyed pairable word for (and STRONG, COMPACT), [4p + 1] which it holds
  // a light pairable word for, [4p + 2] its traits and counts, [4p + 3] its initials (copied from
  // `marks` when first touched, while its line is in the cache). The walks and probes reach
  // names in posting order, scattered over `marks`; the pass that weighs the touched names then
  // reads them here in a row, not from `marks` again, whose lines the walks have pushed out of
  // the cache by then on a large list. It grows with the most names a query has touched.
  private hits: Uint32Array;
  // Per word of the vocabulary, side by side (built on first use): [2w] the query word that last
  // reached it (a word reached by several keys is walked once), [2w + 1] its letters (see
  // `lettersOf`) and length (see `describeWords`).
  private wordInfo: Uint32Array | undefined;
  private wordStamp = 0;
  // Keys looked up together (see `findAll`): their hashes, a tag each (for a query word's keys,
  // whether it is a neighbourhood key (1) or an equivalence (0); for a query's whole-name keys,
  // the bit it sets), and where their postings are. Reused from lookup to lookup.
  private readonly keyHashes: number[] = [];
  private readonly keyTags: number[] = [];
  private readonly keyAt: number[] = [];
  // Whether a name without light words, on whose keyed words no lighter query word pairs, can
  // reach the bound: it depends only on its heavy pairs and word counts (index heavy · 256 +
  // counts), memoised per query: the query's stamp times two, plus 1 when it can.
  private readonly bounds = new Uint32Array(32 * 256);
  private boundStamp = 0;

  private constructor(names: readonly AnalyzedName[], parts: Body, filter: WordFilter, perName: PerName = describeNames(names)) {
    this.names = names;
    this.words = parts.words;
    this.filter = filter;
    this.nameKeys = parts.nameKeys;
    this.wordKeys = parts.wordKeys;
    this.keyedOffsets = parts.keyedOffsets;
    this.keyedIds = parts.keyedIds;
    this.lightOffsets = parts.lightOffsets;
    this.lightIds = parts.lightIds;
    this.letters = perName.letters;
    this.marks = perName.marks;
    this.hits = new Uint32Array(4 * Math.min(names.length, 1024));
  }

  /** Indexes analysed names; name ids are positions in `names`. */
  static build(names: readonly AnalyzedName[], filter: WordFilter): CandidateIndex {
    const words = new Map<string, number>();
    const wordText: string[] = [];
    // (3·word + the name's segment, name) for keyed words; (word, name) for light ones.
    // Sized for what names have (measured on UN + OFAC and on a million synthetic names: 2.5
    // keyed words, 0.3 to 0.5 light ones and 10 to 11 whole-name keys per name; 40 to 90 keys
    // per word): each time a buffer grows, its old arrays add to what brings on V8's next full
    // collection (see `PostingIndex.build`).
    const keyed = new PairBuffer(names.length * 3);
    const light = new PairBuffer(names.length);
    const byNameKey = new PairBuffer(names.length * 12);
    const wordId = (t: string) => {
      let w = words.get(t);
      if (w === undefined) {
        w = wordText.length;
        words.set(t, w);
        wordText.push(t);
      }
      return w;
    };
    // One pass over the names' words gives both the postings and what the index keeps per name.
    // A name's keyed words are posted once its segment (from its light words) is known.
    const found: number[] = [];
    const perName = describeNames(
      names,
      (_id, t, isKeyed) => found.push(wordId(t), isKeyed ? 1 : 0),
      (id, traits) => {
        const segment = traits & HAS_INITIALS ? 2 : traits & HAS_LIGHT ? 1 : 0;
        for (let k = 0; k < found.length; k += 2) {
          const w = found[k] ?? 0;
          if (found[k + 1] === 1) keyed.push(3 * w + segment, id);
          else light.push(w, id);
        }
        found.length = 0;
        wholeNameKeys(names[id] as AnalyzedName, (prefix, text, skip, _token, skip2) => byNameKey.push(hashKeyParts(prefix, text, skip, skip2), id));
      },
    );
    const [keyedOffsets, keyedIds] = groupBy(keyed, 3 * wordText.length);
    const [lightOffsets, lightIds] = groupBy(light, wordText.length);
    const byWordKey = new PairBuffer(wordText.length * 96);
    for (let w = 0; w < wordText.length; w++) {
      const sink = (prefix: number, text: string, skip: number, _token: number, skip2: number) => byWordKey.push(hashKeyParts(prefix, text, skip, skip2), w);
      const t = wordText[w] ?? "";
      wordKeys(t, 0, sink);
      if (t.length >= 2) forWordsOfInitial(t, sink, 0);
    }
    const most = Math.max(byNameKey.length, byWordKey.length);
    const scratch = { hashes: new Uint32Array(most), ids: new Uint32Array(most) };
    const nameKeys = PostingIndex.build(byNameKey.a.subarray(0, byNameKey.length), byNameKey.b.subarray(0, byNameKey.length), scratch);
    const wordKeyIndex = PostingIndex.build(byWordKey.a.subarray(0, byWordKey.length), byWordKey.b.subarray(0, byWordKey.length), scratch);
    return new CandidateIndex(
      names,
      {
        words: wordText,
        nameKeys,
        wordKeys: wordKeyIndex,
        keyedOffsets,
        keyedIds,
        lightOffsets,
        lightIds,
      },
      filter,
      perName,
    );
  }

  /** Loads an index stored with `parts()`, for the same analysed names and word filter. */
  static fromParts(names: readonly AnalyzedName[], parts: CandidateIndexParts, filter: WordFilter): CandidateIndex {
    return new CandidateIndex(
      names,
      {
        words: parts.words,
        nameKeys: PostingIndex.fromParts(parts.nameKeyHashes, parts.nameKeyOffsets, parts.nameKeyIds),
        wordKeys: PostingIndex.fromParts(parts.wordKeyHashes, parts.wordKeyOffsets, parts.wordKeyIds),
        keyedOffsets: parts.keyedOffsets,
        keyedIds: parts.keyedIds,
        lightOffsets: parts.lightOffsets,
        lightIds: parts.lightIds,
      },
      filter,
    );
  }

  /** The typed arrays of this index (views, except the key hashes and offsets: copies). */
  parts(): CandidateIndexParts {
    return {
      words: this.words,
      nameKeyHashes: this.nameKeys.hashes,
      nameKeyOffsets: this.nameKeys.offsets,
      nameKeyIds: this.nameKeys.ids,
      wordKeyHashes: this.wordKeys.hashes,
      wordKeyOffsets: this.wordKeys.offsets,
      wordKeyIds: this.wordKeys.ids,
      keyedOffsets: this.keyedOffsets,
      keyedIds: this.keyedIds,
      lightOffsets: this.lightOffsets,
      lightIds: this.lightIds,
    };
  }

  /**
   * Ids of the names worth scoring for `q` (see the class contract), among the names of `kinds`.
   * Organisation, vessel and aircraft names are analysed alike (only persons differ), so one
   * non-person query serves all three kinds at once.
   */
  candidates(q: AnalyzedName, minScore: number, kinds: readonly NameKind[] = [q.kind]): number[] {
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      for (let i = 0; i < this.marks.length; i += STRIDE) this.marks[i] = 0;
      this.stamp = 1;
    }
    // One bit per distinct distinctive word (at its first position), with how often it repeats.
    let distinctiveMask = 0;
    let repeatMask = 0;
    const repeats = new Map<number, number>();
    const firstAt = new Map<string, number>();
    for (let i = 0; i < q.tokens.length && i < WORD_BITS; i++) {
      if ((q.weights[i] ?? 0) < 1) continue;
      const t = q.tokens[i] ?? "";
      const at = firstAt.get(t);
      if (at === undefined) {
        firstAt.set(t, i);
        distinctiveMask |= 1 << i;
      } else {
        repeatMask |= 1 << at;
        repeats.set(1 << at, (repeats.get(1 << at) ?? 0) + 1);
      }
    }
    const person = q.kind === "person";
    const words: QueryWord[] = [];
    const lookUp = (t: string, i: number) => {
      const word: QueryWord = { bit: 1 << i, letter: letterBit(t), keyed: [[], [], []], totals: [0, 0, 0], light: [] };
      const ws = this.neighboursOf(t, i, person);
      for (let k = 0; k < ws.length; k++) {
        const w = ws[k] ?? 0;
        for (let segment = 0; segment < 3; segment++) {
          const a = this.keyedOffsets[3 * w + segment] ?? 0;
          const b = this.keyedOffsets[3 * w + segment + 1] ?? 0;
          if (b > a) word.keyed[segment]!.push(a, b);
          word.totals[segment]! += b - a;
        }
        // Initials are not walked word by word: a name's initials are in `marks`.
        const la = this.lightOffsets[w] ?? 0;
        const lb = this.lightOffsets[w + 1] ?? 0;
        if (lb > la && (this.words[w]?.length ?? 0) >= 2) word.light.push(la, lb);
      }
      words.push(word);
    };
    for (const [t, i] of firstAt) lookUp(t, i);
    // Then the lighter words (particles, generic words): they may pair with a name's distinctive
    // words, which the bound must know. A lighter initial stands for too many words to look up:
    // it counts as paired with a name that has a keyed word of its letter (unless the query has
    // nothing but lighter words: then every word is looked up).
    const heavyWords = words.slice();
    const seen = new Set<string>();
    let queryInitials = 0;
    let unknownLighter = 0;
    q.tokens.forEach((t, i) => {
      if ((q.weights[i] ?? 1) >= 1) return;
      if (i >= WORD_BITS || seen.has(t)) unknownLighter++;
      else if (t.length < 2 && distinctiveMask !== 0) queryInitials |= letterBit(t);
      else {
        seen.add(t);
        lookUp(t, i);
      }
    });
    const lighterWords = words.slice(heavyWords.length);
    const lighterMask = lighterWords.reduce((m, w) => m | w.bit, 0);
    // Each looked-up lighter word's weight, by bit, and the weight of those not looked up.
    const lighterWeights = lighterWords.map((w) => q.weights[31 - Math.clz32(w.bit)] ?? 0);
    const unknownWeight = q.tokens.reduce((sum, _, i) => sum + ((q.weights[i] ?? 1) < 1 && !(lighterMask & (1 << i)) ? (q.weights[i] ?? 0) : 0), 0);
    const bound = new ScoreBound(q, minScore, lighterWords.length, [...repeats.values()].reduce((a, b) => a + b, 0));
    // Words past the 30th have no bit and are not looked up: such a query (rare: names are
    // capped at 500 characters) is not bounded beyond one shared word.
    const exact = q.tokens.length <= WORD_BITS;

    const touched: number[] = [];
    // The whole-name keys' hashes, then where their postings are, then the walks (see `neighboursOf`).
    const hashes = this.keyHashes;
    const bits = this.keyTags;
    hashes.length = 0;
    bits.length = 0;
    wholeNameKeys(q, (prefix, text, skip, _token, skip2) => {
      hashes.push(hashKeyParts(prefix, text, skip, skip2));
      bits.push(prefix === C_KEY || prefix === K_KEY ? COMPACT : STRONG);
    }, true);
    const nameKeys = this.nameKeys;
    const at = this.findAll(nameKeys);
    for (let j = 0; j < at.length; j++) {
      const a = at[j] ?? -1;
      if (a >= 0) this.walk(nameKeys.ids, nameKeys.start(a), nameKeys.end(a), bits[j] ?? 0, 1, touched);
    }
    // A name needs `needed` of the query's distinctive words paired with its keyed words, so only
    // the K − needed + 1 words with the shortest postings can bring it in (pigeonhole); the others
    // only add their bit to names already brought in (probed, not walked). What a name needs
    // depends on its light words: with none it needs most; with particles only, some query words
    // may pair with them (those with a light neighbour); with initials, any may (John / J.).
    // Names on whose keyed words the query's lighter words pair may need fewer still: those
    // words then bring them in.
    const k = bound.distinctive;
    const withParticles = heavyWords.filter((w) => w.light.length > 0).length;
    const needed: [number, number, number] = exact ? [bound.plain, bound.fewest(withParticles, [1], false), person ? bound.fewest(k, [1], false) : bound.fewest(withParticles, [1], false)] : [1, 1, 1];
    const neededWithLighter: [number, number, number] = exact ? [bound.plainWithLighter, bound.fewest(withParticles, [1], true), person ? bound.fewest(k, [1], true) : bound.fewest(withParticles, [1], true)] : [1, 1, 1];
    const probes: [Uint32Array, number, number, number, 1 | 2][] = [];
    const keyedIds = this.keyedIds;
    const lightIds = this.lightIds;
    for (let segment = 0; segment < 3; segment++) {
      const walked = heavyWords
        .slice()
        .sort((a, b) => (a.totals[segment] ?? 0) - (b.totals[segment] ?? 0))
        .slice(0, Math.max(0, heavyWords.length - (needed[segment] ?? 0) + 1));
      for (const w of heavyWords) {
        const ranges = w.keyed[segment] ?? [];
        const walk = walked.includes(w);
        for (let r = 0; r < ranges.length; r += 2) {
          if (walk) this.walk(keyedIds, ranges[r] ?? 0, ranges[r + 1] ?? 0, w.bit, 1, touched);
          else probes.push([keyedIds, ranges[r] ?? 0, ranges[r + 1] ?? 0, w.bit, 1]);
        }
      }
    }
    const walkLighter = !exact || distinctiveMask === 0 || neededWithLighter.some((n, segment) => n < (needed[segment] ?? 0));
    for (const w of lighterWords) {
      for (const ranges of w.keyed) {
        for (let r = 0; r < ranges.length; r += 2) {
          if (walkLighter) this.walk(keyedIds, ranges[r] ?? 0, ranges[r + 1] ?? 0, w.bit, 1, touched);
          else probes.push([keyedIds, ranges[r] ?? 0, ranges[r + 1] ?? 0, w.bit, 1]);
        }
      }
    }
    // A name may reach the bound through light words alone: they then bring it in. Names with
    // particles through the query words' light neighbours; names with initials through the
    // initials of the query words' first letters.
    const walkParticles = exact && needed[1] === 0;
    for (const w of heavyWords) {
      for (let r = 0; r < w.light.length; r += 2) {
        if (walkParticles || distinctiveMask === 0) this.walk(lightIds, w.light[r] ?? 0, w.light[r + 1] ?? 0, w.bit, 2, touched);
        else probes.push([lightIds, w.light[r] ?? 0, w.light[r + 1] ?? 0, w.bit, 2]);
      }
    }
    if (exact && needed[2] === 0 && person) {
      let letters = 0;
      for (const w of words) letters |= w.letter;
      for (const ids of this.namesWithInitials(letters)) this.walk(ids, 0, ids.length, 0, 2, touched);
    }
    for (const [ids, start, end, bit, slot] of probes) this.probe(ids, start, end, bit, slot, touched);

    const out: number[] = [];
    const korean = q.korean.length > 0;
    let kindMask = 0;
    for (const k of kinds) kindMask |= 1 << KINDS.indexOf(k);
    const forms = q.kind === "person" ? rotations(q.tokens) : [];
    const queryCounts = q.kind === "person" ? formCounts(q.compact) : 0;
    const queryEdges = q.kind === "person" ? forms.map(formEdges) : [formEdges(q.core), formEdges(q.spaced), formEdges(q.compact)];
    const lighterTotal = lighterWeights.reduce((a, b) => a + b, 0);
    // The bound of a name without light words on whose keyed words no lighter word pairs depends
    // on its heavy pairs and word counts only: memoised per query.
    const simple = repeatMask === 0 && unknownLighter === 0 && queryInitials === 0 && exact;
    if (simple) this.nextBoundStamp();
    const bounds = this.bounds;
    const boundStamp = this.boundStamp;
    const hits = this.hits;
    for (let p = 0; p < touched.length; p++) {
      // Most names touched share too little and stop here.
      const id = touched[p] ?? 0;
      const mask = hits[4 * p] ?? 0;
      const heavy = popcount(mask & distinctiveMask);
      const packed = hits[4 * p + 2] ?? 0;
      const traits = packed & 0xff;
      const segment = traits & HAS_INITIALS ? 2 : traits & HAS_LIGHT ? 1 : 0;
      const withLighter = (mask & lighterMask) !== 0 || queryInitials !== 0;
      if (!(mask & (STRONG | COMPACT)) && exact && heavy < (withLighter ? neededWithLighter : needed)[segment]!) continue;
      if (!(kindMask & (1 << (traits & KIND_BITS)))) continue;
      if (mask & STRONG) out.push(id);
      // Two Korean names are compared by reading: without a shared given-name key (one edit
      // apart at most) their given names differ by two edits or more and cannot match.
      else if (korean && traits & KOREAN_BIT) continue;
      else if (mask & COMPACT && this.compactCanMatch(q, forms, queryEdges, queryCounts, id) && this.compactClose(q, forms, id)) out.push(id);
      else if (!exact) out.push(id);
      else if (heavy < (withLighter ? neededWithLighter : needed)[segment]!) continue;
      else {
        const counts = packed >>> 8;
        if (simple && segment === 0 && !withLighter) {
          const at = heavy * 256 + counts;
          let reaches = bounds[at] ?? 0;
          if (reaches >>> 1 !== boundStamp) {
            const all = counts >>> 4;
            const pairs = all > 0 && all < MAX_COUNT ? Math.min(heavy, all) : heavy;
            reaches = (boundStamp << 1) | (bound.canReach({ heavy, pairs, light: 0, lighterOnKeyed: 0, lighterPaired: unknownWeight, lighterUnpaired: lighterTotal, kc: counts & 0xf }) ? 1 : 0);
            bounds[at] = reaches;
          }
          if (reaches & 1) out.push(id);
          continue;
        }
        const lightMask = (hits[4 * p + 1] ?? 0) & ~mask & distinctiveMask;
        let light = popcount(lightMask);
        // Query words (of a person's name) that an initial of the name may stand for.
        const initials = person && segment === 2 ? (hits[4 * p + 3] ?? 0) : 0;
        if (initials !== 0) for (const w of heavyWords) if (!((mask | lightMask) & w.bit) && initials & w.letter) light++;
        let pairs = heavy;
        for (let r = mask & repeatMask; r !== 0; r &= r - 1) pairs += repeats.get(r & -r) ?? 0;
        // A name's keyed words are its distinctive ones (when it has some): no more pairs than those.
        if (counts >>> 4 > 0 && counts >>> 4 < MAX_COUNT) pairs = Math.min(pairs, counts >>> 4);
        const lighterOnKeyed = popcount(mask & lighterMask) + (queryInitials !== 0 ? popcount(queryInitials & (this.letters[id] ?? 0)) : 0) + unknownLighter;
        // The query's lighter words pair with the name's keyed words (known) or its light words
        // (not looked up: assumed, when it has some).
        let lighterPaired = unknownWeight;
        let lighterUnpaired = 0;
        for (let k = 0; k < lighterWords.length; k++) {
          if (segment !== 0 || mask & (lighterWords[k]?.bit ?? 0)) lighterPaired += lighterWeights[k] ?? 0;
          else lighterUnpaired += lighterWeights[k] ?? 0;
        }
        if (bound.canReach({ heavy, pairs, light, lighterOnKeyed, lighterPaired, lighterUnpaired, kc: counts & 0xf })) out.push(id);
      }
    }
    return out;
  }

  /** The light postings of the one-letter words (initials) of the given letters. */
  private namesWithInitials(letters: number): Uint32Array[] {
    this.oneLetterWords ??= this.words.flatMap((word, w) => (word.length === 1 ? [w] : []));
    return this.oneLetterWords.filter((w) => letters & letterBit(this.words[w] ?? "")).map((w) => this.lightIds.subarray(this.lightOffsets[w] ?? 0, this.lightOffsets[w + 1] ?? 0));
  }

  /** Marks the names of `ids[start .. end)` as touched and sets `bit` in their mask `slot` (1: keyed, 2: light) in `hits`. */
  private walk(ids: Uint32Array, start: number, end: number, bit: number, slot: 1 | 2, touched: number[]): void {
    const marks = this.marks;
    let hits = this.hits;
    const stamp = this.stamp;
    for (let i = start; i < end; i++) {
      const id = ids[i] ?? 0;
      const at = STRIDE * id;
      let p: number;
      if (marks[at] !== stamp) {
        p = touched.length;
        touched.push(id);
        if (4 * p >= hits.length) {
          const grown = new Uint32Array(Math.min(2 * hits.length, 4 * this.names.length));
          grown.set(hits);
          this.hits = hits = grown;
        }
        marks[at] = stamp;
        marks[at + 1] = p;
        hits[4 * p] = 0;
        hits[4 * p + 1] = 0;
        hits[4 * p + 2] = marks[at + 3] ?? 0;
        hits[4 * p + 3] = marks[at + 2] ?? 0;
      } else p = marks[at + 1] ?? 0;
      hits[4 * p + slot - 1]! |= bit;
    }
  }

  /** Sets `bit` in mask `slot` (see `walk`) of the names of `ids[start .. end)` already touched. */
  private probe(ids: Uint32Array, start: number, end: number, bit: number, slot: 1 | 2, touched: readonly number[]): void {
    const marks = this.marks;
    const hits = this.hits;
    if (touched.length * (31 - Math.clz32(end - start) + 2) < end - start) {
      // Postings hold ids in ascending order: look each touched name up.
      for (let p = 0; p < touched.length; p++) if (includesSorted(ids, start, end, touched[p] ?? 0)) hits[4 * p + slot - 1]! |= bit;
    } else {
      for (let i = start; i < end; i++) {
        const at = STRIDE * (ids[i] ?? 0);
        if (marks[at] === this.stamp) hits[4 * (marks[at + 1] ?? 0) + slot - 1]! |= bit;
      }
    }
  }

  /**
   * Whether a name sharing the query's space-free key can match it in the space-free comparison
   * of `compareNames` (`compactFormsClose`), from what `marks` holds of its forms (distinctive
   * words, with particles, or all words; all words for persons): a pair of forms of five letters
   * or more, differing in length by one at most (a letter more is a whole edit, and 1.3 the most
   * allowed), whose `formEdges` share their first or last two letters, and, for persons (one
   * edit at most), whose `formCounts` are two apart at most. `queryEdges` are the edges of the
   * query's forms: its rotations for a person; its distinctive words, with particles, and all
   * words otherwise; `queryCounts` the counts of a person's space-free form.
   */
  private compactCanMatch(q: AnalyzedName, forms: readonly string[], queryEdges: readonly number[], queryCounts: number, id: number): boolean {
    const at = STRIDE * id;
    const lengths = this.marks[at + 4] ?? 0;
    const core = lengths & 0xff;
    if (q.kind === "person") {
      // A person's forms match at one edit at most (see `compactFormsClose`).
      if (countsApart(queryCounts, this.marks[at + 5] ?? 0) > 2) return false;
      const length = (lengths >>> 16) & 0xff;
      const e = this.marks[at + 7] ?? 0;
      for (let k = 0; k < forms.length; k++) if (formsCanMatch(forms[k]?.length ?? 0, length, queryEdges[k] ?? 0, e)) return true;
      return false;
    }
    if (q.core !== "" && core > 0) return formsCanMatch(q.core.length, core, queryEdges[0] ?? 0, this.marks[at + 5] ?? 0) || formsCanMatch(q.spaced.length, (lengths >>> 8) & 0xff, queryEdges[1] ?? 0, this.marks[at + 6] ?? 0);
    return formsCanMatch(q.compact.length, (lengths >>> 16) & 0xff, queryEdges[2] ?? 0, this.marks[at + 7] ?? 0);
  }

  /**
   * Whether the space-free comparison of `compareNames` can match the query and this name: a
   * pair of their forms of five letters or more, within the edit budget in length, sharing their
   * first or last two letters, whose edit cost is at most half the budget (at least a look-alike
   * letter; one edit for persons).
   */
  private compactClose(q: AnalyzedName, forms: readonly string[], id: number): boolean {
    const c = this.names[id];
    if (c === undefined) return false;
    if (q.kind === "person") {
      for (const r of forms) if (compactFormsClose(r, c.compact, true)) return true;
      return false;
    }
    if (q.core !== "" && c.core !== "") return compactFormsClose(q.core, c.core, false) || compactFormsClose(q.spaced, c.spaced, false);
    return compactFormsClose(q.compact, c.compact, false);
  }

  /**
   * The listed words that share an equivalence key with `t`, or a neighbourhood key and pass the
   * word filter; for persons also the initial of `t`.
   */
  private neighboursOf(t: string, i: number, person: boolean): Uint32Array {
    const cacheKey = person ? t : `\u0000${t}`;
    const cached = this.neighbours.get(cacheKey);
    if (cached !== undefined) return cached;
    const old = this.oldNeighbours.get(cacheKey);
    if (old !== undefined) {
      this.remember(cacheKey, old);
      return old;
    }
    // Three steps, each over all of the word's keys: their hashes, where their postings are, and
    // the words those hold. Apart, the cache misses of one step's lookups overlap (they do not
    // wait on each other), where one key at a time waits on each in turn.
    const hashes = this.keyHashes;
    const kinds = this.keyTags;
    hashes.length = 0;
    kinds.length = 0;
    const collect = (prefix: number, text: string, skip: number, _token: number, skip2: number) => {
      hashes.push(hashKeyParts(prefix, text, skip, skip2));
      kinds.push(isNeighbourhoodKey(prefix) ? 1 : 0);
    };
    wordKeys(t, i, collect);
    // In a person's name an initial and a word it may stand for pair (J. / John).
    if (person && t.length >= 2) forInitialKey(t, collect, i);
    if (person && t.length === 1) forWordsOfInitial(t, collect, i);
    const keys = this.wordKeys;
    const at = this.findAll(keys);
    const info = (this.wordInfo ??= describeWords(this.words));
    const stamp = this.nextWordStamp();
    const letters = lettersOf(t);
    const ws = keys.ids;
    const found: number[] = [];
    for (let j = 0; j < at.length; j++) {
      const a = at[j] ?? -1;
      if (a < 0) continue;
      const neighbourhood = kinds[j] === 1;
      const end = keys.end(a);
      for (let k = keys.start(a); k < end; k++) {
        const w = ws[k] ?? 0;
        if (info[2 * w] === stamp) continue;
        info[2 * w] = stamp;
        if (neighbourhood) {
          // Two words within the edit budget differ in length by the budget at most, and by
          // budget / 0.6 edits at most (the cheapest costs 0.6), each of which adds or removes at
          // most two of the letters a word has: a quick test before the filter's edit distance,
          // on what `wordInfo` holds (without reading the word).
          const described = info[2 * w + 1] ?? 0;
          const length = described >>> 27;
          const budget = editBudget(Math.max(t.length, length));
          if (length < MAX_LENGTH && Math.abs(t.length - length) > budget) continue;
          if (popcount(letters ^ (described & LETTERS)) > 2 * Math.floor(budget / CHEAP_SUBSTITUTION + 1e-9)) continue;
          if (!this.filter(t, this.words[w] ?? "")) continue;
        }
        found.push(w);
      }
    }
    const out = Uint32Array.from(found);
    this.remember(cacheKey, out);
    return out;
  }

  /** Where the postings of each of `keyHashes` are in `postings` (`PostingIndex.find`), in `keyAt`. */
  private findAll(postings: PostingIndex): number[] {
    const hashes = this.keyHashes;
    const at = this.keyAt;
    at.length = 0;
    for (let j = 0; j < hashes.length; j++) at.push(postings.find(hashes[j] ?? 0));
    return at;
  }

  private remember(key: string, words: Uint32Array): void {
    if (this.neighbours.size >= NEIGHBOUR_CACHE) {
      this.oldNeighbours = this.neighbours;
      this.neighbours = new Map();
    }
    this.neighbours.set(key, words);
  }

  private nextBoundStamp(): void {
    this.boundStamp++;
    if (this.boundStamp === 0x7fffffff) {
      this.bounds.fill(0);
      this.boundStamp = 1;
    }
  }

  private nextWordStamp(): number {
    this.wordStamp++;
    if (this.wordStamp === 0xffffffff) {
      if (this.wordInfo) for (let w = 0; w < this.words.length; w++) this.wordInfo[2 * w] = 0;
      this.wordStamp = 1;
    }
    return this.wordStamp;
  }
}

/** What the index is made of, besides its per-name arrays: its parts, with the key postings as `PostingIndex`es. */
interface Body extends Omit<CandidateIndexParts, "nameKeyHashes" | "nameKeyOffsets" | "nameKeyIds" | "wordKeyHashes" | "wordKeyOffsets" | "wordKeyIds"> {
  readonly nameKeys: PostingIndex;
  readonly wordKeys: PostingIndex;
}

// A word's letters in `wordInfo` (bits 0–26, see `lettersOf`), and its length above them (31
// standing for 31 or more).
const LETTERS = (1 << 27) - 1;
const MAX_LENGTH = 31;

/** `wordInfo` of a vocabulary: per word, a stamp (0) and its letters and length. */
function describeWords(words: readonly string[]): Uint32Array {
  const info = new Uint32Array(2 * words.length);
  for (let w = 0; w < words.length; w++) {
    const word = words[w] ?? "";
    info[2 * w + 1] = (lettersOf(word) | (Math.min(MAX_LENGTH, word.length) << 27)) >>> 0;
  }
  return info;
}

/** What the index keeps per name, in typed arrays (see the fields of `CandidateIndex`). */
interface PerName {
  readonly letters: Uint32Array;
  readonly marks: Uint32Array;
}

/**
 * The per-name arrays of the index, from one pass over each name's indexed words. `onWord`
 * also receives each of them, and `onName` each name's traits after its words (the build
 * collects its postings in the same pass).
 */
function describeNames(names: readonly AnalyzedName[], onWord?: (id: number, word: string, keyed: boolean) => void, onName?: (id: number, traits: number) => void): PerName {
  const letters = new Uint32Array(names.length);
  const marks = new Uint32Array(names.length * STRIDE);
  for (let id = 0; id < names.length; id++) {
    const n = names[id] as AnalyzedName;
    let traits = KINDS.indexOf(n.kind) | (n.korean.length > 0 ? KOREAN_BIT : 0);
    let keyedLetters = 0;
    let nameInitials = 0;
    forEachIndexedWord(n, (t, keyed) => {
      onWord?.(id, t, keyed);
      if (keyed) keyedLetters |= letterBit(t);
      else {
        traits |= HAS_LIGHT;
        if (t.length === 1) {
          traits |= HAS_INITIALS;
          nameInitials |= letterBit(t);
        }
      }
    });
    letters[id] = keyedLetters;
    const at = STRIDE * id;
    marks[at + 2] = nameInitials;
    marks[at + 3] = traits | (distinctiveCounts(n) << 8);
    marks[at + 4] = Math.min(255, n.core.length) | (Math.min(255, n.spaced.length) << 8) | (Math.min(255, n.compact.length) << 16);
    // A person's name is compared space-free on all its words only: its counts take the place of
    // its distinctive words' edges.
    marks[at + 5] = n.kind === "person" ? formCounts(n.compact) : formEdges(n.core);
    marks[at + 6] = formEdges(n.spaced);
    marks[at + 7] = formEdges(n.compact);
    onName?.(id, traits);
  }
  return { letters, marks };
}

/** How many distinct words of weight 1 or more a name has (low 4 bits), and how many in all (high 4 bits). */
function distinctiveCounts(n: AnalyzedName): number {
  let distinct = 0;
  let all = 0;
  for (let i = 0; i < n.tokens.length; i++) {
    if ((n.weights[i] ?? 0) < 1) continue;
    all++;
    const t = n.tokens[i];
    let first = true;
    for (let j = 0; j < i && first; j++) if (n.tokens[j] === t && (n.weights[j] ?? 0) >= 1) first = false;
    if (first) distinct++;
  }
  return Math.min(MAX_COUNT, distinct) | (Math.min(MAX_COUNT, all) << 4);
}

const NEIGHBOUR_CACHE = 20_000;
