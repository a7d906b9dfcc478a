/**
 * Nationality adjectives people type into a "nationality" field, mapped to ISO 3166-1 alpha-2.
 * Only unambiguous ones: "Korean" is deliberately absent (see `resolveCountry`).
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  afghan: "AF", albanian: "AL", algerian: "DZ", american: "US", angolan: "AO", argentine: "AR",
  argentinian: "AR", armenian: "AM", australian: "AU", austrian: "AT", azerbaijani: "AZ",
  bangladeshi: "BD", belarusian: "BY", belgian: "BE", beninese: "BJ", bolivian: "BO",
  bosnian: "BA", brazilian: "BR", british: "GB", bulgarian: "BG", burmese: "MM", cambodian: "KH",
  cameroonian: "CM", canadian: "CA", chadian: "TD", chilean: "CL", chinese: "CN", colombian: "CO",
  congolese: "CD", croatian: "HR", cuban: "CU", cypriot: "CY", czech: "CZ", danish: "DK",
  dutch: "NL", ecuadorian: "EC", egyptian: "EG", emirati: "AE", eritrean: "ER", estonian: "EE",
  ethiopian: "ET", filipino: "PH", finnish: "FI", french: "FR", georgian: "GE", german: "DE",
  ghanaian: "GH", greek: "GR", guatemalan: "GT", hungarian: "HU", icelandic: "IS", indian: "IN",
  indonesian: "ID", iranian: "IR", iraqi: "IQ", irish: "IE", israeli: "IL", italian: "IT",
  ivorian: "CI", jamaican: "JM", japanese: "JP", jordanian: "JO", kazakh: "KZ", kazakhstani: "KZ",
  kenyan: "KE", kuwaiti: "KW", kyrgyz: "KG", lao: "LA", laotian: "LA", latvian: "LV",
  lebanese: "LB", libyan: "LY", lithuanian: "LT", malagasy: "MG", malaysian: "MY", malian: "ML",
  maltese: "MT", mexican: "MX", moldovan: "MD", mongolian: "MN", moroccan: "MA", mozambican: "MZ",
  namibian: "NA", nepali: "NP", nepalese: "NP", nigerian: "NG", nigerien: "NE", "north korean": "KP",
  norwegian: "NO", omani: "OM", pakistani: "PK", palestinian: "PS", panamanian: "PA",
  peruvian: "PE", polish: "PL", portuguese: "PT", qatari: "QA", romanian: "RO", russian: "RU",
  rwandan: "RW", saudi: "SA", "saudi arabian": "SA", senegalese: "SN", serbian: "RS",
  singaporean: "SG", slovak: "SK", slovenian: "SI", somali: "SO", "south african": "ZA",
  "south korean": "KR", spanish: "ES", "sri lankan": "LK", sudanese: "SD", swedish: "SE",
  swiss: "CH", syrian: "SY", taiwanese: "TW", tajik: "TJ", tanzanian: "TZ", thai: "TH",
  togolese: "TG", tunisian: "TN", turkish: "TR", turkmen: "TM", ugandan: "UG", ukrainian: "UA",
  uruguayan: "UY", uzbek: "UZ", venezuelan: "VE", vietnamese: "VN", yemeni: "YE", zambian: "ZM",
  zimbabwean: "ZW",
};
