import type { EntryAlias, EntryDetail, EntryIdentifier } from "../schema/index.js";
import { OFAC_IDENTIFIER_LABELS, VERBATIM_IDENTIFIER_TYPES } from "./ofacIdentifierLabels.js";
import { parseOfacDate } from "./parseOfacDate.js";
import { resolveListCountry } from "./resolveListCountry.js";

/** What the Remarks column of an OFAC `sdn.csv` row says, in fields. */
export interface OfacRemarks {
  readonly birthDates: string[];
  readonly placesOfBirth: string[];
  /** ISO alpha-2, from `nationality …` and `citizen …`. */
  readonly nationalities: string[];
  gender?: string;
  readonly identifiers: EntryIdentifier[];
  readonly aliases: EntryAlias[];
  readonly linkedTo: string[];
  readonly details: EntryDetail[];
  /** The clauses not turned into fields, as published. */
  readonly remarks: string[];
  /** Values kept as text because they could not be read (for `stats.warnings`). */
  readonly problems: string[];
}

// Identifier labels by their first word, longest first: a clause is tested only against the
// few labels that share its first word.
const LABELS_BY_FIRST_WORD = new Map<string, { label: string; type: string }[]>();
for (const [type, labels] of Object.entries(OFAC_IDENTIFIER_LABELS)) {
  for (const label of labels) {
    const word = label.split(" ")[0] ?? label;
    const list = LABELS_BY_FIRST_WORD.get(word) ?? [];
    list.push({ label, type });
    list.sort((a, b) => b.label.length - a.label.length);
    LABELS_BY_FIRST_WORD.set(word, list);
  }
}

function identifierLabel(clause: string): { label: string; type: string; rest: string } | undefined {
  const space = clause.indexOf(" ");
  if (space < 0) return undefined;
  for (const l of LABELS_BY_FIRST_WORD.get(clause.slice(0, space)) ?? []) {
    if (clause.length > l.label.length + 1 && clause.startsWith(l.label) && clause[l.label.length] === " ") return { ...l, rest: clause.slice(l.label.length + 1).trim() };
  }
  return undefined;
}
const DIGITAL_CURRENCY = /^Digital Currency Address - ([A-Za-z0-9]+) (\S+)$/;
const AKA = /^([afn])\.k\.a\.,? (.+)$/;
const DETAIL = /^(Organization Established Date|Target Type|Vessel Year of Build|Former Vessel Flag|Other Vessel Flag|Other Vessel Type|Nationality of Registration|Aircraft Model|Aircraft Operator|Aircraft Manufacture Date|ethnicity|Additional Sanctions Information -|IFCA Determination -|Executive Order \d+ Directive Determination -) (.+)$/;
const LABELLED = /^([A-Z][^:]{0,100}?): (.+)$/;
const ISSUED = /\s(?:issued|expires)\b/i;
// Module-level on purpose: the bundler rewrites \p{…} literals as `new RegExp(…)` where they stand.
const LETTER_OR_DIGIT = /\p{N}|\p{L}/u;

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Splits "109420132 (Korea, North) issued 16 Oct 2019" into value, country and notes. */
function identifierParts(rest: string): { value: string; country?: string; notes: string[] } {
  let r = rest.trim();
  const notes: string[] = [];
  const at = r.search(ISSUED);
  if (at > 0) {
    notes.push(r.slice(at + 1).trim());
    r = r.slice(0, at).trim();
  }
  let country: string | undefined;
  while (r.endsWith(")")) {
    const open = r.lastIndexOf("(");
    if (open <= 0) break;
    const inner = r.slice(open + 1, -1).trim();
    r = r.slice(0, open).trim();
    const iso = country === undefined ? resolveListCountry(inner) : undefined;
    if (iso !== undefined) country = iso;
    else notes.unshift(`(${inner})`);
  }
  return country === undefined ? { value: r, notes } : { value: r, country, notes };
}

