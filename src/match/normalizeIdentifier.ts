/**
 * The comparable form of a document or registration number: upper-case letters and digits only,
 * so "927 220 230", "927-220-230" and "927220230" are equal, and a leading "No." is dropped. Digital-currency addresses are
 * case-sensitive in some chains, so the caller passes `caseSensitive` for them.
 *
 * @example
 * ```ts
 * normalizeIdentifier("No. 4721-202-031") //=> "4721202031"
 * ```
 */
export function normalizeIdentifier(value: string, caseSensitive = false): string {
  const cleaned = value.normalize("NFKC").replace(/^\s*(?:no|nr|number|#)[.:\s#]*(?=\p{N})/iu, "").replace(/[^\p{L}\p{N}]+/gu, "");
  return caseSensitive ? cleaned : cleaned.toUpperCase();
}

/** Identifier types whose values are case-sensitive. */
export function isCaseSensitiveIdentifier(type: string | undefined): boolean {
  return type !== undefined && /digital|crypto|wallet|address/i.test(type);
}
