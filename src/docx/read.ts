/**
 * A written report's text, for the cross-check: .docx through mammoth (paragraphs as lines), plain text as
 * UTF-8 (or GB18030, which older Windows editors save). Says plainly when the bytes are no Word document.
 * Runs in Node and in a browser (mammoth's Node build reads `buffer`, its browser build `arrayBuffer`).
 */
import * as mammoth from "mammoth";

export type ReportInputCode = "empty" | "not-docx" | "not-word" | "legacy-doc" | "encrypted" | "unreadable-text";

export class ReportInputError extends Error {
  readonly code: ReportInputCode;

  constructor(code: ReportInputCode, cause?: unknown) {
    super(`report input error: ${code}`);
    this.name = "ReportInputError";
    this.code = code;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

export function isReportInputError(e: unknown): e is ReportInputError {
  return e instanceof ReportInputError;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch (e) {
      throw new ReportInputError("unreadable-text", e);
    }
  }
}

/** The report's text, one paragraph a line. `name` decides plain text (.txt) from Word (.docx). */
export async function readReportText(bytes: Uint8Array, name: string): Promise<string> {
  if (bytes.length === 0) throw new ReportInputError("empty");
  const isDocx = /\.docx$/i.test(name);
  if (!isDocx && !startsWith(bytes, ZIP)) {
    if (startsWith(bytes, OLE)) throw new ReportInputError("legacy-doc");
    return decodeText(bytes);
  }
  if (startsWith(bytes, OLE)) throw new ReportInputError(/\.docx$/i.test(name) ? "encrypted" : "legacy-doc");
  if (!startsWith(bytes, ZIP)) throw new ReportInputError("not-docx");
  let text: string;
  try {
    const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    text = (await mammoth.extractRawText(input)).value;
  } catch (e) {
    throw new ReportInputError("not-word", e);
  }
  // mammoth ends each paragraph with a blank line.
  return text.replace(/\n{2,}/g, "\n");
}
