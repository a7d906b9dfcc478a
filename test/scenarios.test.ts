import { describe, expect, it } from "vitest";
import { createScreener, explain, ScreeningResultSchema, type SubjectInput } from "../src/index.js";
import { scenarioWatchlist } from "./helpers/scenarioWatchlist.js";

// The acceptance scenarios of the DPRK overseas-labour rule pack. Expected decisions and
// citations come from the task's scenario table and the resolutions (domain.md §2), not from
// the code's output. Decisions are checked against the embedded watchlist and a fixed
// three-entry fixture; the golden explanations (test/__golden__/, reviewed by hand) use the
// fixture, so they change when the explanation changes, not when the embedded list grows.
const now = () => new Date("2026-11-27T12:00:00Z");
const screener = createScreener({ asOf: "2026-11-27", now });
const goldenScreener = createScreener({ asOf: "2026-11-27", now, watchlists: [scenarioWatchlist()] });

interface Scenario {
  readonly slug: string;
  readonly subject: SubjectInput;
  readonly asOf?: string;
  readonly decision: "clear" | "review" | "block";
  /** Reason codes that must be among the hits. */
  readonly codes?: readonly string[];
  /** Text that must appear in a citation of some hit. */
  readonly cites?: readonly string[];
  /** Text that must appear in some hit's reason. */
  readonly says?: readonly string[];
}

const SCENARIOS: readonly Scenario[] = [
  {
    slug: "01-kp-national-ru-construction",
    subject: { name: "Pak Chol", nationalities: ["North Korea"], countries: ["RU"], sector: "construction worker" },
    decision: "block",
    codes: ["dprk_national_income_abroad"],
    cites: ["UNSCR 2397 (2017) para 8"],
  },
  {
    slug: "02-kp-national-ru-construction-refugee",
    subject: { name: "Pak Chol", nationalities: ["North Korea"], countries: ["RU"], sector: "construction worker", exemption: "refugee" },
    decision: "review",
    codes: ["dprk_national_exemption_claimed"],
    cites: ["UNSCR 2397 (2017) para 8"],
    says: ["marked as a refugee, an exemption under UNSCR 2397 para 8"],
  },
  {
    slug: "03-kp-national-pl-authorization-2018",
    subject: { name: "Ri Yong Ho", nationalities: ["DPRK"], workAuthorization: { issuedOn: "2018-02-01", country: "PL" } },
    decision: "block",
    codes: ["work_authorization_after_2375"],
    cites: ["UNSCR 2375 (2017) para 17"],
  },
  {
    slug: "04-kp-national-2375-exception-before-deadline",
    subject: { name: "Ri Yong Ho", nationalities: ["KP"], workAuthorization: { issuedOn: "2017-10-01", contractSignedOn: "2017-06-01" } },
    asOf: "2018-06-01",
    decision: "review",
    codes: ["work_authorization_2375_exception", "dprk_national_before_deadline"],
    cites: ["UNSCR 2375 (2017) para 17", "UNSCR 2397 (2017) para 8"],
  },
  {
    slug: "05-cn-backend-developer",
    subject: { name: "Wang Wei", nationalities: ["CN"], countries: ["CN"], sector: "backend developer" },
    decision: "clear",
  },
  {
    slug: "06-cn-backend-developer-red-flags",
    subject: { name: "Wang Wei", nationalities: ["CN"], countries: ["CN"], sector: "backend developer", indicators: { paymentInCryptocurrency: true, refusesVideo: true, multipleLoginCountries: true } },
    decision: "review",
    codes: ["it_flag_crypto_payment", "it_flag_refuses_video", "it_flag_multiple_login_countries", "it_red_flags_combined"],
    cites: ["16 May 2022", "PSA231018"],
  },
  {
    slug: "07-kim-sang-man",
    subject: { name: "Kim Sang Man", birthDate: "1965-04-25" },
    decision: "block",
    codes: ["sanctioned_party_match"],
    says: ["OFAC-43377"],
  },
  {
    slug: "08-employer-chinyong",
    subject: { name: "Alex Morgan", employer: { name: "Chinyong IT Cooperation Co." } },
    decision: "block",
    codes: ["sanctioned_employer"],
    says: ["OFAC-43379"],
  },
  {
    slug: "09-ru-company-construction",
    subject: { name: "Stroitelnaya Kompaniya Vostok OOO", kind: "organization", countries: ["RU"], sector: "construction" },
    decision: "clear",
  },
  {
    slug: "10-maria-schmidt-nurse",
    subject: { name: "Maria Schmidt", nationalities: ["DE"], countries: ["DE"], sector: "nurse" },
    decision: "clear",
  },
];

describe("scenarios", () => {
  describe.each(SCENARIOS)("$slug", (sc) => {
    const options = sc.asOf ? { asOf: sc.asOf } : undefined;
    const result = screener.screen(sc.subject, options);
    const golden = goldenScreener.screen(sc.subject, options);

    it(`decides ${sc.decision}, on the embedded list and on the fixture`, () => {
      expect(result.decision).toBe(sc.decision);
      expect(golden.decision).toBe(sc.decision);
      expect(ScreeningResultSchema.parse(result)).toEqual(result);
    });

    it("fires the expected rules with the expected citations and reasons", () => {
      const codes = result.hits.map((h) => h.code);
      for (const code of sc.codes ?? []) expect(codes).toContain(code);
      const labels = result.hits.flatMap((h) => h.citations.map((c) => c.label));
      for (const cite of sc.cites ?? []) expect(labels.some((l) => l.includes(cite)), cite).toBe(true);
      for (const text of sc.says ?? []) expect(result.hits.some((h) => h.reason.includes(text)), text).toBe(true);
      if (sc.decision === "clear") expect(result.hits.every((h) => !h.blocking && h.requiresReview !== true)).toBe(true);
    });

    it("lists every rule in checks, once", () => {
      expect(result.checks.map((c) => c.ruleId)).toEqual([...new Set(result.checks.map((c) => c.ruleId))]);
      expect(result.checks).toHaveLength(screener.rules.length);
    });

    it("explains itself the same way every time (golden files)", async () => {
      await expect(explain(golden, { format: "text" })).toMatchFileSnapshot(`./__golden__/${sc.slug}.txt`);
      await expect(explain(golden, { format: "markdown" })).toMatchFileSnapshot(`./__golden__/${sc.slug}.md`);
      await expect(explain(golden, { format: "json" })).toMatchFileSnapshot(`./__golden__/${sc.slug}.json`);
    });
  });

  it("keeps a clear subject clear with weak evidence only: host country and sector together stay below review", () => {
    const r = screener.screen({ name: "Wang Wei", countries: ["CN", "RU", "LA"], sector: "backend developer" });
    expect(r.decision).toBe("clear");
    expect(r.score).toBeLessThan(r.meta.thresholds.review);
  });
});
