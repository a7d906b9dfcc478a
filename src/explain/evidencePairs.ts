/** Keys shown elsewhere in an explanation (name-match features have their own section). */
const SKIP = new Set(["features"]);

function scalar(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * Flattens an evidence object (`input` or `comparedWith`) into `[key, value]` pairs for text and
 * Markdown: nested objects become dotted keys, arrays of plain values are joined with ", ",
 * empty and undefined values are left out. Arrays of objects are summarised by their count;
 * the JSON explanation keeps them whole.
 *
 * @example
 * ```ts
 * evidencePairs({ nationalities: ["KP"], employer: { name: "Acme" }, exemption: undefined })
 * //=> [["nationalities", "KP"], ["employer.name", "Acme"]]
 * ```
 */
export function evidencePairs(value: unknown, prefix = ""): [string, string][] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(value)) {
    if (SKIP.has(k)) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    const s = scalar(v);
    if (s !== undefined) out.push([key, s]);
    else if (Array.isArray(v)) {
      if (v.length === 0) continue;
      const parts = v.map(scalar);
      if (parts.every((p) => p !== undefined)) out.push([key, parts.join(", ")]);
      else out.push([key, `${v.length} item${v.length === 1 ? "" : "s"} (see the JSON explanation)`]);
    } else if (typeof v === "object" && v !== null) out.push(...evidencePairs(v, key));
  }
  return out;
}
