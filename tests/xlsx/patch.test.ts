/**
 * The highlighted copy keeps the workbook: every part of the original is in the copy, byte for byte
 * unless the copy had to change it, and LibreOffice opens the copy without repair.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { strFromU8, unzipSync, zipSync, type Zippable } from "fflate";
import { SEVERITY_FILL } from "../../src/host";
import { patchWorkbook, readWorkbook } from "../../src/xlsx";
import { openZip } from "../../src/xlsx/zip/read";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";
import { RICH_SHEET, richWorkbook } from "../helpers/rich-workbook";

/** Parts the copy must change: styles, the marked sheet and its relationships, the package lists, the workbook. */
const MAY_CHANGE = new Set(["xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]);

describe("patchWorkbook on a workbook with a chart, an image, a pivot cache and data validation", () => {
  const original = richWorkbook();
  const request = {
    marks: [
      { sheet: RICH_SHEET, row: 3, col: 5, fill: SEVERITY_FILL.error, note: "[错误] 执行率 40.00% 低于 60%" },
      { sheet: RICH_SHEET, row: 6, col: 2, fill: SEVERITY_FILL.info, note: "[提示] 新单元格" },
    ],
    results: { name: "审核结果", header: ["工作表", "单元格", "信息"], rows: [[RICH_SHEET, { text: "E3", sheet: RICH_SHEET, cell: "E3" }, "执行率偏低"]] },
    noteSeparator: "────",
    author: "绩效审核",
  };
  const { bytes: copy, resultsSheet } = patchWorkbook(original, request);
  const before = unzipSync(original);
  const after = unzipSync(copy);

  it("keeps every part, byte for byte unless it had to change", () => {
    expect(Object.keys(before).length).toBeGreaterThan(10);
    for (const [name, content] of Object.entries(before)) {
      expect([name, after[name] !== undefined]).toEqual([name, true]);
      if (!MAY_CHANGE.has(name)) expect([name, Buffer.from(after[name] as Uint8Array).equals(Buffer.from(content))]).toEqual([name, true]);
    }
    for (const kept of ["xl/charts/chart1.xml", "xl/media/image1.png", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/drawings/drawing1.xml"]) expect(after[kept]).toBeDefined();
  });

  it("copies the untouched parts as they were stored: the same compressed bytes, method, CRC and time, never deflated again", () => {
    // Stored at level 1 with the image left uncompressed and a time of its own, so that deflating a part
    // again (at the writer's level 6) or storing it anew would show.
    const files = unzipSync(original);
    const variant = zipSync(
      Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: name.endsWith(".png") ? 0 : 1, mtime: new Date(2019, 4, 17, 9, 30, 12) }]])) as Zippable,
    );
    const a = openZip(variant);
    const b = openZip(patchWorkbook(variant, request).bytes);
    const stored = (zip: ReturnType<typeof openZip>, name: string) => {
      const e = zip.get(name);
      if (!e) throw new Error(`${name} missing`);
      return { method: e.method, crc: e.crc, size: e.size, time: Buffer.from(e.central.subarray(12, 16)).toString("hex"), data: Buffer.from(zip.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize)).toString("base64") };
    };
    const untouched = a.entries.map((e) => e.name).filter((n) => !MAY_CHANGE.has(n));
    expect(untouched.length).toBeGreaterThan(5);
    for (const name of untouched) expect([name, stored(b, name)]).toEqual([name, stored(a, name)]);
  });

  it("keeps data validation, conditional formats, the drawing and defined names in the parts it changed", () => {
    const sheet = strFromU8(after["xl/worksheets/sheet1.xml"] as Uint8Array);
    expect(sheet).toContain('<dataValidation type="decimal"');
    expect(sheet).toContain("<conditionalFormatting");
    expect(sheet).toContain('<drawing r:id="rId1"/>');
    expect(sheet).toMatch(/<legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
    const workbook = strFromU8(after["xl/workbook.xml"] as Uint8Array);
    expect(workbook).toContain("<definedName name=\"预算区\">");
    expect(workbook).toContain('<pivotCache cacheId="1" r:id="rId4"/>');
    expect(resultsSheet).toBe("审核结果");
  });

  it("reads back with the same values, the fills on the marked cells and the notes", () => {
    const a = readWorkbook(original).grids[0];
    const copyGrids = readWorkbook(copy).grids;
    const b = copyGrids[0];
    for (let r = 1; r <= 4; r++) for (let c = 1; c <= 5; c++) expect(b?.raw(r, c)).toEqual(a?.raw(r, c));
    expect(b?.format(3, 5)).toBe("0.00%");
    expect(b?.notes.map((n) => [n.row, n.col, n.text])).toEqual([
      [3, 5, "[错误] 执行率 40.00% 低于 60%"],
      [6, 2, "[提示] 新单元格"],
    ]);
    expect(copyGrids.map((g) => g.sheet)).toEqual([RICH_SHEET, "审核结果"]);
    const styles = strFromU8(after["xl/styles.xml"] as Uint8Array);
    expect(styles).toContain(`<fgColor rgb="${SEVERITY_FILL.error}"/>`);
    const sheet = strFromU8(after["xl/worksheets/sheet1.xml"] as Uint8Array);
    const s = /<c r="E3" s="(\d+)"/.exec(sheet)?.[1];
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    expect(xfs[Number(s)]).toMatch(/numFmtId="10"/);
    expect(xfs[Number(s)]).toMatch(/applyFill="1"/);
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
  // CI installs LibreOffice (.ci/run); elsewhere the check runs where it is installed.
  const maybe = soffice || process.env.CI ? it : it.skip;
  maybe("opens in LibreOffice headless without repair (converted to PDF)", () => {
    if (!soffice) throw new Error("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
    const dir = makeTempDir("patch-lo");
    try {
      const file = path.join(dir, "copy.xlsx");
      fs.writeFileSync(file, copy);
      execFileSync(soffice, ["--headless", "--norestore", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, file], { stdio: "pipe", timeout: 120_000 });
      const pdf = fs.readFileSync(path.join(dir, "copy.pdf"));
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(1000);
    } finally {
      removeTempDir(dir);
    }
  }, 150_000);
});
