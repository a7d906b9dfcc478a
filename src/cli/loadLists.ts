import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFtmEntities, parseOfacSdnCsv, parseUnConsolidatedXml } from "../lists/index.js";
import type { Watchlist } from "../schema/index.js";

/** The official list files named on the command line. */
export interface ListFiles {
  readonly un?: string | undefined;
  readonly ofacDir?: string | undefined;
  readonly ofacSdn?: string | undefined;
  readonly ofacAlt?: string | undefined;
  readonly ofacAdd?: string | undefined;
  readonly ofacComments?: string | undefined;
  readonly ftm?: string | undefined;
}

/** Thrown for a file that cannot be read at all (missing, a directory, no permission). */
export class ListFileError extends Error {}

function bytes(path: string): Buffer {
  try {
    // Bytes, not text: each parser decodes in its list's own encoding (OFAC is Windows-1252).
    return readFileSync(path);
  } catch (e) {
    throw new ListFileError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/**
 * Reads the official lists named by `--un`, `--ofac-dir` / `--ofac-sdn` / `--ofac-alt` /
 * `--ofac-add` / `--ofac-comments` and `--ftm`, in that order. `--ofac-dir` takes `sdn.csv`,
 * `alt.csv`, `add.csv` and `sdn_comments.csv` from a folder (sdn.csv required, the others if
 * present); a single `--ofac-*` file overrides the folder's. Parse errors propagate as
 * `ListParseError`.
 *
 * @example
 * ```ts
 * loadLists({ un: "consolidated.xml", ofacDir: "ofac/" }).map((w) => w.id) //=> ["un-sc-consolidated", "ofac-sdn"]
 * ```
 */
export function loadLists(files: ListFiles): Watchlist[] {
  const lists: Watchlist[] = [];
  if (files.un !== undefined) lists.push(parseUnConsolidatedXml(bytes(files.un)));
  const inDir = (name: string) => (files.ofacDir !== undefined && existsSync(join(files.ofacDir, name)) ? join(files.ofacDir, name) : undefined);
  const sdn = files.ofacSdn ?? inDir("sdn.csv");
  const alt = files.ofacAlt ?? inDir("alt.csv");
  const add = files.ofacAdd ?? inDir("add.csv");
  const comments = files.ofacComments ?? inDir("sdn_comments.csv");
  if (sdn === undefined && (files.ofacDir !== undefined || alt !== undefined || add !== undefined || comments !== undefined)) {
    throw new ListFileError(files.ofacDir !== undefined ? `no sdn.csv in ${files.ofacDir}` : "--ofac-alt, --ofac-add and --ofac-comments need --ofac-sdn (or --ofac-dir)");
  }
  if (sdn !== undefined) {
    lists.push(parseOfacSdnCsv({ sdn: bytes(sdn), alt: alt === undefined ? undefined : bytes(alt), add: add === undefined ? undefined : bytes(add), comments: comments === undefined ? undefined : bytes(comments) }));
  }
  if (files.ftm !== undefined) lists.push(parseFtmEntities(bytes(files.ftm)));
  return lists;
}
