/**
 * Schemas: zod schemas for every public input and output. Types are `z.infer`'d from them, so a
 * schema and its type cannot drift apart.
 *
 * Contract: `SubjectSchema` refuses unknown keys and normalises countries to ISO alpha-2;
 * `ScreeningResultSchema` describes results exactly as `screen()` returns them.
 */
export * from "./subject.js";
export * from "./entry.js";
export * from "./result.js";
export { PartialDateSchema, partialDateProblem } from "./partialDate.js";
export { CountrySchema } from "./country.js";
