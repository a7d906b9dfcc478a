import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Test helper: the bytes of a file under `fixtures/lists/`. */
export function fixture(path: string): Buffer {
  return readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "lists", path));
}
