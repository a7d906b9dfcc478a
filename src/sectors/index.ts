/**
 * Sectors: the high-risk sectors of DPRK overseas labour and a classifier for free-text job
 * titles.
 *
 * Contract: `classifySector(text)` is pure and deterministic. It returns a high-risk sector
 * (code, the taxonomy synonym that matched, the input words that matched it, a confidence in
 * (0, 1]) or `undefined` when the text names no high-risk sector. Occupations that are not
 * high-risk are part of the vocabulary so they are recognised, not mistaken for a near
 * spelling. Every sector in `SECTORS` carries at least one source.
 */
export { classifySector, sectorByCode, MIN_SECTOR_CONFIDENCE, type SectorClassification, type SectorMethod } from "./classifySector.js";
export { SECTORS, SECTOR_CODES, NEUTRAL_OCCUPATIONS, type Sector, type SectorCode, type SectorTier } from "./sectorTaxonomy.js";
