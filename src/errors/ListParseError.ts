import { ScreeningError } from "./ScreeningError.js";

/** Where in a list file a problem was found. */
export interface ListParseLocation {
  /** The list being read: `un-sc-consolidated`, `ofac-sdn`, `ofac-alt`, `opensanctions-ftm`, … */
  readonly source: string;
  /** 1-based line number in the file, when the format has lines. */
  readonly line?: number;
  /** The record's own id (a UN reference number, an OFAC ent_num, an FtM id), when known. */
  readonly record?: string;
}

/**
 * Thrown when a list file is not what it claims to be: truncated XML, a CSV row with the wrong
 * number of columns, binary junk, an empty file. The message names the file, the line or record
 * and the reason.
 *
 * @example
 * ```ts
 * try { parseUnConsolidatedXml("<CONSOLIDATED_LIST>") }
 * catch (e) { if (e instanceof ListParseError) e.reason }
 * ```
 */
export class ListParseError extends ScreeningError {
  override name = "ListParseError" as const;
  readonly source: string;
  readonly line: number | undefined;
  readonly record: string | undefined;
  /** The reason alone, without the location. */
  readonly reason: string;

  constructor(location: ListParseLocation, reason: string, options: { cause?: unknown } = {}) {
    const where = [location.source];
    if (location.line !== undefined) where.push(`line ${location.line}`);
    if (location.record !== undefined) where.push(`record ${location.record}`);
    super(`${where.join(", ")}: ${reason}`, { code: "list_parse_error", cause: options.cause });
    this.source = location.source;
    this.line = location.line;
    this.record = location.record;
    this.reason = reason;
  }
}
