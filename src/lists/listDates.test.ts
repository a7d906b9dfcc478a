import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partialDateProblem } from "../schema/index.js";
import { approximately, parseListDate } from "./listDates.js";
import { parseOfacDate } from "./parseOfacDate.js";

describe("parseListDate", () => {
  it.each([
    ["25 Apr 1965", "1965-04-25"],
    ["5 April 1965", "1965-04-05"],
    ["Apr 1965", "1965-04"],
    ["Nov. 1973", "1973-11"],
    ["Sept. 1977", "1977-09"],
    ["August 1961", "1961-08"],
    ["1965", "1965"],
    ["1976-10-18", "1976-10-18"],
    ["1976-10", "1976-10"],
    ["30 Feb 1965", undefined],
    ["Mayor 1965", undefined],
    ["24/06/1402 (Hijri Calendar)", undefined],
    ["30-35 years old", undefined],
    ["", undefined],
  ])("%j → %j", (text, expected) => {
    expect(parseListDate(text)).toBe(expected);
  });
});

describe("parseOfacDate", () => {
  it.each([
    ["25 Apr 1965", "1965-04-25"],
    ["Apr 1965", "1965-04"],
    ["1965", "1965"],
    ["circa 1947", "1946/1948"],
    ["circa 25 Apr 1965", "1964/1966"],
    ["circa 1960-1962", "1959/1963"],
    ["1960 to 1962", "1960/1962"],
    ["01 Jan 1960 to 31 Dec 1962", "1960-01-01/1962-12-31"],
    ["Jan 1960 to Mar 1960", "1960-01/1960-03"],
    ["1962 to 1960", undefined],
    ["unknown", undefined],
  ])("%j → %j", (text, expected) => {
    expect(parseOfacDate(text)).toBe(expected);
  });

  it("turns every real day into its ISO date (property)", () => {
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const text = `${String(d.getUTCDate()).padStart(2, "0")} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
        expect(parseOfacDate(text)).toBe(iso);
      }),
    );
  });
});

describe("approximately", () => {
  it("gives a range one year either side that contains the year, with valid ends (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1801, max: 2198 }), (year) => {
        const [from = "", to = ""] = approximately(String(year)).split("/");
        expect(Number(from)).toBe(year - 1);
        expect(Number(to)).toBe(year + 1);
        expect(partialDateProblem(from)).toBeUndefined();
      }),
    );
  });
});
