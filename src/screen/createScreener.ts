import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { parseISO } from "date-fns/parseISO";
import { defaultWatchlist } from "../data/defaultWatchlist.js";
import { ScreeningError, ScreeningInputError } from "../errors/index.js";
import { linkWatchlists } from "../lists/linkWatchlists.js";
import { WatchlistIndex, type EntryMatch } from "../match/index.js";
import { checkFindings } from "../rules/checkFindings.js";
import { RULESET_VERSION, dprkRules } from "../rules/dprkRules.js";
import { isNotApplicable, type Rule, type RuleContext, type RuleEvidence } from "../rules/types.js";
import type { WorkerOutcome, WorkerSetup } from "./workerProtocol.js";
import type { ListMeta, NameMatch, RuleCheck, RuleHit, ScreeningResult, Subject, Watchlist } from "../schema/index.js";
import { ALGORITHM, DEFAULT_THRESHOLDS, scoreHits, type Thresholds } from "../score/index.js";
import { classifySector } from "../sectors/index.js";
import { ENGINE_VERSION } from "../version.js";
import { BatchOptionsSchema, ScreenerConfigSchema, ScreenOptionsSchema, type BatchOptions, type ScreenerConfig, type ScreenOptions } from "./options.js";
import { screenInWorkers, workerScriptUrl } from "./screenInWorkers.js";
import { toInputIssues } from "./toInputIssues.js";
import { parseSubject } from "./validateSubject.js";

/** A configured screener: lists indexed once, rules fixed, ready to screen many subjects. */
export interface Screener {
  /** Screens one subject. Throws `ScreeningInputError` for invalid input. */
  screen(subject: unknown, options?: ScreenOptions): ScreeningResult;
  /** Screens one subject; returns the input error instead of throwing it. */
  safeScreen(subject: unknown, options?: ScreenOptions): { success: true; data: ScreeningResult } | { success: false; error: ScreeningInputError };
  /**
   * Screens subjects in input order. With `workers` > 1 (Node.js), the work is spread over that
   * many threads: the calling thread and `workers − 1` worker threads, each with its own copy of
   * the index; results still come back in input order. An invalid subject throws `ScreeningInputError` naming its position, after
   * every result before it.
   */
  screenMany(subjects: Iterable<unknown> | AsyncIterable<unknown>, options?: BatchOptions): AsyncIterable<ScreeningResult>;
  /**
   * The name index as bytes. Store it and pass it back as `createScreener({ watchlists, index })`
   * with the same watchlists to skip building it (it is refused for any other lists).
   */
  exportIndex(): Uint8Array<ArrayBuffer>;
  /** The lists screened against, as reported in `meta.lists`. */
  readonly lists: readonly ListMeta[];
  /** The rules run, after `disableRules`. */
  readonly rules: readonly Rule[];
  readonly thresholds: Thresholds;
}

function toDay(value: Date | string): string {
  if (typeof value === "string") return value.slice(0, 10);
  return value.toISOString().slice(0, 10);
}

