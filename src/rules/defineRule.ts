import { ScreeningInputError } from "../errors/index.js";
import { RuleDefinitionSchema, type Rule } from "./types.js";

/**
 * Declares a rule. Checks its shape (id format, at least one citation, known subject kinds,
 * snake_case reason codes, an `evaluate` function) and returns it frozen: a plain object that
 * can be listed, diffed and serialised (all but `evaluate`). Rules must be pure and independent: the same
 * context gives the same outcome, whatever other rules exist and in whatever order they run.
 *
 * @throws ScreeningInputError when the definition is malformed.
 * @example
 * ```ts
 * const sanctionedPort = defineRule({
 *   id: "acme.sanctioned-port",
 *   title: "Works at a sanctioned port",
 *   version: "1",
 *   citations: [{ label: "Internal policy 7", url: "https://example.com/policy-7" }],
 *   appliesTo: ["person"],
 *   evaluate: (ctx) => ctx.subject.countries?.includes("KP")
 *     ? { code: "acme_port", points: 30, reason: "works at a DPRK port", evidence: { input: { countries: ctx.subject.countries } } }
 *     : undefined,
 * });
 * ```
 */
export function defineRule(definition: Rule): Rule {
  const parsed = RuleDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    throw new ScreeningInputError(
      parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: i.message, code: i.code })),
      "rule",
    );
  }
  const frozen = { ...definition, citations: Object.freeze(definition.citations.map((c) => Object.freeze({ ...c }))), appliesTo: Object.freeze([...definition.appliesTo]) };
  if (definition.reasonCodes) frozen.reasonCodes = Object.freeze([...definition.reasonCodes]) as string[];
  return Object.freeze(frozen) as Rule;
}
