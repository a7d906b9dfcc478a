/**
 * Organisation-name vocabulary: legal forms (dropped before comparison), abbreviations (expanded),
 * inflections (folded to one stem) and generic words (kept, but weighted low).
 *
 * Legal forms cover English, continental European, Russian (OOO/ZAO and Cyrillic), Chinese
 * (有限公司, youxian gongsi) and Korean (주식회사, ㈜, hoesa) forms; sources: the legal-form lists
 * in korean-names.md §8.2 and the forms seen on the UN and OFAC lists.
 */

/** Multi-word legal forms, matched on normalised text before tokenising. */
export const LEGAL_FORM_PHRASES: readonly string[] = [
  "limited liability company", "limited liability partnership", "joint stock company",
  "public joint stock company", "closed joint stock company", "open joint stock company",
  "private limited company", "public limited company", "company limited", "co ltd", "pty ltd",
  "pvt ltd", "sdn bhd", "gufen youxian gongsi", "youxian gongsi", "youxian zeren gongsi",
  "obshchestvo s ogranichennoy otvetstvennostyu", "общество с ограниченной ответственностью",
  "limited liability", "joint venture", "hapyong hoesa", "s a", "s a r l", "s r l", "s p a",
  "b v", "n v", "l l c", "l t d", "p l c", "co operative",
];

/** Single-token legal forms. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  "co", "company", "companies", "corp", "corporation", "inc", "incorporated", "ltd", "limited",
  "llc", "plc", "lp", "llp", "gmbh", "ag", "kg", "sa", "sarl", "sas", "srl", "spa", "bv", "nv",
  "oy", "oyj", "ab", "aps", "kk", "pte", "pty", "pvt", "cc", "ooo", "zao", "oao", "pao", "ao",
  "tov", "jsc", "ojsc", "cjsc", "pjsc", "fze", "fzco", "fzc", "fzllc", "fzell", "dmcc", "jv",
  "bhd", "sdn", "tbk", "sti", "ltda", "cia", "sac", "eirl", "ооо", "зао", "оао", "пао", "ао",
  "тов", "гмбх", "hoesa", "chonghoesa", "gongsi", "youxiangongsi", "주식회사", "유한회사", "주",
  "회사", "有限公司", "股份有限公司", "公司", "会社", "株式会社", "corporacion", "compania", "societe",
  "gesellschaft", "aktiengesellschaft", "kabushiki", "kaisha",
]);

/** Abbreviations and their expansions (after normalisation; `int'l` has become `intl`). */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["intl", "international"], ["int", "international"], ["internat", "international"],
  ["dev", "development"], ["devt", "development"], ["devel", "development"],
  ["tech", "technology"], ["techn", "technology"], ["technol", "technology"],
  ["info", "information"], ["gen", "general"], ["genl", "general"], ["natl", "national"],
  ["nat", "national"], ["assoc", "associated"], ["assn", "association"], ["mfg", "manufacturing"],
  ["svc", "service"], ["svcs", "service"], ["srvcs", "service"], ["serv", "service"],
  ["mgmt", "management"], ["mgt", "management"], ["eng", "engineering"], ["engg", "engineering"],
  ["constr", "construction"], ["const", "construction"], ["grp", "group"], ["hldgs", "holding"],
  ["hldg", "holding"], ["bros", "brothers"], ["dept", "department"], ["min", "ministry"],
  ["univ", "university"], ["inst", "institute"], ["ind", "industrial"], ["indus", "industrial"],
  ["ent", "enterprise"], ["comm", "commercial"], ["coml", "commercial"], ["trdg", "trade"],
  ["shpg", "shipping"], ["nav", "navigation"], ["corpn", "corporation"], ["comp", "company"],
  ["mfrs", "manufacturing"], ["elec", "electric"], ["petro", "petroleum"], ["chem", "chemical"],
  ["&", "and"], ["no", "number"], ["nr", "number"],
]);

/** Inflected forms folded to one stem so "Trade" matches "Trading". */
export const STEMS: ReadonlyMap<string, string> = new Map([
  ["trading", "trade"], ["traders", "trade"], ["trader", "trade"], ["industries", "industry"],
  ["industrial", "industry"], ["services", "service"], ["technologies", "technology"],
  ["technological", "technology"], ["holdings", "holding"], ["enterprises", "enterprise"],
  ["systems", "system"], ["solutions", "solution"], ["products", "product"],
  ["investments", "investment"], ["resources", "resource"], ["networks", "network"],
  ["banking", "bank"], ["banks", "bank"], ["constructions", "construction"], ["shipping", "ship"],
  ["shipyard", "ship"], ["associates", "associated"], ["association", "associated"],
  ["communications", "communication"], ["electronics", "electronic"], ["chemicals", "chemical"],
  ["minerals", "mineral"], ["metals", "metal"], ["mining", "mine"], ["mines", "mine"],
  ["logistics", "logistic"], ["exports", "export"], ["imports", "import"], ["korean", "korea"],
  ["chosun", "choson"], ["joson", "choson"], ["corea", "korea"],
]);

/** Words that say little about which organisation is meant: weighted low, never enough alone. */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  "korea", "choson", "dprk", "north", "democratic", "people", "peoples", "republic", "pyongyang",
  "trade", "general", "international", "group", "holding", "industry", "enterprise",
  "commercial", "technology", "development", "ship", "bank", "import", "export", "foreign",
  "united", "associated", "joint", "venture", "trust", "investment", "service", "network",
  "information", "bureau", "department", "ministry", "office", "committee", "agency", "center",
  "centre", "national", "state", "global", "world", "asia", "pacific", "east", "west", "china",
  "chinese", "russia", "russian", "new", "first", "second", "third", "golden", "star", "silver",
  "construction", "engineering", "management", "system", "solution", "product", "resource",
  "material", "equipment", "machinery", "electronic", "power", "energy", "mine", "metal",
  "mineral", "chemical", "logistic", "transport", "navigation", "marine", "maritime",
  "overseas", "project", "projects", "organization", "organisation", "institute", "academy",
  "university", "research", "science", "sciences", "scientific", "association", "federation",
  "union", "council", "bureau", "fund", "foundation", "factory", "plant", "works", "mining",
  "manufacturing", "production", "economic", "economy", "finance", "financial", "capital",
  "credit", "insurance", "hotel", "restaurant", "co", "limited", "hoesa", "muyok", "unhaeng",
  "yonhap", "chongguk", "kwahakwon", "software", "internet", "communication", "media", "digital",
]);

/** Words with almost no weight in any name. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "of", "the", "and", "for", "in", "de", "la", "le", "les", "des", "du", "del", "da", "do", "dos",
  "der", "die", "das", "und", "van", "von", "et", "y", "e", "a", "an", "at", "to", "on", "number",
]);

/** Honorifics and titles dropped from person names. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "comrade", "mister", "herr", "frau",
  "sheikh", "shaikh", "haji", "hajji", "mullah", "maulana", "sayed", "sayyid", "engineer",
  "eng", "capt", "captain", "col", "colonel", "gen", "general", "lt", "maj", "major",
]);
