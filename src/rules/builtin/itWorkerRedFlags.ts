import { countryName } from "../../jurisdictions/index.js";
import type { Citation, Indicators } from "../../schema/index.js";
import { CITATIONS } from "../citations.js";
import { defineRule } from "../defineRule.js";
import { notApplicable, type RuleEvidence, type RuleOutcome } from "../types.js";

type FlagKey = keyof Indicators;

interface Flag {
  readonly code: string;
  readonly points: number;
  /** What the advisory describes, completing "The contract shows …". */
  readonly text: (value: NonNullable<Indicators[FlagKey]>) => string;
  readonly citations: readonly Citation[];
}

/**
 * The IT-worker red flags, each with its points and sources (dprk-labour-v1; see
 * docs/scoring.md). Order is the order of `IndicatorsSchema`.
 *
 * @example
 * ```ts
 * IT_RED_FLAGS.laptopReshipping.points //=> 20
 * ```
 */
export const IT_RED_FLAGS: Readonly<Record<FlagKey, Flag>> = {
  paymentInCryptocurrency: { code: "it_flag_crypto_payment", points: 10, text: () => "a request for payment in cryptocurrency", citations: [CITATIONS.itWorkers2022, CITATIONS.itWorkers2022Summary] },
  paymentToThirdCountry: { code: "it_flag_third_country_payment", points: 10, text: (v) => `payment to an account in ${countryName(String(v))} (${String(v)}), not the country of residence`, citations: [CITATIONS.itWorkers2022, CITATIONS.itWorkers2022Summary] },
  multipleLoginCountries: { code: "it_flag_multiple_login_countries", points: 10, text: () => "logins into one account from several countries or IP addresses in a short time", citations: [CITATIONS.itWorkers2022, CITATIONS.itWorkers2022Summary] },
  loginCountryMismatch: { code: "it_flag_login_country_mismatch", points: 10, text: () => "logins from a country other than the claimed location", citations: [CITATIONS.itWorkers2022Summary, CITATIONS.itWorkers2023] },
  identityInconsistency: { code: "it_flag_identity_inconsistency", points: 15, text: () => "names, nationality, location, education or work history that differ across profiles and documents", citations: [CITATIONS.itWorkers2022, CITATIONS.itWorkers2023] },
  refusesVideo: { code: "it_flag_refuses_video", points: 10, text: () => "refusal to appear on camera, or inconsistencies on camera", citations: [CITATIONS.itWorkers2023] },
  laptopReshipping: { code: "it_flag_laptop_reshipping", points: 20, text: () => "a company laptop to be shipped to an address other than the residence (laptop farm)", citations: [CITATIONS.fbiLaptopFarms2024] },
  remoteAccessTools: { code: "it_flag_remote_access_tools", points: 5, text: () => "remote-desktop or remote-access tools on the work device", citations: [CITATIONS.fbiLaptopFarms2024, CITATIONS.fbi2025] },
  thirdPartyAccounts: { code: "it_flag_third_party_accounts", points: 15, text: () => "accounts or payment details belonging to someone else", citations: [CITATIONS.itWorkers2022Summary, CITATIONS.fbiLaptopFarms2024] },
  offHoursMismatch: { code: "it_flag_off_hours", points: 5, text: () => "inability to work the claimed time zone's business hours or to be reached promptly", citations: [CITATIONS.itWorkers2022, CITATIONS.itWorkers2022Summary] },
};

/**
 * Payments to PRC accounts are the case the 2022 advisory names: 15 points instead of 10.
 *
 * @example
 * ```ts
 * PRC_PAYMENT_POINTS //=> 15
 * ```
 */
export const PRC_PAYMENT_POINTS = 15;
/**
 * The combination finding: its points, and how many flags and flag points set it off.
 *
 * @example
 * ```ts
 * IT_RED_FLAG_COMBINATION //=> { points: 10, minFlags: 2, minFlagPoints: 20 }
 * ```
 */
export const IT_RED_FLAG_COMBINATION = { points: 10, minFlags: 2, minFlagPoints: 20 } as const;

/**
 * Most points the red flags can add together (the combination included). Red flags are
 * behaviour, not a sanctions nexus: with the strongest host country and sector they reach
 * 70, a review; a block needs a finding with a legal basis (a listed name, employer,
 * identifier or nationality).
 *
 * @example
 * ```ts
 * IT_RED_FLAGS_CAP //=> 50
 * ```
 */
