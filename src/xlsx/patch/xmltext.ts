/** String-level helpers for editing XML parts in place, so that everything not edited stays as it was. */
import { decodeXmlEntities } from "../xml-entities";

export function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // Characters XML 1.0 cannot hold at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/** The patcher's entity decoding: lenient, so text it cannot decode stays as it was written. */
export const unescapeXml = (text: string): string => decodeXmlEntities(text, "lenient");

/** Attributes of a start tag's attribute text (` r="A1" s="3"`), values unescaped. */
export function parseAttrs(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.set(m[1] as string, unescapeXml(m[2] ?? m[3] ?? ""));
  return out;
}

/** The attribute text with `name` set to `value` (replaced where it was, appended otherwise). */
export function setAttr(attrText: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(attrText)) return attrText.replace(re, `$1"${escapeAttr(value)}"`);
  return `${attrText} ${name}="${escapeAttr(value)}"`;
}

export function removeAttr(attrText: string, name: string): string {
  return attrText.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/** Attribute text pattern: a run of name="value" pairs. */
export const ATTR_GROUP = `((?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)`;
export const ATTRS = `${ATTR_GROUP}\\s*`;

/** The namespace prefix (with its colon) of the root element, e.g. `x:` or ``. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export const utf8Decode = (b: Uint8Array): string => decoder.decode(b);
export const utf8Encode = (s: string): Uint8Array => encoder.encode(s);
