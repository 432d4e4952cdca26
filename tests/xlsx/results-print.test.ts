/**
 * The 审核结果 sheet of the highlighted copy prints on one page width: landscape, fit to one page wide
 * and as many down as needed (sheetPr/pageSetUpPr fitToPage), with its header row repeated on every
 * page (the sheet's _xlnm.Print_Titles). Read from the copy's XML, and back through ExcelJS.
 */
import * as ExcelJS from "exceljs";
import fs from "fs";
import { strFromU8, unzipSync } from "fflate";
import { runAudit } from "../../src/core/audit";
import { auditOptionsOf, DEFAULT_SETTINGS } from "../../src/host";
import { patchWorkbook, readWorkbook, writeHighlightedCopy } from "../../src/xlsx";
import { fixture } from "../helpers/fixtures";
import { RICH_SHEET, richWorkbook } from "../helpers/rich-workbook";

/** The results sheet's XML and the workbook's, found through the workbook's relationships. */
function resultsParts(copy: Uint8Array, name: string): { sheet: string; workbook: string; index: number } {
  const files = unzipSync(copy);
  const workbook = strFromU8(files["xl/workbook.xml"] as Uint8Array);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"] as Uint8Array);
  const entries = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)];
  const index = entries.findIndex((m) => m[1] === name);
  const rid = entries[index]?.[2];
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]*)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  const part = (target ?? "").replace(/^\/?(xl\/)?/, "xl/");
  return { sheet: strFromU8(files[part] as Uint8Array), workbook, index };
}

describe("the 审核结果 sheet's print setup", () => {
  const original = new Uint8Array(fs.readFileSync(fixture("qingdao-2019-safety-fund.xlsx")));
  const reports = readWorkbook(original).grids.map((g) => runAudit(g, auditOptionsOf(DEFAULT_SETTINGS)));
  const copy = writeHighlightedCopy(original, reports, "zh-CN");

  it("is landscape, one page wide, any number of pages down", () => {
    const { sheet } = resultsParts(copy, "审核结果");
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"[^>]*\/>/);
    // In the schema's order: sheetPr first, pageSetup after pageMargins.
    expect(sheet.indexOf("<sheetPr>")).toBeLessThan(sheet.indexOf("<dimension"));
    expect(sheet.indexOf("<pageMargins")).toBeLessThan(sheet.indexOf("<pageSetup"));
  });

  it("repeats its header row on every page", () => {
    const { workbook, index } = resultsParts(copy, "审核结果");
    expect(index).toBe(2); // after the fixture's two sheets
    expect(workbook).toContain(`<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="2">'审核结果'!$1:$1</definedName></definedNames>`);
    expect(workbook.indexOf("</sheets>")).toBeLessThan(workbook.indexOf("<definedNames>"));
  });

  it("reads back so in ExcelJS", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
    const ws = wb.getWorksheet("审核结果");
    expect(ws?.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws?.pageSetup.printTitlesRow).toBe("1:1");
  });

  it("adds the print titles to a workbook's own defined names", () => {
    const { bytes } = patchWorkbook(richWorkbook(), {
      marks: [{ sheet: RICH_SHEET, row: 3, col: 5, fill: "FFFFC7CE", note: "[错误] 执行率偏低" }],
      results: { name: "审核结果", header: ["工作表", "单元格", "问题说明"], rows: [[RICH_SHEET, "E3", "执行率偏低"]] },
      noteSeparator: "────",
      author: "绩效审核",
    });
    const { workbook, index } = resultsParts(bytes, "审核结果");
    expect(workbook.match(/<definedNames>/g)).toHaveLength(1);
    expect(workbook).toContain("<definedName name=\"预算区\">");
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'审核结果'!$1:$1</definedName></definedNames>`);
  });
});
