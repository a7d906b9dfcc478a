/**
 * Helpers for fast-xml-parser's `preserveOrder` output, where an element is
 * `{ TAG: children[], ":@"?: attributes }` and text is `{ "#text": "…" }`. The parser runs with
 * `processEntities: false` (it is faster and leaves numeric references alone), so `textOf`
 * decodes the XML entities itself.
 */
export type XmlNode = Record<string, unknown>;

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? all;
  });
}

/** The tag name of an element node (`undefined` for text and comments). */
export function tagOf(node: XmlNode): string | undefined {
  for (const key in node) if (key !== ":@" && key !== "#text") return key;
  return undefined;
}

/** The children of an element node. */
export function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const c = node[tag];
  return Array.isArray(c) ? (c as XmlNode[]) : [];
}

/** The text content of a list of children, entities decoded, whitespace collapsed. */
export function textOf(children: readonly XmlNode[]): string {
  let out = "";
  for (const c of children) {
    const t = c["#text"];
    if (t !== undefined) out += String(t);
  }
  return decodeXmlEntities(out).replace(/\s+/g, " ").trim();
}

/** An attribute of an element node (attribute keys carry the `@_` prefix). */
export function attributeOf(node: XmlNode, name: string): string | undefined {
  const attrs = node[":@"] as Record<string, unknown> | undefined;
  const v = attrs?.[`@_${name}`];
  return v === undefined ? undefined : String(v);
}

/**
 * The child elements of one record, grouped by tag: `fields.get("INDIVIDUAL_ALIAS")` is the
 * list of each alias element's children.
 */
export function groupChildren(children: readonly XmlNode[]): Map<string, XmlNode[][]> {
  const out = new Map<string, XmlNode[][]>();
  for (const c of children) {
    const tag = tagOf(c);
    if (tag === undefined) continue;
    const list = out.get(tag);
    const kids = childrenOf(c, tag);
    if (list) list.push(kids);
    else out.set(tag, [kids]);
  }
  return out;
}
