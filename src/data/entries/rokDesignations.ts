import type { Entry } from "../../schema/index.js";
import { KOREA_DAILY_ROK_2023, domainNotes } from "./sources.js";

const SOURCE = "dprk-overseas-labour";

/*
 * Parties the Republic of Korea designated (autonomous sanctions, tag `ROK-AUTONOMOUS`) on
 * 2023-05-23, jointly with the US action on Chinyong and Kim Sang Man, that are not on the UN list
 * or in our OFAC data. The date is that of the joint announcement; spellings are those of the
 * English-language report. US-list status of each is [unverified] (domain.md §6.2).
 */
type RokFields = Omit<Entry, "birthDates" | "identifiers" | "programs" | "listedOn" | "source" | "sources">;

/** An ROK-designated entry: the fields every one of them shares, each with its own arrays. */
function rok(fields: RokFields): Entry {
  return {
    ...fields,
    birthDates: [],
    identifiers: [],
    programs: ["ROK-AUTONOMOUS"],
    listedOn: "2023-05-23",
    source: SOURCE,
    sources: [KOREA_DAILY_ROK_2023, domainNotes("§6.2", "2023 (ROK–US joint) row; US-list status of each [unverified]")],
  };
}

/** ROK designations of 2023 tied to DPRK IT workers in Laos and China. */
export const ROK_ENTRIES: readonly Entry[] = [
  rok({
    id: "DS-KUMSONG-ACADEMY",
    kind: "organization",
    name: "KUMSONG ACADEMY",
    aliases: [],
    nationalities: [],
    countries: ["LA", "KP"],
    basis: "Ran a training school for DPRK hackers in Laos (ROK designation).",
  }),
  rok({
    id: "DS-TONGMYONG-TECHNOLOGY-TRADE",
    kind: "organization",
    name: "TONGMYONG TECHNOLOGY TRADE COMPANY",
    aliases: [{ name: "Tongmyong Technology Trade Co", quality: "spelling" }],
    nationalities: [],
    countries: ["LA", "KP"],
    basis: "DPRK company with a representative in Laos, designated by the ROK with the Jinyong IT-worker network.",
  }),
  rok({
    id: "DS-KIM-HYO-DONG",
    kind: "person",
    name: "KIM, Hyo Dong",
    aliases: [{ name: "Kim Hyo-dong", quality: "press" }],
    nationalities: ["KP"],
    countries: ["LA"],
    title: "Representative of Tongmyong Technology Trade Company in Laos",
    linkedTo: ["DS-TONGMYONG-TECHNOLOGY-TRADE"],
    basis: "Tongmyong Technology Trade Company's representative in Laos, named by the ROK among managers of overseas DPRK IT workers.",
  }),
  rok({
    id: "DS-KIM-SONG-IL",
    kind: "person",
    name: "KIM, Song Il",
    aliases: [{ name: "Kim Song-il", quality: "press" }],
    nationalities: ["KP"],
    countries: ["CN"],
    title: "Representative of Jinyong IT Cooperation Company in China",
    linkedTo: ["OFAC-43379"],
    basis: "Jinyong (Chinyong) IT Cooperation Company's representative in China, managing DPRK IT workers there (ROK designation).",
  }),
  rok({
    id: "DS-YU-SONG-HYOK",
    kind: "person",
    name: "YU, Song Hyok",
    aliases: [{ name: "Yu Song-hyok", quality: "press" }],
    nationalities: ["KP"],
    countries: ["LA"],
    basis: "Ran a DPRK restaurant in Laos and helped DPRK IT workers launder their income (ROK designation).",
  }),
  rok({
    id: "DS-YUN-SONG-IL",
    kind: "person",
    name: "YUN, Song Il",
    aliases: [{ name: "Yun Song-il", quality: "press" }],
    nationalities: ["KP"],
    countries: ["LA"],
    basis: "Ran a DPRK restaurant in Laos and helped DPRK IT workers launder their income (ROK designation).",
  }),
];
