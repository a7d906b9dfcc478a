import type { Watchlist } from "../../src/schema/index.js";

/**
 * A fixed three-entry watchlist for the golden explanations, so that the golden files test how
 * results are explained and do not change each time the embedded list grows. Facts from
 * domain.md §3.2 (UN KPe.050, listed 2017-08-05) and §6.1 (OFAC 43379 Chinyong, designated
 * 2023-05-23; OFAC 43377 KIM, Sang Man, DOB 25 Apr 1965, DPRK4).
 */
export function scenarioWatchlist(): Watchlist {
  return {
    id: "scenario-fixture",
    source: "dprk-screen test fixture: three entries from the UN and OFAC lists",
    publishedAt: "2026-11-01",
    version: "1",
    loadedAt: "2026-11-27T00:00:00Z",
    stats: { records: 3, entries: 3, names: 6, skipped: [], orphans: [] },
    entries: [
      {
        id: "KPe.050",
        kind: "organization",
        name: "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES",
        aliases: [{ name: "Mansudae Art Studio", quality: "a.k.a." }],
        birthDates: [],
        nationalities: [],
        countries: ["KP", "NA"],
        identifiers: [],
        programs: ["UN-1718"],
        listedOn: "2017-08-05",
        source: "scenario-fixture",
        references: ["OFAC-20578"],
        basis: "Exported DPRK workers for construction abroad, including statues and monuments.",
      },
      {
        id: "OFAC-43379",
        kind: "organization",
        name: "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY",
        aliases: [{ name: "Jinyong IT Cooperation Company", quality: "aka" }, { name: "Chinyong IT Cooperation Company", quality: "spelling" }],
        birthDates: [],
        nationalities: [],
        countries: ["KP", "RU", "LA"],
        identifiers: [],
        programs: ["DPRK2"],
        listedOn: "2023-05-23",
        source: "scenario-fixture",
        basis: "Employs DPRK IT-worker delegations in Russia and Laos; subordinate to the Ministry of National Defence (UN KPe.054).",
      },
      {
        id: "OFAC-43377",
        kind: "person",
        name: "KIM, Sang Man",
        aliases: [],
        birthDates: ["1965-04-25"],
        nationalities: ["KP"],
        countries: ["RU"],
        identifiers: [],
        programs: ["DPRK4"],
        source: "scenario-fixture",
        basis: "Chinyong official who received cryptocurrency from DPRK IT-worker teams in China and Russia.",
      },
    ],
  };
}
