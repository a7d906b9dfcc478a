import * as z from "./z.js";
import { CountrySchema } from "./country.js";
import { PartialDateSchema } from "./partialDate.js";

/** Longest name accepted, in characters. Longer input is refused, not truncated. */
export const MAX_NAME_LENGTH = 500;
/** Most aliases or identifiers accepted on one subject. */
export const MAX_LIST_ITEMS = 50;
/** Longest text accepted in the other fields, in characters (after trimming, where trimmed). */
export const MAX_TEXT_LENGTH = { sector: 200, identifierType: 60, identifierValue: 120, ref: 200 } as const;

/** The kinds of subject `screen()` accepts. */
export const SUBJECT_KINDS = ["person", "organization", "vessel"] as const;
/** UNSCR 2397 (2017) para 8 exemptions a subject can be marked with. */
export const EXEMPTIONS = ["host-state-national", "refugee", "asylum"] as const;

const NameSchema = z
  .string({ error: (i) => (i.input === undefined ? "is required" : `must be a string, not ${describe(i.input)}`) })
  .max(MAX_NAME_LENGTH, { message: `is longer than ${MAX_NAME_LENGTH} characters (names are capped at ${MAX_NAME_LENGTH})` })
  .refine((s) => /[\p{L}\p{N}]/u.test(s), { message: "must contain at least one letter or digit" });

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

const TrimmedText = (max: number) => z.string().trim().min(1, { message: "must not be empty" }).max(max, { message: `is longer than ${max} characters` });

/** The IT-worker red flags of the 2022, 2023 and 2024–2025 US advisories (see `domain.md` §5). */
export const IndicatorsSchema = z.strictObject({
  paymentInCryptocurrency: z.boolean().optional(),
  paymentToThirdCountry: CountrySchema.optional(),
  multipleLoginCountries: z.boolean().optional(),
  loginCountryMismatch: z.boolean().optional(),
  identityInconsistency: z.boolean().optional(),
  refusesVideo: z.boolean().optional(),
  laptopReshipping: z.boolean().optional(),
  remoteAccessTools: z.boolean().optional(),
  thirdPartyAccounts: z.boolean().optional(),
  offHoursMismatch: z.boolean().optional(),
});

/** An identity document or registration number of the subject. */
export const IdentifierSchema = z.strictObject({
  type: TrimmedText(MAX_TEXT_LENGTH.identifierType).optional(),
  value: TrimmedText(MAX_TEXT_LENGTH.identifierValue),
  country: CountrySchema.optional(),
});

/**
 * A person, company or vessel to screen. Unknown keys are refused (a misspelt
 * `nationality` must not be silently ignored); countries are normalised to ISO alpha-2.
 */
export const SubjectSchema = z.strictObject({
  kind: z.enum(SUBJECT_KINDS, { message: `must be one of ${SUBJECT_KINDS.join(", ")}` }).default("person"),
  name: NameSchema,
  aliases: z.array(NameSchema).max(MAX_LIST_ITEMS).optional(),
  birthDate: PartialDateSchema.optional(),
  nationalities: z.array(CountrySchema).max(MAX_LIST_ITEMS).optional(),
  countries: z.array(CountrySchema).max(MAX_LIST_ITEMS).optional(),
  sector: TrimmedText(MAX_TEXT_LENGTH.sector).optional(),
  employer: z
    .strictObject({
      name: NameSchema,
      country: CountrySchema.optional(),
    })
    .optional(),
  identifiers: z.array(IdentifierSchema).max(MAX_LIST_ITEMS).optional(),
  workAuthorization: z
    .strictObject({
      issuedOn: PartialDateSchema.optional(),
      contractSignedOn: PartialDateSchema.optional(),
      country: CountrySchema.optional(),
    })
    .optional(),
  exemption: z.enum(EXEMPTIONS, { message: `must be one of ${EXEMPTIONS.join(", ")}` }).optional(),
  indicators: IndicatorsSchema.optional(),
  ref: z.string().max(MAX_TEXT_LENGTH.ref, { message: `is longer than ${MAX_TEXT_LENGTH.ref} characters` }).optional(),
});

/** What callers pass to `screen()`: the contract's `SubjectInput`. */
export type SubjectInput = z.input<typeof SubjectSchema>;
/** A validated subject: defaults applied, countries as ISO alpha-2. */
export type Subject = z.output<typeof SubjectSchema>;
/** IT-worker red flags on a subject. */
export type Indicators = z.output<typeof IndicatorsSchema>;
