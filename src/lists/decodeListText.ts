import { ListParseError } from "../errors/index.js";

/** The text encodings the official lists are published in. */
export type ListEncoding = "utf-8" | "windows-1252";

// C0 control characters other than tab, line feed and carriage return. 0x1A (DOS end of file)
// is allowed only as the very last character and removed.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

// WHATWG windows-1252 for bytes 0x80–0x9F (the rest of the code page equals Latin-1). Node
// 20.18.3+ and 22.13+ decode "windows-1252" as Latin-1, turning 0x92 (’) into U+0092
// (nodejs/node#56542, #60888); mapping the C1 range afterwards gives the right text on every
// version. 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay as they are, as the standard says.
const CP1252_C1 = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function fixWindows1252(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c) : text;
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * Turns a list file into text and refuses what is not text: bytes are decoded as `encoding`
 * (invalid UTF-8 is an error, never replaced silently; for Windows-1252, C1 characters left by a
 * Latin-1 decoding, bytes or string, become the code page's characters: U+0092 → ’); a
 * byte-order mark and a final DOS
 * end-of-file byte (0x1A, as OFAC's CSV files end) are removed; an empty file and a file with
 * control characters (binary junk) throw a `ListParseError` naming the line.
 *
 * @example
 * ```ts
 * decodeListText(new Uint8Array([0x4b, 0x49, 0x4d, 0x1a]), "windows-1252", "ofac-sdn") //=> "KIM"
 * ```
 */
export function decodeListText(input: string | Uint8Array, encoding: ListEncoding, source: string): string {
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else if (input instanceof Uint8Array) {
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(input);
    } catch (cause) {
      const loose = new TextDecoder(encoding).decode(input);
      const at = loose.indexOf("\uFFFD");
      throw new ListParseError({ source, line: lineAt(loose, Math.max(at, 0)) }, `not ${encoding} text (binary data or a different encoding)`, { cause });
    }
  } else {
    throw new ListParseError({ source }, `expected a string or bytes (Uint8Array), got ${input === null ? "null" : typeof input}`);
  }
  if (encoding === "windows-1252") text = fixWindows1252(text);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 0x1a) text = text.slice(0, end - 1);
  if (text.trim() === "") throw new ListParseError({ source }, "the file is empty");
  const bad = CONTROL.exec(text);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new ListParseError({ source, line: lineAt(text, bad.index) }, `binary data, not a text list file (control character U+${code})`);
  }
  return text;
}
