import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SubjectSchema } from "../schema/index.js";
import { readPlainSubject } from "./readPlainSubject.js";

// Values that are valid for a field, and values that are not (or that only the schema should
// judge: undefined, getters, class instances).
const validName = fc.constantFrom("Kim Sang Man", "리홍섭", "Ri Hong-sop", "  O'Neil  ", "Х", "7", "a".repeat(500), "Mansudae Overseas Project Group");
const badName = fc.constantFrom("", "   ", "--", "a".repeat(501), 5, null, undefined, ["Kim"], { name: "Kim" });
const validCountry = fc.constantFrom("KP", "North Korea", "Russia", "ru", "People's Republic of China", "Viet Nam");
const badCountry = fc.constantFrom("Korea", "Atlantis", "", "x".repeat(101), 7, null, undefined);
const validDate = fc.constantFrom("1965", "1965-04", "1965-04-25", "2000-02-29");
const badDate = fc.constantFrom("1965-4", "2023-02-30", "1799", "65", "", 1965, undefined);
const validText = fc.constantFrom("it", "  construction  ", "software development", "x".repeat(200));
const badText = fc.constantFrom("", "   ", "x".repeat(201), 3, null);
const flag = fc.boolean();

const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 4 });
const text = (max: number) => validText.filter((t) => t.trim().length <= max);
const indicatorShape = {
  paymentInCryptocurrency: flag,
  paymentToThirdCountry: validCountry,
  multipleLoginCountries: flag,
  loginCountryMismatch: flag,
  identityInconsistency: flag,
  refusesVideo: flag,
  laptopReshipping: flag,
  remoteAccessTools: flag,
  thirdPartyAccounts: flag,
  offHoursMismatch: flag,
};

/** Subjects whose every field is valid. */
const validSubject = fc.record(
  {
    kind: fc.constantFrom("person", "organization", "vessel"),
    name: validName,
    aliases: list(validName),
    birthDate: validDate,
    nationalities: list(validCountry),
    countries: list(validCountry),
    sector: text(200),
    employer: fc.record({ name: validName, country: validCountry }, { requiredKeys: ["name"] }),
    identifiers: list(fc.record({ type: text(60), value: text(120), country: validCountry }, { requiredKeys: ["value"] })),
    workAuthorization: fc.record({ issuedOn: validDate, contractSignedOn: validDate, country: validCountry }, { requiredKeys: [] }),
    exemption: fc.constantFrom("host-state-national", "refugee", "asylum"),
    indicators: fc.record(indicatorShape, { requiredKeys: [] }),
    ref: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: ["name"] },
);

/** One invalid (or doubtful) value per field, at the top level or inside a nested object or list. */
const corruptions: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(fc.constant("kind"), fc.constantFrom("company", "Person", undefined, 1)),
  fc.tuple(fc.constant("name"), badName),
  fc.tuple(fc.constant("aliases"), fc.oneof(badName.map((n) => ["Kim", n]), fc.constant(Array.from({ length: 51 }, () => "Kim")), fc.constant("Kim"), fc.constant([, "Kim"]))),
  fc.tuple(fc.constant("birthDate"), badDate),
  fc.tuple(fc.constantFrom("nationalities", "countries"), fc.oneof(badCountry.map((c) => ["KP", c]), fc.constant(Array.from({ length: 51 }, () => "KP")), fc.constant("KP"))),
  fc.tuple(fc.constant("sector"), badText),
  fc.tuple(fc.constant("employer"), fc.oneof(badName.map((n) => ({ name: n })), badCountry.map((c) => ({ name: "Kim", country: c })), fc.constant({ country: "KP" }), fc.constant({ name: "Kim", extra: 1 }), fc.constant(null))),
  fc.tuple(fc.constant("identifiers"), fc.oneof(badText.map((t) => [{ value: t }]), fc.constantFrom("x".repeat(61), "  ").map((t) => [{ value: "1", type: t }]), fc.constant([{ type: "passport" }]), fc.constant([{ value: "1", kind: "x" }]))),
  fc.tuple(fc.constant("workAuthorization"), fc.oneof(badDate.map((d) => ({ issuedOn: d })), badCountry.map((c) => ({ country: c })), fc.constant({ issued: "2020" }))),
  fc.tuple(fc.constant("exemption"), fc.constantFrom("diplomat", undefined, 3)),
  fc.tuple(fc.constant("indicators"), fc.oneof(fc.constant({ refusesVideo: "yes" }), badCountry.map((c) => ({ paymentToThirdCountry: c })), fc.constant({ videoRefused: true }), fc.constant([]))),
  fc.tuple(fc.constant("ref"), fc.constantFrom("r".repeat(201), 12, null)),
  fc.tuple(fc.constantFrom("nationality", "Name", "toString"), fc.constant("KP")),
);

/** A valid subject with one field made invalid (or doubtful). */
const nearlyValidSubject = fc.tuple(validSubject, corruptions).map(([s, [key, value]]) => ({ ...s, [key]: value }));

describe("readPlainSubject", () => {
  it("reads a plain subject as the schema does (checked by hand)", () => {
    expect(readPlainSubject({ name: "Kim Sang Man", nationalities: ["North Korea"] })).toStrictEqual({ kind: "person", name: "Kim Sang Man", nationalities: ["KP"] });
    expect(readPlainSubject({ sector: "  IT  ", name: "Ri", kind: "organization", identifiers: [{ value: " 12 ", country: "russia" }] })).toStrictEqual({ kind: "organization", name: "Ri", sector: "IT", identifiers: [{ value: "12", country: "RU" }] });
  });

  it("leaves to the schema whatever it is not sure of", () => {
    for (const input of [{ name: "" }, { name: "Kim", nationality: "KP" }, { name: "Kim", sector: undefined }, { name: "Kim", countries: ["Korea"] }, { name: "Kim", birthDate: "2023-02-30" }, Object.create({ name: "Kim" }), new Date(), ["Kim"], null, "Kim"]) {
      expect(readPlainSubject(input)).toBeUndefined();
    }
  });

  it("never disagrees with the schema: what it reads, the schema gives, with the same keys in the same order", () => {
    fc.assert(
      fc.property(fc.oneof(nearlyValidSubject, validSubject), (input) => {
        const fast = readPlainSubject(input);
        if (fast === undefined) return;
        const parsed = SubjectSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads every subject made only of valid fields (the fast path is taken)", () => {
    fc.assert(
      fc.property(validSubject, (input) => {
        const parsed = SubjectSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        const fast = readPlainSubject(input);
        expect(fast).toStrictEqual(parsed.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
      }),
      { numRuns: 2000 },
    );
  });
});