function publicMatch(m: EntryMatch): NameMatch {
  const entry: NameMatch["entry"] = { id: m.entry.id, name: m.entry.name, kind: m.entry.kind, source: m.entry.source, programs: [...m.entry.programs] };
  if (m.entry.references && m.entry.references.length > 0) entry.references = [...m.entry.references];
  if (m.entry.listedOn) entry.listedOn = m.entry.listedOn;
  return { entry, score: m.score, matchedName: m.matchedName, queryName: m.queryName, field: m.field, features: m.features.map((f) => ({ ...f })) };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A deep copy of evidence as plain JSON data (what `JSON.parse(JSON.stringify(v))` gives,
 * without the string round trip): results never share objects with the lists or the subject.
 */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) return null;
    return typeof value === "function" || typeof value === "symbol" || typeof value === "bigint" ? undefined : value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => plain(v) ?? null);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = plain((value as Record<string, unknown>)[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * Builds a screener: validates the configuration, indexes every watchlist once, and fixes the
 * rules and thresholds. Reuse one screener for many subjects.
 *
 * @throws ScreeningInputError when the configuration is invalid (each problem with its path).
 * @example
 * ```ts
 * const screener = createScreener({ asOf: "2026-11-27", thresholds: { review: 40, block: 80 } });
 * screener.screen({ name: "Kim Sang Man", birthDate: "1965-04-25" }).decision //=> "block"
 * ```
 */
export function createScreener(config: ScreenerConfig = {}): Screener {
  const parsed = ScreenerConfigSchema.safeParse(config);
  if (!parsed.success) throw new ScreeningInputError(toInputIssues(parsed.error, config), "screener config");
  const cfg = parsed.data;
  const watchlists: readonly Watchlist[] = cfg.watchlists && cfg.watchlists.length > 1 ? linkWatchlists(cfg.watchlists) : (cfg.watchlists ?? [defaultWatchlist]);
  const disabled = new Set(cfg.disableRules ?? []);
  const allRules = (cfg.rules ?? dprkRules) as readonly Rule[];
  const ids = new Set<string>();
  for (const r of allRules) {
    if (ids.has(r.id)) throw new ScreeningInputError([{ path: ["rules"], message: `two rules share the id "${r.id}"`, code: "duplicate_rule" }], "screener config");
    ids.add(r.id);
  }
  for (const id of disabled) if (!ids.has(id)) throw new ScreeningInputError([{ path: ["disableRules"], message: `no rule has the id "${id}"`, code: "unknown_rule" }], "screener config");
  const rules = allRules.filter((r) => !disabled.has(r.id));
  const thresholds: Thresholds = cfg.thresholds ?? DEFAULT_THRESHOLDS;
  const index = new WatchlistIndex(watchlists, { bruteForce: cfg.bruteForce === true, ...(cfg.index ? { snapshot: cfg.index } : {}) });
  const now = cfg.now ?? (() => new Date());
  // A screening's time in ISO 8601, formatted once per millisecond: a batch screens several a
  // millisecond, and formatting a date costs more than the rest of the result's metadata.
  let lastScreened = { time: Number.NaN, iso: "" };
  const screenedAt = (): string => {
    const d = now();
    const time = d.getTime();
    if (time !== lastScreened.time) lastScreened = { time, iso: d.toISOString() };
    return lastScreened.iso;
  };
  const minScore = cfg.minMatchScore ?? 0.6;
  const maxMatches = cfg.maxMatches ?? 10;
  const rulesetVersion = cfg.rules ? `${RULESET_VERSION}+custom` : RULESET_VERSION;
  const baseLists: ListMeta[] = watchlists.map((w) => {
    const meta: ListMeta = { id: w.id, source: w.source, entryCount: w.entries.length };
    if (w.publishedAt !== undefined) meta.publishedAt = w.publishedAt;
    if (w.version !== undefined) meta.version = w.version;
    return meta;
  });

  const listsAt = new Map<string, { lists: ListMeta[]; warnings: string[] }>();
  function listsAsOf(asOfDate: string): { lists: ListMeta[]; warnings: string[] } {
    const cached = listsAt.get(asOfDate);
    if (cached) return cached;
    const warnings: string[] = [];
    const lists = baseLists.map((l) => {
      if (!l.publishedAt) return { ...l };
      const ageDays = differenceInCalendarDays(parseISO(asOfDate), parseISO(l.publishedAt.slice(0, 10)));
      const stale = cfg.maxListAgeDays !== undefined && ageDays > cfg.maxListAgeDays;
      if (stale) {
        const message = `List ${l.id} was published ${l.publishedAt.slice(0, 10)}, ${ageDays} days before ${asOfDate}: older than the allowed ${cfg.maxListAgeDays} days. Designations made since then are missing.`;
        if (cfg.failOnStaleList) throw new ScreeningError(message, { code: "stale_list" });
        warnings.push(message);
      }
      const out: ListMeta = { ...l, ageDays };
      if (cfg.maxListAgeDays !== undefined) out.stale = stale;
      return out;
    });
    const entry = { lists, warnings };
    if (listsAt.size > 64) listsAt.clear();
    listsAt.set(asOfDate, entry);
    return entry;
  }

  // A batch is judged at one date: it is parsed once (a fresh Date each time, as rules get their own).
  let lastAsOf = { day: "", time: 0 };
  function asOfAsDate(day: string): Date {
    if (lastAsOf.day !== day) lastAsOf = { day, time: parseISO(day).getTime() };
    return new Date(lastAsOf.time);
  }

  function run(subject: Subject, kindGiven: boolean, options: ScreenOptions | undefined): ScreeningResult {
    const asOfRaw = options?.asOf ?? cfg.asOf ?? now();
    const asOfDate = toDay(asOfRaw);
    const { lists, warnings } = listsAsOf(asOfDate);
    // Without an explicit kind, a name is searched among every kind of listed party: a company
    // name screened as the default "person" must still find the company.
    const kinds = !kindGiven ? (["person", "organization", "vessel"] as const) : subject.kind === "person" ? (["person"] as const) : subject.kind === "vessel" ? (["vessel"] as const) : (["organization"] as const);
    const nameMatches: EntryMatch[] = [];
    const queries: { name: string; field: "name" | "alias" }[] = [{ name: subject.name, field: "name" }, ...(subject.aliases ?? []).map((a) => ({ name: a, field: "alias" as const }))];
    const byEntry = new Map<string, EntryMatch>();
    for (const q of queries) {
      for (const m of index.matchName(q.name, { kinds, field: q.field, birthDate: subject.birthDate, minScore, limit: maxMatches })) {
        const key = `${m.listId}\u0000${m.entry.id}`;
        const prev = byEntry.get(key);
        if (!prev || m.score > prev.score) byEntry.set(key, m);
      }
    }
    nameMatches.push(...[...byEntry.values()].sort((a, b) => b.score - a.score));
    const employerMatches = subject.employer ? index.matchName(subject.employer.name, { kinds: ["organization"], field: "employer", minScore, limit: maxMatches }) : [];
    const identifierMatches = subject.identifiers ? index.matchIdentifiers(subject.identifiers) : [];
    const ctx: RuleContext = {
      subject,
      asOf: asOfAsDate(asOfDate),
      asOfDate,
      nameMatches,
      employerMatches,
      identifierMatches,
      lists,
      sector: subject.sector === undefined ? undefined : classifySector(subject.sector),
      maxListAgeDays: cfg.maxListAgeDays,
    };
    const ranked: { hit: RuleHit; order: number }[] = [];
    const checks: RuleCheck[] = [];
    for (const rule of rules) {
      if (!rule.appliesTo.includes(subject.kind)) {
        checks.push({ ruleId: rule.id, title: rule.title, status: "not_applicable", note: `applies to ${rule.appliesTo.join(", ")} only` });
        continue;
      }
      const outcome = rule.evaluate(ctx);
      if (outcome === undefined || (Array.isArray(outcome) && outcome.length === 0)) {
        checks.push({ ruleId: rule.id, title: rule.title, status: "no_hit" });
        continue;
      }
      if (isNotApplicable(outcome)) {
        checks.push({ ruleId: rule.id, title: rule.title, status: "not_applicable", note: outcome.notApplicable });
        continue;
      }
      const findings = (Array.isArray(outcome) ? outcome : [outcome]) as readonly RuleEvidence[];
      checkFindings(rule.id, findings);
      findings.forEach((f, order) => {
        const hit: RuleHit = {
          ruleId: rule.id,
          title: rule.title,
          code: f.code,
          points: f.points,
          blocking: f.blocking === true,
          reason: f.reason,
          citations: (f.citations ?? rule.citations).map((c) => (c.url === undefined ? { label: c.label } : { label: c.label, url: c.url })),
          evidence: plain(f.evidence) as Record<string, unknown>,
        };
        if (f.requiresReview === true && f.blocking !== true) hit.requiresReview = true;
        ranked.push({ hit, order });
      });
      checks.push({ ruleId: rule.id, title: rule.title, status: "hit" });
    }
    // Canonical order, independent of the order the rules were given in: blocking findings
    // first, then by points, then by rule id, then in the rule's own order.
    ranked.sort((a, b) => Number(b.hit.blocking) - Number(a.hit.blocking) || b.hit.points - a.hit.points || compareIds(a.hit.ruleId, b.hit.ruleId) || a.order - b.order);
    checks.sort((a, b) => compareIds(a.ruleId, b.ruleId));
    const hits = ranked.map((r) => r.hit);
    const { score, decision } = scoreHits(hits, thresholds);
    const matches = [...nameMatches, ...employerMatches].sort((a, b) => b.score - a.score).slice(0, maxMatches).map(publicMatch);
    const result: ScreeningResult = {
      subject: { kind: subject.kind, name: subject.name },
      decision,
      score,
      matches,
      hits,
      checks,
      warnings: [...warnings],
      meta: {
        engineVersion: ENGINE_VERSION,
        rulesetVersion,
        algorithm: ALGORITHM,
        thresholds: { review: thresholds.review, block: thresholds.block },
        asOf: asOfDate,
        screenedAt: screenedAt(),
        lists: lists.map((l) => ({ ...l })),
      },
    };
    if (subject.ref !== undefined) result.ref = subject.ref;
    return result;
  }

  function checkOptions(options: unknown): ScreenOptions | undefined {
    if (options === undefined) return undefined;
    const p = ScreenOptionsSchema.safeParse(options);
    if (!p.success) throw new ScreeningInputError(toInputIssues(p.error, options), "screen options");
    return p.data;
  }

  // The index as the workers of `screenMany` load it, made on the first batch with workers.
  let snapshot: Uint8Array<ArrayBuffer> | undefined;
  const screener: Screener = {
    exportIndex: () => index.toSnapshot(),
    lists: baseLists,
    rules,
    thresholds,
    screen(subject, options) {
      const opts = checkOptions(options);
      const p = parseSubject(subject);
      if (!p.success) throw p.error;
      return run(p.data, p.kindGiven, opts);
    },
    safeScreen(subject, options) {
      const opts = checkOptions(options);
      const p = parseSubject(subject);
      return p.success ? { success: true, data: run(p.data, p.kindGiven, opts) } : p;
    },
    async *screenMany(subjects, options) {
      const parsedBatch = options === undefined ? undefined : BatchOptionsSchema.safeParse(options);
      if (parsedBatch && !parsedBatch.success) throw new ScreeningInputError(toInputIssues(parsedBatch.error, options), "batch options");
      const { workers = 1, chunkSize = 256, ...rest } = parsedBatch?.data ?? {};
      const opts = rest.asOf === undefined ? undefined : { asOf: rest.asOf };
      const script = workers > 1 ? workerScriptUrl() : undefined;
      if (workers > 1 && script) {
        // Rules are functions and cannot cross to a worker thread: workers run the built-in
        // rules, chosen by id.
        const builtIn = new Set<Rule>(dprkRules);
        const custom = rules.filter((r) => !builtIn.has(r));
        if (custom.length > 0) throw new ScreeningInputError([{ path: ["workers"], message: `worker threads can run only the built-in rules; ${custom.map((r) => r.id).join(", ")} ${custom.length === 1 ? "is" : "are"} custom: screen with workers: 1`, code: "workers_custom_rules" }], "batch options");
        const config: WorkerSetup["config"] = {
          ruleIds: rules.map((r) => r.id),
          ...(cfg.thresholds ? { thresholds: cfg.thresholds } : {}),
          ...(cfg.asOf !== undefined ? { asOf: toDay(cfg.asOf) } : {}),
          ...(cfg.maxListAgeDays !== undefined ? { maxListAgeDays: cfg.maxListAgeDays } : {}),
          ...(cfg.failOnStaleList !== undefined ? { failOnStaleList: cfg.failOnStaleList } : {}),
          ...(cfg.minMatchScore !== undefined ? { minMatchScore: cfg.minMatchScore } : {}),
          ...(cfg.maxMatches !== undefined ? { maxMatches: cfg.maxMatches } : {}),
        };
        const local = (subject: unknown): WorkerOutcome => {
          const p = parseSubject(subject);
          return p.success ? { ok: true, result: run(p.data, p.kindGiven, opts) } : { ok: false, issues: p.error.issues };
        };
        snapshot ??= index.toSnapshot();
        yield* screenInWorkers(subjects, { watchlists, index: snapshot, config, ...(opts?.asOf ? { options: { asOf: toDay(opts.asOf) } } : {}) }, workers, chunkSize, script, local);
        return;
      }
      let i = 0;
      for await (const subject of subjects as AsyncIterable<unknown>) {
        const p = parseSubject(subject);
        if (!p.success) throw new ScreeningInputError(p.error.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })), "subject in batch");
        yield run(p.data, p.kindGiven, opts);
        i++;
      }
    },
  };
  return screener;
}
