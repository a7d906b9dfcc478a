import { ENTRY_KINDS } from "../schema/index.js";

const KINDS: ReadonlySet<string> = new Set(ENTRY_KINDS);

function isStringArray(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

/**
 * A fast structural check of a watchlist handed to `createScreener`: the fields the index and
 * the rules read, entry by entry. Full zod validation of a million entries would dominate index
 * build time; this check costs a few milliseconds per hundred thousand entries and reports the
 * first problem with its path.
 *
 * @example
 * ```ts
 * watchlistProblem({ id: "x" })?.message //=> "source must be a non-empty string"
 * ```
 */
export function watchlistProblem(value: unknown): { message: string; path: (string | number)[] } | undefined {
  if (typeof value !== "object" || value === null) return { message: "must be a watchlist object", path: [] };
  const list = value as Record<string, unknown>;
  for (const key of ["id", "source", "loadedAt"] as const) {
    if (typeof list[key] !== "string" || list[key] === "") return { message: `${key} must be a non-empty string`, path: [key] };
  }
  if (list["publishedAt"] !== undefined && typeof list["publishedAt"] !== "string") return { message: "publishedAt must be a string", path: ["publishedAt"] };
  const entries = list["entries"];
  if (!Array.isArray(entries)) return { message: "entries must be an array", path: ["entries"] };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Record<string, unknown> | null;
    const at = (field: string) => ["entries", i, field];
    if (typeof e !== "object" || e === null) return { message: "must be an entry object", path: ["entries", i] };
    if (typeof e["id"] !== "string" || e["id"] === "") return { message: "id must be a non-empty string", path: at("id") };
    if (typeof e["name"] !== "string" || e["name"] === "") return { message: "name must be a non-empty string", path: at("name") };
    if (typeof e["kind"] !== "string" || !KINDS.has(e["kind"])) return { message: `kind must be one of ${ENTRY_KINDS.join(", ")}`, path: at("kind") };
    if (!Array.isArray(e["aliases"]) || !e["aliases"].every((a: unknown) => typeof a === "object" && a !== null && typeof (a as { name?: unknown }).name === "string")) return { message: "aliases must be an array of { name }", path: at("aliases") };
    for (const f of ["birthDates", "nationalities", "countries", "programs"]) if (!isStringArray(e[f])) return { message: `${f} must be an array of strings`, path: at(f) };
    if (!Array.isArray(e["identifiers"]) || !e["identifiers"].every((x: unknown) => typeof x === "object" && x !== null && typeof (x as { value?: unknown }).value === "string" && typeof (x as { type?: unknown }).type === "string")) return { message: "identifiers must be an array of { type, value }", path: at("identifiers") };
    if (typeof e["source"] !== "string") return { message: "source must be a string", path: at("source") };
  }
  return undefined;
}
