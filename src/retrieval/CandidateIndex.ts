import type { AnalyzedName, NameKind } from "../names/index.js";
import { hashKeyParts } from "./hashKey.js";
import { forEachIndexedWord, forInitialKey, forWordsOfInitial, isNeighbourhoodKey, wholeNameKeys, wordKeys } from "./nameKeys.js";
import { CHEAP_SUBSTITUTION, editBudget, editCost } from "../distance/index.js";
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
const MAX_COUNT = 15;

/** The typed arrays of a `CandidateIndex`, to store and load it (`CandidateIndex.fromParts`). */
export interface CandidateIndexParts {
  /** Whole-name keys (`n:`, `g:`, `c:`) → name ids. */
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
   * Word id → the names where it is a keyed word: `keyedIds[keyedOffsets[2w] .. keyedOffsets[2w + 1])`
   * the names without light words, `[keyedOffsets[2w + 1] .. keyedOffsets[2w + 2])` those with;
   * each range ascending.
   */
  readonly keyedOffsets: Uint32Array;
  readonly keyedIds: Uint32Array;
  /** Word id → the names where it is a light word: `lightIds[lightOffsets[w] .. lightOffsets[w + 1])`, ascending. */
  readonly lightOffsets: Uint32Array;
  readonly lightIds: Uint32Array;
}

/**
 * Whether a listed word met through a neighbourhood key (`d:`, `a:`: one or two deletions, the
 * sorted letters) is close enough to the query word to pair with it in a comparison: edits within
 * the edit budget, or two swapped letters. Words met through an equivalence key pair anyway.
 */
export type WordFilter = (queryWord: string, listedWord: string) => boolean;

/** The postings of one query word: the names holding a listed word that can pair with it. */
interface QueryWord {
  readonly bit: number;
  /** Names without light words where such a word is keyed. */
  readonly plain: Uint32Array[];
  /** Names with light words where such a word is keyed. */
  readonly mixed: Uint32Array[];
  /** Names where such a word is light. */
  readonly light: Uint32Array[];
  plainTotal: number;
  mixedTotal: number;
}

