import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ListParseError } from "../errors/index.js";
import { decodeListText, lineAt } from "./decodeListText.js";

describe("decodeListText", () => {
  it("decodes Windows-1252 per the WHATWG table, whatever Node's TextDecoder does", () => {
    // 0x80 €, 0x92 ’, 0x93 “, 0x94 ”, 0x9F Ÿ, 0xE9 é (checked against the WHATWG index-windows-1252).
    const bytes = new Uint8Array([0x80, 0x20, 0x92, 0x93, 0x94, 0x9f, 0xe9]);
    expect(decodeListText(bytes, "windows-1252", "t")).toBe("\u20ac \u2019\u201c\u201d\u0178\u00e9");
  });

  it("maps C1 characters in a Windows-1252 string decoded as Latin-1", () => {
    expect(decodeListText("Jos\u0092e", "windows-1252", "t")).toBe("Jos\u2019e");
  });

  it("drops a byte-order mark and the final DOS end-of-file byte", () => {
    expect(decodeListText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0x1a]), "utf-8", "t")).toBe("A\r\n");
    expect(decodeListText("A\r\n\x1a\r\n", "windows-1252", "t")).toBe("A\r\n");
  });

  it.each([
    ["an empty file", new Uint8Array([]), /the file is empty/],
    ["only white space", "  \r\n ", /the file is empty/],
    ["only an end-of-file byte", "\x1a", /the file is empty/],
    ["invalid UTF-8", new Uint8Array([0x41, 0xff, 0xfe]), /not utf-8 text/],
    ["a NUL byte", "ab\ncd\u0000", /binary data.*U\+0000/],
    ["an end-of-file byte in the middle", "a\x1ab\n", /binary data.*U\+001A/],
  ])("refuses %s", (_, input, reason) => {
    expect(() => decodeListText(input, "utf-8", "t")).toThrow(reason);
  });

  it("names the line of binary junk", () => {
    try {
      decodeListText("line 1\nline 2\nli\u0001ne 3", "utf-8", "src");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ListParseError);
      expect((e as ListParseError).line).toBe(3);
      expect((e as ListParseError).source).toBe("src");
    }
  });

  it("lineAt counts the line feeds before an offset (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (s, n) => {
        const offset = s.length === 0 ? 0 : n % s.length;
        expect(lineAt(s, offset)).toBe(s.slice(0, offset).split("\n").length);
      }),
    );
  });

  it("passes any printable text through unchanged (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }).filter((s) => s.trim() !== "" && !/[\u0000-\u001f\u007f-\u009f\ufeff]/.test(s)), (s) => {
        expect(decodeListText(s, "utf-8", "t")).toBe(s);
        expect(decodeListText(new TextEncoder().encode(s), "utf-8", "t")).toBe(s);
      }),
    );
  });
});
