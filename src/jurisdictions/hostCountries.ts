import type { Citation } from "../schema/index.js";

/**
 * How strongly the sources tie a country to DPRK overseas labour:
 * - `1`: hosts the bulk of the workers (China and Russia);
 * - `2`: named in a UN listing or an OFAC designation, or by a UN Panel of Experts report,
 *   a national implementation report or the press, as a place where DPRK workers were found.
 */
export type HostTier = 1 | 2;

/** A documented host country of DPRK overseas workers, with the sources that name it. */
export interface HostCountry {
  readonly iso2: string;
  readonly tier: HostTier;
  /** One line: what the sources say about this country. */
  readonly evidence: string;
  /** `primary` when a list entry, a resolution, a UN report or a government advisory names it; `secondary` when only press or a commercial summary does. */
  readonly sourceQuality: "primary" | "secondary";
  readonly sources: readonly Citation[];
}

// Sources, as recorded in the shared domain notes (domain.md §1, §2.3, §4, §5, §6, §7, §8.1).
const S = {
  poe2024: { label: "UN Panel of Experts final report, 7 Mar 2024 (RFA, 21 Mar 2024): ~100,000 workers, the vast majority in two countries", url: "https://rfa.org/english/news/korea/workers-03212024162926.html" },
  sejong2019: { label: "Sejong Institute, 12 Dec 2019: about 50,000 DPRK workers in China and 30,000 in Russia", url: "https://sejong.org/web/boad/22/egoread.php?bd=24&pg=48&seq=5193" },
  advisory2022: { label: "US State/Treasury/FBI advisory, 16 May 2022: DPRK IT workers located primarily in the PRC and Russia", url: "https://ofac.treasury.gov/media/923126/download?inline" },
  msmt2025: { label: "MSMT report 2, 22 Oct 2025: most known DPRK IT workers are in China (1,000–1,500); up to 40,000 labourers planned for Russia", url: "https://thefollowup.ai/claim/the-msmt-report-states-most-known-dprk-it-workers-are-based-in-china-10001500-and-that-plans-exist-to-send-up-to-40000-laborers-including-it-workers-to-russia" },
  ofacSdn: { label: "OFAC SDN list (North Korea programmes), entries with addresses in this country", url: "https://sanctionssearch.ofac.treas.gov/" },
  ofacChinyong: { label: "OFAC SDN ent_num 43379, Chinyong Information Technology Cooperation Company: IT workers in Russia and Laos (designated 23 May 2023)", url: "https://www.infosecurity-magazine.com/news/us-sanctions-north-korea-entities/" },
  treasuryJy2790: { label: "US Treasury press release jy2790, 16 Jan 2025: Korea Osong Shipping and Chonsurim Trading IT-worker delegations in Laos", url: "https://home.treasury.gov/news/press-releases/jy2790" },
  poe2023Laos: { label: "UN Panel of Experts midterm report 2023 (NK News, Nov 2023): up to 10,000 DPRK IT workers abroad, cases in Laos", url: "https://www.nknews.org/2023/11/up-to-10000-north-korean-it-workers-fundraising-for-regime-abroad-report/" },
  sobaeksu2025: { label: "US designation of Korea Sobaeksu Trading Company, 24 Jul 2025 (KBS): IT workers in Vietnam, China and Russia", url: "https://world.kbs.co.kr/service/news_view.htm?lang=f&Seq_Code=91421" },
  repatriation2019: { label: "UrduPoint/APP, 12 Dec 2019: interim reports under UNSCR 2397 (Kuwait sent back 904 workers, Qatar about 2,500)", url: "https://www.urdupoint.com/en/world/some-23000-n-korean-overseas-workers-sent-b-785407.html" },
  kpe050: { label: "UN 1718 list KPe.050, Mansudae Overseas Project Group of Companies (listed 2017-08-05): reported business in Algeria, Angola, Botswana, Benin, Cambodia, Chad, DR Congo, Equatorial Guinea, Malaysia, Mozambique, Madagascar, Namibia, Syria, Togo and Zimbabwe", url: "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list" },
  nigeria2020: { label: "Nigeria's report to the UN Panel of Experts, Nov 2020: 37 DPRK health workers awaiting deportation (Pyongyang Papers, secondary)", url: "https://pyongyangpapers.com/tag/doctors/" },
  eqGuinea2018: { label: "NK News, Aug 2018: Equatorial Guinea repatriates North Korean workers", url: "https://www.nknews.org/2018/08/equatorial-guinea-repatriates-north-korean-workers-cuts-agricultural-ties-nir/" },
  ul: { label: "UL, on the 2018 US supply-chain advisory: DPRK labourers reported in over 40 countries, incl. Gulf states, Malaysia, Malta, Mexico, Mongolia, Poland, Uruguay (secondary)", url: "https://crs.ul.com/en/news-events/u-s-legislation-requires-enhancements-modern-slavery-compliance-procedures-address-north-korean-labour-risks/" },
  poland2018: { label: "CM Trade Law, Jan 2018: DPRK labour in Polish shipyards; Poland barred new permits from 1 Jan 2018", url: "https://www.cmtradelaw.com/2018/01/north-korean-labor-remains-problematic-for-global-supply-chains/" },
} as const satisfies Record<string, Citation>;

const mansudae = (iso2: string, also: readonly Citation[] = []): HostCountry => ({
  iso2,
  tier: 2,
  evidence: "a country where the UN-listed Mansudae Overseas Project Group (KPe.050) was reported to do business",
  sourceQuality: "primary",
  sources: [S.kpe050, ...also],
});

