import type { InputIssue } from "../errors/index.js";
import type { ScreeningResult, Watchlist } from "../schema/index.js";

/** What a worker needs to build the same screener as its parent (all structured-cloneable). */
export interface WorkerSetup {
  readonly watchlists: readonly Watchlist[];
  readonly index: Uint8Array<ArrayBuffer>;
  readonly config: {
    readonly ruleIds: readonly string[];
    readonly thresholds?: { readonly review: number; readonly block: number };
    readonly asOf?: string;
    readonly maxListAgeDays?: number;
    readonly failOnStaleList?: boolean;
    readonly minMatchScore?: number;
    readonly maxMatches?: number;
  };
  readonly options?: { readonly asOf?: string };
}

/** Parent → worker. */
export type ToWorker = { readonly type: "chunk"; readonly id: number; readonly subjects: readonly unknown[] };

/** One subject's outcome in a worker. */
export type WorkerOutcome = { readonly ok: true; readonly result: ScreeningResult } | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** Worker → parent. */
export type FromWorker =
  | { readonly type: "ready" }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "results"; readonly id: number; readonly outcomes: readonly WorkerOutcome[] };
