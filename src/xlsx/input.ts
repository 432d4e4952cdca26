/** Why bytes are not a workbook the audit can read, decided before (and while) reading them. */
import type { InputErrorCode } from "../core/messages";

/** Values a message names: the limit that was crossed, the part that crossed it. */
export interface InputErrorParams {
  /** The limit in the unit its flag takes (MB, a ratio, a count, seconds). */
  limit?: number;
  /** The zip entry concerned, e.g. `xl/worksheets/sheet1.xml`. */
  part?: string;
}

/** A file that is not a readable .xlsx workbook. Hosts show `code` as one line in the user's language. */
export class WorkbookInputError extends Error {
  readonly code: InputErrorCode;
  readonly params: InputErrorParams;

  constructor(code: InputErrorCode, cause?: unknown, params: InputErrorParams = {}) {
    super(`workbook input error: ${code}${params.part ? ` (${params.part})` : ""}`);
    this.name = "WorkbookInputError";
    this.code = code;
    this.params = params;
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
 * Says why bytes cannot be an .xlsx from their first bytes (an OLE file, not a zip, nothing at all);
 * undefined when they look like a zip and are worth opening.
 */
export function classifyWorkbookBytes(bytes: Uint8Array): InputErrorCode | undefined {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE_SIGNATURE)) return contains(bytes, ENCRYPTION_INFO) ? "encrypted" : "legacy-xls";
  if (!startsWith(bytes, ZIP_SIGNATURE)) return "not-xlsx";
  return undefined;
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
  const first = needle[0];
  for (let i = 0; i <= last; i++) {
    if (haystack[i] !== first) continue;
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}
