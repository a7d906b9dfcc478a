import type { EntryMatch } from "../match/index.js";
import type { Entry, ListMeta } from "../schema/index.js";

/**
 * A one-line description of a listed entry for reasons: id, name, programmes, listing date and
 * the date of the list it came from.
 *
 * @example
 * ```ts
 * describeEntry(entry, lists) //=> "KPe.050 MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES (UN 1718; listed 2017-08-05; list dprk-overseas-labour v2026.11.27)"
 * ```
 */
export function describeEntry(entry: Entry, lists: readonly ListMeta[], listId?: string): string {
  const parts: string[] = [];
  if (entry.programs.length > 0) parts.push(entry.programs.join(", "));
  if (entry.listedOn) parts.push(`listed ${entry.listedOn}`);
  const list = lists.find((l) => l.id === listId);
  if (list) parts.push(`list ${list.id}${list.version ? ` v${list.version}` : ""}${list.publishedAt ? ` of ${list.publishedAt.slice(0, 10)}` : ""}`);
  const refs = entry.references && entry.references.length > 0 ? ` [also ${entry.references.join(", ")}]` : "";
  return `${entry.id} ${entry.name}${refs} (${parts.join("; ")})`;
}

/**
 * The evidence fields every name-based finding records about its match: the entry, the list
 * and its date, the scores, and for listed persons how the birth dates compared.
 *
 * @example
 * ```ts
 * matchEvidence(match, lists).entryId //=> "OFAC-43377"
 * ```
 */
export function matchEvidence(match: EntryMatch, lists: readonly ListMeta[]): Record<string, unknown> {
  const list = lists.find((l) => l.id === match.listId);
  const person = match.entry.kind === "person";
  return {
    entryId: match.entry.id,
    entryName: match.entry.name,
    references: match.entry.references ?? [],
    matchedName: match.matchedName,
    programs: match.entry.programs,
    listedOn: match.entry.listedOn,
    list: match.listId,
    listPublishedAt: list?.publishedAt,
    listVersion: list?.version,
    nameScore: match.nameScore,
    score: match.score,
    birthDateComparison: person ? match.birthDate.outcome : undefined,
    listedBirthDate: person ? match.birthDate.listed : undefined,
    features: match.features,
  };
}