/**
 * The candidate index of a list of analysed names: which names are worth scoring for a query.
 *
 * Contract: `candidates(q, minScore)` returns, in no particular order, names of the query's
 * kind, among them every name whose score against the query (`compareNames`) can reach
 * `minScore`: those sharing a whole-name key with it (`n:`, `g:`; `c:` when the space-free
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
  // Each name's kind and whether it reads as Korean, so that retrieval can tell them without
  // reading the analysis (a cache miss per name in a large list).
  private readonly traits: Uint8Array;
  // How many distinct distinctive words each name has (low 4 bits) and how many distinctive words
  // in all (high 4 bits), 15 standing for fifteen or more, for `ScoreBound`.
  private readonly distinctiveCounts: Uint8Array;
  // The first letters of each name's keyed words (bit 0 = a … bit 25 = z, bit 26 any other).
  private readonly letters: Uint32Array;
  // Each name's space-free forms' lengths (distinctive words, with particles, all words; 255 for
  // 255 or more): two forms whose lengths differ by more than the edit budget cannot match.
  private readonly lengths: Uint8Array;
  // Per name, side by side (one cache line): [3·id] the query that last touched it, [3·id + 1]
  // which of the query's words it holds a keyed pairable word for (and STRONG, COMPACT),
  // [3·id + 2] which it holds a light pairable word for.
  private readonly marks: Uint32Array;
  private stamp = 0;
  // Per word: the query word that last reached it (a word reached by several keys is walked once).
  private readonly wordMarks: Uint32Array;
  private wordStamp = 0;

  private constructor(names: readonly AnalyzedName[], parts: CandidateIndexParts, filter: WordFilter) {
    this.names = names;
    this.words = parts.words;
    this.filter = filter;
    this.nameKeys = new PostingIndex(parts.nameKeyHashes, parts.nameKeyOffsets, parts.nameKeyIds);
    this.wordKeys = new PostingIndex(parts.wordKeyHashes, parts.wordKeyOffsets, parts.wordKeyIds);
    this.keyedOffsets = parts.keyedOffsets;
    this.keyedIds = parts.keyedIds;
    this.lightOffsets = parts.lightOffsets;
    this.lightIds = parts.lightIds;
    this.traits = Uint8Array.from(names, (n) => KINDS.indexOf(n.kind) | (n.korean.length > 0 ? KOREAN_BIT : 0));
    this.distinctiveCounts = Uint8Array.from(names, distinctiveCounts);
    this.letters = Uint32Array.from(names, (n) => {
      let mask = 0;
      forEachIndexedWord(n, (t, keyed) => {
        if (keyed) mask |= letterBit(t);
      });
      return mask;
    });
    this.lengths = new Uint8Array(names.length * 3);
    names.forEach((n, id) => {
      this.lengths[3 * id] = Math.min(255, n.core.length);
      this.lengths[3 * id + 1] = Math.min(255, n.spaced.length);
      this.lengths[3 * id + 2] = Math.min(255, n.compact.length);
    });
    this.marks = new Uint32Array(names.length * 3);
    this.wordMarks = new Uint32Array(this.words.length);
  }

  /** Indexes analysed names; name ids are positions in `names`. */
  static build(names: readonly AnalyzedName[], filter: WordFilter): CandidateIndex {
    const words = new Map<string, number>();
    const wordText: string[] = [];
    // (2·word + 1 if the name has light words, name) for keyed words; (word, name) for light ones.
    const keyed = new PairBuffer(names.length * 3);
    const light = new PairBuffer(names.length);
    const byNameKey = new PairBuffer(names.length * 3);
    const wordId = (t: string) => {
      let w = words.get(t);
      if (w === undefined) {
        w = wordText.length;
        words.set(t, w);
        wordText.push(t);
      }
      return w;
    };
    const found: [number, boolean][] = [];
    for (let id = 0; id < names.length; id++) {
      const name = names[id] as AnalyzedName;
      found.length = 0;
      let mixed = 0;
      forEachIndexedWord(name, (t, isKeyed) => {
        found.push([wordId(t), isKeyed]);
        if (!isKeyed) mixed = 1;
      });
      for (const [w, isKeyed] of found) {
        if (isKeyed) keyed.push(2 * w + mixed, id);
        else light.push(w, id);
      }
      wholeNameKeys(name, (prefix, text, skip) => byNameKey.push(hashKeyParts(prefix, text, skip), id));
    }
    const [keyedOffsets, keyedIds] = groupBy(keyed, 2 * wordText.length);
    const [lightOffsets, lightIds] = groupBy(light, wordText.length);
    const byWordKey = new PairBuffer(wordText.length * 8);
    for (let w = 0; w < wordText.length; w++) {
      const sink = (prefix: number, text: string, skip: number) => byWordKey.push(hashKeyParts(prefix, text, skip), w);
      const t = wordText[w] ?? "";
      wordKeys(t, 0, sink);
      if (t.length >= 2) forWordsOfInitial(t, sink, 0);
    }
    const nameKeys = PostingIndex.build(byNameKey.a.subarray(0, byNameKey.length), byNameKey.b.subarray(0, byNameKey.length));
    const wordKeyIndex = PostingIndex.build(byWordKey.a.subarray(0, byWordKey.length), byWordKey.b.subarray(0, byWordKey.length));
    return new CandidateIndex(
      names,
      {
        words: wordText,
        nameKeyHashes: nameKeys.hashes,
        nameKeyOffsets: nameKeys.offsets,
        nameKeyIds: nameKeys.ids,
        wordKeyHashes: wordKeyIndex.hashes,
        wordKeyOffsets: wordKeyIndex.offsets,
        wordKeyIds: wordKeyIndex.ids,
        keyedOffsets,
        keyedIds,
        lightOffsets,
        lightIds,
      },
      filter,
    );
  }

  /** Loads an index stored with `parts()`, for the same analysed names and word filter. */
  static fromParts(names: readonly AnalyzedName[], parts: CandidateIndexParts, filter: WordFilter): CandidateIndex {
    return new CandidateIndex(names, parts, filter);
  }

  /** The typed arrays of this index (views, not copies). */
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

  /** Ids of the names worth scoring for `q` (see the class contract). */
  candidates(q: AnalyzedName, minScore: number): number[] {
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      for (let i = 0; i < this.marks.length; i += 3) this.marks[i] = 0;
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
      const word: QueryWord = { bit: 1 << i, plain: [], mixed: [], light: [], plainTotal: 0, mixedTotal: 0 };
      const ws = this.neighboursOf(t, i, person);
      for (let k = 0; k < ws.length; k++) {
        const w = ws[k] ?? 0;
        const a = this.keyedOffsets[2 * w] ?? 0;
        const b = this.keyedOffsets[2 * w + 1] ?? 0;
        const c = this.keyedOffsets[2 * w + 2] ?? 0;
        if (b > a) word.plain.push(this.keyedIds.subarray(a, b));
        if (c > b) word.mixed.push(this.keyedIds.subarray(b, c));
        const la = this.lightOffsets[w] ?? 0;
        const lb = this.lightOffsets[w + 1] ?? 0;
        if (lb > la) word.light.push(this.lightIds.subarray(la, lb));
        word.plainTotal += b - a;
        word.mixedTotal += c - b;
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
    wholeNameKeys(q, (prefix, text, skip) => this.walk(this.nameKeys.lookup(hashKeyParts(prefix, text, skip)), prefix === C_KEY || prefix === K_KEY ? COMPACT : STRONG, 1, touched), true);
    // A name needs `needed` of the query's distinctive words paired with its keyed words, so only
    // the K − needed + 1 words with the shortest postings can bring it in (pigeonhole); the others
    // only add their bit to names already brought in (probed, not walked). Names with light words
    // may need fewer than names without (their light words may pair too). Names on whose keyed
    // words the query's lighter words pair may need fewer still: those words then bring them in.
    const probes: [Uint32Array, number, 1 | 2][] = [];
    const pigeonhole = (lists: (w: QueryWord) => Uint32Array[], total: (w: QueryWord) => number, needed: number) => {
      const walked = heavyWords.slice().sort((a, b) => total(a) - total(b)).slice(0, Math.max(0, heavyWords.length - needed + 1));
      for (const w of heavyWords) for (const ids of lists(w)) {
        if (walked.includes(w)) this.walk(ids, w.bit, 1, touched);
        else probes.push([ids, w.bit, 1]);
      }
    };
    pigeonhole((w) => w.plain, (w) => w.plainTotal, exact ? bound.plain : 1);
    pigeonhole((w) => w.mixed, (w) => w.mixedTotal, exact ? bound.mixed : 1);
    const walkLighter = !exact || distinctiveMask === 0 || bound.plainWithLighter < bound.plain || bound.mixedWithLighter < bound.mixed;
    const walkLight = exact && bound.mixed === 0;
    for (const w of lighterWords) {
      for (const ids of [...w.plain, ...w.mixed]) {
        if (walkLighter) this.walk(ids, w.bit, 1, touched);
        else probes.push([ids, w.bit, 1]);
      }
    }
    for (const w of words) {
      for (const ids of w.light) {
        // A name may reach the bound through light words alone: they then bring it in.
        if (walkLight) this.walk(ids, w.bit, 2, touched);
        else probes.push([ids, w.bit, 2]);
      }
    }
    for (const [ids, bit, slot] of probes) this.probe(ids, bit, slot, touched);

    const out: number[] = [];
    const korean = q.korean.length > 0;
    const kind = KINDS.indexOf(q.kind);
    const fewest = exact ? Math.min(bound.plainWithLighter, bound.mixedWithLighter) : 1;
    const rotations = q.kind === "person" ? personForms(q) : [];
    for (const id of touched) {
      // The masks first: most names touched share too little to be scored, and reading their
      // traits from memory costs more than the test.
      const mask = this.marks[3 * id + 1] ?? 0;
      const heavy = popcount(mask & distinctiveMask);
      if (!(mask & (STRONG | COMPACT)) && heavy < fewest) continue;
      const traits = this.traits[id] ?? 0;
      if ((traits & KIND_BITS) !== kind) continue;
      if (mask & STRONG) out.push(id);
      // Two Korean names are compared by reading: without a shared given-name key (one edit
      // apart at most) their given names differ by two edits or more and cannot match.
      else if (korean && traits & KOREAN_BIT) continue;
      else if (mask & COMPACT && this.compactCanMatch(q, id) && this.compactClose(q, rotations, id)) out.push(id);
      else if (!exact) out.push(id);
      else {
        const light = popcount((this.marks[3 * id + 2] ?? 0) & ~mask & distinctiveMask);
        let pairs = heavy;
        for (let r = mask & repeatMask; r !== 0; r &= r - 1) pairs += repeats.get(r & -r) ?? 0;
        const counts = this.distinctiveCounts[id] ?? 0;
        // A name's keyed words are its distinctive ones (when it has some): no more pairs than those.
        if (counts >>> 4 > 0 && counts >>> 4 < MAX_COUNT) pairs = Math.min(pairs, counts >>> 4);
        const initials = popcount(queryInitials & (this.letters[id] ?? 0));
        const lighterOnKeyed = popcount(mask & lighterMask) + initials + unknownLighter;
        const anyMask = mask | (this.marks[3 * id + 2] ?? 0);
        let lighterPaired = unknownWeight;
        let lighterUnpaired = 0;
        for (let k = 0; k < lighterWords.length; k++) {
          if (anyMask & (lighterWords[k]?.bit ?? 0)) lighterPaired += lighterWeights[k] ?? 0;
          else lighterUnpaired += lighterWeights[k] ?? 0;
        }
        if (bound.canReach({ heavy, pairs, light, lighterOnKeyed, lighterPaired, lighterUnpaired, kc: counts & 0xf })) out.push(id);
      }
    }
    return out;
  }

  /** Marks the names of `ids` as touched and sets `bit` in their mask `slot` (1: keyed, 2: light). */
  private walk(ids: Uint32Array, bit: number, slot: 1 | 2, touched: number[]): void {
    const marks = this.marks;
    for (let i = 0; i < ids.length; i++) {
      const at = 3 * (ids[i] ?? 0);
      if (marks[at] !== this.stamp) {
        marks[at] = this.stamp;
        marks[at + 1] = 0;
        marks[at + 2] = 0;
        touched.push(ids[i] ?? 0);
      }
      marks[at + slot]! |= bit;
    }
  }

  /** Sets `bit` in mask `slot` of the names of `ids` already touched. */
  private probe(ids: Uint32Array, bit: number, slot: 1 | 2, touched: readonly number[]): void {
    const marks = this.marks;
    if (touched.length * (31 - Math.clz32(ids.length) + 2) < ids.length) {
      // Postings hold ids in ascending order: look each touched name up.
      for (const id of touched) if (includesSorted(ids, id)) marks[3 * id + slot]! |= bit;
    } else {
      for (let i = 0; i < ids.length; i++) {
        const at = 3 * (ids[i] ?? 0);
        if (marks[at] === this.stamp) marks[at + slot]! |= bit;
      }
    }
  }

  /**
   * Whether a name sharing the query's space-free key can match it in the space-free comparison
   * of `compareNames`: the forms it compares (distinctive words, with particles, or all words;
   * all words for persons) must be five letters or more and differ in length by at most 2, the
   * largest edit budget.
   */
  private compactCanMatch(q: AnalyzedName, id: number): boolean {
    const close = (a: number, b: number) => b === 255 || (Math.min(a, b) >= 5 && Math.abs(a - b) <= 2);
    const core = this.lengths[3 * id] ?? 0;
    if (q.kind !== "person" && q.core !== "" && core > 0) return close(q.core.length, core) || close(q.spaced.length, this.lengths[3 * id + 1] ?? 0);
    return close(q.compact.length, this.lengths[3 * id + 2] ?? 0);
  }

  /**
   * Whether the space-free comparison of `compareNames` can match the query and this name: a
   * pair of their forms of five letters or more, within the edit budget in length, sharing their
   * first or last two letters, whose edit cost is at most half the budget (at least a look-alike
   * letter; one edit for persons).
   */
  private compactClose(q: AnalyzedName, rotations: readonly string[], id: number): boolean {
    const c = this.names[id];
    if (c === undefined) return false;
    for (const [a, b] of compactPairs(q, rotations, c)) {
      if (a === b) {
        if (a.length >= 5) return true;
        continue;
      }
      const longer = Math.max(a.length, b.length);
      if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > editBudget(longer)) continue;
      if (a.slice(0, 2) !== b.slice(0, 2) && a.slice(-2) !== b.slice(-2)) continue;
      const allowed = Math.max(CHEAP_SUBSTITUTION, editBudget(longer) / 2);
      const cost = editCost(a, b, allowed);
      if (cost <= allowed && (q.kind !== "person" || cost <= 1)) return true;
    }
    return false;
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
    this.nextWordStamp();
    const found: number[] = [];
    const visit = (prefix: number, text: string, skip: number) => {
      const ws = this.wordKeys.lookup(hashKeyParts(prefix, text, skip));
      const neighbourhood = isNeighbourhoodKey(prefix);
      for (let k = 0; k < ws.length; k++) {
        const w = ws[k] ?? 0;
        if (this.wordMarks[w] === this.wordStamp) continue;
        this.wordMarks[w] = this.wordStamp;
        if (!neighbourhood || this.filter(t, this.words[w] ?? "")) found.push(w);
      }
    };
    wordKeys(t, i, visit);
    // In a person's name an initial and a word it may stand for pair (J. / John).
    if (person && t.length >= 2) forInitialKey(t, visit, i);
    if (person && t.length === 1) forWordsOfInitial(t, visit, i);
    const out = Uint32Array.from(found);
    this.remember(cacheKey, out);
    return out;
  }

  private remember(key: string, words: Uint32Array): void {
    if (this.neighbours.size >= NEIGHBOUR_CACHE) {
      this.oldNeighbours = this.neighbours;
      this.neighbours = new Map();
    }
    this.neighbours.set(key, words);
  }

  private nextWordStamp(): void {
    this.wordStamp++;
    if (this.wordStamp === 0xffffffff) {
      this.wordMarks.fill(0);
      this.wordStamp = 1;
    }
  }
}

