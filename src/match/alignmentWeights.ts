/**
 * The weights of the token alignment of `compareNames`, shared with the retrieval bound
 * (`ScoreBound`), which must follow them: a lower weight here makes the bound admit more names.
 */

/**
 * Weight of a person's unmatched word when the other name is fully matched and two distinctive
 * words pair ("Vladimir Putin" / "Vladimir Vladimirovich Putin").
 */
export const EXTRA_PERSON = 0.25;
/** The same with fewer than two distinctive pairs: a part left out then counts in full. */
export const EXTRA_PERSON_UNPAIRED = 1;
/** Weight of an organisation's (vessel's, aircraft's) unmatched word when the other name is fully matched. */
export const EXTRA_ORG = 0.6;
/** Weight of unmatched words when both names have some ("Daniel Ortiz" / "Daniel Ortega"): parts swapped. */
export const SUBSTITUTED = 1.5;
/** The most a name matched on generic words only, or a person's name of initials only, scores. */
export const CAPPED = 0.5;
