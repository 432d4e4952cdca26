/** One entity decoder, two modes: the reader's strict one refuses what it cannot decode, the patcher's lenient one leaves it. */
import { decodeXmlEntities, XmlEntityError } from "../../src/xlsx/xml-entities";
import { unescapeXml } from "../../src/xlsx/patch/xmltext";
import { readWorkbook, WorkbookInputError } from "../../src/xlsx";
import { strToU8, unzipSync, zipSync } from "fflate";
import { richWorkbook } from "../helpers/rich-workbook";

describe("decodeXmlEntities", () => {
  it.each(["strict", "lenient"] as const)("decodes the five predefined entities and character references (%s)", (mode) => {
    expect(decodeXmlEntities("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;", mode)).toBe(`a <b> & "c" 'd'`);
    expect(decodeXmlEntities("&#20013;&#x6587; &#x1F600; &#10;", mode)).toBe("中文 \u{1F600} \n");
    expect(decodeXmlEntities("&amp;lt;", mode)).toBe("&lt;");
    expect(decodeXmlEntities("plain text", mode)).toBe("plain text");
  });

  it.each([
    ["an undefined entity", "&xxe;"],
    ["a character reference outside Unicode", "&#x110000;"],
    ["a bare ampersand", "R&D"],
    ["a bare ampersand beside a decoded one", "&amp; R&D"],
    ["a name that is a property of every object", "&constructor;"],
  ])("strict: refuses %s; lenient: leaves it as written", (_what, text) => {
    expect(() => decodeXmlEntities(text, "strict")).toThrow(XmlEntityError);
    expect(decodeXmlEntities(text, "lenient")).toBe(text.replace("&amp;", "&"));
  });

  it("is what the patcher's unescapeXml does", () => {
    expect(unescapeXml("&lt;x&gt; &unknown; &#x110000; &#65;")).toBe("<x> &unknown; &#x110000; A");
  });

  it("is what the reader does: an undefined entity in a shared string makes the workbook unreadable, never expanded", () => {
    const files = unzipSync(richWorkbook());
    files["xl/sharedStrings.xml"] = strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>`);
    let code: string | undefined;
    try {
      readWorkbook(zipSync(files));
    } catch (e) {
      if (e instanceof WorkbookInputError) code = e.code;
    }
    expect(code).toBe("corrupt");
  });
});
