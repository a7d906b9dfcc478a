import { existsSync } from "node:fs";
import { join } from "node:path";

/** `../shared` next to the project, where the official list files and evaluation data live. */
export const SHARED = join(import.meta.dirname, "..", "..", "..", "shared");
export const LISTS = join(SHARED, "lists");
export const EVAL = join(SHARED, "eval");

/** True when the shared data is present (it is not in a plain clone). */
export const hasShared = existsSync(LISTS);
