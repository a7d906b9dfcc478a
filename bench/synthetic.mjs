// Seeded synthetic watchlists and onboarding subjects for the benchmarks (bench/run.mjs).
//
//   makeWatchlist(n, seed)            → a Watchlist of n entries (~1.3 names each)
//   makeSubjects(n, seed, { lists })  → n onboarding subjects; ~5% are perturbed copies of names
//                                       on `lists` (typo, reorder, romanisation variant, …)
//   perturbName(name, rng)            → one such perturbation
//
// The same (n, seed) always gives the same data. Names come from the small hand-written
// vocabularies in ./synthetic/vocab.mjs, combined per culture family: Anglo, Hispanic,
// Lusophone, French, German, Slavic (Latin and Cyrillic), Arabic (Latin and Arabic script),
// Persian, Turkish, South Asian, Chinese (pinyin), Japanese, Korean (DPRK and South Korean
// romanisations, Hangul), Vietnamese and African names; companies from name parts, industry
// words and legal forms. None of it describes a real listed party.
import { AFRICAN, ANGLO, ARABIC, CHINESE, CYRILLIC_LATIN, DERIVED, FRENCH, GERMAN, HISPANIC, JAPANESE, JOB_TITLES, KOREAN, LUSOPHONE, ORG, PERSIAN, SLAVIC_CYRILLIC, SLAVIC_LATIN, SOUTH_ASIAN, TURKISH, VIETNAMESE } from "./synthetic/vocab.mjs";

