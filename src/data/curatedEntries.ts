import type { Entry } from "../schema/index.js";

/**
 * The curated DPRK overseas-labour watchlist: reviewed data, compiled by the dprk-screen
 * maintainers from public facts (UN 1718 Committee list, OFAC SDN list and Treasury press
 * releases, UN Panel of Experts reports). Each entry carries its sources and a one-line basis in
 * our own words. Ids: the UN reference number when the UN lists the party, else `OFAC-` and the
 * SDN ent_num, else a stable id of our own (`DS-…`); the party's other list ids are in
 * `references`.
 *
 * Review rule: every fact here must be traceable to one of the entry's sources.
 */
export const CURATED_ENTRIES: readonly Entry[] = [
  {
    id: "KPe.050",
    kind: "organization",
    name: "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES",
    aliases: [{ name: "Mansudae Art Studio", quality: "a.k.a." }, { name: "Mansudae Overseas Projects", quality: "weak" }],
    birthDates: [],
    nationalities: [],
    countries: ["KP", "DZ", "AO", "BW", "BJ", "KH", "TD", "CD", "GQ", "MY", "MZ", "MG", "NA", "SY", "TG", "ZW"],
    identifiers: [],
    programs: ["UN-1718", "DPRK3"],
    listedOn: "2017-08-05",
    source: "dprk-overseas-labour",
    references: ["OFAC-20578"],
    addresses: ["Yanggakdo International Hotel, RYUS, Pyongyang, DPRK"],
    basis: "Exported DPRK workers for construction abroad, including statues and monuments, to earn revenue for the DPRK government and the Workers' Party.",
    sources: [
      { label: "UN Security Council Consolidated List, KPe.050 (listed 2017-08-05 under UNSCR 2371)", url: "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list" },
      { label: "OFAC SDN list, ent_num 20578 (DPRK3)", url: "https://sanctionssearch.ofac.treas.gov/" },
    ],
  },
  {
    id: "OFAC-43379",
    kind: "organization",
    name: "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY",
    aliases: [{ name: "Jinyong IT Cooperation Company", quality: "aka" }, { name: "Jinyong Information Technology Cooperation Company", quality: "spelling" }, { name: "Chinyong IT Cooperation Company", quality: "spelling" }],
    birthDates: [],
    nationalities: [],
    countries: ["KP", "RU", "LA", "CN"],
    identifiers: [],
    programs: ["DPRK2"],
    listedOn: "2023-05-23",
    source: "dprk-overseas-labour",
    basis: "Subordinate to the Ministry of National Defence (UN KPe.054); employs DPRK IT-worker delegations in Russia and Laos whose earnings go to the regime.",
    sources: [
      { label: "OFAC SDN list, ent_num 43379 (DPRK2)", url: "https://sanctionssearch.ofac.treas.gov/" },
      { label: "Infosecurity Magazine, 2023-05-24: US sanctions North Korean entities (designation of 23 May 2023)", url: "https://www.infosecurity-magazine.com/news/us-sanctions-north-korea-entities/" },
    ],
  },
  {
    id: "OFAC-43377",
    kind: "person",
    name: "KIM, Sang Man",
    aliases: [{ name: "KIM, Sangman", quality: "aka" }],
    birthDates: ["1965-04-25"],
    nationalities: ["KP"],
    countries: ["RU", "KP"],
    identifiers: [
      { type: "passport", value: "109420132", country: "KP", note: "issued 16 Oct 2019, expires 16 Oct 2024" },
      { type: "passport", value: "827220538", country: "KP" },
      { type: "passport", value: "563220082", country: "KP" },
      { type: "digital-currency-address", value: "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ", note: "XBT" },
      { type: "digital-currency-address", value: "1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z", note: "XBT" },
      { type: "digital-currency-address", value: "0x97b1043abd9e6fc31681635166d430a458d14f9c", note: "ETH" },
      { type: "digital-currency-address", value: "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40", note: "ETH, USDT, USDC" },
    ],
    programs: ["DPRK4"],
    source: "dprk-overseas-labour",
    placesOfBirth: ["North Pyongan Province, North Korea"],
    gender: "Male",
    basis: "Chinyong (Jinyong) IT Cooperation Company official who received over $2 million in cryptocurrency in 2021 from DPRK IT-worker teams in China and Russia.",
    sources: [
      { label: "OFAC SDN list, ent_num 43377 (DPRK4): DOB 25 Apr 1965, passports, digital-currency addresses", url: "https://sanctionssearch.ofac.treas.gov/" },
      { label: "domain.md §6.1 (dprk-screen shared docs), from the OFAC 2024 SDN data" },
    ],
  },
];
