import type { Entry } from "../schema/index.js";
import { CONSTRUCTION_ENTRIES } from "./entries/construction.js";
import { DESIGNATIONS_2025 } from "./entries/designations2025.js";
import { IT_WORKER_ENTRIES } from "./entries/itWorkers.js";
import { LABOUR_OFFICIAL_ENTRIES } from "./entries/labourOfficials.js";
import { MONUMENT_ENTRIES } from "./entries/monuments.js";
import { ROK_ENTRIES } from "./entries/rokDesignations.js";
import { STATE_BODY_ENTRIES } from "./entries/stateBodies.js";

/**
 * The curated DPRK overseas-labour watchlist: reviewed data, compiled by the dprk-screen
 * maintainers from public facts (UN 1718 Committee list, OFAC SDN list and Treasury press
 * releases, the Republic of Korea's 2023 designations, reporting on them). Each entry carries its
 * sources and a one-line basis in our own words. Ids: the UN reference number when the UN lists
 * the party, else `OFAC-` and the SDN ent_num, else a stable id of our own (`DS-…`); the party's
 * other list ids are in `references`. The entries live in `entries/`, one file per group.
 *
 * Review rule: every fact here must be traceable to one of the entry's sources.
 */
export const CURATED_ENTRIES: readonly Entry[] = [
  ...MONUMENT_ENTRIES,
  ...CONSTRUCTION_ENTRIES,
  ...LABOUR_OFFICIAL_ENTRIES,
  ...IT_WORKER_ENTRIES,
  ...STATE_BODY_ENTRIES,
  ...DESIGNATIONS_2025,
  ...ROK_ENTRIES,
];
