/**
 * XML's entity references, decoded: the five predefined entities and character references. One
 * decoder for the reader and the patcher, which differ in what they do with anything else:
 *   - "strict" (the reader, which refuses what is not well-formed): an undefined entity, a character
 *     reference outside Unicode or a bare `&` throws XmlEntityError, so nothing is ever expanded;
 *   - "lenient" (the patcher, which edits a part and must leave the rest as it was): such text stays
 *     as written.
 */

export class XmlEntityError extends Error {}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g;
const BARE_AMPERSAND = /&(?!(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);)/;

function predefined(name: string): string | undefined {
  switch (name) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
    default:
      return undefined;
  }
}

export function decodeXmlEntities(text: string, mode: "strict" | "lenient"): string {
  if (text.indexOf("&") < 0) return text;
  const out = text.replace(ENTITY, (whole, name: string) => {
    const known = predefined(name);
    if (known !== undefined) return known;
    if (name.charCodeAt(0) === 35) {
      const code = name.charCodeAt(1) === 120 ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      if (mode === "lenient") return whole;
      throw new XmlEntityError(`bad character reference &${name};`);
    }
    if (mode === "lenient") return whole;
    throw new XmlEntityError(`undefined entity &${name};`);
  });
  // A decoded &amp; leaves an & in the output, so only then can the text also hold a bare one.
  if (mode === "strict" && out.indexOf("&") >= 0 && BARE_AMPERSAND.test(text)) throw new XmlEntityError("bare &");
  return out;
}
