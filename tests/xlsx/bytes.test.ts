/**
 * The byte tokenizer of the sheet and shared-string parts: numbers read from bytes are exactly what
 * parseFloat / parseInt read from text, text and attributes come out decoded as a text decoder and the
 * entity rules would give them, and what is not well-formed XML (or declares a DOCTYPE) is refused.
 */
import { asUtf8, ByteXmlScanner, DoctypeError, intAt, numberAt, utf8Text, XmlSyntaxError } from "../../src/xlsx/reader/bytes";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("numbers from bytes", () => {
  const fixed = ["0", "-0", "1", "-1", "1.", ".5", "-.5", "0.1", "0.3", "1465.45", "1465.4500000000001", "43830.5", "123456789012345", "1234567890123456", "0.000001234", "1e5", "1E-3", "+5", "12abc", " 7", "", "-", ".", "1.2.3", "007", "9007199254740993", "99999999999999.9", "0.7554"];
  it.each(fixed.map((s) => [s]))("%j reads as parseFloat reads it", (s) => {
    const b = enc(`x${s}y`);
    expect(Object.is(numberAt(b, 1, b.length - 1), parseFloat(s))).toBe(true);
  });

  it("agrees with parseFloat on 20,000 decimals of every length", () => {
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 20000; n++) {
      const intDigits = next() % 12;
      const fracDigits = next() % 9;
      let s = next() % 5 === 0 ? "-" : "";
      for (let k = 0; k < intDigits; k++) s += String(next() % 10);
      if (fracDigits > 0 || intDigits === 0) s += ".";
      for (let k = 0; k < Math.max(fracDigits, intDigits === 0 ? 1 : 0); k++) s += String(next() % 10);
      const b = enc(s);
      const got = numberAt(b, 0, b.length);
      if (!Object.is(got, parseFloat(s))) throw new Error(`${s}: ${got} ≠ ${parseFloat(s)}`);
    }
  });

  it.each(["0", "12", "000123", "999999999", "1234567890", "-3", "+4", "7x", "", " 8", "1.5"].map((s) => [s]))("%j reads as parseInt reads it", (s) => {
    const b = enc(s);
    expect(Object.is(intAt(b, 0, b.length), parseInt(s, 10))).toBe(true);
  });
});

interface Event {
  kind: string;
  name?: number;
  selfClosing?: boolean;
  text?: string;
  attrs?: Record<string, string>;
}

function events(xml: string | Uint8Array, names: string[]): Event[] {
  const { bytes, start } = asUtf8(typeof xml === "string" ? enc(xml) : xml);
  const scanner = new ByteXmlScanner(bytes, names);
  const out: Event[] = [];
  scanner.scan(start, {
    open: (name, selfClosing) => out.push({ kind: "open", name, selfClosing, attrs: scanner.attributes() }),
    close: (name) => out.push({ kind: "close", name }),
    text: (s, e, decoded) => out.push({ kind: "text", text: decoded ?? utf8Text(bytes, s, e) }),
  });
  return out;
}

describe("ByteXmlScanner", () => {
  it("gives names by index (prefix dropped), attributes decoded, text with entities, CDATA as is", () => {
    const xml = `\uFEFF<?xml version="1.0"?><!-- a comment --><x:root xmlns:x="u"><c r="A1" t='s' v="&lt;&#x4E2D;"/><t>a &amp; b 中文</t><t><![CDATA[<raw &amp;>]]></t><other/></x:root>`;
    expect(events(xml, ["root", "c", "t"])).toEqual([
      { kind: "open", name: 0, selfClosing: false, attrs: { "xmlns:x": "u" } },
      { kind: "open", name: 1, selfClosing: true, attrs: { r: "A1", t: "s", v: "<中" } },
      { kind: "close", name: 1 },
      { kind: "open", name: 2, selfClosing: false, attrs: {} },
      { kind: "text", text: "a & b 中文" },
      { kind: "close", name: 2 },
      { kind: "open", name: 2, selfClosing: false, attrs: {} },
      { kind: "text", text: "<raw &amp;>" },
      { kind: "close", name: 2 },
      { kind: "open", name: -1, selfClosing: true, attrs: {} },
      { kind: "close", name: -1 },
      { kind: "close", name: 0 },
    ]);
  });

  it("reads a UTF-16 part as its text", () => {
    const text = "\uFEFF<root><t>表一</t></root>";
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    expect(events(le, ["root", "t"]).filter((e) => e.kind === "text")).toEqual([{ kind: "text", text: "表一" }]);
  });

  it("keeps a byte-order mark inside text (only the part's first one is dropped)", () => {
    expect(events("<root>\uFEFFx\uFEFFyyyyyyyyyyyyyyyyy</root>", ["root"])[1]).toEqual({ kind: "text", text: "\uFEFFx\uFEFFyyyyyyyyyyyyyyyyy" });
  });

  it("refuses a DOCTYPE before anything is expanded", () => {
    expect(() => events(`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>`, ["r"])).toThrow(DoctypeError);
    expect(() => events(`<r><!DOCTYPE r></r>`, ["r"])).toThrow(DoctypeError);
  });

  it.each([
    ["an undefined entity", "<r>&a;</r>"],
    ["a bare ampersand", "<r>a & b</r>"],
    ["an undefined entity in an attribute", `<r a="&x;"/>`],
    ["'<' in an attribute", `<r a="<"/>`],
    ["an unquoted attribute", "<r a=1/>"],
    ["an attribute without value", "<r a/>"],
    ["text outside the root", "<r/>x"],
    ["a second root", "<r/><r/>"],
    ["an unclosed element", "<r><c>"],
    ["a close tag without open tag", "<r/></r>"],
    ["an unfinished tag", "<r><c a='1'"],
    ["an unfinished comment", "<r><!-- x"],
    ["no element at all", "   "],
    ["another markup declaration", "<r><!ELEMENT r ANY></r>"],
  ])("refuses %s", (_what, xml) => {
    expect(() => events(xml, ["r", "c"])).toThrow(/XML|tag|attribute|entity|&|root|element|declaration/);
    try {
      events(xml, ["r", "c"]);
    } catch (e) {
      expect(e).not.toBeInstanceOf(DoctypeError);
      expect(e instanceof XmlSyntaxError || (e as Error).constructor.name === "XmlEntityError").toBe(true);
    }
  });
});
