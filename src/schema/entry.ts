import * as z from "./z.js";

/** The kinds of listed party. */
export const ENTRY_KINDS = ["person", "organization", "vessel", "aircraft"] as const;

/** A source document behind a curated entry: a label and, where public, a URL. */
export const CitationSchema = z.strictObject({
  label: z.string().min(1),
  url: z.string().url().optional(),
});

/** An alias of a listed party, with the list's own quality mark and, rarely, its own birth date. */
export const EntryAliasSchema = z.strictObject({
  name: z.string().min(1),
  /** The list's quality mark: UN `Good` / `Low` / `a.k.a.` / `f.k.a.`; OFAC `aka` / `fka` / `nka`; `weak`. */
  quality: z.string().optional(),
  /** A birth date that belongs to this alias only (UN lists carry some). */
  birthDate: z.string().optional(),
  /** What the list says about this alias only (UN alias notes and places of birth). */
  note: z.string().optional(),
});

/** A labelled fact a list gives that has no field of its own (OFAC "Organization Type", …). */
export const EntryDetailSchema = z.strictObject({
  label: z.string().min(1),
  value: z.string(),
});

/** What OFAC publishes about a vessel, as published (the flag also goes to `countries`). */
export const EntryVesselSchema = z.strictObject({
  callSign: z.string().optional(),
  type: z.string().optional(),
  tonnage: z.string().optional(),
  grossRegisteredTonnage: z.string().optional(),
  flag: z.string().optional(),
  owner: z.string().optional(),
});

/** A document or registration number of a listed party. */
export const EntryIdentifierSchema = z.strictObject({
  /** `passport`, `national-id`, `registration`, `tax-id`, `uscc`, `swift`, `imo`, `digital-currency-address`, … */
  type: z.string().min(1),
  value: z.string().min(1),
  country: z.string().length(2).optional(),
  note: z.string().optional(),
});

/**
 * One listed party, in the same shape whatever list it came from. Birth dates are partial ISO
 * dates (`"1965"`, `"1965-04"`, `"1965-04-25"`) or year ranges (`"1960/1962"`); countries are ISO
 * alpha-2.
 */
export const EntrySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(ENTRY_KINDS),
  name: z.string().min(1),
  aliases: z.array(EntryAliasSchema),
  birthDates: z.array(z.string()),
  nationalities: z.array(z.string().length(2)),
  countries: z.array(z.string().length(2)),
  identifiers: z.array(EntryIdentifierSchema),
  programs: z.array(z.string()),
  listedOn: z.string().optional(),
  source: z.string().min(1),
  references: z.array(z.string()).optional(),
  // Additions to the contract: optional, filled where the list gives them.
  placesOfBirth: z.array(z.string()).optional(),
  gender: z.string().optional(),
  title: z.string().optional(),
  lastUpdated: z.string().optional(),
  linkedTo: z.array(z.string()).optional(),
  addresses: z.array(z.string()).optional(),
  /** Free text the list gives as remarks or comments (for OFAC: the remarks not parsed into fields). */
  remarks: z.string().optional(),
  /** Positions and functions (UN `DESIGNATION`, OFAC `Title`, FtM `position`). */
  positions: z.array(z.string()).optional(),
  /** Labelled facts without a field of their own, in list order. */
  details: z.array(EntryDetailSchema).optional(),
  /** Vessel particulars (OFAC). */
  vessel: EntryVesselSchema.optional(),
  /** OpenSanctions topics (`sanction`, `sanction.linked`, `debarment`, …). */
  topics: z.array(z.string()).optional(),
  /** Curated entries: why the party is listed, one line in our own words. */
  basis: z.string().optional(),
  /** Curated entries: the public sources behind the entry. */
  sources: z.array(CitationSchema).optional(),
});

/** A record that was read but not used, or that pointed at nothing: where it was and why. */
export const ListIssueSchema = z.strictObject({
  line: z.number().int().optional(),
  record: z.string().optional(),
  file: z.string().optional(),
  reason: z.string(),
});

/** One input file of a list read from several (OFAC sdn/alt/add/comments): rows read and used. */
export const ListFileStatsSchema = z.strictObject({
  file: z.string(),
  /** Rows read. */
  records: z.number().int().nonnegative(),
  /** Rows turned into entries or joined to one; the rest are in `skipped` or `orphans`. */
  used: z.number().int().nonnegative(),
});

/** Counts that prove nothing was dropped in silence. */
export const WatchlistStatsSchema = z.strictObject({
  /** Records read from the source (rows, XML records, JSON lines). */
  records: z.number().int().nonnegative(),
  /** Entries produced. */
  entries: z.number().int().nonnegative(),
  /** Names (primary names plus aliases) across all entries. */
  names: z.number().int().nonnegative(),
  /** Records not used, each with its reason. */
  skipped: z.array(ListIssueSchema),
  /** Rows that point at no entry (OFAC alt/add rows with an unknown ent_num), each with its reason. */
  orphans: z.array(ListIssueSchema),
  /**
   * Values that were kept but not understood, each with its record and reason: a country that
   * does not resolve to ISO 3166 (kept in the entry's remarks or addresses), a date that is not a
   * date (kept in remarks). The entry is still produced.
   */
  warnings: z.array(ListIssueSchema).optional(),
  /** Per input file, for lists read from several files. */
  files: z.array(ListFileStatsSchema).optional(),
});

/** A list of parties to screen against, with its provenance. */
export const WatchlistSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  publishedAt: z.string().optional(),
  loadedAt: z.string(),
  entries: z.array(EntrySchema),
  stats: WatchlistStatsSchema,
  // Additions to the contract.
  /** The list's own version, if it has one (the curated default list does). */
  version: z.string().optional(),
  /** Where the list comes from. */
  sources: z.array(CitationSchema).optional(),
});

export type Citation = z.infer<typeof CitationSchema>;
export type EntryAlias = z.infer<typeof EntryAliasSchema>;
export type EntryIdentifier = z.infer<typeof EntryIdentifierSchema>;
export type EntryDetail = z.infer<typeof EntryDetailSchema>;
export type EntryVessel = z.infer<typeof EntryVesselSchema>;
export type Entry = z.infer<typeof EntrySchema>;
export type ListIssue = z.infer<typeof ListIssueSchema>;
export type ListFileStats = z.infer<typeof ListFileStatsSchema>;
export type WatchlistStats = z.infer<typeof WatchlistStatsSchema>;
export type Watchlist = z.infer<typeof WatchlistSchema>;
export type EntryKind = (typeof ENTRY_KINDS)[number];
