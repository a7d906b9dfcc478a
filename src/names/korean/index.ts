/**
 * Korean names: canonical keys for romanised, Hangul and Cyrillic spellings.
 *
 * Contract: `romanKey`, `hangulKey` and the Cyrillic readings all produce keys in one alphabet
 * of equivalence classes, so two spellings of the same name part (Ri/Lee/Yi/리/Ли; Jong-un/
 * Jeong-eun/정은) get equal keys. Keys are for comparison only, never for display. Given names
 * are keyed as one unit, whether hyphenated, spaced or joined.
 */
export { romanKey } from "./romanKey.js";
export { hangulKey, hangulToReadable, isHangulSyllable, decomposeSyllable } from "./hangul.js";
export { cyrillicKoreanSpellings, cyrillicToLatin } from "./cyrillic.js";
export { segmentSyllables } from "./segmentSyllables.js";
export { isKoreanSurname, isKoreanSurnameSpelling, SURNAME_KEYS } from "./surnames.js";
export { koreanReadings, givenNameKeys, type KoreanReading } from "./koreanReadings.js";
