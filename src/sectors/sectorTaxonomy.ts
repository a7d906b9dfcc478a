import type { Citation } from "../schema/index.js";

/**
 * Codes of the high-risk sectors for DPRK overseas labour. Codes are API: renaming one is breaking.
 *
 * @example
 * ```ts
 * SECTOR_CODES.includes("it-software") //=> true
 * ```
 */
export const SECTOR_CODES = [
  "it-software",
  "construction",
  "hospitality",
  "medical",
  "textiles",
  "seafood-processing",
  "fishing",
  "logging",
  "mining",
  "shipbuilding",
  "agriculture",
  "sports",
] as const;

/** A high-risk sector code. */
export type SectorCode = (typeof SECTOR_CODES)[number];

/**
 * `core`: one of the four sectors the UN Panel of Experts names for DPRK workers abroad in 2023
 * (construction, hospitality, medicine, IT); `other`: a sector named by an advisory, a
 * resolution's export ban or a report as employing DPRK workers.
 */
export type SectorTier = "core" | "other";

/** A high-risk sector: its code, label, tier, the words that name it, and its sources. */
export interface Sector {
  readonly code: SectorCode;
  readonly label: string;
  readonly tier: SectorTier;
  /** Job titles and words that name the sector, lower-case; multi-word phrases allowed. */
  readonly synonyms: readonly string[];
  readonly sources: readonly Citation[];
}

// Sources as recorded in the shared domain notes (domain.md §1, §4, §5, §7, §8.2).
const S = {
  poe2024: { label: "UN Panel of Experts final report, 7 Mar 2024 (RFA, 21 Mar 2024): DPRK workers abroad in construction, hospitality, medicine and IT", url: "https://rfa.org/english/news/korea/workers-03212024162926.html" },
  advisory2018: { label: "US State/Treasury/DHS supply-chain advisory, 23 Jul 2018: DPRK joint ventures in apparel, construction, hospitality, minerals, seafood, textiles", url: "https://www.state.gov/e/eb/tfs/spi/northkorea/advisories/284241.htm" },
  advisory2022: { label: "US State/Treasury/FBI advisory, 16 May 2022: DPRK IT workers (freelance software, mobile apps, crypto)", url: "https://ofac.treasury.gov/media/923126/download?inline" },
  fbi2024: { label: "FBI counterintelligence bulletin, Jul 2024 (Lockheed Martin supplier note): software, mobile apps, virtual-currency exchange and coin development, graphic animation, AI applications", url: "https://lockheedmartincareers.com/en-us/suppliers/news/features/2024/cybersecurity-imposters-update.html" },
  msmt2025: { label: "MSMT report 2, 22 Oct 2025: DPRK animation-studio staff sub-contracted to Western animation work; IT workers in China and Russia", url: "https://morningitaly.com/msmt-report-to-the-un-north-korea-finances-rearmament-with-cryptocurrency-theft" },
  kpe050: { label: "UN 1718 list KPe.050, Mansudae Overseas Project Group: exported workers for construction, including statues and monuments", url: "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list" },
  ecb: { label: "OFAC designation of the External Construction Bureau and the Ministry of Labor, Oct 2017 (The Hill)", url: "https://digital-staging.thehill.com/policy/finance/357361-treasury-targets-north-korean-nationals-tied-to-military-labor-camps/amp" },
  poe2020: { label: "UN Panel of Experts 2020 report (CBS): investigating DPRK sports players, doctors, IT workers and manual labourers abroad", url: "https://www.newson6.com/story/41686691/north-korea-still-enhancing-nuclear-programs-and-evading-sanctions-un-report-says" },
  nigeria2020: { label: "Nigeria's report to the UN Panel of Experts, Nov 2020: 37 DPRK health workers awaiting deportation (Pyongyang Papers, secondary)", url: "https://pyongyangpapers.com/tag/doctors/" },
  unscr2375: { label: "UNSCR 2375 (2017): ban on DPRK textile exports", url: "https://www.un.org/securitycouncil/fr/s/res/2375-%282017%29" },
  unscr2371: { label: "UNSCR 2371 (2017): ban on DPRK seafood exports", url: "https://main.un.org/securitycouncil/en/sanctions/1718/resolutions" },
  hrnk: { label: "HRNK Insider: DPRK workers in Chinese seafood-processing plants (until Aug 2023)", url: "https://www.hrnkinsider.org/" },
  poland2018: { label: "CM Trade Law, Jan 2018: DPRK labour in Polish shipyards", url: "https://www.cmtradelaw.com/2018/01/north-korean-labor-remains-problematic-for-global-supply-chains/" },
  eqGuinea2018: { label: "NK News, Aug 2018: Equatorial Guinea repatriates DPRK workers, cuts agricultural ties", url: "https://www.nknews.org/2018/08/equatorial-guinea-repatriates-north-korean-workers-cuts-agricultural-ties-nir/" },
  ul: { label: "UL, on the 2018 US supply-chain advisory: DPRK labour in supply chains in over 40 countries (secondary)", url: "https://crs.ul.com/en/news-events/u-s-legislation-requires-enhancements-modern-slavery-compliance-procedures-address-north-korean-labour-risks/" },
} as const satisfies Record<string, Citation>;

