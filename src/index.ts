/**
 * dprk-screen: screen people and companies for North Korean (DPRK) sanctions and overseas-labour
 * risk. This file is the hand-curated public surface; anything not exported here is internal
 * and may change without notice.
 */

// Screening
export { screen, safeScreen, createScreener, type Screener, type ScreenerConfig, type ScreenOptions } from "./screen/index.js";
export { ScreenerConfigSchema, ScreenOptionsSchema } from "./screen/index.js";

// Explanations
export { explain, toExplanation, type ExplainFormat, type ExplainOptions, type Explanation } from "./explain/index.js";

// Watchlists
export { defaultWatchlist, DEFAULT_WATCHLIST_VERSION } from "./data/index.js";
export {
  parseUnConsolidatedXml,
  parseOfacSdnCsv,
  parseFtmEntities,
  parseOfacRemarks,
  linkWatchlists,
  UN_PROGRAMS,
  type UnParseOptions,
  type OfacParseOptions,
  type OfacSdnFiles,
  type OfacRemarks,
  type FtmParseOptions,
  type ListParseOptions,
  type OnInvalid,
} from "./lists/index.js";

// Rules
export {
  dprkRules,
  defineRule,
  notApplicable,
  isNotApplicable,
  CITATIONS,
  KEY_DATES,
  RULESET_VERSION,
  POSSIBLE_MATCH,
  STRONG_MATCH,
  RuleDefinitionSchema,
  DPRK_NATIONAL_POINTS,
  WORK_AUTHORIZATION_POINTS,
  HOST_POINTS,
  SECTOR_POINTS,
  IT_RED_FLAGS,
  IT_RED_FLAG_COMBINATION,
  IT_RED_FLAGS_CAP,
  PRC_PAYMENT_POINTS,
  type Rule,
  type RuleContext,
  type RuleEvidence,
  type RuleOutcome,
  type NotApplicable,
} from "./rules/index.js";

// Scoring
export { ALGORITHM, DEFAULT_THRESHOLDS, scoreHits, decisionRank, type Thresholds, type ScoredFinding } from "./score/index.js";

// Sectors and host countries (the tables the rules read, each row with its sources)
export { classifySector, SECTORS, SECTOR_CODES, MIN_SECTOR_CONFIDENCE, type SectorClassification, type SectorCode, type SectorTier, type Sector } from "./sectors/index.js";
export { HOST_COUNTRIES, hostCountry, type HostCountry, type HostTier } from "./jurisdictions/index.js";

// Matching building blocks (for custom rules and tools)
export { normalizeText } from "./normalize/index.js";
export { analyzeName, romanKey, hangulKey, type AnalyzedName } from "./names/index.js";
export { compareNames, compareBirthDates, type NameComparison, type BirthDateComparison, type BirthDateOutcome, type EntryMatch, type IdentifierMatch } from "./match/index.js";
export { resolveCountry, toIso2, countryName, type CountryResolution } from "./jurisdictions/index.js";

// Errors
export { ScreeningError, ScreeningInputError, ListParseError, isScreeningError, type InputIssue, type ListParseLocation } from "./errors/index.js";

// Schemas and types
export {
  SubjectSchema,
  IndicatorsSchema,
  IdentifierSchema,
  EntrySchema,
  EntryAliasSchema,
  EntryIdentifierSchema,
  EntryDetailSchema,
  EntryVesselSchema,
  CitationSchema,
  WatchlistSchema,
  WatchlistStatsSchema,
  ListIssueSchema,
  ListFileStatsSchema,
  ScreeningResultSchema,
  NameMatchSchema,
  RuleHitSchema,
  RuleCheckSchema,
  FeatureSchema,
  ListMetaSchema,
  DECISIONS,
  SUBJECT_KINDS,
  ENTRY_KINDS,
  EXEMPTIONS,
  MAX_NAME_LENGTH,
  type SubjectInput,
  type Subject,
  type Indicators,
  type Entry,
  type EntryAlias,
  type EntryIdentifier,
  type EntryDetail,
  type EntryVessel,
  type EntryKind,
  type Citation,
  type Watchlist,
  type WatchlistStats,
  type ListIssue,
  type ListFileStats,
  type ScreeningResult,
  type NameMatch,
  type RuleHit,
  type RuleCheck,
  type Feature,
  type ListMeta,
  type Decision,
} from "./schema/index.js";

export { ENGINE_VERSION } from "./version.js";
