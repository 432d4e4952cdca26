/**
 * Writes a patched package: the parts it did not change are copied as they were stored (same
 * compressed bytes, same CRC), the changed and new parts are deflated afresh.
 */
import { deflateSync } from "fflate";
import type { ZipArchive, ZipEntry } from "./read";

let CRC_TABLE: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface OutEntry {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  data: Uint8Array;
  /** Flags, times and attributes from the original central record, when there was one. */
  original?: ZipEntry;
}

const encoder = new TextEncoder();

/**
 * The archive with `replace` (name → new content) applied and `add` appended, in the original order.
 * Zip64 archives are not written (a workbook the reader accepts is far below 4 GB).
 */
export function writePatchedZip(zip: ZipArchive, replace: ReadonlyMap<string, Uint8Array>, add: ReadonlyArray<[string, Uint8Array]>): Uint8Array {
  const out: OutEntry[] = [];
  const fresh = (name: string, content: Uint8Array, original?: ZipEntry): OutEntry => {
    const data = deflateSync(content, { level: 6 });
    return { name: encoder.encode(name), method: 8, crc: crc32(content), compressedSize: data.length, size: content.length, data, ...(original ? { original } : {}) };
  };
  for (const e of zip.entries) {
    const content = replace.get(e.name);
    if (content) out.push(fresh(e.name, content, e));
    else
      out.push({
        name: encoder.encode(e.name),
        method: e.method,
        crc: e.crc,
        compressedSize: e.compressedSize,
        size: e.size,
        data: zip.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize),
        original: e,
      });
  }
  for (const [name, content] of add) out.push(fresh(name, content));

  let total = 22;
  for (const e of out) total += 30 + e.name.length + e.data.length + 46 + e.name.length;
  const buf = new Uint8Array(total);
  const view = new DataView(buf.buffer);
  let p = 0;
  const offsets: number[] = [];
  for (const e of out) {
    offsets.push(p);
    // Bit 3 (sizes in a data descriptor) is cleared: the sizes are in the header now. Bit 11 = UTF-8 names.
    const flags = ((e.original?.flags ?? 0) & ~0x0008) | 0x0800;
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, flags, true);
    view.setUint16(p + 8, e.method, true);
    view.setUint32(p + 10, e.original ? readTimeDate(e.original) : DOS_EPOCH, true);
    view.setUint32(p + 14, e.crc, true);
    view.setUint32(p + 18, e.compressedSize, true);
    view.setUint32(p + 22, e.size, true);
    view.setUint16(p + 26, e.name.length, true);
    view.setUint16(p + 28, 0, true);
    buf.set(e.name, p + 30);
    buf.set(e.data, p + 30 + e.name.length);
    p += 30 + e.name.length + e.data.length;
  }
  const cdStart = p;
  out.forEach((e, i) => {
    const flags = ((e.original?.flags ?? 0) & ~0x0008) | 0x0800;
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, flags, true);
    view.setUint16(p + 10, e.method, true);
    view.setUint32(p + 12, e.original ? readTimeDate(e.original) : DOS_EPOCH, true);
    view.setUint32(p + 16, e.crc, true);
    view.setUint32(p + 20, e.compressedSize, true);
    view.setUint32(p + 24, e.size, true);
    view.setUint16(p + 28, e.name.length, true);
    // Extra fields and comments are dropped: the only ones Office writes are zip64 sizes, not needed here.
    view.setUint32(p + 42, offsets[i] as number, true);
    buf.set(e.name, p + 46);
    p += 46 + e.name.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, out.length, true);
  view.setUint16(p + 10, out.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return buf;
}

/** 1980-01-01 00:00, the DOS epoch, for new parts. */
const DOS_EPOCH = 0x00210000;

function readTimeDate(e: ZipEntry): number {
  const c = e.central;
  return ((c[12] as number) | ((c[13] as number) << 8) | ((c[14] as number) << 16) | ((c[15] as number) << 24)) >>> 0;
}