/**
 * The high-risk sectors, each with its synonyms and sources.
 *
 * @example
 * ```ts
 * SECTORS.filter((s) => s.tier === "core").map((s) => s.code) //=> ["it-software", "construction", "hospitality", "medical"]
 * ```
 */
export const SECTORS: readonly Sector[] = Object.freeze([
  {
    code: "it-software",
    label: "IT and software (development, mobile apps, crypto, animation, AI)",
    tier: "core",
    sources: [S.poe2024, S.advisory2022, S.fbi2024, S.msmt2025],
    synonyms: [
      "it", "information technology", "software", "software engineer", "software developer", "developer", "dev", "programmer", "computer programmer",
      "coder", "programming", "web developer", "frontend", "front end", "backend", "back end", "full stack", "fullstack", "devops", "sre",
      "site reliability engineer", "mobile app", "mobile developer", "app developer", "ios", "android", "flutter", "react", "react native",
      "angular", "vue", "node js", "nodejs", "javascript", "typescript", "python developer", "java developer", "golang", "php", "ruby on rails",
      "cpp", "csharp", "dotnet", "blockchain", "smart contract", "solidity", "web3", "crypto", "cryptocurrency", "defi", "nft", "coin developer",
      "crypto exchange", "animator", "animation", "3d artist", "motion graphics", "game developer", "unity developer", "machine learning",
      "ml engineer", "ai engineer", "artificial intelligence", "data scientist", "data engineer", "computer vision", "qa engineer", "software tester",
      "test automation", "it support", "system administrator", "sysadmin", "network engineer", "database administrator", "cloud engineer",
      "security engineer", "cybersecurity", "penetration tester", "web designer", "ui developer", "software architect", "biometric software",
    ],
  },
  {
    code: "construction",
    label: "Construction (including statues and monuments)",
    tier: "core",
    sources: [S.poe2024, S.kpe050, S.ecb, S.advisory2018],
    synonyms: [
      "construction", "construction worker", "builder", "building site", "bricklayer", "mason", "stonemason", "welder", "welding", "carpenter",
      "joiner", "plasterer", "scaffolder", "roofer", "tiler", "concrete", "concreter", "rebar", "steel fixer", "formwork", "site foreman",
      "foreman", "civil engineer", "site engineer", "labourer", "laborer", "general labourer", "excavator operator", "crane operator",
      "demolition", "drywall", "painter decorator", "house painter", "monument", "statue", "sculptor", "mosaic", "renovation", "plumber",
      "electrician", "pipefitter", "road worker", "paving",
    ],
  },
  {
    code: "hospitality",
    label: "Hospitality and restaurants",
    tier: "core",
    sources: [S.poe2024, S.advisory2018],
    synonyms: [
      "hospitality", "restaurant", "cook", "line cook", "chef", "sous chef", "kitchen", "kitchen porter", "kitchen hand", "dishwasher",
      "waiter", "waitress", "bartender", "barista", "hotel", "housekeeper", "housekeeping", "room attendant", "hotel receptionist",
      "front desk", "bellboy", "catering", "caterer", "food service", "baker",
    ],
  },
  {
    code: "medical",
    label: "Medicine and health",
    tier: "core",
    sources: [S.poe2024, S.poe2020, S.nigeria2020],
    synonyms: [
      "medical", "medicine", "medic", "nurse", "nursing", "registered nurse", "doctor", "physician", "surgeon", "general practitioner",
      "dentist", "dental", "pharmacist", "pharmacy", "paramedic", "acupuncture", "acupuncturist", "traditional medicine", "oriental medicine",
      "herbalist", "physiotherapist", "midwife", "clinic", "hospital", "healthcare", "health care", "caregiver", "care worker", "radiologist",
      "anaesthetist", "anesthesiologist",
    ],
  },
  {
    code: "textiles",
    label: "Textiles, apparel and embroidery",
    tier: "other",
    sources: [S.advisory2018, S.unscr2375],
    synonyms: [
      "textile", "garment", "apparel", "sewing", "seamstress", "sewing machine operator", "tailor", "embroidery", "embroiderer", "knitting",
      "knitter", "weaver", "weaving", "dressmaker", "clothing factory",
    ],
  },
  {
    code: "seafood-processing",
    label: "Seafood processing",
    tier: "other",
    sources: [S.advisory2018, S.hrnk, S.unscr2371],
    synonyms: [
      "seafood", "seafood processing", "fish processing", "fish processor", "fish factory", "fish plant", "fish filleter", "filleter",
      "cannery", "crab processing", "shellfish", "squid processing",
    ],
  },
  {
    code: "fishing",
    label: "Fishing",
    tier: "other",
    sources: [S.advisory2018, S.unscr2371],
    synonyms: ["fishing", "fisherman", "fisher", "fishing vessel", "fishing crew", "trawler", "trawlerman", "deckhand"],
  },
  {
    code: "logging",
    label: "Logging and timber",
    tier: "other",
    sources: [S.advisory2018, S.ul],
    synonyms: ["logging", "logger", "lumberjack", "timber", "forestry", "forest worker", "tree feller", "sawmill", "lumber", "woodcutter"],
  },
  {
    code: "mining",
    label: "Mining",
    tier: "other",
    sources: [S.advisory2018, S.ul],
    synonyms: ["mining", "miner", "coal miner", "mine worker", "quarry", "quarryman", "gold mining", "mineral"],
  },
  {
    code: "shipbuilding",
    label: "Shipbuilding and containers",
    tier: "other",
    sources: [S.poland2018, S.ul],
    synonyms: [
      "shipbuilding", "shipbuilder", "shipyard", "shipyard worker", "shipyard welder", "ship welder", "shipfitter", "ship fitter",
      "boatbuilder", "dockyard", "marine fitter", "container manufacturing",
    ],
  },
  {
    code: "agriculture",
    label: "Agriculture",
    tier: "other",
    sources: [S.eqGuinea2018, S.ul],
    synonyms: [
      "agriculture", "agricultural", "farm", "farmer", "farm worker", "farmhand", "farm labourer", "farm laborer", "greenhouse", "harvester",
      "fruit picker", "crop", "livestock", "dairy farm", "orchard", "horticulture", "plantation",
    ],
  },
  {
    code: "sports",
    label: "Sports",
    tier: "other",
    sources: [S.poe2020],
    synonyms: ["athlete", "sportsman", "sportswoman", "footballer", "football player", "soccer player", "wrestler", "boxer", "gymnast", "taekwondo"],
  },
] satisfies Sector[]);