/** A small, fast, seeded PRNG (mulberry32) with helpers. */
export function makeRng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (arr) => arr[int(arr.length)],
    weighted(table) {
      let total = 0;
      for (const [, wgt] of table) total += wgt;
      let r = next() * total;
      for (const [v, wgt] of table) if ((r -= wgt) < 0) return v;
      return table[table.length - 1][0];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const cap = (s) => (s.length === 0 ? s : s[0].toLocaleUpperCase("en") + s.slice(1));
const capWords = (s) => s.split(/([ -])/).map((p) => (p === " " || p === "-" ? p : cap(p))).join("");
const stripMarks = (s) => s.normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/ı/g, "i").replace(/ł/g, "l").replace(/Ł/g, "L");
/** A rough local fold, used only to keep aliases of one entry distinct. */
const fold = (s) => stripMarks(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

const CYR_VOWELS = new Set("аеёиоуыэюяъь");
/** Cyrillic → Latin in one of three common schemes (BGN/PCGN-like, ICAO passport, German). */
function translit(text, scheme) {
  return text
    .split(" ")
    .map((word) => {
      const lower = word.toLowerCase();
      let out = "";
      for (let i = 0; i < lower.length; i++) {
        const c = lower[i];
        const prev = i === 0 ? "" : lower[i - 1];
        let t = CYRILLIC_LATIN[c];
        if (t === undefined) {
          out += c;
          continue;
        }
        if (scheme === "bgn") {
          if (c === "е" && (i === 0 || CYR_VOWELS.has(prev))) t = "ye";
          if (c === "й" && prev === "и") t = "y";
        } else if (scheme === "icao") {
          t = { ё: "e", й: "i", ю: "iu", я: "ia", ъ: "ie" }[c] ?? t;
        } else if (scheme === "de") {
          t = { в: "w", ж: "sch", з: "s", й: "j", х: "ch", ц: "z", ч: "tsch", ш: "sch", щ: "schtsch", ю: "ju", я: "ja", ё: "jo", е: i === 0 ? "je" : "e" }[c] ?? t;
        }
        out += t;
      }
      // -ий endings: "Yuriy" (BGN), "Iurii" (ICAO), "Juri" (German).
      if (scheme === "de") out = out.replace(/ij$/, "i");
      return cap(scheme === "de" ? out.replace(/ks/g, "x") : out);
    })
    .join(" ");
}

// ---------------------------------------------------------------------------------------------
// Persons: each culture gives a natural form, a list-style form and alternative spellings.

const SLAVIC_FATHERS = SLAVIC_CYRILLIC.male.filter((x) => x.includes("/"));

function femSlavic(surname) {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return surname + "а";
  if (/ский$/.test(surname)) return surname.replace(/ский$/, "ская");
  return surname;
}

const KOREAN_DPRK = new Map();
for (const syl of KOREAN.syllables) if (syl.dprk !== syl.rr) KOREAN_DPRK.set(syl.dprk.toLowerCase(), syl.rr.toLowerCase());
const KOREAN_SURNAME = new Map();
for (const s of KOREAN.surnames) if (s.dprk !== s.western) KOREAN_SURNAME.set(s.dprk.toLowerCase(), s.western.toLowerCase());

const ARABIC_VARIANTS = {
  Muhammad: ["Mohammed", "Mohamed", "Mohammad", "Muhammed"], Ahmad: ["Ahmed"], Hussein: ["Husain", "Hussain", "Husayn"], Youssef: ["Yousef", "Yusuf", "Youcef"], Omar: ["Umar"], Abdullah: ["Abdallah", "Abd Allah"], Abdulrahman: ["Abdul Rahman", "Abdelrahman", "Abd al-Rahman"], Abdulaziz: ["Abdel Aziz", "Abd al-Aziz"], Mustafa: ["Mostafa", "Moustafa"], Mahmoud: ["Mahmud"], Khalid: ["Khaled"], Said: ["Saeed", "Sayed"], Salem: ["Salim"], Saleh: ["Salih"], Tariq: ["Tarek", "Tareq"], Nasser: ["Nasir", "Naser"], Jamal: ["Gamal"], Adel: ["Adil"], Rashid: ["Rachid"], Majid: ["Majed"], Ziad: ["Ziyad"], Yasser: ["Yasir"], Osama: ["Usama", "Oussama"], Ismail: ["Ismael"], Suleiman: ["Sulayman", "Soliman"], Qasim: ["Kassem", "Qassim"], Jafar: ["Jaafar"], Moussa: ["Musa"], Issa: ["Isa"], Younis: ["Yunus", "Younes"], Fatima: ["Fatma"], Aisha: ["Aicha", "Ayesha"], Maryam: ["Mariam"], Khadija: ["Khadidja"], Zainab: ["Zeinab", "Zaynab"], Layla: ["Leila", "Laila"], Huda: ["Hoda"], Hamza: ["Hamzah"], Faisal: ["Faysal"], Hisham: ["Hicham"],
};
const JAPANESE_LONG = { Sato: "Satou", Ito: "Itou", Kato: "Katou", Goto: "Gotou", Kondo: "Kondou", Endo: "Endou", Saito: "Saitou", Ohno: "Ono", Ota: "Oota", Yuko: "Yuuko", Kohei: "Kouhei", Shota: "Shouta", Sota: "Souta", Ryota: "Ryouta", Yusuke: "Yuusuke", Yuji: "Yuuji", Koji: "Kouji", Yoko: "Youko", Shun: "Syun", Shigeru: "Sigeru" };

/** A name from the hand-written list (share `base`) or built from word parts. */
function either(rng, list, pre, suf, base = 0.5) {
  return rng.chance(base) ? rng.pick(list) : rng.pick(pre) + rng.pick(suf);
}

function person(rng, culture) {
  const male = rng.chance(0.62);
  const g = (pool) => rng.pick(male ? pool.male : pool.female);
  switch (culture) {
    case "anglo": {
      const given = g(ANGLO);
      const middle = rng.chance(0.4) ? g(ANGLO) : rng.chance(0.2) ? rng.pick("ABCDEFGHJKLMNPRSTW") + "." : "";
      const sur = either(rng, ANGLO.surnames, DERIVED.anglo.pre, DERIVED.anglo.suf, 0.3);
      const gm = [given, middle].filter(Boolean).join(" ");
      return { natural: `${gm} ${sur}`, list: `${sur.toUpperCase()}, ${gm}`, variants: [`${given} ${sur}`, `${given[0]}. ${sur}`], countries: ANGLO.countries };
    }
    case "hispanic": {
      const given = rng.chance(0.3) ? `${g(HISPANIC)} ${g(HISPANIC)}` : g(HISPANIC);
      const s1 = rng.pick(HISPANIC.surnames);
      const s2 = rng.pick(HISPANIC.surnames);
      return { natural: `${given} ${s1} ${s2}`, list: `${s1.toUpperCase()} ${s2.toUpperCase()}, ${given}`, variants: [`${given} ${s1}`, `${given} ${s1}-${s2}`, stripMarks(`${given} ${s1} ${s2}`)], countries: HISPANIC.countries };
    }
    case "lusophone": {
      const given = rng.chance(0.35) ? `${g(LUSOPHONE)} ${g(LUSOPHONE)}` : g(LUSOPHONE);
      const s1 = rng.pick(LUSOPHONE.surnames);
      const s2 = rng.pick(LUSOPHONE.surnames);
      const p = rng.chance(0.4) ? ` ${rng.pick(LUSOPHONE.particles)}` : "";
      return { natural: `${given}${p} ${s1} ${s2}`, list: `${s2.toUpperCase()}, ${given}${p} ${s1}`, variants: [`${given} ${s2}`, stripMarks(`${given} ${s1} ${s2}`)], countries: LUSOPHONE.countries };
    }
    case "french": {
      const given = rng.chance(0.35) ? `${g(FRENCH)}-${g(FRENCH)}` : rng.chance(0.3) ? `${g(FRENCH)} ${g(FRENCH)}` : g(FRENCH);
      const sur = either(rng, FRENCH.surnames, DERIVED.french.pre, DERIVED.french.suf, 0.3);
      return { natural: `${given} ${sur}`, list: `${sur.toUpperCase()}, ${given}`, variants: [stripMarks(`${given} ${sur}`), `${given.split("-")[0]} ${sur}`], countries: FRENCH.countries };
    }
    case "german": {
      const given = rng.chance(0.45) ? `${g(GERMAN)} ${g(GERMAN)}` : g(GERMAN);
      const sur = either(rng, GERMAN.surnames, DERIVED.german.pre, DERIVED.german.suf, 0.3);
      const ascii = `${given} ${sur}`.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/Ä/g, "Ae").replace(/Ö/g, "Oe").replace(/Ü/g, "Ue").replace(/ß/g, "ss");
      return { natural: `${given} ${sur}`, list: `${sur.toUpperCase()}, ${given}`, variants: [ascii, `${given.split(" ")[0]} ${sur}`], countries: GERMAN.countries };
    }
    case "slavicCyrillic": {
      const giv = g(SLAVIC_CYRILLIC).split("/")[0];
      const father = rng.pick(SLAVIC_FATHERS);
      const patronymic = rng.chance(0.8) ? father.split("/")[1] + (male ? "ич" : "на") : "";
      const surRaw = rng.pick(SLAVIC_CYRILLIC.surnames);
      const sur = male ? surRaw : femSlavic(surRaw);
      const cyr = [giv, patronymic, sur].filter(Boolean).join(" ");
      const scheme = rng.weighted([["bgn", 5], ["icao", 3], ["de", 1]]);
      const latin = translit(cyr, scheme);
      const others = ["bgn", "icao", "de"].filter((x) => x !== scheme).map((x) => translit(cyr, x));
      const lt = latin.split(" ");
      const list = `${lt[lt.length - 1].toUpperCase()}, ${lt.slice(0, -1).join(" ")}`;
      return { natural: latin, list, variants: [...others, translit(`${giv} ${sur}`, scheme)], native: [cyr, `${sur} ${giv}${patronymic ? " " + patronymic : ""}`], countries: SLAVIC_CYRILLIC.countries };
    }
    case "slavicLatin": {
      const pool = rng.pick(SLAVIC_LATIN);
      const given = rng.chance(0.35) ? `${g(pool)} ${g(pool)}` : g(pool);
      const base = either(rng, pool.surnames, DERIVED.slavicLatin.roots, pool.suffixes, 0.2);
      const sur = male ? base : pool.feminine(base);
      return { natural: `${given} ${sur}`, list: `${sur.toUpperCase()}, ${given}`, variants: [stripMarks(`${given} ${sur}`), `${sur} ${given}`], countries: pool.countries };
    }
    case "arabic": {
      const gv = male ? rng.pick(ARABIC.male) : rng.pick(ARABIC.female);
      const fa = rng.pick(ARABIC.male);
      const gf = rng.chance(0.3) ? rng.pick(ARABIC.male) : undefined;
      const famRoot = rng.chance(0.4) ? rng.pick(ARABIC.male) : undefined;
      const fam = famRoot ? { latin: `Al-${famRoot.latin}${rng.pick(["", "i", "i", "awi"])}`, native: `ال${famRoot.native.replace(/ /g, "")}${rng.chance(0.5) ? "ي" : ""}` } : rng.pick(ARABIC.surnames);
      const link = rng.chance(0.35) ? rng.pick(["bin", "ibn", "bin"]) : "";
      const linkAr = link ? "بن" : "";
      const latin = [gv.latin, male && link ? link : "", rng.chance(0.9) ? fa.latin : "", gf?.latin ?? "", fam.latin].filter(Boolean).join(" ");
      const toks = latin.split(" ");
      const variant = toks.map((t) => (ARABIC_VARIANTS[t] ? rng.pick(ARABIC_VARIANTS[t]) : t.replace(/^Al-/, rng.pick(["al-", "Al ", "El-", "Al"])))).join(" ");
      const native = [gv.native, male && linkAr ? linkAr : "", fa.native, gf?.native ?? "", fam.native].filter(Boolean).join(" ");
      return { natural: latin, list: `${fam.latin.toUpperCase()}, ${toks.slice(0, -1).join(" ")}`, variants: [variant, `${gv.latin} ${fam.latin}`], native: [native], countries: ARABIC.countries };
    }
    case "persian": {
      const given = rng.chance(0.45) ? `${g(PERSIAN)} ${g(PERSIAN)}` : g(PERSIAN);
      const sur = either(rng, PERSIAN.surnames, DERIVED.persian.pre, DERIVED.persian.suf, 0.2);
      const variant = `${given} ${sur}`.replace(/^Mohammad/, "Mohammed").replace(/ou/g, "u").replace(/zadeh$/, "zade").replace(/pour$/, "pur").replace(/ee/g, "i");
      return { natural: `${given} ${sur}`, list: `${sur.toUpperCase()}, ${given}`, variants: [variant, `${given} ${sur.replace(/(zadeh|pour|nejad)$/, " $1")}`], countries: PERSIAN.countries };
    }
    case "turkish": {
      const given = rng.chance(0.45) ? `${g(TURKISH)} ${g(TURKISH)}` : g(TURKISH);
      const sur = either(rng, TURKISH.surnames, DERIVED.turkish.pre, DERIVED.turkish.suf, 0.2);
      return { natural: `${given} ${sur}`, list: `${sur.toLocaleUpperCase("tr")}, ${given}`, variants: [stripMarks(`${given} ${sur}`), `${given.split(" ")[0]} ${sur}`], countries: TURKISH.countries };
    }
    case "southAsian": {
      const given = (rng.chance(0.15) ? `${rng.pick("ABDGKMNPRSTV")}. ` : "") + g(SOUTH_ASIAN);
      const middle = rng.chance(0.85) ? ` ${g(SOUTH_ASIAN)}` : "";
      const sur = rng.pick(SOUTH_ASIAN.surnames);
      return { natural: `${given}${middle} ${sur}`, list: `${sur.toUpperCase()}, ${given}${middle}`, variants: [`${given} ${sur}`, `${given}${middle} ${sur}`.replace(/sh/g, "s").replace(/ee/g, "i")], countries: SOUTH_ASIAN.countries };
    }
    case "chinese": {
      const sur = rng.pick(CHINESE.surnames);
      const s1 = rng.pick(CHINESE.syllables);
      const s2 = rng.chance(0.94) ? rng.pick(CHINESE.syllables) : "";
      const given = cap(s1 + s2);
      const alt = CHINESE.variants[sur] ? rng.pick(CHINESE.variants[sur]) : sur;
      return { natural: `${sur} ${given}`, list: `${sur.toUpperCase()}, ${given}`, variants: [`${given} ${sur}`, `${alt} ${cap(s1)}${s2 ? "-" + s2 : ""}`, `${sur} ${cap(s1)}${s2 ? " " + cap(s2) : ""}`], countries: CHINESE.countries };
    }
    case "japanese": {
      const J = DERIVED.japanese;
      const sur = either(rng, JAPANESE.surnames, J.surPre, J.surSuf, 0.4);
      const given = male ? either(rng, JAPANESE.male, J.malePre, J.maleSuf, 0.4) : either(rng, JAPANESE.female, J.femalePre, J.femaleSuf, 0.4);
      const long = (t) => JAPANESE_LONG[t] ?? t;
      return { natural: rng.chance(0.5) ? `${sur} ${given}` : `${given} ${sur}`, list: `${sur.toUpperCase()}, ${given}`, variants: [`${long(given)} ${long(sur)}`, `${given} ${sur}`], countries: JAPANESE.countries };
    }
    case "korean": {
      const sur = rng.pick(KOREAN.surnames);
      const n = rng.chance(0.9) ? 2 : 1;
      const syl = Array.from({ length: n }, () => rng.pick(KOREAN.syllables));
      const dprk = `${sur.dprk} ${syl.map((s) => s.dprk).join(" ")}`;
      const dprkHyphen = `${sur.dprk} ${syl.map((s, i) => (i === 0 ? s.dprk : s.dprk.toLowerCase())).join("-")}`;
      const rr = `${rng.chance(0.7) ? sur.western : sur.rr} ${syl.map((s, i) => (i === 0 ? s.rr : s.rr.toLowerCase())).join(rng.chance(0.6) ? "-" : "")}`;
      const hangul = sur.hangul + syl.map((s) => s.hangul).join("");
      return { natural: rng.chance(0.5) ? dprk : rr, list: dprk.toUpperCase(), variants: [dprkHyphen, rr, `${syl.map((s) => s.rr).join("-")} ${sur.western}`], native: [hangul], countries: KOREAN.countries, korean: true };
    }
    case "vietnamese": {
      const sur = rng.pick(VIETNAMESE.surnames);
      const mid = rng.pick(male ? VIETNAMESE.middleMale : VIETNAMESE.middleFemale);
      const given = rng.chance(0.45) ? `${rng.pick(VIETNAMESE.given)} ${rng.pick(VIETNAMESE.given)}` : rng.pick(VIETNAMESE.given);
      const full = `${sur} ${mid} ${given}`;
      const ascii = stripMarks(full);
      return { natural: rng.chance(0.5) ? full : ascii, list: ascii.toUpperCase(), variants: [`${stripMarks(given)} ${stripMarks(sur)}`, `${stripMarks(given)} ${stripMarks(mid)} ${stripMarks(sur)}`], countries: VIETNAMESE.countries };
    }
    default: {
      const pool = rng.pick(AFRICAN);
      const D = DERIVED.african;
      const given = either(rng, male ? pool.male : pool.female, D.pre, D.suf, 0.6);
      const sur = either(rng, pool.surnames, D.pre, D.suf, 0.3);
      const middle = rng.chance(0.6) ? ` ${either(rng, male ? pool.male : pool.female, D.pre, D.suf, 0.5)}` : "";
      return { natural: `${given}${middle} ${sur}`, list: `${sur.toUpperCase()}, ${given}${middle}`, variants: [`${given} ${sur}`, stripMarks(`${sur} ${given}`)], countries: pool.countries };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Organisations

const REGION = { anglo: "en", hispanic: "es", lusophone: "pt", french: "fr", german: "de", slavicCyrillic: "ru", slavicLatin: "cee", arabic: "ar", persian: "ir", turkish: "tr", southAsian: "in", chinese: "cn", japanese: "jp", korean: "kr", vietnamese: "vn", african: "af" };
const CEE = { legal: ["Sp. z o.o.", "S.A.", "s.r.o.", "a.s.", "d.o.o."], places: ["Warszawa", "Praha", "Beograd", "Zagreb", "Morava", "Wisła", "Dunav"] };
const LEGAL_SWAP = { Ltd: "Limited", Limited: "Ltd", "Co., Ltd.": "Company Limited", "Co., Limited": "Co. Ltd", LLC: "L.L.C.", "Inc.": "Incorporated", "Corp.": "Corporation", GmbH: "G.m.b.H.", "S.A.": "SA", SARL: "S.A.R.L.", OOO: "LLC", AO: "JSC", "Pvt Ltd": "Private Limited", "K.K.": "Kabushiki Kaisha", JSC: "Joint Stock Company" };

function coined(rng) {
  const n = rng.chance(0.6) ? 2 : 3;
  return cap(Array.from({ length: n }, () => rng.pick(ORG.coinParts)).join(""));
}

function surnameOf(rng, culture) {
  const p = person(rng, culture);
  const t = stripMarks(p.natural).split(" ");
  return culture === "chinese" || culture === "korean" || culture === "vietnamese" ? t[0] : t[t.length - 1];
}

function organization(rng, culture) {
  const region = REGION[culture] ?? "en";
  const R = region === "cee" ? CEE : ORG.byRegion[region];
  const legal = rng.pick(R.legal);
  const industry = rng.pick(ORG.industries);
  const mod = rng.pick(ORG.modifiers);
  const place = rng.pick(R.places);
  const native = [];
  let core;
  if (region === "ru" && rng.chance(0.7)) {
    const cyrSurname = () => rng.pick(SLAVIC_CYRILLIC.surnames);
    const word = rng.chance(0.3) ? `${cyrSurname()} и ${cyrSurname()}` : rng.pick(R.words) + rng.pick(R.words).toLowerCase() + (rng.chance(0.5) ? ` ${rng.pick(R.words)}` : "") + (rng.chance(0.3) ? ` ${rng.pick(R.places)}` : "");
    const form = rng.pick(["ООО", "АО", "ЗАО", "ПАО"]);
    const latinForm = { ООО: "OOO", АО: "AO", ЗАО: "ZAO", ПАО: "PAO" }[form];
    native.push(`${form} «${word}»`);
    const latinWord = translit(word, rng.chance(0.7) ? "bgn" : "icao").replace(/ /g, "");
    return { natural: `${latinForm} ${latinWord}`, list: `${latinWord.toUpperCase()}, ${latinForm}`, variants: [`${latinWord} LLC`, `${latinForm} "${translit(word, "icao")}"`], native, core: latinWord, legal: latinForm, countries: SLAVIC_CYRILLIC.countries, industry: rng.pick(["trading", "construction", "energy", "logistics", "metals"]) };
  }
  if (region === "kr" && rng.chance(0.6)) {
    const a = rng.pick(KOREAN.syllables).dprk;
    const b = rng.pick(KOREAN.syllables).dprk.toLowerCase();
    core = `${place} ${a}${b} ${industry}`;
  } else if (region === "cn" && rng.chance(0.6)) {
    core = `${place} ${cap(rng.pick(CHINESE.syllables) + rng.pick(CHINESE.syllables))} ${industry}`;
  } else if (region === "de" && rng.chance(0.5)) {
    core = `${surnameOf(rng, culture)} ${rng.pick(R.words)}${rng.chance(0.5) ? "gesellschaft" : ""}${rng.chance(0.4) ? " " + place : ""}`;
  } else if ((region === "fr" || region === "es" || region === "pt") && rng.chance(0.5)) {
    core = `${rng.pick(R.words)} ${surnameOf(rng, culture)}${rng.chance(0.4) ? " " + surnameOf(rng, culture) : ""}${rng.chance(0.4) ? " " + place : ""}${rng.chance(0.5) ? " " + industry : ""}`;
  } else if (region === "tr" && rng.chance(0.5)) {
    core = `${surnameOf(rng, culture)} ${rng.pick(R.words)}${rng.chance(0.5) ? " " + industry : ""}`;
  } else {
    // One or two name parts, then (usually) an industry word: "Golden Harbour Logistics",
    // "Okafor & Mensah", "Tekvora Software", "Dalian Blue Ocean Seafood".
    const part = (k) => (k === "surname" ? surnameOf(rng, culture) : k === "mod" ? rng.pick(ORG.modifiers) : k === "place" ? rng.pick(R.places) : k === "coined" ? coined(rng) : `${surnameOf(rng, culture)} & ${surnameOf(rng, culture)}`);
    core = part(rng.weighted([["surname", 3], ["mod", 2], ["place", 2], ["coined", 2], ["pair", 1]]));
    if (rng.chance(0.5)) core += ` ${part(rng.pick(["mod", "coined", "surname", "place"]))}`;
    if (rng.chance(0.85)) core += ` ${industry}`;
  }
  if (region === "ar" && rng.chance(0.3)) {
    const fam = rng.pick(ARABIC.surnames);
    native.push(`${rng.pick(ORG.arabicScript.kinds)} ${fam.native} ${rng.pick(ORG.arabicScript.activities)}`);
    core = `${fam.latin}${rng.chance(0.5) ? " " + mod : ""} ${industry}`;
  }
  const name = `${core} ${legal}`;
  const words = core.split(/[ &-]+/).filter((x) => /^\p{Lu}/u.test(x));
  const abbreviation = words.length >= 2 ? words.map((x) => x[0]).join("") : undefined;
  const variants = [`${core} ${LEGAL_SWAP[legal] ?? legal}`, core];
  if (abbreviation && abbreviation.length >= 3) variants.push(`${abbreviation} ${legal}`);
  return { natural: name, list: name.toUpperCase(), variants, native, core, legal, countries: (R === CEE ? ["PL", "CZ", "RS", "HR"] : undefined) ?? countriesOf(culture), industry: industry.toLowerCase() };
}

const CULTURE_POOLS = { anglo: ANGLO, hispanic: HISPANIC, lusophone: LUSOPHONE, french: FRENCH, german: GERMAN, slavicCyrillic: SLAVIC_CYRILLIC, arabic: ARABIC, persian: PERSIAN, turkish: TURKISH, southAsian: SOUTH_ASIAN, chinese: CHINESE, japanese: JAPANESE, korean: KOREAN, vietnamese: VIETNAMESE };
function countriesOf(culture) {
  if (culture === "slavicLatin") return ["PL", "CZ", "RS", "HR"];
  if (culture === "african") return ["NG", "GH", "KE", "ET", "ZA", "SN", "UG"];
  return CULTURE_POOLS[culture].countries;
}

/** Culture families and their shares of generated names. */
export const CULTURES = [
  ["anglo", 10], ["hispanic", 9], ["lusophone", 5], ["french", 5], ["german", 5], ["slavicCyrillic", 9], ["slavicLatin", 4], ["arabic", 12], ["persian", 5], ["turkish", 5], ["southAsian", 10], ["chinese", 9], ["japanese", 3], ["korean", 5], ["vietnamese", 3], ["african", 7],
];

// Countries of residence for onboarding subjects: mostly home, sometimes a labour-host country.
const RESIDENCE = ["GB", "US", "DE", "FR", "NL", "PL", "AE", "QA", "SA", "RU", "CN", "MY", "SG", "TH", "VN", "JP", "KR", "IN", "BR", "MX", "NG", "KE", "ZA", "TR", "ES", "IT", "CA", "AU", "LA", "KH", "MN", "KW", "OM"];

// ---------------------------------------------------------------------------------------------
// Perturbations: what a real query looks like when it is a listed name typed by someone else.

const QWERTY = "qwertyuiop asdfghjkl zxcvbnm";
function neighbour(rng, c) {
  const lower = c.toLowerCase();
  const i = QWERTY.indexOf(lower);
  if (i < 0) return lower === c ? "e" : "E";
  const options = [QWERTY[i - 1], QWERTY[i + 1]].filter((x) => x && x !== " ");
  const r = options.length ? rng.pick(options) : "e";
  return c === lower ? r : r.toUpperCase();
}

function typo(rng, name) {
  const tokens = name.split(" ");
  const long = tokens.map((t, i) => [t, i]).filter(([t]) => t.length >= 4);
  const [tok, at] = long.length ? rng.pick(long) : [tokens[0], 0];
  if (tok.length < 2) return name + "e";
  const latin = /^[\p{Script=Latin}'.,&-]+$/u.test(tok);
  const p = 1 + rng.int(tok.length - 1);
  const op = latin ? rng.int(4) : rng.pick([0, 3]);
  let t;
  if (op === 0) t = tok.slice(0, p) + tok.slice(p + 1); // deletion
  else if (op === 1) t = tok.slice(0, p) + tok[p - 1] + tok.slice(p); // doubled letter
  else if (op === 2) t = tok.slice(0, p) + neighbour(rng, tok[p] ?? "e") + tok.slice(p + 1); // substitution
  else t = p + 1 < tok.length ? tok.slice(0, p) + tok[p + 1] + tok[p] + tok.slice(p + 2) : tok.slice(0, -1); // transposition
  tokens[at] = t;
  return tokens.join(" ");
}

const ROMAN_RULES = [
  [/ou/g, "u"], [/kh/g, "h"], [/ph/g, "f"], [/ee/g, "i"], [/y$/g, "i"], [/iy$/g, "y"], [/ck/g, "k"], [/ü/g, "ue"], [/ö/g, "oe"], [/ä/g, "ae"], [/ß/g, "ss"], [/sch/g, "sh"], [/dzh/g, "j"], [/ts/g, "c"], [/ya/g, "ia"], [/yu/g, "iu"], [/ie/g, "ye"], [/oo/g, "u"], [/w/g, "v"], [/j/g, "y"], [/x/g, "ks"], [/q/g, "k"], [/c(?=[aou])/g, "k"],
];

function matchCase(like, s) {
  if (like === like.toUpperCase() && like !== like.toLowerCase()) return s.toUpperCase();
  if (like[0] === like[0]?.toUpperCase()) return cap(s);
  return s;
}

/** A different romanisation of one token of the name (Korean, Arabic, Chinese, Japanese tables first, then generic rules). */
function romanVariant(rng, name) {
  const tokens = name.split(" ");
  const options = [];
  tokens.forEach((tok, i) => {
    const bare = tok.replace(/[,.]$/, "");
    const tail = tok.slice(bare.length);
    const lower = bare.toLowerCase();
    const key = cap(lower);
    const swap = (to) => options.push(() => { tokens[i] = matchCase(bare, to) + tail; });
    if (KOREAN_DPRK.has(lower)) swap(KOREAN_DPRK.get(lower));
    if (KOREAN_SURNAME.has(lower) && i === 0) swap(KOREAN_SURNAME.get(lower));
    if (ARABIC_VARIANTS[key]) swap(rng.pick(ARABIC_VARIANTS[key]));
    if (CHINESE.variants[key]) swap(rng.pick(CHINESE.variants[key]));
    if (JAPANESE_LONG[key]) swap(JAPANESE_LONG[key]);
    if (stripMarks(bare) !== bare) swap(stripMarks(bare));
    for (const [re, to] of ROMAN_RULES) {
      re.lastIndex = 0;
      if (re.test(lower)) swap(lower.replace(re, to));
    }
    const parts = bare.split("-");
    if (parts.length === 2) {
      swap(parts.join(" "));
      swap(parts[0] + parts[1].toLowerCase());
    }
  });
  if (options.length === 0) return name.includes("-") ? name.replace("-", " ") : typo(rng, name);
  rng.pick(options)();
  return tokens.join(" ");
}

function reorder(rng, name) {
  const t = name.replace(/,/g, "").split(" ").filter(Boolean);
  if (t.length < 2) return name;
  const r = rng.int(3);
  if (r === 0) return [t[t.length - 1], ...t.slice(0, -1)].join(" ");
  if (r === 1) return `${t[t.length - 1].toUpperCase()}, ${t.slice(0, -1).join(" ")}`;
  return [...t.slice(1), t[0]].join(" ");
}

/**
 * One realistic perturbation of a listed name (typo, reorder, romanisation variant, dropped
 * middle name or legal form, case and punctuation change), sometimes two.
 *
 * @example
 * perturbName("Kim Chol Su", makeRng(1)) //=> e.g. "Kim Cheol Su"
 */
export function perturbName(name, rng, kind = "person") {
  const ops = kind === "person" ? [["typo", 35], ["roman", 32], ["reorder", 18], ["drop", 5], ["case", 10]] : [["typo", 40], ["roman", 20], ["drop", 20], ["case", 20]];
  const once = (n) => {
    const op = rng.weighted(ops);
    if (op === "typo") return typo(rng, n);
    if (op === "roman") return romanVariant(rng, n);
    if (op === "reorder") return reorder(rng, n);
    if (op === "drop") {
      const t = n.split(" ");
      if (kind !== "person" && t.length >= 2) return t.slice(0, -1).join(" ").replace(/,$/, "");
      if (t.length < 3) return typo(rng, n);
      t.splice(1 + rng.int(t.length - 2), 1);
      return t.join(" ");
    }
    return rng.chance(0.5) ? n.toUpperCase().replace(/-/g, " ") : capWords(n.toLowerCase()).replace(/ (?=\S+$)/, "-");
  };
  let out = once(name);
  if (rng.chance(0.2)) out = once(out);
  return out === name ? typo(rng, name) : out;
}

// ---------------------------------------------------------------------------------------------
// Watchlists and subjects

function birthDate(rng, from, to, fullShare) {
  const y = from + rng.int(to - from + 1);
  const m = String(1 + rng.int(12)).padStart(2, "0");
  const d = String(1 + rng.int(28)).padStart(2, "0");
  const r = rng.next();
  return r < fullShare ? `${y}-${m}-${d}` : r < fullShare + (1 - fullShare) * 0.8 ? `${y}` : `${y}-${m}`;
}

function pickAliases(rng, candidates, primary, count) {
  const seen = new Set([fold(primary)]);
  const out = [];
  for (const c of candidates) {
    if (out.length >= count) break;
    const f = fold(c);
    if (!f || seen.has(f)) continue;
    seen.add(f);
    out.push(c);
  }
  return out;
}

function shuffle(rng, arr) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

const PROGRAMS = ["SYN-TERROR", "SYN-PROLIF", "SYN-CYBER", "SYN-TRADE", "SYN-HUMANRIGHTS"];

/**
 * A synthetic Watchlist of `n` entries (about 62% persons, 70% of them with a birth date; 38%
 * organisations), with about 1.3 names per entry (aliases are other romanisations, native-script
 * spellings, short forms, legal-form variants and former names).
 *
 * @example
 * makeWatchlist(1000, 42).entries.length //=> 1000
 */
export function makeWatchlist(n, seed = 1) {
  const rng = makeRng(seed);
  const entries = new Array(n);
  let names = 0;
  for (let i = 0; i < n; i++) {
    const culture = rng.weighted(CULTURES);
    const isPerson = rng.chance(0.62);
    const p = isPerson ? person(rng, culture) : organization(rng, culture);
    const primary = rng.chance(0.55) ? p.list : p.natural;
    const aliasCount = rng.weighted([[0, 70], [1, 24], [2, 5], [3, 1]]);
    let candidates = shuffle(rng, [...(p.native ?? []), ...p.variants, p.natural]);
    if (!isPerson && rng.chance(0.3)) candidates.unshift(organization(rng, culture).natural); // former name
    const aliases = pickAliases(rng, candidates, primary, aliasCount).map((name) => ({ name, quality: rng.chance(0.85) ? "aka" : "fka" }));
    names += 1 + aliases.length;
    const nat = rng.pick(p.countries);
    const entry = {
      id: `SYN-${String(i + 1).padStart(7, "0")}`,
      kind: isPerson ? "person" : "organization",
      name: primary,
      aliases,
      birthDates: isPerson && rng.chance(0.7) ? [birthDate(rng, 1940, 2004, 0.75)] : [],
      nationalities: isPerson ? [nat] : [],
      countries: rng.chance(0.8) ? [isPerson && rng.chance(0.3) ? rng.pick(RESIDENCE) : nat] : [],
      identifiers: rng.chance(0.15) ? [{ type: isPerson ? "passport" : "registration", value: `${String.fromCharCode(65 + rng.int(26))}${100000 + rng.int(899999)}${rng.int(100)}`, country: nat }] : [],
      programs: [rng.pick(PROGRAMS)],
      listedOn: `${2001 + rng.int(25)}-${String(1 + rng.int(12)).padStart(2, "0")}-${String(1 + rng.int(28)).padStart(2, "0")}`,
      source: `synthetic watchlist (bench/synthetic.mjs, seed ${seed})`,
    };
    entries[i] = entry;
  }
  return {
    id: `synthetic-${n}`,
    source: `synthetic watchlist, ${n} entries (bench/synthetic.mjs, seed ${seed})`,
    publishedAt: "2026-01-15",
    loadedAt: "2026-01-15T00:00:00.000Z",
    entries,
    stats: { records: n, entries: n, names, skipped: [], orphans: [] },
  };
}

/**
 * `n` onboarding subjects: about 80% persons (60% with a birth date, most with a nationality and
 * a country of residence, many with a job title, some with an employer) and 20% companies. With
 * `options.lists`, a share (`matchShare`, default 0.05) are perturbed copies of listed names, so
 * that matches happen; each such subject's `ref` starts with `match:` and names the entry.
 *
 * @example
 * makeSubjects(3, 7, { lists: [makeWatchlist(100, 1)] }).length //=> 3
 */
export function makeSubjects(n, seed = 2, options = {}) {
  const rng = makeRng(seed ^ 0x9e3779b9);
  const lists = options.lists ?? [];
  const matchShare = lists.length ? options.matchShare ?? 0.05 : 0;
  const pool = [];
  for (const l of lists) for (const e of l.entries) if (e.kind === "person" || e.kind === "organization") pool.push(e);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    if (pool.length && rng.chance(matchShare)) {
      const e = rng.pick(pool);
      const source = e.aliases.length && rng.chance(0.3) ? rng.pick(e.aliases).name : e.name;
      const s = { kind: e.kind, name: perturbName(source, rng, e.kind), ref: `match:${e.id}` };
      const full = e.birthDates.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
      if (e.kind === "person" && full && rng.chance(0.5)) s.birthDate = full;
      if (e.nationalities.length && rng.chance(0.5)) s.nationalities = [e.nationalities[0]];
      out[i] = s;
      continue;
    }
    const culture = rng.weighted(CULTURES);
    if (rng.chance(0.8)) {
      const p = person(rng, culture);
      const script = p.native && rng.chance(p.korean ? 0.1 : 0.15) ? p.native[0] : rng.chance(0.08) ? p.natural.toUpperCase() : p.natural;
      const s = { kind: "person", name: script, ref: `s${i}` };
      if (rng.chance(0.6)) s.birthDate = birthDate(rng, 1950, 2006, 1);
      const nat = rng.pick(p.countries);
      if (rng.chance(0.8)) s.nationalities = [nat];
      if (rng.chance(0.7)) s.countries = [rng.chance(0.6) ? nat : rng.pick(RESIDENCE)];
      if (rng.chance(0.6)) s.sector = rng.pick(JOB_TITLES);
      if (rng.chance(0.15)) s.employer = { name: organization(rng, rng.weighted(CULTURES)).natural };
      out[i] = s;
    } else {
      const o = organization(rng, culture);
      const s = { kind: "organization", name: o.native.length && rng.chance(0.15) ? o.native[0] : o.natural, ref: `s${i}` };
      if (rng.chance(0.8)) s.countries = [rng.pick(o.countries)];
      if (rng.chance(0.5)) s.sector = o.industry;
      out[i] = s;
    }
  }
  return out;
}