/** How many distinct words of weight 1 or more a name has (low 4 bits), and how many in all (high 4 bits). */
function distinctiveCounts(n: AnalyzedName): number {
  const distinct = new Set<string>();
  let all = 0;
  n.tokens.forEach((t, i) => {
    if ((n.weights[i] ?? 0) < 1) return;
    distinct.add(t);
    all++;
  });
  return Math.min(MAX_COUNT, distinct.size) | (Math.min(MAX_COUNT, all) << 4);
}

/**
 * The pairs of space-free forms `compareNames` compares: a person's words joined, starting from
 * each word in turn (up to six words), with the name's; an organisation's distinctive words, and
 * its distinctive words and particles, with the name's (all words when either has no distinctive
 * word).
 */
function compactPairs(q: AnalyzedName, rotations: readonly string[], c: AnalyzedName): [string, string][] {
  if (q.kind === "person") return rotations.map((r) => [r, c.compact]);
  return q.core !== "" && c.core !== "" ? [[q.core, c.core], [q.spaced, c.spaced]] : [[q.compact, c.compact]];
}

/** A person's words joined, starting from each word in turn (up to six words). */
function personForms(q: AnalyzedName): string[] {
  const t = q.tokens;
  return t.length <= 1 || t.length > 6 ? [t.join("")] : t.map((_, i) => [...t.slice(i), ...t.slice(0, i)].join(""));
}

/** The bit of a word's first letter: a–z, or bit 26 for any other character. */
function letterBit(t: string): number {
  const c = t.charCodeAt(0) - 0x61;
  return c >= 0 && c < 26 ? 1 << c : 1 << 26;
}

/** Groups (group, id) pairs given in id order into offsets and ids (counting sort; ids ascend within a group). */
function groupBy(pairs: PairBuffer, groups: number): [Uint32Array, Uint32Array] {
  const offsets = new Uint32Array(groups + 1);
  for (let k = 0; k < pairs.length; k++) offsets[(pairs.a[k] ?? 0) + 1]!++;
  for (let g = 0; g < groups; g++) offsets[g + 1]! += offsets[g]!;
  const fill = offsets.slice(0, groups);
  const ids = new Uint32Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) ids[fill[pairs.a[k] ?? 0]!++] = pairs.b[k] ?? 0;
  return [offsets, ids];
}

const NEIGHBOUR_CACHE = 20_000;

/** Two growable parallel Uint32Arrays. */
class PairBuffer {
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

function includesSorted(ids: Uint32Array, id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid] ?? 0;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function popcount(n: number): number {
  let c = 0;
  for (let m = n >>> 0; m !== 0; m &= m - 1) c++;
  return c;
}
