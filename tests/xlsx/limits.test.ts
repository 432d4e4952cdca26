/** Files crafted to hurt: refused with the limit (or the DOCTYPE) named, before the damage is done. */
import { strToU8 } from "fflate";
import { inputErrorMessage } from "../../src/core/messages";
import { limitsFrom, readWorkbook, WorkbookInputError } from "../../src/xlsx";
import { declareSize, withPart } from "../helpers/crafted-zip";
import { richWorkbook } from "../helpers/rich-workbook";
import { nativeInflate } from "../../src/cli/job";
import { prologueVerdict } from "../../src/xlsx/reader/xml";

function refusal(bytes: Uint8Array, limits = limitsFrom()): WorkbookInputError {
  try {
    readWorkbook(bytes, limits);
  } catch (e) {
    if (e instanceof WorkbookInputError) return e;
    throw e;
  }
  throw new Error("the workbook was read");
}

describe("reader limits", () => {
  it("refuses a sheet part that declares 1.5 GB from the zip directory alone", () => {
    const bomb = declareSize(richWorkbook(), "xl/worksheets/sheet1.xml", 1_500_000_000);
    const e = refusal(bomb);
    expect(e.code).toBe("limit-part-size");
    expect(e.params).toEqual({ limit: 200, part: "xl/worksheets/sheet1.xml" });
    expect(inputErrorMessage(e.code, "zh-CN", e.params)).toBe("工作表 XML（xl/worksheets/sheet1.xml）解压后超过 200 MB，可能是压缩炸弹，已拒绝读取。");
  });

  it("refuses a part that inflates to more than it declared", () => {
    const big = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${"<row/>".repeat(200_000)}</sheetData></worksheet>`;
    const lying = declareSize(withPart("xl/worksheets/sheet1.xml", big), "xl/worksheets/sheet1.xml", 1000);
    expect(refusal(lying).code).toBe("corrupt");
  });

  it("refuses a highly compressed part, too many cells, too many shared strings and a part over a lowered limit", () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("");
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
    const file = withPart("xl/worksheets/sheet1.xml", sheet);
    expect(refusal(file, limitsFrom({ maxCells: 10_000 })).code).toBe("limit-cells");
    expect(refusal(file, limitsFrom({ maxPartMb: 0.5 })).code).toBe("limit-part-size");
    expect(refusal(file, { ...limitsFrom({ maxRatio: 5 }), ratioFloorBytes: 1000 }).code).toBe("limit-ratio");
    expect(refusal(richWorkbook(), limitsFrom({ maxSharedStrings: 2 })).code).toBe("limit-shared-strings");
    expect(() => readWorkbook(file)).not.toThrow();
  });
});

/** Letters that deflate hardly at all (a fixed pseudo-random sequence). */
function noise(length: number): string {
  let x = 12345;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(97 + (x % 26));
  }
  return out;
}

describe("DOCTYPE", () => {
  const nested = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
  const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>`;

  const chartDoctype = external.replace(/<sst[\s\S]*$/, "<chartSpace/>");
  it.each([
    ["nested entities in a sheet", "xl/worksheets/sheet1.xml", nested],
    ["an external entity in the shared strings", "xl/sharedStrings.xml", external],
    ["a DOCTYPE in the workbook part", "xl/workbook.xml", external.replace(/<sst[\s\S]*$/, "<workbook/>")],
    ["a DOCTYPE in a chart the audit never reads", "xl/charts/chart1.xml", chartDoctype],
    ["a DOCTYPE after a comment, in a chart", "xl/charts/chart1.xml", chartDoctype.replace("?>", "?><!-- made by hand -->\n")],
    ["a DOCTYPE after 20 KB of comment that does not compress (past the first bytes looked at), in a chart", "xl/charts/chart1.xml", chartDoctype.replace("?>", `?><!--${noise(20_000)}-->`)],
  ])("refuses %s with its own message, with fflate and with Node's zlib", (_what, part, xml) => {
    const bytes = withPart(part, xml);
    const native = (() => {
      try {
        readWorkbook(bytes, limitsFrom(), { nativeInflate });
      } catch (e) {
        if (e instanceof WorkbookInputError) return e.code;
      }
      return "read";
    })();
    expect(native).toBe("doctype");
    const e = refusal(bytes);
    expect([e.code, e.params.part]).toEqual(["doctype", part]);
    const message = inputErrorMessage(e.code, "zh-CN", e.params);
    expect(message).toContain("DOCTYPE");
    expect(message).not.toContain("root:");
  });
});

describe("prologueVerdict (the first bytes of a part the audit does not read)", () => {
  const v = (text: string, complete = true) => prologueVerdict(strToU8(text), complete);
  it("finds a DOCTYPE after the declaration, a BOM, white space and comments", () => {
    expect(v('<?xml version="1.0"?><!DOCTYPE x><a/>')).toBe("doctype");
    expect(v('\ufeff<?xml version="1.0"?>\n  <!-- c --><?pi x?><!DOCTYPE x [<!ENTITY e "e">]><a/>')).toBe("doctype");
  });
  it("passes a part whose root element comes first, and one that is not XML at all (copied, never parsed)", () => {
    expect(v('<?xml version="1.0"?><c:chartSpace xmlns:c="c"/>')).toBe("clean");
    expect(v("\u0089PNG")).toBe("clean");
    expect(v("")).toBe("clean");
  });
  it("is unsure when the bytes end inside the prolog, for UTF-16 and for another declaration (saxes judges those)", () => {
    expect(v('<?xml version="1.0"?><!-- long', false)).toBe("unsure");
    expect(v('<?xml version="1.0"?>', false)).toBe("unsure");
    expect(prologueVerdict(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]), true)).toBe("unsure");
    expect(v("<!doctype x><a/>")).toBe("unsure");
    expect(v("<!ELEMENT a ANY><a/>")).toBe("unsure");
  });
});

describe("Node's zlib as the inflater (the CLI's)", () => {
  it("refuses a part that inflates to more than it declared, and reads the rest as fflate does", () => {
    const big = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${"<row/>".repeat(200_000)}</sheetData></worksheet>`;
    const lying = declareSize(withPart("xl/worksheets/sheet1.xml", big), "xl/worksheets/sheet1.xml", 1000);
    expect(() => readWorkbook(lying, limitsFrom(), { nativeInflate })).toThrow(expect.objectContaining({ code: "corrupt" }));
    const plain = readWorkbook(richWorkbook()).grids.map((g) => [g.sheet, g.rowCount]);
    expect(readWorkbook(richWorkbook(), limitsFrom(), { nativeInflate }).grids.map((g) => [g.sheet, g.rowCount])).toEqual(plain);
  });
});
