import fs from "fs";
import { classifyWorkbookBytes, isWorkbookInputError, WorkbookInputError } from "../../src/xlsx";
import { loadWorkbook } from "../helpers/exceljs-load";
import { storedZip, tinyWorkbook, writeBadInputs } from "../helpers/bad-inputs";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";

let dir: string;
beforeAll(() => {
  dir = makeTempDir("load");
});
afterAll(() => removeTempDir(dir));

async function codeOf(bytes: Uint8Array): Promise<string> {
  try {
    await loadWorkbook(bytes);
    return "loaded";
  } catch (e) {
    if (isWorkbookInputError(e)) return e.code;
    throw e;
  }
}

describe("classifyWorkbookBytes", () => {
  it("tells a legacy .xls from an encrypted .xlsx inside the same compound-file wrapper", () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const legacy = Uint8Array.from([...ole, ...Buffer.from("Workbook", "utf16le")]);
    const encrypted = Uint8Array.from([...ole, 0, 0, ...Buffer.from("EncryptionInfo", "utf16le")]);
    expect(classifyWorkbookBytes(legacy)).toBe("legacy-xls");
    expect(classifyWorkbookBytes(encrypted)).toBe("encrypted");
  });

  it("does not take the name as 8-bit text for the encryption marker", () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    expect(classifyWorkbookBytes(Uint8Array.from([...ole, ...Buffer.from("EncryptionInfo", "latin1")]))).toBe("legacy-xls");
  });

  it("classifies empty, non-zip and zip bytes", () => {
    expect(classifyWorkbookBytes(new Uint8Array(0))).toBe("empty");
    expect(classifyWorkbookBytes(Buffer.from("PK"))).toBe("not-xlsx");
    expect(classifyWorkbookBytes(Buffer.from("<html></html>"))).toBe("not-xlsx");
    expect(classifyWorkbookBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBeUndefined();
  });
});

describe("loadWorkbook", () => {
  it("loads a real workbook from a Buffer and from an ArrayBuffer", async () => {
    const bytes = await tinyWorkbook();
    const fromBuffer = await loadWorkbook(bytes);
    expect(fromBuffer.worksheets.map((ws) => ws.name)).toEqual(["Sheet1"]);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const fromArrayBuffer = await loadWorkbook(arrayBuffer);
    expect(fromArrayBuffer.getWorksheet("Sheet1")?.getCell("B2").value).toBe("项目甲");
  });

  it("gives a typed error for every file that is not a readable .xlsx", async () => {
    const bad = await writeBadInputs(dir);
    for (const { file, code } of Object.values(bad)) {
      expect([file, await codeOf(fs.readFileSync(file))]).toEqual([file, code]);
    }
  });

  it("calls a zip without a workbook part not-xlsx, and a damaged workbook part corrupt", async () => {
    expect(await codeOf(storedZip({ "readme.txt": "hello" }))).toBe("not-xlsx");
    expect(await codeOf(storedZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "garbage<" }))).toBe("corrupt");
  });

  it("keeps ExcelJS's own error as the cause of a corrupt file", async () => {
    const good = await tinyWorkbook();
    const error = await loadWorkbook(good.subarray(0, 200)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookInputError);
    expect((error as WorkbookInputError).code).toBe("corrupt");
    expect((error as { cause?: unknown }).cause).toBeInstanceOf(Error);
  });
});
