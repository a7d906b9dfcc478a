import { resolveCountry } from "../jurisdictions/index.js";
import { EXEMPTIONS, MAX_LIST_ITEMS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, partialDateProblem, SUBJECT_KINDS, type Subject } from "../schema/index.js";
import { MAX_COUNTRY_LENGTH } from "../schema/country.js";

// What `SubjectSchema` accepts, read by hand for the common case: a plain object whose every
// field is valid. It returns what `SubjectSchema.parse` returns (same values, same key order) or
// `undefined` whenever it is not sure, and the schema then decides and words the errors. The
// schema stays the one definition of a valid subject; this is only its fast path, checked
// against it by property tests (readPlainSubject.test.ts).

const SUBJECT_KEYS = ["kind", "name", "aliases", "birthDate", "nationalities", "countries", "sector", "employer", "identifiers", "workAuthorization", "exemption", "indicators", "ref"] as const;
const INDICATOR_FLAGS = ["paymentInCryptocurrency", "multipleLoginCountries", "loginCountryMismatch", "identityInconsistency", "refusesVideo", "laptopReshipping", "remoteAccessTools", "thirdPartyAccounts", "offHoursMismatch"] as const;
const INDICATOR_KEYS: ReadonlySet<string> = new Set([...INDICATOR_FLAGS, "paymentToThirdCountry"]);
const KNOWN: ReadonlySet<string> = new Set(SUBJECT_KEYS);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Marks "not sure: let the schema decide". */
const UNSURE = Symbol("unsure");
type Unsure = typeof UNSURE;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether every own key is among `known` and none holds `undefined`. */
function onlyKnownKeys(value: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const k of Object.keys(value)) if (!known.has(k) || value[k] === undefined) return false;
  return true;
}

function name(value: unknown): string | Unsure {
  return typeof value === "string" && value.length <= MAX_NAME_LENGTH && LETTER_OR_DIGIT.test(value) ? value : UNSURE;
}

function trimmed(value: unknown, max: number): string | Unsure {
  if (typeof value !== "string") return UNSURE;
  const t = value.trim();
  return t.length >= 1 && t.length <= max ? t : UNSURE;
}

function country(value: unknown): string | Unsure {
  if (typeof value !== "string" || value.length > MAX_COUNTRY_LENGTH) return UNSURE;
  const r = resolveCountry(value);
  return r.status === "ok" ? r.iso2 : UNSURE;
}

function date(value: unknown): string | Unsure {
  return typeof value === "string" && partialDateProblem(value) === undefined ? value : UNSURE;
}

function list<T>(value: unknown, item: (v: unknown) => T | Unsure): T[] | Unsure {
  if (!Array.isArray(value) || value.length > MAX_LIST_ITEMS) return UNSURE;
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const v = item(value[i]);
    if (v === UNSURE) return UNSURE;
    out.push(v);
  }
  return out;
}

/** Reads an object's fields in the order given, each with its reader; `UNSURE` if any is. */
function fields(value: unknown, order: readonly string[], known: ReadonlySet<string>, read: (key: string, v: unknown) => unknown): Record<string, unknown> | Unsure {
  if (!isPlainObject(value) || !onlyKnownKeys(value, known)) return UNSURE;
  const out: Record<string, unknown> = {};
  for (const k of order) {
    if (!(k in value)) continue;
    const v = read(k, value[k]);
    if (v === UNSURE) return UNSURE;
    out[k] = v;
  }
  return out;
}

const EMPLOYER_KEYS = ["name", "country"];
const IDENTIFIER_KEYS = ["type", "value", "country"];
const WORK_KEYS = ["issuedOn", "contractSignedOn", "country"];
const INDICATOR_ORDER = ["paymentInCryptocurrency", "paymentToThirdCountry", ...INDICATOR_FLAGS.slice(1)];
const EMPLOYER_SET: ReadonlySet<string> = new Set(EMPLOYER_KEYS);
const IDENTIFIER_SET: ReadonlySet<string> = new Set(IDENTIFIER_KEYS);
const WORK_SET: ReadonlySet<string> = new Set(WORK_KEYS);

function employer(value: unknown): Record<string, unknown> | Unsure {
  const out = fields(value, EMPLOYER_KEYS, EMPLOYER_SET, (k, v) => (k === "name" ? name(v) : country(v)));
  return out !== UNSURE && "name" in out ? out : UNSURE;
}

function identifier(value: unknown): Record<string, unknown> | Unsure {
  const out = fields(value, IDENTIFIER_KEYS, IDENTIFIER_SET, (k, v) => (k === "type" ? trimmed(v, MAX_TEXT_LENGTH.identifierType) : k === "value" ? trimmed(v, MAX_TEXT_LENGTH.identifierValue) : country(v)));
  return out !== UNSURE && "value" in out ? out : UNSURE;
}

function workAuthorization(value: unknown): Record<string, unknown> | Unsure {
  return fields(value, WORK_KEYS, WORK_SET, (k, v) => (k === "country" ? country(v) : date(v)));
}

function indicators(value: unknown): Record<string, unknown> | Unsure {
  return fields(value, INDICATOR_ORDER, INDICATOR_KEYS, (k, v) => (k === "paymentToThirdCountry" ? country(v) : typeof v === "boolean" ? v : UNSURE));
}

function field(key: string, value: unknown): unknown {
  switch (key) {
    case "kind":
      return (SUBJECT_KINDS as readonly unknown[]).includes(value) ? value : UNSURE;
    case "name":
      return name(value);
    case "aliases":
      return list(value, name);
    case "birthDate":
      return date(value);
    case "nationalities":
    case "countries":
      return list(value, country);
    case "sector":
      return trimmed(value, MAX_TEXT_LENGTH.sector);
    case "employer":
      return employer(value);
    case "identifiers":
      return list(value, identifier);
    case "workAuthorization":
      return workAuthorization(value);
    case "exemption":
      return (EXEMPTIONS as readonly unknown[]).includes(value) ? value : UNSURE;
    case "indicators":
      return indicators(value);
    case "ref":
      return typeof value === "string" && value.length <= MAX_TEXT_LENGTH.ref ? value : UNSURE;
    default:
      return UNSURE;
  }
}

/**
 * What `SubjectSchema.parse(input)` returns, read without the schema when `input` is a plain
 * object and every field is valid; `undefined` otherwise (the caller then runs the schema, which
 * decides and explains). Screening a valid subject is most of what a batch does, and the schema
 * was a tenth of it.
 *
 * @example
 * ```ts
 * readPlainSubject({ name: "Kim Sang Man", nationalities: ["North Korea"] })
 * //=> { kind: "person", name: "Kim Sang Man", nationalities: ["KP"] }
 * readPlainSubject({ name: "" }) //=> undefined (the schema reports the error)
 * ```
 */
export function readPlainSubject(input: unknown): Subject | undefined {
  const out = fields(input, SUBJECT_KEYS, KNOWN, field);
  if (out === UNSURE || !("name" in out)) return undefined;
  // The schema's default kind, first as in its shape (a given kind keeps that place).
  return { kind: "person", ...out } as Subject;
}
