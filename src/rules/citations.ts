import type { Citation } from "../schema/index.js";

/**
 * Citations shared by the built-in rules. Facts and URLs from `domain.md` (shared docs), §2, §5
 * and §6, which give the primary and secondary sources for each. Host-country and sector
 * sources live with their tables (`jurisdictions/hostCountries.ts`, `sectors/sectorTaxonomy.ts`).
 */
export const CITATIONS = {
  unscr1718: { label: "UNSCR 1718 (2006): asset freeze and travel ban on designated persons and entities", url: "https://press.un.org/en/2006/sc8853.doc.htm" },
  unscr2371: { label: "UNSCR 2371 (2017): work authorisations for DPRK nationals capped at the 5 Aug 2017 level", url: "https://main.un.org/securitycouncil/en/sanctions/1718/resolutions" },
  unscr2375p17: { label: "UNSCR 2375 (2017) para 17: no new work authorisations for DPRK nationals (written contracts finalised before 11 Sep 2017 excepted)", url: "https://www.un.org/securitycouncil/fr/s/res/2375-%282017%29" },
  unscr2397p8: { label: "UNSCR 2397 (2017) para 8: repatriate all DPRK nationals earning income abroad by 22 Dec 2019", url: "https://main.un.org/securitycouncil/en/sanctions/1718/resolutions" },
  ofacSdn: { label: "OFAC Specially Designated Nationals list (31 CFR part 510, North Korea Sanctions Regulations)", url: "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists" },
  unConsolidated: { label: "UN Security Council Consolidated List", url: "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list" },
  itWorkers2022: { label: "US State/Treasury/FBI advisory, 16 May 2022: Guidance on DPRK IT workers", url: "https://ofac.treasury.gov/media/923126/download?inline" },
  itWorkers2022Summary: { label: "Baker McKenzie summary of the 16 May 2022 DPRK IT-worker advisory: red flags", url: "https://sanctionsnews.bakermckenzie.com/the-us-government-publishes-advisory-on-north-korean-it-workers/" },
  itWorkers2023: { label: "FBI/ROK public service announcement PSA231018, 18 Oct 2023: additional DPRK IT-worker red flags", url: "https://ic3.gov/PSA/2023/PSA231018" },
  fbiLaptopFarms2024: { label: "FBI public service announcement 2024: DPRK leverages US-based individuals (laptop farms, remote-desktop access, reshipped laptops, financial accounts)", url: "https://technologyforyou.org/democratic-peoples-republic-of-korea-leverages-u-s-based-individuals-to-defraud-u-s-businesses-and-generate-revenue" },
  fbi2025: { label: "FBI public service announcement, 23 Jan 2025: DPRK IT workers extort employers, copy code, harvest credentials", url: "https://archive.orkl.eu/331a8b28c90929275e938e101c80de6811fa6303.json" },
  poe2024: { label: "UN Panel of Experts final report, 7 Mar 2024 (as reported by RFA, 21 Mar 2024): ~100,000 DPRK workers abroad in ~40 countries", url: "https://rfa.org/english/news/korea/workers-03212024162926.html" },
  treasuryJy2790: { label: "US Treasury press release jy2790, 16 Jan 2025: designations of DPRK IT-worker entities made after the 2024 SDN data", url: "https://home.treasury.gov/news/press-releases/jy2790" },
} as const satisfies Record<string, Citation>;
