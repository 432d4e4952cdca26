/**
 * The reader over the host's DecompressionStream("deflate-raw") (the web page's worker; Node 20 has the
 * same global): it reads what the synchronous reader reads, and its limits hold while it inflates. A
 * counting stand-in for DecompressionStream measures how much the native inflater produced before the
 * reader gave a crafted part up.
 */
import { strToU8 } from "fflate";
import { limitsFrom, readWorkbookData, readWorkbookDataAsync, WorkbookInputError, type ReadLimits } from "../../src/xlsx";
import { AHEAD_MIN_BYTES, nativeInflateStream } from "../../src/xlsx/zip/stream-inflate";
import { declareSize, withPart } from "../helpers/crafted-zip";
import { richWorkbook } from "../helpers/rich-workbook";

const SHEET = "xl/worksheets/sheet1.xml";
const MB = 1024 * 1024;
const Real = globalThis.DecompressionStream;

/** What the stand-in saw: streams made and bytes they put out. */
const seen = { streams: 0, produced: 0 };

class CountingStream {
  readonly writable: WritableStream<BufferSource>;
  readonly readable: ReadableStream<Uint8Array>;
  constructor(format: "deflate-raw") {
    const inner = new Real(format);
    seen.streams++;
    this.writable = inner.writable;
    this.readable = inner.readable.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, out) {
          seen.produced += chunk.length;
          out.enqueue(chunk);
        },
      }),
    );
  }
}

beforeEach(() => {
  seen.streams = 0;
  seen.produced = 0;
  (globalThis as { DecompressionStream: unknown }).DecompressionStream = CountingStream;
});

afterAll(() => {
  globalThis.DecompressionStream = Real;
});

/** A worksheet of `rows` numbered rows: ordinary XML that deflates about 10:1. */
function sheetXml(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7}</v></c><c r="B${i + 1}"><v>${i % 97}</v></c></row>`).join("");
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

async function refusal(bytes: Uint8Array, limits: ReadLimits = limitsFrom()): Promise<WorkbookInputError> {
  try {
    await readWorkbookDataAsync(bytes, limits);
  } catch (e) {
    if (e instanceof WorkbookInputError) return e;
    throw e;
  }
  throw new Error("the workbook was read");
}

function syncRefusal(bytes: Uint8Array, limits: ReadLimits = limitsFrom()): string {
  try {
    readWorkbookData(bytes, limits);
    return "read";
  } catch (e) {
    return e instanceof WorkbookInputError ? e.code : String(e);
  }
}

describe("the reader over DecompressionStream", () => {
  it("is there in Node 20, with deflate-raw", () => {
    expect(nativeInflateStream()).toBe(CountingStream);
  });

  it("reads a large sheet natively, as the synchronous reader reads it", async () => {
    const file = withPart(SHEET, sheetXml(20_000));
    const ahead = await readWorkbookDataAsync(file);
    expect(seen.streams).toBe(1);
    expect(seen.produced).toBeGreaterThan(AHEAD_MIN_BYTES);
    expect(ahead).toEqual(readWorkbookData(file));
    expect(ahead.sheets[0]?.rows.length).toBe(20_000);
  });

  it("leaves small parts to fflate", async () => {
    expect(await readWorkbookDataAsync(richWorkbook())).toEqual(readWorkbookData(richWorkbook()));
    expect(seen.streams).toBe(0);
  });

  it("gives up a part that inflates past the size it declared after little more than that size, not the 60 MB it holds", async () => {
    const spaces = new Uint8Array(60 * MB).fill(0x20);
    spaces.set(strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
    const lying = declareSize(withPart(SHEET, spaces), SHEET, 1 * MB);
    expect((await refusal(lying, { ...limitsFrom(), maxRatio: 1e9 })).code).toBe("corrupt");
    expect(seen.streams).toBe(1);
    // One write of 16 KB inflates to at most ~16 MB: what came out is bounded by that over the declared size.
    expect(seen.produced).toBeLessThan(1 * MB + 17 * MB);
    expect(seen.produced).toBeGreaterThan(1 * MB);
  });

  it("refuses from the directory, inflating nothing, a part over the part limit, over the total, or too highly compressed", async () => {
    const file = withPart(SHEET, sheetXml(20_000));
    const part = await refusal(file, limitsFrom({ maxPartMb: 0.3 }));
    expect([part.code, part.params]).toEqual(["limit-part-size", { limit: 0.3, part: SHEET }]);
    expect((await refusal(file, limitsFrom({ maxTotalMb: 0.3 }))).code).toBe("limit-total-size");
    expect((await refusal(file, { ...limitsFrom({ maxRatio: 2 }), ratioFloorBytes: 1000 })).code).toBe("limit-ratio");
    expect(seen.produced).toBe(0);
    // The synchronous reader refuses them alike.
    expect(syncRefusal(file, limitsFrom({ maxPartMb: 0.3 }))).toBe("limit-part-size");
  });

  it("stops inflating once the read is over its time", async () => {
    const xml = sheetXml(200_000);
    const file = withPart(SHEET, xml);
    const e = await refusal(file, { ...limitsFrom(), maxMillis: 1 });
    expect(e.code).toBe("limit-time");
    expect(seen.streams).toBe(1);
    expect(seen.produced).toBeLessThan(xml.length / 2);
  });

  it("leaves a part the native inflater refuses (damaged data) to fflate, whose verdict is the reader's", async () => {
    const file = withPart(SHEET, sheetXml(20_000));
    const damaged = file.slice();
    // Garbage in the middle of the sheet's compressed bytes.
    const at = damaged.length >> 1;
    damaged.fill(0xff, at, at + 64);
    const sync = syncRefusal(damaged);
    expect(sync).not.toBe("read");
    expect((await refusal(damaged)).code).toBe(sync);
    expect(seen.streams).toBe(1);
  });
});
