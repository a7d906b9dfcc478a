import type { AnalyzedName } from "../names/index.js";
// The scorer's own weights (a leaf module: no import cycle with the match module).
import { CAPPED, EXTRA_ORG, EXTRA_PERSON, EXTRA_PERSON_UNPAIRED, SUBSTITUTED } from "../match/alignmentWeights.js";

/**
 * The most a query word paired with a light word adds to the matched weight: an initial weighs
 * 0.5 and pairs at 0.9; particles and titles weigh 0.3 or less, generic words 0.25.
 */
const LIGHT_MATCH = 0.45;

/** How many of the query's words of each kind pair with a listed name, as retrieval sees them. */
export interface Pairing {
  /** Distinct distinctive query words paired with one of the name's keyed words. */
  readonly heavy: number;
  /** How many pairs those make at most (a word the query repeats may pair more than once). */
  readonly pairs: number;
  /** Distinctive query words paired with one of the name's light words only. */
  readonly light: number;
  /** The query's lighter words that may pair with one of the name's keyed words. */
  readonly lighterOnKeyed: number;
  /**
   * The weight of the query's lighter words that may pair at all (with a keyed or a light word),
   * and of those that cannot; when unknown, all of them and 0 (see `worstCase`).
   */
  readonly lighterPaired: number;
  readonly lighterUnpaired: number;
  /** The name's distinct distinctive words. */
  readonly kc: number;
}

/**
 * An upper bound on the name score (0–1) a listed name can reach against a query, from what
 * retrieval knows about it, so that names that cannot reach `minScore` are not scored.
 *
 * It follows the token alignment of `compareNames`: with `heavy` distinctive query words paired
 * with the name's keyed words (in at most `pairs` pairs), and `light` more with its light words
 * (particles, titles, initials), the matched weight is at most M = pairs·w + light·0.45 + (the weights of the query's
 * lighter words, which may pair with anything). Left over are at least kq − heavy − light of the
 * query's distinctive words and kc − pairs − `lighterOnKeyed` of the name's, each weighing 1.
 * When both sides have words left over the alignment weighs them 1.5 (a substitution), else at
 * least 0.25 for persons with two pairs, 1 for persons with fewer, 0.6 for other
 * names. The score is at most M / (M + λ·leftover), and 0.5 where `compareNames` caps it (an
 * organisation matched on generic words only, a person's name of initials only). The space-free
 * comparison and Korean readings are not bounded here: they need a shared whole-name key.
 *
 * @example
 * ```ts
 * const bound = new ScoreBound(analyzeName("John Smith", "person"), 0.6, 0);
 * const p = { heavy: 1, pairs: 1, lighterOnKeyed: 0, lighterPaired: 0, lighterUnpaired: 0 };
 * bound.canReach({ ...p, light: 1, kc: 1 }) //=> true (J. Smith)
 * bound.canReach({ ...p, light: 0, kc: 2 }) //=> false (Adam Smith: 0.25)
 * ```
 */
export class ScoreBound {
  /** How many distinct distinctive words the query has. */
  readonly distinctive: number;
  /** The fewest heavy pairs a name without light words needs, with none of the query's lighter words on its keyed words. */
  readonly plain: number;
  /** The same with all of the query's lighter words on its keyed words. */
  readonly plainWithLighter: number;
  private readonly heaviest: number;
  private readonly lighterWeight: number;
  private readonly person: boolean;
  private readonly initialsOnly: boolean;
  private readonly minScore: number;
  private readonly repeats: number;
  private readonly unknownLighter: number;
  private readonly lighter: number;

  /**
   * @param lighterLookedUp how many of the query's lighter words retrieval looks up (their pairs
   *   with a name's keyed words are then known; the others are assumed to pair)
   * @param repeats how many more times than once the query's distinctive words occur in all
   */
  constructor(q: AnalyzedName, minScore: number, lighterLookedUp: number, repeats = 0) {
    const distinct = new Set<string>();
    let heaviest = 1;
    let lighterWeight = 0;
    let lighter = 0;
    q.tokens.forEach((t, i) => {
      const w = q.weights[i] ?? 1;
      if (w >= 1) {
        distinct.add(t);
        heaviest = Math.max(heaviest, w);
      } else {
        lighterWeight += w;
        lighter++;
      }
    });
    this.distinctive = distinct.size;
    this.heaviest = heaviest;
    this.lighterWeight = lighterWeight;
    this.person = q.kind === "person";
    this.initialsOnly = this.person && q.tokens.length > 0 && q.tokens.every((t) => t.length === 1);
    this.minScore = minScore;
    this.repeats = repeats;
    this.lighter = lighter;
    this.unknownLighter = lighter - lighterLookedUp;
    // A name without light words has one distinctive word or none (more only leave more over).
    this.plain = this.fewest(0, [0, 1], false);
    this.plainWithLighter = this.fewest(0, [0, 1], true);
  }

  /**
   * The fewest heavy pairs a name can reach `minScore` with, when up to `lightCap` more of the
   * query's distinctive words may pair with its light words, it has one of the distinctive word
   * counts `kcs` (or more), and none (or, `withLighter`, all) of the query's lighter words pair
   * with its keyed words. Above the query's distinctive word count when none will do.
   */
  fewest(lightCap: number, kcs: readonly number[], withLighter: boolean): number {
    const k = this.distinctive;
    const lighterOnKeyed = withLighter ? this.lighter : this.unknownLighter;
    let heavy = 0;
    const reaches = (kc: number) => this.canReach({ heavy, pairs: heavy > 0 ? heavy + this.repeats : 0, light: Math.min(k - heavy, lightCap), lighterOnKeyed, kc, lighterPaired: this.lighterWeight, lighterUnpaired: 0 });
    while (heavy <= k && !kcs.some(reaches)) heavy++;
    return heavy;
  }

  /** Whether a name paired with the query as `p` describes can reach `minScore`. */
  canReach(p: Pairing): boolean {
    const matched = p.pairs * this.heaviest + p.light * LIGHT_MATCH + p.lighterPaired;
    if (matched <= 0) return false;
    const leftQ = Math.max(0, this.distinctive - p.heavy - p.light) + p.lighterUnpaired;
    const leftC = Math.max(0, p.kc - p.pairs - p.lighterOnKeyed);
    const lambda = leftQ >= 0.5 && leftC >= 0.5 ? SUBSTITUTED : this.person ? (p.pairs >= 2 ? EXTRA_PERSON : EXTRA_PERSON_UNPAIRED) : EXTRA_ORG;
    let score = matched / (matched + lambda * (leftQ + leftC));
    // The caps of compareNames: an organisation's name with no two distinctive words paired
    // (none of the name's keyed words, or it has no distinctive word), a person's name of
    // initials only.
    if (!this.person && (this.distinctive > 0 || p.kc > 0) && (p.heavy === 0 || p.kc === 0)) score = Math.min(score, CAPPED);
    if (this.initialsOnly) score = Math.min(score, CAPPED);
    return score >= this.minScore - 1e-9;
  }
}