export const IT_RED_FLAGS_CAP = 50;

/**
 * IT-worker red flags from the US advisories of May 2022 and October 2023 and the FBI notices
 * of 2024–2025: one finding per flag set in `indicators`, each with its own points and sources.
 * When the role is IT (`ctx.sector` is `it-software`) and at least two flags worth at least 20
 * points are set, a combination finding adds 10 points and requires review: the advisories
 * warn that one flag can be innocent, several together are the pattern.
 *
 * @example
 * ```ts
 * itWorkerRedFlags.evaluate(ctx).map((f) => f.code)
 * //=> ["it_flag_crypto_payment", "it_flag_multiple_login_countries", "it_flag_refuses_video", "it_red_flags_combined"]
 * ```
 */
export const itWorkerRedFlags = defineRule({
  id: "it-worker-red-flags",
  title: "Red flags of a disguised DPRK IT worker",
  version: "1.0.0",
  description: "Checks the contract's typed indicators against the red flags of the 2022 and 2023 US advisories and the 2024–2025 FBI notices on DPRK IT workers.",
  citations: [CITATIONS.itWorkers2022, CITATIONS.itWorkers2023, CITATIONS.fbiLaptopFarms2024],
  appliesTo: ["person", "organization"],
  reasonCodes: [...Object.values(IT_RED_FLAGS).map((f) => f.code), "it_red_flags_combined"],
  evaluate(ctx): RuleOutcome {
    const indicators = ctx.subject.indicators;
    if (!indicators) return notApplicable("no IT-worker indicators given");
    const findings: RuleEvidence[] = [];
    for (const key of Object.keys(IT_RED_FLAGS) as FlagKey[]) {
      const value = indicators[key];
      if (value === undefined || value === false) continue;
      const flag = IT_RED_FLAGS[key];
      const points = key === "paymentToThirdCountry" && value === "CN" ? PRC_PAYMENT_POINTS : flag.points;
      findings.push({
        code: flag.code,
        points,
        reason: `The contract shows ${flag.text(value)} (indicators.${key} = ${JSON.stringify(value)}): a red flag of a disguised DPRK IT worker.${points === PRC_PAYMENT_POINTS && key === "paymentToThirdCountry" ? " The 2022 advisory names PRC-based bank accounts in particular." : ""}`,
        evidence: { input: { [`indicators.${key}`]: value }, comparedWith: { redFlagList: "IT_RED_FLAGS", redFlag: key } },
        citations: flag.citations,
      });
    }
    if (findings.length === 0) return undefined;
    const flagPoints = findings.reduce((sum, f) => sum + f.points, 0);
    const itRole = ctx.sector?.code === "it-software";
    if (itRole && findings.length >= IT_RED_FLAG_COMBINATION.minFlags && flagPoints >= IT_RED_FLAG_COMBINATION.minFlagPoints) {
      findings.push({
        code: "it_red_flags_combined",
        points: IT_RED_FLAG_COMBINATION.points,
        requiresReview: true,
        reason: `${findings.length} red flags together (${findings.map((f) => f.code.replace(/^it_flag_/, "").replace(/_/g, " ")).join(", ")}; ${flagPoints} points) in an IT role (sector "${ctx.subject.sector}"): the pattern the advisories describe for DPRK IT workers posing as foreign freelancers. Requires review whatever the score.`,
        evidence: { input: { sector: ctx.subject.sector, flags: findings.map((f) => f.code) }, comparedWith: { sectorCode: "it-software", minFlags: IT_RED_FLAG_COMBINATION.minFlags, minFlagPoints: IT_RED_FLAG_COMBINATION.minFlagPoints, flagPoints } },
        citations: [CITATIONS.itWorkers2022, CITATIONS.itWorkers2023],
      });
    }
    let remaining = IT_RED_FLAGS_CAP;
    return findings.map((f) => {
      const points = Math.min(f.points, remaining);
      remaining -= points;
      if (points === f.points) return f;
      return { ...f, points, reason: `${f.reason} (Counted for ${points} of its ${f.points} points: red flags add at most ${IT_RED_FLAGS_CAP} points together.)`, evidence: { ...f.evidence, uncappedPoints: f.points } };
    });
  },
});
