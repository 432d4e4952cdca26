/** Small files that are not readable .xlsx workbooks, one per WorkbookInputError code, written by the tests. */
import fs from "fs";
import path from "path";
import * as ExcelJS from "exceljs";
import type { InputErrorCode } from "../../src/core/messages";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A compound-file header followed by a directory entry name, as UTF-16LE. */
function oleBlob(streamName: string): Buffer {
  return Buffer.concat([OLE, Buffer.alloc(504), Buffer.from(streamName, "utf16le"), Buffer.alloc(512)]);
}

/** A minimal stored (uncompressed) zip archive, to test a zip that is not a workbook. */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A small valid workbook, as bytes. */
export async function tinyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["序号", "项目名称", "预算数", "执行数"]);
  ws.addRow([1, "项目甲", 100, 95]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface BadInput {
  file: string;
  code: InputErrorCode;
}

/** Writes one file per failure kind into `dir`; names are what a user might have. */
export async function writeBadInputs(dir: string): Promise<Record<"legacy" | "encrypted" | "text" | "truncated" | "empty" | "plainZip", BadInput>> {
  const good = await tinyWorkbook();
  const files = {
    legacy: { name: "旧表格.xls", bytes: oleBlob("Workbook"), code: "legacy-xls" as const },
    encrypted: { name: "加密.xlsx", bytes: oleBlob("EncryptionInfo"), code: "encrypted" as const },
    text: { name: "notes.xlsx", bytes: Buffer.from("序号,项目名称\n1,项目甲\n", "utf8"), code: "not-xlsx" as const },
    truncated: { name: "truncated.xlsx", bytes: good.subarray(0, Math.floor(good.length / 2)), code: "corrupt" as const },
    empty: { name: "empty.xlsx", bytes: Buffer.alloc(0), code: "empty" as const },
    plainZip: { name: "archive.xlsx", bytes: storedZip({ "readme.txt": "not a workbook" }), code: "not-xlsx" as const },
  };
  const out = {} as Record<keyof typeof files, BadInput>;
  for (const [key, f] of Object.entries(files) as [keyof typeof files, (typeof files)[keyof typeof files]][]) {
    const file = path.join(dir, f.name);
    fs.writeFileSync(file, f.bytes);
    out[key] = { file, code: f.code };
  }
  return out;
}
