/**
 * Streams one part's XML through saxes. A DOCTYPE is refused the moment it is seen, before any entity
 * could be declared, so nothing is ever expanded or fetched; saxes itself knows only the five
 * predefined entities and fails on any other.
 */
import { Inflate } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { WorkbookInputError } from "../input";
import { asUtf8, ByteXmlScanner, DoctypeError, type ByteXmlHandlers } from "./bytes";
import { inflateEntry, inflateWhole, StopInflating, type InflateBudget, type ZipArchive, type ZipEntry } from "../zip/read";

export interface XmlHandlers {
  /** `name` without its namespace prefix; attributes as written (`r:id` keeps its prefix). */
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text?(text: string): void;
}

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

function decoderFor(chunk: Uint8Array): TextDecoder {
  return new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : "utf-8");
}

/** Parses a part as it inflates; throws WorkbookInputError for a DOCTYPE, bad XML or a crossed limit. */
export function parsePart(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("doctype", () => {
    throw new WorkbookInputError("doctype", undefined, { part: entry.name });
  });
  parser.on("error", (e) => {
    throw new WorkbookInputError("corrupt", e, { part: entry.name });
  });
  parser.on("opentag", (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  parser.on("closetag", (tag: SaxesTagPlain) => handlers.close(localName(tag.name)));
  const onText = handlers.text;
  if (onText) {
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  let decoder: TextDecoder | undefined;
  try {
    inflateEntry(zip, entry, budget, (chunk) => {
      if (!decoder) decoder = decoderFor(chunk);
      parser.write(decoder.decode(chunk, { stream: true }));
    });
    if (decoder) parser.write(decoder.decode());
    parser.close();
  } catch (e) {
    if (e instanceof WorkbookInputError) throw e;
    throw new WorkbookInputError("corrupt", e, { part: entry.name });
  }
}

/**
 * Scans a part that grows with the data (a worksheet, the shared strings) over its inflated bytes with
 * the byte tokenizer (bytes.ts); `names` are the local names its handlers tell apart. The bytes are
 * dropped as soon as the scan is over. Throws WorkbookInputError for a DOCTYPE, bad XML or a crossed limit.
 */
export function scanPart(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, names: readonly string[], handlersFor: (scanner: ByteXmlScanner) => ByteXmlHandlers): void {
  let whole: Uint8Array | undefined;
  try {
    whole = inflateWhole(zip, entry, budget);
    const { bytes, start } = asUtf8(whole);
    const scanner = new ByteXmlScanner(bytes, names, () => budget.checkTime());
    scanner.scan(start, handlersFor(scanner));
  } catch (e) {
    if (e instanceof WorkbookInputError) throw e;
    if (e instanceof DoctypeError) throw new WorkbookInputError("doctype", undefined, { part: entry.name });
    throw new WorkbookInputError("corrupt", e, { part: entry.name });
  } finally {
    if (whole) releaseBytes(whole);
  }
}

/** Below this a part's buffer is not worth releasing early (and Node's pooled Buffers, 8 KB, are never touched). */
const RELEASE_BYTES = 1 << 20;

/**
 * Gives a large inflated part's memory back at the next scavenge instead of the next full collection.
 * The buffer lives through the whole scan, so by its end V8 has moved it to the old generation, where it
 * stayed until a mark-compact: on the 50,000-row workbook its 16 MB outlived the read and set the audit's
 * peak. Transferring its ArrayBuffer to a clone nobody keeps detaches it (it reads as empty from then on)
 * and hands the memory to a new, young ArrayBuffer that the next scavenge frees. Only for the buffers
 * inflateWhole makes, which nothing else shares; where structuredClone cannot transfer, the GC frees it as before.
 */
function releaseBytes(bytes: Uint8Array): void {
  if (bytes.buffer.byteLength < RELEASE_BYTES || typeof structuredClone !== "function") return;
  try {
    structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
  } catch {
    // Not transferable here: left to the garbage collector.
  }
}

/** Compressed bytes of a part inflated to look at its prolog: a tool's prolog is a declaration and perhaps a comment. */
const PROLOGUE_BYTES = 1024;

type PrologueVerdict = "doctype" | "clean" | "unsure";

const LT = 0x3c;
const BANG = 0x21;
const QUESTION = 0x3f;

function bytesAt(bytes: Uint8Array, text: string, at: number): boolean {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function findBytes(bytes: Uint8Array, text: string, from: number): number {
  for (let i = from; i + text.length <= bytes.length; i++) if (bytesAt(bytes, text, i)) return i;
  return -1;
}

/**
 * What the first bytes of a part say: a DOCTYPE before the root element, the root element (or
 * something that is not XML) first, or "unsure" when they do not tell (UTF-16, a prolog longer than
 * the bytes, a markup declaration saxes should judge). `complete` says the bytes are the whole part.
 */
export function prologueVerdict(head: Uint8Array, complete: boolean): PrologueVerdict {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return "unsure";
  let p = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (p < head.length) {
    const c = head[p] as number;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      p++;
      continue;
    }
    // Text before the root is not well-formed XML, which is not ours to judge: the part is copied, never parsed.
    if (c !== LT) return "clean";
    if (p + 1 >= head.length) break;
    const d = head[p + 1];
    if (d === QUESTION || bytesAt(head, "<!--", p)) {
      const end = d === QUESTION ? findBytes(head, "?>", p + 2) : findBytes(head, "-->", p + 4);
      if (end < 0) break;
      p = end + (d === QUESTION ? 2 : 3);
      continue;
    }
    if (d !== BANG) return "clean";
    if (p + 9 > head.length) break;
    return bytesAt(head, "<!DOCTYPE", p) ? "doctype" : "unsure";
  }
  return complete ? "clean" : "unsure";
}

/** The first bytes of a part: its stored bytes, or what the first PROLOGUE_BYTES compressed bytes inflate to. */
function partHead(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): { head: Uint8Array; complete: boolean } {
  const ready = budget.take(entry);
  if (ready) return { head: ready, complete: true };
  budget.admit(entry);
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + Math.min(entry.compressedSize, PROLOGUE_BYTES));
  if (entry.method === 0) return { head: data, complete: data.length === entry.compressedSize };
  const whole = data.length === entry.compressedSize;
  if (budget.nativeInflate) {
    try {
      // A prefix of 1 KB cannot inflate to more than about 1 MB (DEFLATE's ratio is at most 1032:1).
      const head = budget.nativeInflate(data, entry.size + 1, !whole);
      budget.count(entry, head.length, head.length);
      return { head, complete: head.length >= entry.size };
    } catch (e) {
      if (e instanceof WorkbookInputError) throw e;
      return { head: new Uint8Array(0), complete: false }; // damaged: let the streaming check below decide
    }
  }
  // fflate (browsers): its streaming Inflate is dear to set up, but one part at a time, once, is nothing there.
  const chunks: Uint8Array[] = [];
  let produced = 0;
  try {
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      budget.count(entry, produced, chunk.length);
      chunks.push(chunk);
    });
    inflater.push(data, whole);
  } catch (e) {
    if (e instanceof WorkbookInputError) throw e;
    return { head: new Uint8Array(0), complete: false }; // damaged: let the streaming check below decide
  }
  const head = chunks.length === 1 ? (chunks[0] as Uint8Array) : concat(chunks, produced);
  return { head, complete: produced >= entry.size };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * Looks at the start of a part the reader does not otherwise parse (a chart, a drawing) and refuses it
 * if it declares a DOCTYPE. The first bytes nearly always tell; only when they do not is the part
 * streamed through saxes until its prolog is over.
 */
export function checkPrologue(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): void {
  const { head, complete } = partHead(zip, entry, budget);
  const verdict = prologueVerdict(head, complete);
  if (verdict === "doctype") throw new WorkbookInputError("doctype", undefined, { part: entry.name });
  if (verdict === "clean") return;
  checkPrologueStreaming(zip, entry, budget);
}

function checkPrologueStreaming(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const done = new StopInflating("prologue over");
  parser.on("doctype", () => {
    throw new WorkbookInputError("doctype", undefined, { part: entry.name });
  });
  parser.on("opentag", () => {
    throw done;
  });
  parser.on("error", () => {
    throw done; // Not ours to judge: the part is copied, never parsed.
  });
  let decoder: TextDecoder | undefined;
  try {
    inflateEntry(zip, entry, budget, (chunk) => {
      if (!decoder) decoder = decoderFor(chunk);
      parser.write(decoder.decode(chunk, { stream: true }));
    });
  } catch (e) {
    if (e !== done) throw e;
  }
}
