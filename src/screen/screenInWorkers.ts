import { ScreeningError, ScreeningInputError } from "../errors/index.js";
import type { ScreeningResult } from "../schema/index.js";
import type { FromWorker, WorkerOutcome, WorkerSetup } from "./workerProtocol.js";

/**
 * The worker script next to the running build (`dist/screenWorker.js` or `.cjs`), or
 * `undefined` when running from TypeScript sources, where workers cannot start.
 */
export function workerScriptUrl(): URL | undefined {
  const here = import.meta.url;
  const ext = here.endsWith(".cjs") ? ".cjs" : here.endsWith(".js") ? ".js" : undefined;
  return ext === undefined ? undefined : new URL(`./screenWorker${ext}`, here);
}

/**
 * Screens subjects on `threads` threads, in chunks, and yields the results in input order: the
 * calling thread takes every `threads`-th chunk itself (`local`), `threads − 1` worker threads
 * the others (each rebuilds the parent's screener from its lists and exported index). Results
 * cross threads by structured clone, which costs about as much as a third of a screening, so
 * keeping the calling thread busy is what makes two cores faster than one. An invalid subject
 * throws `ScreeningInputError` at its position, after every result before it.
 */
export async function* screenInWorkers(
  subjects: Iterable<unknown> | AsyncIterable<unknown>,
  setup: WorkerSetup,
  threads: number,
  chunkSize: number,
  script: URL,
  local: (subject: unknown) => WorkerOutcome,
): AsyncGenerator<ScreeningResult> {
  const { Worker } = await import("node:worker_threads");
  const workers = threads - 1;
  const pool = Array.from({ length: workers }, () => new Worker(script, { workerData: setup }));
  const ready = pool.map(
    (w) =>
      new Promise<void>((resolve, reject) => {
        const onMessage = (m: FromWorker) => {
          if (m.type === "ready") resolve();
          else if (m.type === "failed") reject(new ScreeningError(`screening worker failed to start: ${m.message}`, { code: "worker_failed" }));
        };
        w.once("message", onMessage);
        w.once("error", (e) => reject(new ScreeningError(`screening worker failed to start: ${e.message}`, { code: "worker_failed", cause: e })));
      }),
  );
  const pending = new Map<number, { resolve: (o: readonly WorkerOutcome[]) => void; reject: (e: unknown) => void }>();
  for (const w of pool) {
    w.on("message", (m: FromWorker) => {
      if (m.type !== "results") return;
      pending.get(m.id)?.resolve(m.outcomes);
      pending.delete(m.id);
    });
    w.on("error", (e) => {
      for (const p of pending.values()) p.reject(new ScreeningError(`screening worker failed: ${e.message}`, { code: "worker_failed", cause: e }));
      pending.clear();
    });
  }
  try {
    await Promise.all(ready);
    const inFlight: { start: number; promise: Promise<readonly WorkerOutcome[]> }[] = [];
    let chunk: unknown[] = [];
    let next = 0;
    let position = 0;
    const send = () => {
      const id = next++;
      const start = position;
      position += chunk.length;
      const subjectsOfChunk = chunk;
      chunk = [];
      const worker = id % threads === threads - 1 ? undefined : pool[id % threads];
      if (worker === undefined) {
        inFlight.push({ start, promise: Promise.resolve(subjectsOfChunk.map(local)) });
        return;
      }
      const promise = new Promise<readonly WorkerOutcome[]>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({ type: "chunk", id, subjects: subjectsOfChunk });
      inFlight.push({ start, promise });
    };
    async function* drain(limit: number): AsyncGenerator<ScreeningResult> {
      while (inFlight.length > limit) {
        const head = inFlight.shift();
        if (!head) return;
        const outcomes = await head.promise;
        for (let k = 0; k < outcomes.length; k++) {
          const o = outcomes[k];
          if (!o) continue;
          if (!o.ok) throw new ScreeningInputError(o.issues.map((issue) => ({ ...issue, path: [head.start + k, ...issue.path] })), "subject in batch");
          yield o.result;
        }
      }
    }
    for await (const subject of subjects as AsyncIterable<unknown>) {
      chunk.push(subject);
      if (chunk.length >= chunkSize) {
        send();
        yield* drain(threads * 2);
      }
    }
    if (chunk.length > 0) send();
    yield* drain(0);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
