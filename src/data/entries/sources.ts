import type { Citation } from "../../schema/index.js";

/**
 * Citations shared by many curated entries. Entry-specific labels (an ent_num, a date) are built
 * with the helpers below so every entry says exactly which record or release a fact comes from.
 */
export const UN_LIST_URL = "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list";
export const OFAC_SEARCH_URL = "https://sanctionssearch.ofac.treas.gov/";

/** The UN Security Council Consolidated List record for a 1718 reference number. */
export function unRecord(ref: string, detail: string): Citation {
  return { label: `UN Security Council Consolidated List (list of 2026-02-27), ${ref}: ${detail}`, url: UN_LIST_URL };
}

/** The OFAC SDN record (sdn.csv of 2024-05-03, alt.csv/add.csv of 2025-01) for an ent_num. */
export function ofacRecord(entNum: number, detail: string): Citation {
  return { label: `OFAC SDN list, ent_num ${entNum} (sdn.csv 2024-05-03; alt/add 2025-01): ${detail}`, url: OFAC_SEARCH_URL };
}

/** A section of the project's shared domain notes (secondary facts, with their own sources). */
export function domainNotes(section: string, detail: string): Citation {
  return { label: `dprk-screen domain notes (domain.md) ${section}: ${detail}` };
}

/** Treasury press release jy2790 of 2025-01-16 (IT-worker network of Department 53). */
export const TREASURY_JY2790: Citation = {
  label: "US Treasury press release jy2790, 2025-01-16 (public copy: opensanctions/opensanctions datasets/us/ofac/press_releases/evals/sources/jy2790.html)",
  url: "https://home.treasury.gov/news/press-releases/jy2790",
};

/** Treasury press release jy1498 of 2023-05-23 (Chinyong, Kim Sang Man and three cyber units). */
export const TREASURY_JY1498: Citation = {
  label: "US Treasury press release jy1498, 2023-05-23: Chinyong, Kim Sang Man, Pyongyang University of Automation, Technical Reconnaissance Bureau, 110th Research Center",
  url: "https://home.treasury.gov/news/press-releases/jy1498",
};

/** Treasury press release jy1313 of 2023-03-01 (Paekho, Congo Aconde, Hwang Kil Su, Pak Hwa Song). */
export const TREASURY_JY1313: Citation = {
  label: "US Treasury press release jy1313, 2023-03-01: Korea Paekho Trading Corporation, Congo Aconde SARL, Hwang Kil Su, Pak Hwa Song (also: OFAC designated MPAF on 2017-06-01)",
  url: "https://home.treasury.gov/news/press-releases/jy1313",
};

/** Treasury press release sm481 of 2018-09-13 (Silverstar). */
export const TREASURY_SM481: Citation = {
  label: "US Treasury press release sm481, 2018-09-13: Yanbian Silverstar (China Silver Star, 延边银星网络科技有限公司), its CEO Jong Song Hwa (정성화), Volasys Silver Star",
  url: "https://home.treasury.gov/news/press-releases/sm481",
};

/** Treasury press release sm0191 of 2017-10-26 (forced-labour designations). */
export const TREASURY_SM0191: Citation = {
  label: "US Treasury press release sm0191 (human-rights and forced-labour designations), dated 2017-10-26 by Straits Times/Reuters",
  url: "https://home.treasury.gov/news/press-releases/sm0191",
};

/** Reuters via Straits Times on the 2017-10-26 designations. */
export const STRAITS_TIMES_2017_10_26: Citation = {
  label: "Straits Times (Reuters), 2017-10-26: US sanctions North Koreans over forced labour (Ch'olhyo'n in Algeria, External Construction Bureau, Minister of Labor)",
  url: "https://www.straitstimes.com/asia/east-asia/us-sanctions-north-koreans-over-forced-labour-other-alleged-abuses",
};

/** The 2020-01-14 worker-export designations. */
export const TREASURY_2020_01_14: Citation = {
  label: "US Treasury release of 2020-01-14, 'Treasury Sanctions Entities for Facilitating the Exportation of Workers from North Korea' (copy at marketswired.com)",
  url: "https://www.marketswired.com/2020/01/14/treasury-sanctions-entities-for-facilitating-the-exportation-of-workers-from-north-korea/",
};

/** The 2020-11-19 worker-export designations. */
export const VOA_2020_11_19: Citation = {
  label: "VOA, 2020-11-19: US sanctions two Russia-based entities (Mokran LLC, Korea Cholsan General Trading Corp.) over North Korean forced labour, E.O. 13722",
  url: "https://www.voanews.com/usa/us-sanctions-two-russia-based-entities-over-north-korean-forced-labor",
};

