/**
 * The base class of every error dprk-screen throws on purpose. Catch this to handle all of them;
 * anything else that escapes is a bug.
 *
 * @example
 * ```ts
 * try { screen(input) } catch (e) { if (isScreeningError(e)) console.error(e.code, e.message) }
 * ```
 */
export class ScreeningError extends Error {
  override name: string = "ScreeningError";
  /** A stable, machine-readable code such as `invalid_subject` or `stale_list`. */
  readonly code: string;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code ?? "screening_error";
  }
}

/**
 * True for any error thrown by dprk-screen, also across realms and duplicate installs
 * (it checks the `name`, not only the prototype chain).
 *
 * @example
 * ```ts
 * isScreeningError(new ScreeningInputError([])) //=> true
 * ```
 */
export function isScreeningError(error: unknown): error is ScreeningError {
  if (error instanceof ScreeningError) return true;
  if (typeof error !== "object" || error === null) return false;
  const name = (error as { name?: unknown }).name;
  return name === "ScreeningError" || name === "ScreeningInputError" || name === "ListParseError";
}
