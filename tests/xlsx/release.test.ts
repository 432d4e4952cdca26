/**
 * Once a large part is scanned, the reader hands its inflated buffer's memory back (the buffer is detached)
 * rather than leave it to the next full collection; small parts, and Node's pooled Buffers, are left alone.
 */
import fs from "fs";
import path from "path";
import { nativeInflate } from "../../src/cli/job";
import { readWorkbook, DEFAULT_LIMITS } from "../../src/xlsx";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateLineItems } = require("../bench/lib/workbooks");

let dir: string | undefined;
afterAll(() => removeTempDir(dir));

it("detaches the inflated sheet of a 5,000-row workbook once it is read, and reads it all the same", async () => {
  dir = makeTempDir("jixiao-release-");
  const file = path.join(dir, "rows.xlsx");
  await generateLineItems(file, 5000);
  const inflated: { bytes: Uint8Array; size: number }[] = [];
  const recording = (data: Uint8Array, max: number, partial?: boolean): Uint8Array => {
    const out = nativeInflate(data, max, partial);
    inflated.push({ bytes: out, size: out.buffer.byteLength });
    return out;
  };
  const pooled = Buffer.from("池中的 Buffer");
  const { grids } = readWorkbook(fs.readFileSync(file), DEFAULT_LIMITS, { nativeInflate: recording });
  expect(grids[0]?.raw(5, 2)).toBe("项目2");
  expect(grids[0]?.lastRow).toBe(5004);
  const large = inflated.filter((b) => b.size >= 1 << 20);
  const small = inflated.filter((b) => b.size < 1 << 20);
  expect(large.length).toBeGreaterThan(0);
  expect(small.length).toBeGreaterThan(0);
  // Detached: the view reads as empty. The small parts' buffers are as they were.
  for (const b of large) expect(b.bytes.byteLength).toBe(0);
  for (const b of small) expect(b.bytes.byteLength).toBeGreaterThan(0);
  expect(pooled.toString()).toBe("池中的 Buffer");
});
