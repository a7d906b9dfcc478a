import { ListParseError } from "../errors/index.js";
import type { ListIssue } from "../schema/index.js";
import type { OnInvalid } from "./ListParseOptions.js";

/** Where an issue is: a line, a record id, a file; any that are known. */
export interface IssueAt {
  readonly line?: number | undefined;
  readonly record?: string | undefined;
  readonly file?: string | undefined;
}

function issue(at: IssueAt, reason: string): ListIssue {
  const out: ListIssue = { reason };
  if (at.line !== undefined) out.line = at.line;
  if (at.record !== undefined) out.record = at.record;
  if (at.file !== undefined) out.file = at.file;
  return out;
}

/**
 * The issues of one parse: records skipped, rows pointing at nothing, values not understood.
 * `invalid` applies the `onInvalid` policy: it throws a `ListParseError` or records the skip.
 *
 * @example
 * ```ts
 * const log = new IssueLog("ofac-sdn", "skip");
 * log.invalid({ line: 3 }, "11 columns, expected 12"); // recorded, not thrown
 * log.skipped.length //=> 1
 * ```
 */
export class IssueLog {
  readonly skipped: ListIssue[] = [];
  readonly orphans: ListIssue[] = [];
  readonly warnings: ListIssue[] = [];

  readonly source: string;
  readonly onInvalid: OnInvalid;
  private readonly sourceOf: (file: string) => string;

  /**
   * @param source the list's name in errors (`ListParseError.source`)
   * @param sourceOf for lists read from several files, the name in errors of each file
   */
  constructor(source: string, onInvalid: OnInvalid = "error", sourceOf?: (file: string) => string) {
    this.source = source;
    this.onInvalid = onInvalid;
    this.sourceOf = sourceOf ?? (() => source);
  }

  /** A record that cannot be read: thrown or skipped, as the policy says. */
  invalid(at: IssueAt, reason: string): void {
    if (this.onInvalid === "error") throw new ListParseError({ source: at.file !== undefined ? this.sourceOf(at.file) : this.source, ...(at.line !== undefined ? { line: at.line } : {}), ...(at.record !== undefined ? { record: at.record } : {}) }, reason);
    this.skipped.push(issue(at, reason));
  }

  /** A record read and deliberately not used (not an error under any policy). */
  skip(at: IssueAt, reason: string): void {
    this.skipped.push(issue(at, reason));
  }

  orphan(at: IssueAt, reason: string): void {
    this.orphans.push(issue(at, reason));
  }

  warn(at: IssueAt, reason: string): void {
    this.warnings.push(issue(at, reason));
  }
}

/** `loadedAt` as an ISO timestamp. */
export function loadedAtOf(value: Date | string | undefined): string {
  if (value === undefined) return new Date().toISOString();
  return typeof value === "string" ? value : value.toISOString();
}
