import { dprkNational } from "./builtin/dprkNational.js";
import { highRiskSector } from "./builtin/highRiskSector.js";
import { hostJurisdiction } from "./builtin/hostJurisdiction.js";
import { itWorkerRedFlags } from "./builtin/itWorkerRedFlags.js";
import { listFreshness } from "./builtin/listFreshness.js";
import { sanctionedEmployer } from "./builtin/sanctionedEmployer.js";
import { sanctionedIdentifier } from "./builtin/sanctionedIdentifier.js";
import { sanctionedParty } from "./builtin/sanctionedParty.js";
import { workAuthorization } from "./builtin/workAuthorization.js";
import type { Rule } from "./types.js";

/** Version of the built-in rule pack, reported in every result's `meta.rulesetVersion`. */
export const RULESET_VERSION = "dprk-rules-1.1.0";

/**
 * The built-in DPRK overseas-labour rule pack. Each rule is independent and cites the
 * resolution, designation or advisory it rests on.
 *
 * @example
 * ```ts
 * dprkRules.map((r) => r.id)
 * //=> ["sanctioned-party", "sanctioned-identifier", "sanctioned-employer", "dprk-national-income-abroad",
 * //    "dprk-work-authorization", "host-jurisdiction", "high-risk-sector", "it-worker-red-flags", "list-freshness"]
 * ```
 */
export const dprkRules: readonly Rule[] = Object.freeze([
  sanctionedParty,
  sanctionedIdentifier,
  sanctionedEmployer,
  dprkNational,
  workAuthorization,
  hostJurisdiction,
  highRiskSector,
  itWorkerRedFlags,
  listFreshness,
]);
