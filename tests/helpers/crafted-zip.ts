/** Workbooks crafted to hurt, for the reader's limit tests: a part replaced, a size declared falsely. */
import { strToU8, unzipSync, zipSync } from "fflate";
import { richWorkbook } from "./rich-workbook";

/** The rich workbook with one part replaced (or added). */
export function withPart(name: string, content: string | Uint8Array): Uint8Array {
  const files = unzipSync(richWorkbook());
  files[name] = typeof content === "string" ? strToU8(content) : new Uint8Array(content);
  return zipSync(files);
}

/** Sets the declared uncompressed size of an entry in the central directory (and its local header). */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
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
