import { describe, expect, it } from "vitest";
import { classifySector, MIN_SECTOR_CONFIDENCE, sectorByCode } from "./classifySector.js";
import { NEUTRAL_OCCUPATIONS, SECTORS, SECTOR_CODES, type SectorCode } from "./sectorTaxonomy.js";

// Expected sectors assigned by hand from the sector definitions in domain.md §8.2 and the
// advisories (FBI 2024: software, mobile apps, crypto, animation, AI), not from the code's output.
const TITLES: readonly [title: string, expected: SectorCode | undefined][] = [
  // IT and software
  ["senior React dev", "it-software"],
  ["backend developer", "it-software"],
  ["Full-stack engineer", "it-software"],
  ["iOS developer", "it-software"],
  ["Android app developer", "it-software"],
  ["Solidity smart contract engineer", "it-software"],
  ["crypto exchange developer", "it-software"],
  ["DevOps engineer", "it-software"],
  ["machine learning engineer", "it-software"],
  ["3D animator", "it-software"],
  ["freelance programmer", "it-software"],
  ["C++ programmer", "it-software"],
  ["Node.js developer", "it-software"],
  ["IT support", "it-software"],
  // construction
  ["construction worker", "construction"],
  ["bricklayer", "construction"],
  ["welder", "construction"],
  ["carpenter", "construction"],
  ["civil engineer", "construction"],
  ["sculptor", "construction"],
  // hospitality
  ["line cook", "hospitality"],
  ["chef", "hospitality"],
  ["waitress", "hospitality"],
  ["restaurant manager", "hospitality"],
  ["hotel housekeeper", "hospitality"],
  // medicine
  ["nurse", "medical"],
  ["Registered Nurse", "medical"],
  ["doctor", "medical"],
  ["acupuncturist", "medical"],
  // other sectors
  ["seamstress", "textiles"],
  ["garment factory worker", "textiles"],
  ["fish processing worker", "seafood-processing"],
  ["fisherman", "fishing"],
  ["lumberjack", "logging"],
  ["coal miner", "mining"],
  ["shipyard welder", "shipbuilding"],
  ["farm worker", "agriculture"],
  ["fruit picker", "agriculture"],
  // typos (fuzzy)
  ["developper", "it-software"],
  ["constructon worker", "construction"],
  ["electrican", "construction"],
  ["resturant", "hospitality"],
  // no high-risk sector
  ["accountant", undefined],
  ["lawyer", undefined],
  ["teacher", undefined],
  ["bank teller", undefined],
  ["marketing manager", undefined],
  ["HR manager", undefined],
  ["journalist", undefined],
  ["real estate agent", undefined],
  ["property developer", undefined],
  ["business development manager", undefined],
  ["truck driver", undefined],
  ["graphic designer", undefined],
  ["project manager", undefined],
  ["mechanical engineer", undefined],
  ["receptionist", undefined],
  ["florist", undefined],
  ["hairdresser", undefined],
  ["acountant", undefined],
  ["lawer", undefined],
];

describe("classifySector", () => {
  it.each(TITLES)("%s → %s", (title, expected) => {
    expect(classifySector(title)?.code).toBe(expected);
  });

  it("has at least 40 titles in the table, with negatives", () => {
    expect(TITLES.length).toBeGreaterThanOrEqual(40);
    expect(TITLES.filter(([, e]) => e === undefined).length).toBeGreaterThanOrEqual(10);
  });

  it("reports the synonym, the matched words and a confidence", () => {
    expect(classifySector("senior React dev")).toEqual({ code: "it-software", label: expect.any(String), tier: "core", synonym: "dev", matched: "dev", confidence: 0.9, method: "exact" });
    expect(classifySector("nurse")).toMatchObject({ code: "medical", synonym: "nurse", confidence: 1, method: "exact" });
    const typo = classifySector("developper");
    expect(typo).toMatchObject({ code: "it-software", synonym: "developer", matched: "developper", method: "fuzzy" });
    expect(typo?.confidence).toBeGreaterThanOrEqual(MIN_SECTOR_CONFIDENCE);
    expect(typo?.confidence).toBeLessThan(0.9);
  });

  it("accepts a sector code as is", () => {
    for (const code of SECTOR_CODES) expect(classifySector(code)).toMatchObject({ code, method: "code", confidence: 1 });
  });

  it("finds nothing in empty or symbol-only text", () => {
    expect(classifySector("   ")).toBeUndefined();
    expect(classifySector("—")).toBeUndefined();
  });

  it("classifies every synonym of a sector as that sector", () => {
    for (const sector of SECTORS) for (const s of sector.synonyms) expect(classifySector(s)?.code, s).toBe(sector.code);
  });

  it("classifies no neutral occupation as high-risk", () => {
    for (const s of NEUTRAL_OCCUPATIONS) expect(classifySector(s), s).toBeUndefined();
  });

  it("gives every sector a source with a URL", () => {
    for (const code of SECTOR_CODES) {
      const sector = sectorByCode(code);
      expect(sector?.sources.length, code).toBeGreaterThan(0);
      for (const c of sector?.sources ?? []) expect(c.url, `${code}: ${c.label}`).toMatch(/^https?:\/\//);
    }
  });
});