/**
 * Occupations that name no high-risk sector. They anchor the classifier: "accountant" must
 * resolve here rather than drift to a near spelling of a high-risk word, and "property
 * developer" or "business development" must not read as software development.
 *
 * @example
 * ```ts
 * NEUTRAL_OCCUPATIONS.includes("accountant") //=> true
 * ```
 */
export const NEUTRAL_OCCUPATIONS: readonly string[] = Object.freeze([
  "accountant", "accounting", "bookkeeper", "auditor", "lawyer", "attorney", "solicitor", "paralegal", "legal", "notary", "judge",
  "teacher", "lecturer", "professor", "tutor", "teaching", "school", "bank teller", "banker", "banking", "financial analyst", "finance",
  "cashier", "sales", "sales representative", "salesperson", "retail", "shop assistant", "marketing", "hr", "human resources", "recruiter",
  "journalist", "editor", "writer", "translator", "interpreter", "real estate agent", "real estate developer", "property developer",
  "estate agent", "insurance", "broker", "consultant", "manager", "office", "administrator", "receptionist", "secretary", "clerk",
  "driver", "truck driver", "delivery driver", "courier", "pilot", "flight attendant", "librarian", "graphic designer", "designer",
  "data analyst", "economist", "scientist", "researcher", "engineer", "mechanical engineer", "business development", "business dev",
  "student", "retired", "unemployed", "police officer", "civil servant", "photographer", "musician", "cleaner", "security guard",
  "logistics", "warehouse", "economist", "psychologist", "social worker", "pastor", "priest",
]);
