// Worker-thread entry of `screenMany({ workers })`: builds the parent's screener from the
// lists, the exported index and the configuration it is sent, then screens chunks of subjects.
import { parentPort, workerData } from "node:worker_threads";
import { dprkRules } from "../rules/dprkRules.js";
import { createScreener, type Screener } from "./createScreener.js";
import type { FromWorker, ToWorker, WorkerOutcome, WorkerSetup } from "./workerProtocol.js";

const port = parentPort;
const setup = workerData as WorkerSetup;
let screener: Screener | undefined;
try {
  const { ruleIds, ...rest } = setup.config;
  screener = createScreener({ ...rest, watchlists: [...setup.watchlists], index: setup.index, rules: dprkRules.filter((r) => ruleIds.includes(r.id)) });
  port?.postMessage({ type: "ready" } satisfies FromWorker);
} catch (e) {
  port?.postMessage({ type: "failed", message: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
}

port?.on("message", (message: ToWorker) => {
  if (!screener) return;
  const outcomes: WorkerOutcome[] = message.subjects.map((subject) => {
    const r = screener.safeScreen(subject, setup.options);
    return r.success ? { ok: true, result: r.data } : { ok: false, issues: r.error.issues };
  });
  port.postMessage({ type: "results", id: message.id, outcomes } satisfies FromWorker);
});
