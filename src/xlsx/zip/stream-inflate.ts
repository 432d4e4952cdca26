/**
 * The large parts of a package inflated ahead of the (synchronous) reader by the host's own
 * DecompressionStream("deflate-raw"), where it has one (browsers and their workers; Node too), which is
 * native code and several times faster than fflate there. The limits hold as they do for fflate: the
 * directory entry is admitted first (part and total size, compression ratio), and every chunk that
 * comes out is counted before the next is taken, so a part that inflates past what it declared or past
 * the total is given up at once, as is a read past its time. The compressed bytes go in a small slice at
 * a time, so no more than about 1000 × a slice is ever inflated before it is counted.
 */
import { WorkbookInputError } from "../input";
import type { InflateBudget, ZipArchive, ZipEntry } from "./read";

/** The part of the Compression Streams API used here (the DOM's and Node's DecompressionStream). */
interface RawInflateStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
}
export type RawInflateStreamClass = new (format: "deflate-raw") => RawInflateStream;

/** Whether each DecompressionStream seen knows "deflate-raw", tried once. */
const knowsRaw = new WeakMap<RawInflateStreamClass, boolean>();

/** The host's DecompressionStream when it knows "deflate-raw" (older browsers know only gzip and deflate), else null. */
export function nativeInflateStream(): RawInflateStreamClass | null {
  const Stream = (globalThis as { DecompressionStream?: RawInflateStreamClass }).DecompressionStream;
  if (typeof Stream !== "function") return null;
  if (!knowsRaw.has(Stream)) {
    try {
      new Stream("deflate-raw");
      knowsRaw.set(Stream, true);
    } catch {
      knowsRaw.set(Stream, false);
    }
  }
  return knowsRaw.get(Stream) ? Stream : null;
}

/** Compressed bytes written at a time: DEFLATE's ratio is at most 1032:1, so one write inflates to at most ~16 MB. */
const WRITE_BYTES = 16 * 1024;
/** Smaller parts are left to fflate: a stream costs more to set up than they take to inflate. */
export const AHEAD_MIN_BYTES = 256 * 1024;
/** The parts the reader scans whole and that grow with the data: the worksheets and the shared strings. */
const SCANNED_PART = /^\/?xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i;

/**
 * Inflates the package's large worksheets and shared strings with the host's DecompressionStream, where
 * it has one, and hands them to the budget, which the reader then takes them from (counted once, under
 * the same clock). Throws the reader's WorkbookInputError for a crossed limit; a part the native
 * inflater itself refuses (damage) is left to fflate, whose verdict is the reader's.
 */
export async function inflateAhead(zip: ZipArchive, budget: InflateBudget): Promise<void> {
  const large = zip.entries.filter((e) => e.method === 8 && e.size >= AHEAD_MIN_BYTES && SCANNED_PART.test(e.name));
  const Stream = large.length > 0 ? nativeInflateStream() : null;
  if (!Stream) return;
  for (const entry of large) {
    budget.admit(entry);
    const bytes = await inflateStreamed(zip, entry, budget, Stream);
    if (bytes) budget.keep(entry, bytes);
  }
}

/** One admitted entry through the native inflater into a buffer of its declared size; null when the inflater fails. */
async function inflateStreamed(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, Stream: RawInflateStreamClass): Promise<Uint8Array | null> {
  const data = zip.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const stream = new Stream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = (async () => {
    for (let o = 0; o < data.length; o += WRITE_BYTES) await writer.write(data.subarray(o, Math.min(data.length, o + WRITE_BYTES)));
    await writer.close();
  })();
  // Its failure is the reader's too, and handled there; this only keeps it from going unhandled.
  feeding.catch(() => undefined);
  const whole = new Uint8Array(entry.size);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Counted before it is kept: throws once the part outgrows its declared size or the total.
      budget.count(entry, length + value.length, value.length);
      whole.set(value, length);
      length += value.length;
      budget.checkTime();
    }
    await feeding;
  } catch (e) {
    reader.cancel().catch(() => undefined);
    writer.abort().catch(() => undefined);
    if (e instanceof WorkbookInputError) throw e;
    budget.release(length);
    return null;
  }
  return length === whole.length ? whole : whole.subarray(0, length);
}
