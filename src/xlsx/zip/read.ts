/**
 * The zip container of an .xlsx, read from its central directory: sizes are known (and checked
 * against the limits) before a byte is inflated, and inflating stops the moment a part produces more
 * than it declared or than the limits allow.
 */
import { Inflate } from "fflate";
import { WorkbookInputError } from "../input";
import { BYTES_PER_MB, type ReadLimits } from "../limits";

export interface ZipEntry {
  /** As stored, e.g. `xl/worksheets/sheet1.xml`. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  localOffset: number;
  /** Offset of the compressed data (after the local header). */
  dataOffset: number;
  /** The entry's central-directory record, verbatim (for copying it into a patched package). */
  central: Uint8Array;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** Looks a part up by name, ignoring case and a leading slash (OPC part names are case-insensitive). */
  get(name: string): ZipEntry | undefined;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Most central-directory entries we accept: a workbook has dozens, a crafted zip millions. */
const MAX_ENTRIES = 20_000;

const corrupt = (why: string): WorkbookInputError => new WorkbookInputError("corrupt", new Error(why));

function u16(b: Uint8Array, o: number): number {
  return (b[o] as number) | ((b[o + 1] as number) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o] as number) | ((b[o + 1] as number) << 8) | ((b[o + 2] as number) << 16) | ((b[o + 3] as number) << 24)) >>> 0;
}

function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

const utf8 = new TextDecoder("utf-8");

/** Opens the archive's directory; throws WorkbookInputError("corrupt") for anything that is not a sound zip. */
export function openZip(bytes: Uint8Array): ZipArchive {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end of central directory");
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // Zip64: the real numbers are in the zip64 end record the locator points at.
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== EOCD64_LOCATOR) throw corrupt("zip64 without locator");
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > bytes.length) throw corrupt("zip64 record out of range");
    count = u64(bytes, rec + 32);
    cdSize = u64(bytes, rec + 40);
    cdOffset = u64(bytes, rec + 48);
  }
  if (count > MAX_ENTRIES) throw corrupt("too many zip entries");
  if (cdOffset + cdSize > bytes.length) throw corrupt("central directory out of range");

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) throw corrupt("bad central directory record");
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > bytes.length) throw corrupt("central directory record out of range");
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // The zip64 extra field lists, in this order, only the fields that overflowed.
      let e = p + 46 + nameLen;
      const extraEnd = e + extraLen;
      while (e + 4 <= extraEnd) {
        const id = u16(bytes, e);
        const len = u16(bytes, e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (size === 0xffffffff) {
            size = u64(bytes, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(bytes, q);
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
          break;
        }
        e += 4 + len;
      }
    }
    if (flags & 1) throw corrupt(`zip-encrypted entry ${name}`);
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL) throw corrupt(`bad local header for ${name}`);
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) throw corrupt(`entry ${name} out of range`);
    const entry: ZipEntry = { name, method, flags, crc, compressedSize, size, localOffset, dataOffset, central: bytes.subarray(p, end) };
    const key = normalise(name);
    // Two entries of one name are read differently by different tools: refuse rather than pick one.
    if (byName.has(key)) throw corrupt(`duplicate zip entry ${name}`);
    byName.set(key, entry);
    entries.push(entry);
    p = end;
  }
  return { bytes, entries, get: (name) => byName.get(normalise(name)) };
}

function normalise(name: string): string {
  return name.replace(/^\/+/, "").toLowerCase();
}

/**
 * A native raw-DEFLATE inflater (Node's zlib) to use instead of fflate: `maxOutput` is a hard cap,
 * past which it must throw. With `partial`, `data` is only the start of a stream and what it inflates
 * to is returned without complaint that the rest is missing. Hosts without one (browsers) use fflate,
 * chunk by chunk.
 */
export type RawInflate = (data: Uint8Array, maxOutput: number, partial?: boolean) => Uint8Array;

/** Counts what the reader inflates against the limits, across the parts of one file. */
export class InflateBudget {
  private total = 0;
  private readonly started = Date.now();
  /** Parts inflated ahead (stream-inflate.ts), already counted, until the reader takes them. */
  private readonly ahead = new Map<ZipEntry, Uint8Array>();

  constructor(
    readonly limits: ReadLimits,
    readonly nativeInflate?: RawInflate,
  ) {}

  /** Refuses a part from its directory entry alone, before inflating any of it. */
  admit(entry: ZipEntry): void {
    const { limits } = this;
    if (entry.method !== 0 && entry.method !== 8) throw corrupt(`compression method ${entry.method} in ${entry.name}`);
    if (entry.size > limits.maxPartBytes) throw this.partTooLarge(entry);
    if (entry.size >= limits.ratioFloorBytes && entry.size > limits.maxRatio * Math.max(1, entry.compressedSize)) {
      throw new WorkbookInputError("limit-ratio", undefined, { limit: limits.maxRatio, part: entry.name });
    }
    if (this.total + entry.size > limits.maxTotalBytes) {
      throw new WorkbookInputError("limit-total-size", undefined, { limit: limits.maxTotalBytes / BYTES_PER_MB, part: entry.name });
    }
  }

