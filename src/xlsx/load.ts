import * as ExcelJS from "exceljs";
import type { InputErrorCode } from "../core/messages";

/** A file that is not a readable .xlsx workbook. Hosts show `code` as one line in the user's language. */
export class WorkbookInputError extends Error {
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, cause?: unknown) {
    super(`workbook input error: ${code}`);
    this.name = "WorkbookInputError";
    this.code = code;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

export function isWorkbookInputError(e: unknown): e is WorkbookInputError {
  return e instanceof WorkbookInputError;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** "EncryptionInfo" as UTF-16LE: the stream Office puts in the CFB wrapper of an encrypted OOXML file. */
const ENCRYPTION_INFO = utf16le("EncryptionInfo");

/**
 * Says why bytes cannot be an .xlsx, before ExcelJS sees them (its own errors are cryptic);
 * undefined when they look like a zip and are worth handing to ExcelJS.
 */
export function classifyWorkbookBytes(bytes: Uint8Array): InputErrorCode | undefined {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE_SIGNATURE)) return contains(bytes, ENCRYPTION_INFO) ? "encrypted" : "legacy-xls";
  if (!startsWith(bytes, ZIP_SIGNATURE)) return "not-xlsx";
  return undefined;
}

/** Classifies and loads a workbook; throws WorkbookInputError for anything that is not a readable .xlsx. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const code = classifyWorkbookBytes(bytes);
  if (code) throw new WorkbookInputError(code);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings say Buffer; JSZip underneath takes any Uint8Array or ArrayBuffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch (e) {
    throw new WorkbookInputError("corrupt", e);
  }
  // A zip without a workbook part (a .docx, a plain archive) loads as a workbook with no sheets.
  if (workbook.worksheets.length === 0) throw new WorkbookInputError("not-xlsx");
  return workbook;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i * 2] = code & 0xff;
    out[i * 2 + 1] = code >> 8;
  }
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const last = haystack.length - needle.length;
  for (let i = 0; i <= last; i++) {
    let j = 0;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}
