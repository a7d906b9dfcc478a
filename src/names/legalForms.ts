/**
 * Legal forms, by class. Two organisation names whose legal forms fall in different classes
 * (AG vs GmbH) usually denote sister companies, not one company; forms in the `generic` class
 * (Co., Company, Corporation, Inc.) conflict with nothing. Sources: korean-names.md §8.2 (legal
 * forms and their gaps for Korean and Chinese), peers.md §1 (sister entities are non-matches).
 */
export const LEGAL_FORM_CLASSES: Readonly<Record<string, readonly string[]>> = {
  generic: ["co", "company", "companies", "corp", "corporation", "corpn", "inc", "incorporated", "cia", "compania", "corporacion", "societe", "gesellschaft", "kaisha", "kabushiki", "hoesa", "chonghoesa", "gongsi", "公司", "会社", "회사"],
  limited: [
    "ltd", "limited", "llc", "ooo", "gmbh", "srl", "sarl", "sprl", "bv", "bvba", "bhd", "sdn bhd", "pty", "pty ltd", "pvt", "pvt ltd",
    "private limited company", "company limited", "co ltd", "limited liability company", "limited liability", "tov", "ltda", "sp z o o",
    "spolka z ograniczona odpowiedzialnoscia", "gesellschaft mit beschrankter haftung", "societatea cu raspundere limitata",
    "obshchestvo s ogranichennoy otvetstvennostyu", "общество с ограниченной ответственностью", "ооо", "тов", "youxian gongsi",
    "youxian zeren gongsi", "youxiangongsi", "有限公司", "유한회사", "yuhan hoesa", "fzco", "fzllc", "fze", "fzc", "dmcc", "eirl", "sac",
  ],
  public: ["plc", "public limited company"],
  stock: [
    "jsc", "ojsc", "cjsc", "pjsc", "ao", "oao", "zao", "pao", "ag", "sa", "spa", "nv", "ab", "oy", "oyj", "as", "asa", "kk", "tbk",
    "joint stock company", "public joint stock company", "public joint stock", "joint stock", "open joint stock", "closed joint stock", "closed joint stock company", "open joint stock company", "aktiengesellschaft",
    "aktsionernoe obshchestvo", "акционерное общество", "ао", "оао", "зао", "пао", "gufen youxian gongsi", "股份有限公司", "주식회사",
    "jusikhoesa", "주", "株式会社", "societe anonyme", "sociedad anonima",
  ],
  partnership: ["lp", "llp", "kg", "gbr", "ohg", "partnership", "limited partnership", "limited liability partnership"],
  closeCorporation: ["cc", "close corporation"],
  jointVenture: ["jv", "joint venture", "hapyong hoesa", "hapyong"],
  cooperative: ["co operative", "cooperative", "coop"],
};

/** Every legal form (single words and phrases), mapped to its class. */
export const LEGAL_FORM_CLASS: ReadonlyMap<string, string> = new Map(
  Object.entries(LEGAL_FORM_CLASSES).flatMap(([cls, forms]) => forms.map((f) => [f, cls] as const)),
);

/** The longest legal-form phrase, in words. */
export const MAX_LEGAL_FORM_WORDS = Math.max(...[...LEGAL_FORM_CLASS.keys()].map((f) => f.split(" ").length));
