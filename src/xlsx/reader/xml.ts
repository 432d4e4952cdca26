/**
 * Streams one part's XML through saxes. A DOCTYPE is refused the moment it is seen, before any entity
 * could be declared, so nothing is ever expanded or fetched; saxes itself knows only the five
 * predefined entities and fails on any other.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { WorkbookInputError } from "../input";
import { DoctypeError, XmlScanner } from "./scan";
import { inflateEntry, StopInflating, type InflateBudget, type ZipArchive, type ZipEntry } from "../zip/read";

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

export interface ParseOptions {
  /** Use the fast tokenizer (scan.ts) instead of saxes: for the parts that grow with the data. */
  fast?: boolean;
}

function decoderFor(chunk: Uint8Array): TextDecoder {
  return new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : "utf-8");
}

/** Parses a part as it inflates; throws WorkbookInputError for a DOCTYPE, bad XML or a crossed limit. */
export function parsePart(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, handlers: XmlHandlers, options: ParseOptions = {}): void {
  if (options.fast) {
    parseFast(zip, entry, budget, handlers);
    return;
  }
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

function parseFast(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, handlers: XmlHandlers): void {
  const scanner = new XmlScanner(handlers);
  let decoder: TextDecoder | undefined;
  try {
    inflateEntry(zip, entry, budget, (chunk) => {
      if (!decoder) decoder = decoderFor(chunk);
      scanner.write(decoder.decode(chunk, { stream: true }));
    });
    if (decoder) scanner.write(decoder.decode());
    scanner.close();
  } catch (e) {
    if (e instanceof WorkbookInputError) throw e;
    if (e instanceof DoctypeError) throw new WorkbookInputError("doctype", undefined, { part: entry.name });
    throw new WorkbookInputError("corrupt", e, { part: entry.name });
  }
}

/**
 * Looks at the start of a part the reader does not otherwise parse (a chart, a drawing) and refuses it
 * if it declares a DOCTYPE: inflates only until the prolog is over.
 */
export function checkPrologue(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): void {
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
