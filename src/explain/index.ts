/**
 * Explanations: a result rendered for auditors as text, Markdown or JSON.
 *
 * Contract: every renderer prints the same `Explanation` data, extracted once from the result;
 * nothing is recomputed, so an explanation can never disagree with the decision it explains.
 */
export { explain, type ExplainFormat, type ExplainOptions } from "./explain.js";
export { toExplanation, type Explanation } from "./explanation.js";
export { renderText } from "./renderText.js";
export { renderMarkdown } from "./renderMarkdown.js";
