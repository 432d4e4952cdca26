/**
 * Column widths and hidden columns as the reader takes them from `<cols>` (for the web preview): in
 * characters, per column, the sheet's default where `<sheetFormatPr>` gives one; a range that runs to
 * XFD is kept only as far as the sheet's data and merges go. The audit ignores them.
 */
import * as ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import { readWorkbook } from "../../src/xlsx";
import { fixture } from "../helpers/fixtures";

describe("column widths", () => {
  it("reads the Chengde form's widths, merged columns past the last value included", () => {
    const [g] = readWorkbook(new Uint8Array(fs.readFileSync(fixture("chengde-2019-mine-inspection.xlsx")))).grids;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => g?.columnWidth(c))).toEqual([10, 12, 14, 30, 18, 18, 8, 10, 20, 20]);
    expect(g?.hiddenCols.size).toBe(0);
  });

  it("reads hidden columns, the default width, and keeps a range to XFD short", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表1", { properties: { defaultColWidth: 11 } as ExcelJS.WorksheetProperties });
    ws.addRow(["a", "b", "c", "d"]);
    ws.getColumn(2).width = 24;
    ws.getColumn(3).hidden = true;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const [g] = readWorkbook(bytes).grids;
    expect(g?.columnWidth(2)).toBe(24);
    expect(g?.isColHidden(3)).toBe(true);
    expect(g?.columnWidth(1)).toBe(11);

    // A hand-written sheet with a <col> to XFD.
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    zip.file("xl/worksheets/sheet1.xml", xml.replace(/<cols>[\s\S]*?<\/cols>/, '<cols><col min="2" max="16384" width="9" customWidth="1"/></cols>'));
    const [h] = readWorkbook(new Uint8Array(await zip.generateAsync({ type: "uint8array" }))).grids;
    expect(h?.columnWidths?.size).toBe(3);
    expect(h?.columnWidth(4)).toBe(9);
  });
});
