/** Files crafted to hurt: refused with the limit (or the DOCTYPE) named, before the damage is done. */
import { strToU8, unzipSync, zipSync } from "fflate";
import { inputErrorMessage } from "../../src/core/messages";
import { limitsFrom, readWorkbook, WorkbookInputError } from "../../src/xlsx";
import { richWorkbook } from "../helpers/rich-workbook";

function refusal(bytes: Uint8Array, limits = limitsFrom()): WorkbookInputError {
  try {
    readWorkbook(bytes, limits);
  } catch (e) {
    if (e instanceof WorkbookInputError) return e;
    throw e;
  }
  throw new Error("the workbook was read");
}

/** The rich workbook with one part replaced. */
function withPart(name: string, content: string | Uint8Array): Uint8Array {
  const files = unzipSync(richWorkbook());
  files[name] = typeof content === "string" ? strToU8(content) : new Uint8Array(content);
  return zipSync(files);
}

/** Sets the declared uncompressed size of an entry in the central directory (and its local header). */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let p = 0; p + 46 < out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const len = view.getUint16(p + 28, true);
    if (len === nameBytes.length && Buffer.from(out.subarray(p + 46, p + 46 + len)).equals(Buffer.from(nameBytes))) {
      view.setUint32(p + 24, size, true);
      view.setUint32(view.getUint32(p + 42, true) + 22, size, true);
    }
  }
  return out;
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

describe("DOCTYPE", () => {
  const nested = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
  const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>`;

  it.each([
    ["nested entities in a sheet", "xl/worksheets/sheet1.xml", nested],
    ["an external entity in the shared strings", "xl/sharedStrings.xml", external],
    ["a DOCTYPE in the workbook part", "xl/workbook.xml", external.replace(/<sst[\s\S]*$/, "<workbook/>")],
    ["a DOCTYPE in a chart the audit never reads", "xl/charts/chart1.xml", external.replace(/<sst[\s\S]*$/, "<chartSpace/>")],
  ])("refuses %s with its own message", (_what, part, xml) => {
    const e = refusal(withPart(part, xml));
    expect([e.code, e.params.part]).toEqual(["doctype", part]);
    const message = inputErrorMessage(e.code, "zh-CN", e.params);
    expect(message).toContain("DOCTYPE");
    expect(message).not.toContain("root:");
  });
});
