import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createScreener, defineRule, dprkRules, HOST_COUNTRIES, type Rule, type SubjectInput } from "../src/index.js";
import { decisionRank } from "../src/score/index.js";

const now = () => new Date("2026-11-27T12:00:00Z");
const FLAGS = ["paymentInCryptocurrency", "multipleLoginCountries", "loginCountryMismatch", "identityInconsistency", "refusesVideo", "laptopReshipping", "remoteAccessTools", "thirdPartyAccounts", "offHoursMismatch"] as const;
const SECTORS = ["backend developer", "senior React dev", "construction worker", "line cook", "nurse", "seamstress", "accountant", "lawyer", "developper"];
const HOSTS = HOST_COUNTRIES.map((h) => h.iso2);

const indicators = fc.record(
  { ...Object.fromEntries(FLAGS.map((f) => [f, fc.boolean()])), paymentToThirdCountry: fc.constantFrom("CN", "HK", "AE") },
  { requiredKeys: [] },
) as fc.Arbitrary<NonNullable<SubjectInput["indicators"]>>;

const subject: fc.Arbitrary<SubjectInput> = fc.record(
  {
    kind: fc.constantFrom("person", "organization"),
    name: fc.constantFrom("Kim Sang Man", "Pak Chol", "Wang Wei", "Maria Schmidt", "Mansudae Art Studio", "Ri Yong Ho", "Chinyong IT"),
    birthDate: fc.constantFrom("1965-04-25", "1990-01-01", "1965"),
    nationalities: fc.subarray(["KP", "CN", "RU", "DE", "KR"]),
    countries: fc.subarray(["CN", "RU", "LA", "DE", "PL", "AO", "KP", "US"]),
    sector: fc.constantFrom(...SECTORS),
    employer: fc.record({ name: fc.constantFrom("Chinyong IT Cooperation Co.", "Siemens AG", "Chinyong IT", "Mansudae Overseas"), country: fc.constantFrom("RU", "DE", "AE") }, { requiredKeys: ["name"] }),
    identifiers: fc.constantFrom([{ type: "passport", value: "109420132" }], [{ value: "X123" }]),
    workAuthorization: fc.record({ issuedOn: fc.constantFrom("2016-05-01", "2017-09", "2017-10-01", "2018-02-01"), contractSignedOn: fc.constantFrom("2017-06-01", "2018-01-01"), country: fc.constantFrom("PL", "RU", "MT") }, { requiredKeys: [] }),
    exemption: fc.constantFrom("refugee", "asylum", "host-state-national"),
    indicators,
  },
  { requiredKeys: ["name"] },
) as fc.Arbitrary<SubjectInput>;

const asOf = fc.constantFrom("2018-06-01", "2019-12-22", "2019-12-23", "2026-11-27");
const screener = createScreener({ now });
const run = (s: SubjectInput, at: string) => screener.screen(s, { asOf: at });

function notLower(before: { score: number; decision: "clear" | "review" | "block" }, after: { score: number; decision: "clear" | "review" | "block" }): boolean {
  return after.score >= before.score && decisionRank(after.decision) >= decisionRank(before.decision);
}

describe("rule-pack invariants (fast-check)", () => {
  it("gives the same result whatever the order of the rules", () => {
    fc.assert(
      fc.property(subject, asOf, fc.shuffledSubarray([...dprkRules], { minLength: dprkRules.length }), (s, at, shuffled) => {
        const a = createScreener({ now, rules: [...dprkRules] }).screen(s, { asOf: at });
        const b = createScreener({ now, rules: shuffled as Rule[] }).screen(s, { asOf: at });
        expect(b).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  it("never lowers the score or the decision when an IT red flag is added", () => {
    fc.assert(
      fc.property(subject, asOf, fc.constantFrom(...FLAGS, "paymentToThirdCountry" as const), (s, at, flag) => {
        const current = s.indicators ?? {};
        if (current[flag]) return true;
        const added = { ...s, indicators: { ...current, [flag]: flag === "paymentToThirdCountry" ? "CN" : true } };
        return notLower(run(s, at), run(added, at));
      }),
    );
  });

  it("never lowers the score or the decision when a host country is added", () => {
    fc.assert(
      fc.property(subject, asOf, fc.constantFrom(...HOSTS), (s, at, host) => {
        const added = { ...s, countries: [...(s.countries ?? []), host] };
        return notLower(run(s, at), run(added, at));
      }),
    );
  });

  it("never lowers the score or the decision when a sector is added", () => {
    fc.assert(
      fc.property(subject, asOf, fc.constantFrom(...SECTORS), (s, at, sector) => {
        const { sector: _drop, ...without } = s;
        return notLower(run(without, at), run({ ...without, sector }, at));
      }),
    );
  });

  it("lets a blocking rule decide on its own, whatever else is found and however the thresholds are set", () => {
    const tripwire = defineRule({
      id: "test.tripwire",
      title: "Always blocks",
      version: "1",
      citations: [{ label: "test", url: "https://example.com" }],
      appliesTo: ["person", "organization", "vessel"],
      evaluate: () => ({ code: "tripwire", points: 0, blocking: true, reason: "always", evidence: { input: {} } }),
    });
    fc.assert(
      fc.property(subject, asOf, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (s, at, x, y) => {
        const thresholds = { review: Math.min(x, y), block: Math.max(x, y) };
        return createScreener({ now, thresholds, rules: [...dprkRules, tripwire] }).screen(s, { asOf: at }).decision === "block";
      }),
      { numRuns: 50 },
    );
  });

  it("only ever reports reason codes the rules declare, and every rule in checks", () => {
    const declared = new Map(dprkRules.map((r) => [r.id, new Set(r.reasonCodes)]));
    fc.assert(
      fc.property(subject, asOf, (s, at) => {
        const r = run(s, at);
        for (const h of r.hits) expect(declared.get(h.ruleId)?.has(h.code), `${h.ruleId}: ${h.code}`).toBe(true);
        expect(r.checks.map((c) => c.ruleId).sort()).toEqual(dprkRules.map((rule) => rule.id).sort());
      }),
    );
  });
});