/**
 * Documented host countries of DPRK overseas workers, by tier, each with its sources.
 *
 * Deliberately left out: the IT workers' *client* countries (Ukraine, Serbia, Canada, the US;
 * PoE 2021) — they are where the victims are, not where the workers live; the generic "Gulf
 * states", "Africa" and "South-East Asia" where no country is named; and Senegal, which our
 * notes name without a source document (add it when one is found: nothing scores unsourced).
 *
 * @example
 * ```ts
 * HOST_COUNTRIES.filter((h) => h.tier === 1).map((h) => h.iso2) //=> ["CN", "RU"]
 * ```
 */
export const HOST_COUNTRIES: readonly HostCountry[] = Object.freeze([
  { iso2: "CN", tier: 1, evidence: "hosts the bulk of DPRK workers abroad (about 50,000 in 2019) and most known DPRK IT workers; PRC bank accounts are an IT-worker red flag", sourceQuality: "primary", sources: [S.poe2024, S.sejong2019, S.advisory2022, S.msmt2025] },
  { iso2: "RU", tier: 1, evidence: "hosts the bulk of DPRK workers abroad with China (about 30,000 in 2019); Chinyong IT workers; up to 40,000 more labourers planned", sourceQuality: "primary", sources: [S.poe2024, S.sejong2019, S.advisory2022, S.ofacChinyong, S.msmt2025] },
  { iso2: "LA", tier: 2, evidence: "IT-worker delegations of Chinyong, Korea Osong Shipping and Chonsurim Trading", sourceQuality: "primary", sources: [S.ofacChinyong, S.treasuryJy2790, S.poe2023Laos] },
  { iso2: "VN", tier: 2, evidence: "Korea Sobaeksu IT workers; the Munitions Industry Department's representative (OFAC ent_num 26944)", sourceQuality: "primary", sources: [S.sobaeksu2025, S.ofacSdn] },
  { iso2: "AE", tier: 2, evidence: "Pioneer Bencont Star Real Estate (OFAC ent_num 48261, linked to Chinyong); External Construction Bureau address (ent_num 23083)", sourceQuality: "primary", sources: [S.ofacSdn] },
  { iso2: "KW", tier: 2, evidence: "External Construction Bureau and Ch'olhyo'n Overseas Construction addresses (OFAC ent_num 23083, 23084); 904 workers sent back by 2019", sourceQuality: "primary", sources: [S.ofacSdn, S.repatriation2019] },
  { iso2: "QA", tier: 2, evidence: "External Construction Bureau address (OFAC ent_num 23083); about 2,500 workers sent back by 2019", sourceQuality: "primary", sources: [S.ofacSdn, S.repatriation2019] },
  { iso2: "OM", tier: 2, evidence: "External Construction Bureau address (OFAC ent_num 23083)", sourceQuality: "primary", sources: [S.ofacSdn] },
  { ...mansudae("DZ", [S.ofacSdn]), evidence: "Ch'olhyo'n Overseas Construction address (OFAC ent_num 23084); a Mansudae (KPe.050) country" },
  { ...mansudae("NA", [S.ofacSdn]), evidence: "Mansudae subsidiaries designated by OFAC (ent_num 22703, 22704); a Mansudae (KPe.050) country" },
  mansudae("AO"),
  mansudae("BW"),
  mansudae("BJ"),
  mansudae("KH"),
  mansudae("TD"),
  mansudae("CD"),
  { ...mansudae("GQ", [S.eqGuinea2018]), evidence: "a Mansudae (KPe.050) country; reported repatriating DPRK workers in 2018" },
  mansudae("MY", [S.ul]),
  mansudae("MZ"),
  mansudae("MG"),
  mansudae("SY"),
  mansudae("TG"),
  mansudae("ZW"),
  { iso2: "NG", tier: 2, evidence: "reported DPRK health workers awaiting deportation to the UN Panel of Experts (2020)", sourceQuality: "secondary", sources: [S.nigeria2020] },
  { iso2: "PL", tier: 2, evidence: "DPRK workers in shipyards; new permits barred from 2018", sourceQuality: "secondary", sources: [S.poland2018, S.ul] },
  { iso2: "MT", tier: 2, evidence: "named by US officials as a host country (2018)", sourceQuality: "secondary", sources: [S.ul] },
  { iso2: "MX", tier: 2, evidence: "named by US officials as a host country (2018)", sourceQuality: "secondary", sources: [S.ul] },
  { iso2: "MN", tier: 2, evidence: "named by US officials as a host country (2018)", sourceQuality: "secondary", sources: [S.ul] },
  { iso2: "UY", tier: 2, evidence: "named by US officials as a host country (2018)", sourceQuality: "secondary", sources: [S.ul] },
] satisfies HostCountry[]);

const BY_ISO2: ReadonlyMap<string, HostCountry> = new Map(HOST_COUNTRIES.map((h) => [h.iso2, h]));

/**
 * The host-country record of an ISO alpha-2 code, or `undefined` when no source names it.
 *
 * @example
 * ```ts
 * hostCountry("RU")?.tier //=> 1
 * hostCountry("LA")?.tier //=> 2
 * hostCountry("DE")       //=> undefined
 * ```
 */
export function hostCountry(iso2: string): HostCountry | undefined {
  return BY_ISO2.get(iso2.toUpperCase());
}
