/**
 * Normalisation: the one text pipeline shared by list data and queries.
 *
 * Contract: `normalizeText` is pure, idempotent, and applies its steps in a fixed documented
 * order (NFKC → strip invisibles → delete apostrophes, re-compose jamo → drop diacritics →
 * lower-case and fold → punctuation to spaces → confusables on mixed-script names). List data and queries must go
 * through the same function, or matching breaks in silence.
 */
export { normalizeText, tokenize } from "./normalizeText.js";
export { LATIN_CONFUSABLES } from "./confusables.js";
export { recomposeJamo } from "./recomposeJamo.js";
