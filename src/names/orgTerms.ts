/**
 * Organisation-name vocabulary: abbreviations (expanded), inflections (folded to one stem),
 * generic words (kept, but weighted low), stopwords, and person titles. Legal forms are in
 * `legalForms.ts`.
 */

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
  ["no", "number"], ["nr", "number"], ["us", "united states"], ["usa", "united states"],
  ["uk", "united kingdom"], ["intl", "international"], ["mfr", "manufacturing"],
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
  "cooperation", "partners", "partner", "brothers", "sons", "global", "solutions",
]);

/** Words with almost no weight in any name. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "of", "the", "and", "for", "in", "de", "la", "le", "les", "des", "du", "del", "da", "do", "dos",
  "der", "die", "das", "und", "van", "von", "et", "y", "e", "a", "an", "at", "to", "on", "number",
]);

/** Honorifics and titles dropped from person names. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "madame", "comrade", "mister", "herr",
  "frau", "monsieur", "mme", "mlle", "senor", "senora", "sr", "sra", "president", "prasident",
  "presidente", "minister", "premier", "chairman", "director", "sheikh", "shaikh", "haji", "hajji",
  "mullah", "maulana", "engineer", "capt", "captain", "col", "colonel", "gen", "general", "lt",
  "maj", "major", "gospodin", "tovarishch", "dongji",
]);

/** Name particles that carry little weight in a person's name. */
export const PERSON_PARTICLES: ReadonlySet<string> = new Set([
  "bin", "ibn", "binti", "bint", "al", "el", "abu", "abd", "ould", "ben", "da", "de", "di", "do", "dos",
  "das", "du", "del", "della", "der", "den", "van", "von", "la", "le", "y", "e",
]);
