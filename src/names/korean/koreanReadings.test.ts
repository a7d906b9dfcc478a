import { describe, expect, it } from "vitest";
import { koreanReadings } from "./koreanReadings.js";
import { romanKey } from "./romanKey.js";

// Two-syllable family names (korean-names.md: 남궁 Namgung, 황보 Hwangbo, 제갈 Jegal, 선우 Seonu,
// 독고 Dokgo), written as one word or as two, family name first or last.
describe("koreanReadings: two-syllable family names", () => {
  it.each([
    [["nam", "gung", "min"], "namgung", "min"],
    [["namgung", "min"], "namgung", "min"],
    [["min", "namgung"], "namgung", "min"],
    [["hwang", "bo", "in", "ho"], "hwangbo", "inho"],
    [["je", "gal", "song"], "jegal", "song"],
    [["jegal", "song"], "jegal", "song"],
    [["sun", "woo", "hyuk"], "seonu", "hyeok"],
    [["tok", "ko", "chol"], "dokgo", "chol"],
  ])("reads %j with the family name %s", (tokens, surname, given) => {
    expect(koreanReadings(tokens).map((r) => [r.surname, r.given])).toContainEqual([romanKey(surname), romanKey(given)]);
  });

  it("does not read two ordinary words as a two-syllable family name", () => {
    expect(koreanReadings(["kim", "jong", "un"]).map((r) => r.surname)).toEqual([romanKey("kim")]);
    expect(koreanReadings(["maria", "schmidt"])).toEqual([]);
  });
});