  /** Adds inflated bytes; throws once a part outgrows what it declared or the budget. */
  count(entry: ZipEntry, partBytes: number, added: number): void {
    this.total += added;
    // A part that inflates to more than its directory entry says is lying about its size: a bomb or damage.
    if (partBytes > entry.size) {
      if (partBytes > this.limits.maxPartBytes) throw this.partTooLarge(entry);
      throw corrupt(`${entry.name} inflates to more than its declared size`);
    }
    if (this.total > this.limits.maxTotalBytes) {
      throw new WorkbookInputError("limit-total-size", undefined, { limit: this.limits.maxTotalBytes / BYTES_PER_MB, part: entry.name });
    }
  }

  /** Holds a part inflated (and counted) ahead of the reader. */
  keep(entry: ZipEntry, bytes: Uint8Array): void {
    this.ahead.set(entry, bytes);
  }

  /** A part inflated ahead, handed over once (the budget lets it go), or undefined. */
  take(entry: ZipEntry): Uint8Array | undefined {
    const bytes = this.ahead.get(entry);
    this.ahead.delete(entry);
    return bytes;
  }

  /** Uncounts bytes inflated for a part that is to be inflated again (the native inflater gave up on it). */
  release(bytes: number): void {
    this.total -= bytes;
  }

  /** Throws once the read has taken longer than the time limit. */
  checkTime(): void {
    if (Date.now() - this.started > this.limits.maxMillis) {
      throw new WorkbookInputError("limit-time", undefined, { limit: this.limits.maxMillis / 1000 });
    }
  }

  private partTooLarge(entry: ZipEntry): WorkbookInputError {
    return new WorkbookInputError("limit-part-size", undefined, { limit: this.limits.maxPartBytes / BYTES_PER_MB, part: entry.name });
  }
}

/** Thrown by a sink that has read all it needs; inflateEntry lets it through untouched. */
export class StopInflating extends Error {}

/** Compressed bytes handed to the inflater at a time: at most ~1000× this (64 MB) comes out of one push. */
const CHUNK = 64 * 1024;
/** Inflated bytes handed to the sink at a time when the whole part was inflated at once. */
const SLICE = 1024 * 1024;

/**
 * Inflates one entry chunk by chunk into `sink`, counting every chunk against the budget before the
 * next is inflated; memory stays at one chunk whatever the part's size.
 */
export function inflateEntry(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, sink: (chunk: Uint8Array) => void): void {
  const ready = budget.take(entry);
  if (ready) {
    for (let o = 0; o < ready.length; o += SLICE) sink(ready.subarray(o, Math.min(ready.length, o + SLICE)));
    return;
  }
  budget.admit(entry);
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let produced = 0;
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    budget.count(entry, produced, chunk.length);
    sink(chunk);
  };
  if (entry.method === 0) {
    for (let o = 0; o < data.length; o += CHUNK * 16) {
      take(data.subarray(o, Math.min(data.length, o + CHUNK * 16)));
      budget.checkTime();
    }
    return;
  }
  if (budget.nativeInflate && data.length > 0) {
    let out: Uint8Array;
    try {
      // One byte over the declared size (itself within the limits) is enough to catch a part that lies about it.
      out = budget.nativeInflate(data, entry.size + 1);
    } catch (e) {
      throw new WorkbookInputError("corrupt", e, { part: entry.name });
    }
    // Handed on in slices so that the XML tokenizer sees chunks of the usual size.
    for (let o = 0; o < out.length; o += SLICE) {
      take(out.subarray(o, Math.min(out.length, o + SLICE)));
      budget.checkTime();
    }
    return;
  }
  // Errors from the sink (the XML parser, the budget) pass through as they are; only the inflater's own mean damage.
  let sinkError: { e: unknown } | undefined;
  const inflater = new Inflate((chunk) => {
    try {
      take(chunk);
    } catch (e) {
      sinkError = { e };
      throw e;
    }
  });
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let o = 0; o < data.length; o += CHUNK) {
      inflater.push(data.subarray(o, Math.min(data.length, o + CHUNK)), o + CHUNK >= data.length);
      budget.checkTime();
    }
  } catch (e) {
    if (sinkError || e instanceof WorkbookInputError || e instanceof StopInflating) throw sinkError ? sinkError.e : e;
    throw new WorkbookInputError("corrupt", e, { part: entry.name });
  }
}

/** A whole (small) entry as bytes, under the same budget. */
export function readEntryBytes(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  inflateEntry(zip, entry, budget, (chunk) => {
    parts.push(chunk);
    length += chunk.length;
  });
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(length);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * A whole part as one buffer, under the same budget, for the tokenizer that scans bytes: Node's zlib
 * writes it once, in place; fflate's chunks are copied into a buffer of the declared size (within the
 * limits already), so the part is never held twice.
 */
export function inflateWhole(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const ready = budget.take(entry);
  if (ready) return ready;
  budget.admit(entry);
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 8 && budget.nativeInflate && data.length > 0) {
    let out: Uint8Array;
    try {
      out = budget.nativeInflate(data, entry.size + 1);
    } catch (e) {
      throw new WorkbookInputError("corrupt", e, { part: entry.name });
    }
    budget.count(entry, out.length, out.length);
    budget.checkTime();
    return out;
  }
  const whole = new Uint8Array(entry.size);
  let length = 0;
  inflateEntry(zip, entry, budget, (chunk) => {
    // The budget has already refused a chunk that would run past the declared size.
    whole.set(chunk, length);
    length += chunk.length;
  });
  return length === whole.length ? whole : whole.subarray(0, length);
}
