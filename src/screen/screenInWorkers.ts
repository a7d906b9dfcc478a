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

// Chunks a worker holds at once: one being screened and the next ones waiting, so that it
// does not idle while the calling thread is busy with a chunk of its own.
const PER_WORKER = 3;
// How far (in chunks) results may run ahead of the oldest unfinished one before the calling
// thread waits for it: bounds the results held back to keep the input order.
const MAX_AHEAD = 64;

interface Slot {
  readonly worker: import("node:worker_threads").Worker;
  ready: boolean;
  busy: number;
}

interface Chunk {
  readonly start: number;
  outcomes?: readonly WorkerOutcome[];
  promise?: Promise<void>;
}

/**
 * Screens subjects on `threads` threads, in chunks, and yields the results in input order.
 * `threads − 1` worker threads each rebuild the parent's screener from its lists and exported
 * index; each chunk goes to a worker that is ready and has room, and otherwise the calling
 * thread screens it itself (`local`). So the calling thread is never idle: it works alone while
 * the workers start (loading the index takes a while on large lists), and a small batch never
 * waits for a worker at all. An invalid subject throws `ScreeningInputError` at its position,
 * after every result before it; a worker that fails throws `ScreeningError`.
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
  let failure: ScreeningError | undefined;
  const pending = new Map<number, { resolve: (o: readonly WorkerOutcome[]) => void; reject: (e: unknown) => void }>();
  const fail = (e: ScreeningError) => {
    failure ??= e;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  const pool: Slot[] = Array.from({ length: threads - 1 }, () => {
    const slot: Slot = { worker: new Worker(script, { workerData: setup }), ready: false, busy: 0 };
    slot.worker.on("message", (m: FromWorker) => {
      if (m.type === "ready") slot.ready = true;
      else if (m.type === "failed") fail(new ScreeningError(`screening worker failed to start: ${m.message}`, { code: "worker_failed" }));
      else {
        slot.busy--;
        pending.get(m.id)?.resolve(m.outcomes);
        pending.delete(m.id);
      }
    });
    slot.worker.on("error", (e) => fail(new ScreeningError(`screening worker failed: ${e.message}`, { code: "worker_failed", cause: e })));
    return slot;
  });
  // Lets worker messages (ready, results) in between two chunks screened on this thread.
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  try {
    const queue: Chunk[] = [];
    let nextId = 0;
    let position = 0;
    let chunk: unknown[] = [];
    const dispatch = async () => {
      const subjectsOfChunk = chunk;
      chunk = [];
      const entry: Chunk = { start: position };
      position += subjectsOfChunk.length;
      queue.push(entry);
      const slot = pool.find((s) => s.ready && s.busy < PER_WORKER);
      if (slot === undefined) {
        entry.outcomes = subjectsOfChunk.map(local);
        await turn();
      } else {
        const id = nextId++;
        slot.busy++;
        entry.promise = new Promise<readonly WorkerOutcome[]>((resolve, reject) => pending.set(id, { resolve, reject })).then((o) => {
          entry.outcomes = o;
        });
        // Rejected when a worker fails; thrown where the chunk is awaited, or by the next dispatch.
        entry.promise.catch(() => undefined);
        slot.worker.postMessage({ type: "chunk", id, subjects: subjectsOfChunk });
      }
      if (failure) throw failure;
    };
    // Yields the finished chunks at the head of the queue; waits for the head while more than
    // `ahead` chunks are queued.
    async function* drain(ahead: number): AsyncGenerator<ScreeningResult> {
      for (;;) {
        const head = queue[0];
        if (head === undefined) return;
        if (head.outcomes === undefined) {
          if (queue.length <= ahead) return;
          await head.promise;
          if (failure) throw failure;
        }
        queue.shift();
        const outcomes = head.outcomes ?? [];
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
        await dispatch();
        yield* drain(MAX_AHEAD);
      }
    }
    if (chunk.length > 0) await dispatch();
    yield* drain(0);
  } finally {
    await Promise.all(pool.map((s) => s.worker.terminate()));
  }
}