/** New Era (Namibia) on the 2017-08-22 Treasury designations. */
export const NEW_ERA_2017_08: Citation = {
  label: "New Era (Namibia): US Treasury blacklist released 2017-08-22 names Qingdao Construction (Namibia) and Kim Tong-chol among the Mansudae network",
  url: "https://neweralive.na/posts/government-silent-on-us-claims",
};

/** The joint US–ROK designations of 2023-05-23, as reported. */
export const KOREA_DAILY_ROK_2023: Citation = {
  label: "Korea Daily US (JoongAng/Yonhap): ROK and US jointly sanction Jinyong IT Cooperation, Kumsong Academy, Tongmyong Technology Trade, Kim Sang-man, Kim Song-il, Kim Hyo-dong, Yu Song-hyok, Yun Song-il (ROK list; announced the day of the US jy1498 action, 2023-05-23)",
  url: "https://www.koreadailyus.com/u-s-south-korea-sanction-more-northern-entities/",
};

/** JoongAng Daily on the 2025-01-16 designations (spellings Jong In-chol, Son Kyong-sik). */
export const JOONGANG_2025_01_17: Citation = {
  label: "Korea JoongAng Daily, 2025-01-17: US sanctions Department 53, Korea Osong Shipping, Chonsurim Trading, Liaoning China Trade Industry, Jong In-chol, Son Kyong-sik",
  url: "https://koreajoongangdaily.joins.com/news/2025-01-17/national/northKorea/US-imposes-sanctions-on-North-Korean-network-funding-weapons-programs-through-IT-workers/2224522",
};

/** Reporting on the 2025-07-24 designations (Treasury release sb0205 per domain.md §6.2). */
export const JULY_2025: readonly Citation[] = [
  { label: "US Treasury release sb0205, 2025-07-24 (number and date per domain.md §6.2; release text not read: OFAC spellings, identifiers and programme tag [unverified])", url: "https://home.treasury.gov/news/press-releases/sb0205" },
  { label: "Export Compliance Daily, July 2025: OFAC designates Korea Sobaeksu Trading Company and Kim Se Un, Jo Kyong Hun, Myong Chol Min, who work for or with it, including deploying IT workers overseas", url: "https://exportcompliancedaily.com/category/229?BC=bc_67e3331a37262&p=2&search_id=13579" },
  { label: "KBS World on the 2025-07-24 designations (Sobaeksu IT workers incl. in Vietnam, China, Russia), per domain.md §6.2", url: "https://world.kbs.co.kr/service/news_view.htm?lang=f&Seq_Code=91421" },
];

/** Reporting on the 2025-08-27 designations. */
export const AUGUST_2025: readonly Citation[] = [
  { label: "Korea JoongAng Daily, 2025-08-28: OFAC sanctions Kim Ung-sun, Vitaliy Sergeyevich Andreyev, Korea Sinjin Trading Corporation, Shenyang Geumpungri Network Technology (designated Wednesday 2025-08-27; programme tag [unverified])", url: "https://koreajoongangdaily.joins.com/news/2025-08-28/national/northKorea/US-imposes-new-sanctions-on-North-Korean-individuals-following-cryptocurrency-scheme/2386185" },
  { label: "Dallas Express, 2025-08: Treasury designates Vitaliy Sergeyevich Andreyev, Kim Ung Sun, Shenyang Geumpungri Network Technology Co., Ltd, Korea Sinjin Trading Corporation", url: "https://dallasexpress.com/?p=264021" },
];

/** Reporting on the 2025-11-04 designations. */
export const NOVEMBER_2025: readonly Citation[] = [
  { label: "AP via CityNews, 2025-11-04: OFAC sanctions bankers Jang Kuk Chol and Ho Jong Son (First Credit Bank funds) and others (programme tag [unverified])", url: "https://toronto.citynews.ca/2025/11/04/u-s-sanctions-north-korean-bankers-accused-of-laundering-stolen-cryptocurrency/" },
  { label: "Korea JoongAng Daily, 2025-11-05: Korea Mangyongdae Computer Technology and its head U Yong-su (IT-worker units in Shenyang and Dandong); Jang Kuk-chol, Ho Jong-son", url: "https://koreajoongangdaily.joins.com/news/2025-11-05/national/northKorea/US-sanctions-8-North-Korean-nationals-2-entities-for-money-laundering/2437125" },
  { label: "finanznachrichten (dpa-AFX), 2025-11-05: spelling 'Ho Chong Son'; Korea Mangyongdae Computer Technology Company operates IT workers in China", url: "https://www.finanznachrichten.de/nachrichten-2025-11/66890998-us-sanctions-n-korean-bankers-and-institutions-laundering-cybercrime-it-worker-funds-020.htm" },
];
