/**
 * Batches through the built CLI with its worker threads: a zip bomb and a DOCTYPE file are refused
 * with their own messages (exit 2) while the other files are audited, in input order, whatever --jobs;
 * a copy of a workbook with a chart, an image and a pivot cache keeps them.
 */
import fs from "fs";
import path from "path";
import { unzipSync, strToU8, zipSync } from "fflate";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { runJixiao } from "../helpers/cli";
import { fixture, makeTempDir, removeTempDir } from "../helpers/fixtures";
import { richWorkbook } from "../helpers/rich-workbook";

let dir: string;
const names = ["1-qingdao.xlsx", "2-bomb.xlsx", "3-chengde.xlsx", "4-doctype.xlsx", "5-rich.xlsm"];

function bomb(): Uint8Array {
  const out = richWorkbook().slice();
  const view = new DataView(out.buffer);
  const target = strToU8("xl/worksheets/sheet1.xml");
  for (let p = 0; p + 46 < out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50 || view.getUint16(p + 28, true) !== target.length) continue;
    if (Buffer.from(out.subarray(p + 46, p + 46 + target.length)).equals(Buffer.from(target))) view.setUint32(p + 24, 1_500_000_000, true);
  }
  return out;
}

beforeAll(() => {
  ensureBuild();
  dir = makeTempDir("batch");
  fs.copyFileSync(fixture("qingdao-2019-safety-fund.xlsx"), path.join(dir, names[0] as string));
  fs.writeFileSync(path.join(dir, names[1] as string), bomb());
  fs.copyFileSync(fixture("chengde-2019-mine-inspection.xlsx"), path.join(dir, names[2] as string));
  const files = unzipSync(richWorkbook());
  files["xl/sharedStrings.xml"] = strToU8(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>`);
  fs.writeFileSync(path.join(dir, names[3] as string), zipSync(files));
  fs.writeFileSync(path.join(dir, names[4] as string), richWorkbook());
}, BUILD_TIMEOUT_MS);

afterAll(() => removeTempDir(dir));

describe.each(["1", "2"])("jixiao audit <folder> --json --jobs %s", (jobs) => {
  let doc: { files: { file: string; errorCode: string | null; error: string | null; sheets: unknown[] }[] };
  let status: number | null;
  beforeAll(() => {
    const r = runJixiao(["audit", dir, "--json", "--jobs", jobs]);
    status = r.status;
    doc = JSON.parse(r.stdout);
  });

  it("exits 2 and keeps the input order", () => {
    expect(status).toBe(2);
    expect(doc.files.map((f) => path.basename(f.file))).toEqual(names);
  });

  it("refuses the bomb and the DOCTYPE with messages that name what was refused, and audits the rest", () => {
    const [q, b, c, d, rich] = doc.files;
    expect([q?.errorCode, c?.errorCode, rich?.errorCode]).toEqual([null, null, null]);
    expect(q?.sheets.length).toBeGreaterThan(0);
    expect(b?.errorCode).toBe("limit-part-size");
    expect(b?.error).toBe("工作表 XML（xl/worksheets/sheet1.xml）解压后超过 200 MB，可能是压缩炸弹，已拒绝读取。如确需审核，请用 --max-part-mb 放宽。");
    expect(d?.errorCode).toBe("doctype");
    expect(d?.error).toContain("DOCTYPE");
    const hostname = fs.existsSync("/etc/hostname") ? fs.readFileSync("/etc/hostname", "utf8").trim() : "";
    if (hostname) expect(JSON.stringify(doc)).not.toContain(hostname);
  });
});

it("writes a copy of the .xlsm with a chart, an image and a pivot cache that keeps them byte for byte", () => {
  const out = path.join(dir, "out");
  const r = runJixiao(["audit", path.join(dir, names[4] as string), "--out", out, "--json"]);
  expect(r.status).toBeLessThan(2);
  const before = unzipSync(richWorkbook());
  const after = unzipSync(fs.readFileSync(path.join(out, names[4] as string)));
  for (const part of ["xl/charts/chart1.xml", "xl/media/image1.png", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "xl/drawings/drawing1.xml"]) {
    expect([part, Buffer.from(after[part] as Uint8Array).equals(Buffer.from(before[part] as Uint8Array))]).toEqual([part, true]);
  }
  expect(Object.keys(after).some((n) => /^xl\/comments\d+\.xml$/.test(n))).toBe(true);
}, 60_000);
