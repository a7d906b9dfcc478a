import { approximately, isoDate, monthNumber, parseListDate } from "./listDates.js";
import { textOf, type XmlNode } from "./xmlNodes.js";

/** A UN date of birth read: the date (partial ISO or a year range) and any note not used. */
export interface UnBirthDate {
  readonly value?: string;
  /** Text the list gives that is not part of `value` ("30-35 years old", a Hijri date). */
  readonly note?: string;
}

const BETWEEN_MONTHS = /^between ([a-z]+)\.? and ([a-z]+)\.? (\d{4})$/i;

function fromNote(note: string): string | undefined {
  const direct = parseListDate(note);
  if (direct) return direct;
  const m = BETWEEN_MONTHS.exec(note);
  if (!m) return undefined;
  const from = monthNumber(m[1] ?? "");
  const to = monthNumber(m[2] ?? "");
  if (from === undefined || to === undefined) return undefined;
  const a = isoDate(m[3] ?? "", from);
  const b = isoDate(m[3] ?? "", to);
  return a && b ? `${a}/${b}` : undefined;
}

/**
 * Reads one `INDIVIDUAL_DATE_OF_BIRTH` element:
 *
 * - `EXACT` with `DATE` → `"1976-10-18"`; with `YEAR` → `"1976"`;
 * - `APPROXIMATELY` → the year range one year either side: `YEAR 1960` → `"1959/1961"`;
 * - `BETWEEN` → `FROM_YEAR/TO_YEAR`: `"1960/1962"`;
 * - no date but a `NOTE` that is one ("Nov. 1973", "Between Aug. and Sep. 1977") → that date
 *   (`"1973-11"`, `"1977-08/1977-09"`); any other note is returned as `note`. A note that only
 *   repeats the type ("Approximately" on a range) is dropped.
 *
 * @example
 * ```ts
 * unBirthDate(children).value //=> "1959/1961" for APPROXIMATELY 1960
 * ```
 */
export function unBirthDate(fields: ReadonlyMap<string, XmlNode[][]>): UnBirthDate {
  const get = (tag: string) => textOf(fields.get(tag)?.[0] ?? []);
  const type = get("TYPE_OF_DATE").toUpperCase();
  const date = get("DATE");
  const year = get("YEAR");
  const from = get("FROM_YEAR");
  const to = get("TO_YEAR");
  const note = get("NOTE");
  let value: string | undefined;
  if (from !== "" || to !== "") {
    const a = parseListDate(from || to);
    const b = parseListDate(to || from);
    if (a && b) value = a === b ? a : `${a}/${b}`;
  } else if (date !== "" || year !== "") {
    value = parseListDate(date || year);
  }
  let noteLeft: string | undefined = note === "" ? undefined : note;
  if (value === undefined && note !== "") {
    value = fromNote(note);
    if (value !== undefined) noteLeft = undefined;
  }
  if (value !== undefined && type === "APPROXIMATELY") value = approximately(value);
  if (noteLeft !== undefined && /^approx(imately)?\.?$/i.test(noteLeft) && (type === "APPROXIMATELY" || type === "BETWEEN")) noteLeft = undefined;
  if (value === undefined && noteLeft === undefined && (date !== "" || year !== "" || from !== "" || to !== "")) {
    noteLeft = [date, year, from, to].filter((s) => s !== "").join(" to ");
  }
  const out: { value?: string; note?: string } = {};
  if (value !== undefined) out.value = value;
  if (noteLeft !== undefined) out.note = noteLeft;
  return out;
}