/**
 * Reads the Remarks of an OFAC `sdn.csv` row, clause by clause (clauses are separated by "; "
 * and may start with "alt."):
 *
 * - `DOB …` → `birthDates` (see `parseOfacDate`); `POB …` → `placesOfBirth`;
 * - `nationality …`, `citizen …` → `nationalities` (ISO); `Gender …` → `gender`;
 * - `a.k.a. '…'` / `f.k.a. '…'` / `n.k.a. '…'` → aliases of quality `aka` / `fka` / `nka`;
 * - `Linked To: …` → `linkedTo`;
 * - documents and numbers (`Passport`, `National ID No.`, `Tax ID No.`, `Registration Number`,
 *   `Unified Social Credit Code (USCC)`, `SWIFT/BIC`, `Vessel Registration Identification IMO`,
 *   `Digital Currency Address - XBT`, … see `OFAC_IDENTIFIER_LABELS`) → `identifiers` with the
 *   country in parentheses (ISO) and the label, issue and expiry dates in the note;
 * - labelled facts (`Organization Type: …`, `Organization Established Date …`, `Target Type …`,
 *   `Secondary sanctions risk: …`, `Aircraft Model …`, …) → `details`;
 * - every other clause stays, as published, in `remarks`. A DOB or a nationality that cannot be
 *   read also stays there and is reported in `problems`.
 *
 * @example
 * ```ts
 * parseOfacRemarks("DOB 25 Apr 1965; nationality Korea, North; Passport 109420132 (Korea, North).")
 * //=> { birthDates: ["1965-04-25"], nationalities: ["KP"], identifiers: [{ type: "passport", value: "109420132", country: "KP", note: "Passport" }], … }
 * ```
 */
export function parseOfacRemarks(text: string): OfacRemarks {
  const out: OfacRemarks = { birthDates: [], placesOfBirth: [], nationalities: [], identifiers: [], aliases: [], linkedTo: [], details: [], remarks: [], problems: [] };
  const body = text.trim().replace(/\.$/, "");
  if (body === "") return out;
  for (const raw of body.split(/;\s*/)) {
    const clause = raw.trim();
    if (clause === "") continue;
    const c = clause.replace(/^alt\.\s+/i, "");
    let m: RegExpExecArray | null;
    let id: ReturnType<typeof identifierLabel>;
    if ((m = AKA.exec(c))) {
      const name = (m[2] ?? "").trim().replace(/^'(.*)'$/s, "$1").trim();
      if (name !== "") {
        out.aliases.push({ name, quality: `${m[1]}ka` });
        continue;
      }
    } else if (c.startsWith("DOB ")) {
      const date = parseOfacDate(c.slice(4));
      if (date !== undefined) {
        pushUnique(out.birthDates, date);
        continue;
      }
      out.problems.push(`date of birth "${c.slice(4)}" is not a date; kept in remarks`);
    } else if (c.startsWith("POB ")) {
      pushUnique(out.placesOfBirth, c.slice(4).trim());
      continue;
    } else if ((m = /^(nationality|citizen) (.+)$/.exec(c))) {
      const iso = resolveListCountry(m[2] ?? "");
      if (iso !== undefined) {
        pushUnique(out.nationalities, iso);
        continue;
      }
      out.problems.push(`${m[1]} "${m[2]}" is not an ISO country; kept in remarks`);
    } else if (c.startsWith("Gender ")) {
      out.gender = c.slice(7).trim();
      continue;
    } else if (c.startsWith("Linked To: ")) {
      pushUnique(out.linkedTo, c.slice(11).trim());
      continue;
    } else if ((m = DIGITAL_CURRENCY.exec(c))) {
      out.identifiers.push({ type: "digital-currency-address", value: m[2] ?? "", note: m[1] ?? "" });
      continue;
    } else if ((id = identifierLabel(c))) {
      const { label, type, rest } = id;
      if (VERBATIM_IDENTIFIER_TYPES.has(type)) {
        out.identifiers.push({ type, value: rest, note: label });
        continue;
      }
      const parts = identifierParts(rest);
      if (LETTER_OR_DIGIT.test(parts.value)) {
        const identifier: EntryIdentifier = { type, value: parts.value, note: [label, ...parts.notes].join("; ") };
        if (parts.country !== undefined) identifier.country = parts.country;
        out.identifiers.push(identifier);
        continue;
      }
    } else if ((m = DETAIL.exec(c)) ?? (m = LABELLED.exec(c))) {
      out.details.push({ label: (m[1] ?? "").replace(/ -$/, ""), value: (m[2] ?? "").trim() });
      continue;
    }
    out.remarks.push(clause);
  }
  return out;
}
