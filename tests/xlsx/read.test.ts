import * as ExcelJS from "exceljs";
import type { Grid } from "../../src/core/grid/grid";
import { loadWorkbook } from "../helpers/exceljs-load";
import { readGrid, readGrids, toCellValue } from "../helpers/exceljs-read";

/** Writes the workbook to .xlsx bytes and reads it back, so the test sees what a real file gives. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<Grid[]> {
  const bytes = await wb.xlsx.writeBuffer();
  return readGrids(await loadWorkbook(new Uint8Array(bytes as ArrayBuffer)));
}

describe("readGrids", () => {
  let grids: Grid[];
  const date = new Date(Date.UTC(2019, 11, 31));

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("项目支出明细");
    ws.getCell("A1").value = "2019年度项目支出执行情况";
    ws.mergeCells("A1:G1");
    ws.getCell("G2").value = "单位：万元";
    ws.addRow(["序号", "项目名称", "预算收入", "实际支出", "预算执行率", "绩效目标完成情况", "情况说明"]);
    ws.addRow([1, "非煤矿山安全监管费用", 17, 13, 0.7647, "完成", "说明"]);
    ws.addRow([2, "消防员招录工作经费", "1,940.00", "１２３", { error: "#N/A" }, true, null]);
    ws.getCell("C4").numFmt = "0.00";
    ws.getCell("D4").numFmt = "#,##0.00";
    ws.getCell("E4").numFmt = "0.00%";
    ws.getCell("A6").value = "合计";
    ws.getCell("C6").value = { formula: "SUM(C4:C5)", result: 1957 };
    ws.getCell("C6").numFmt = "0.00";
    ws.getCell("D6").value = { formula: "SUM(D4:D5)" }; // never calculated: no cached result
    ws.getCell("E6").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("B7").value = { richText: [{ text: "富", font: { bold: true } }, { text: "文本" }] };
    ws.getCell("C7").value = date;
    ws.getCell("C7").numFmt = "yyyy-mm-dd";
    ws.getCell("D7").value = { text: "官网", hyperlink: "https://example.org/" };
    ws.getCell("E7").value = "  1,465.45 ";
    // Vertical merge with a value in the master only.
    ws.getCell("A9").value = "产出指标";
    ws.mergeCells("A9:A11");
    // Shared formula: B9 is the master, B10:B11 follow it.
    ws.getCell("C9").value = 2;
    ws.getCell("C10").value = 3;
    ws.getCell("C11").value = 4;
    ws.fillFormula("B9:B11", "C9*10", [20, 30, 40]);
    // A sparse far cell.
    ws.getCell("J20").value = 0;

    wb.addWorksheet("空表");
    const second = wb.addWorksheet("绩效指标");
    second.getCell("B2").value = "≥90%";
    grids = await roundTrip(wb);
  });

  it("gives one grid per worksheet in tab order, empty sheets included", () => {
    expect(grids.map((g) => g.sheet)).toEqual(["项目支出明细", "空表", "绩效指标"]);
    const empty = grids[1] as Grid;
    expect(empty.rowCount).toBe(0);
    expect(empty.value(1, 1)).toBeNull();
  });

  it("keeps numbers, text, booleans and Dates", () => {
    const g = grids[0] as Grid;
    expect(g.value(3, 3)).toBe("预算收入");
    expect(g.value(4, 3)).toBe(17);
    expect(g.value(4, 5)).toBe(0.7647);
    expect(g.value(5, 6)).toBe(true);
    expect(g.value(7, 3)).toEqual(date);
  });

  it("keeps numbers stored as text exactly as typed, separators, full-width digits and spaces included", () => {
    const g = grids[0] as Grid;
    expect(g.value(5, 3)).toBe("1,940.00");
    expect(g.value(5, 4)).toBe("１２３");
    expect(g.value(7, 5)).toBe("  1,465.45 ");
  });

  it("turns error values into CellError objects, distinct from text", () => {
    const g = grids[0] as Grid;
    expect(g.value(5, 5)).toEqual({ error: "#N/A" });
    expect(g.value(6, 5)).toEqual({ error: "#DIV/0!" });
  });

  it("uses a formula's cached result, and null when there is none", () => {
    const g = grids[0] as Grid;
    expect(g.value(6, 3)).toBe(1957);
    expect(g.value(6, 4)).toBeNull();
    expect([g.value(9, 2), g.value(10, 2), g.value(11, 2)]).toEqual([20, 30, 40]);
  });

  it("joins rich text and reads a hyperlink's text", () => {
    const g = grids[0] as Grid;
    expect(g.value(7, 2)).toBe("富文本");
    expect(g.value(7, 4)).toBe("官网");
  });

  it("reads number formats, General where none is set", () => {
    const g = grids[0] as Grid;
    expect(g.format(4, 3)).toBe("0.00");
    expect(g.format(4, 4)).toBe("#,##0.00");
    expect(g.format(4, 5)).toBe("0.00%");
    expect(g.format(6, 3)).toBe("0.00");
    expect(g.format(7, 3)).toBe("yyyy-mm-dd");
    expect(g.format(4, 1)).toBe("General");
    expect(g.format(100, 100)).toBe("General");
  });

  it("reads merges in 1-based coordinates and stores null in merged followers", () => {
    const g = grids[0] as Grid;
    expect([...g.merges].sort((a, b) => a.top - b.top)).toEqual([
      { top: 1, left: 1, bottom: 1, right: 7 },
      { top: 9, left: 1, bottom: 11, right: 1 },
    ]);
    expect(g.raw(1, 1)).toBe("2019年度项目支出执行情况");
    expect(g.raw(1, 4)).toBeNull();
    expect(g.value(1, 4)).toBe("2019年度项目支出执行情况");
    expect(g.raw(10, 1)).toBeNull();
    expect(g.value(11, 1)).toBe("产出指标");
    expect(g.isMergedFollower(10, 1)).toBe(true);
  });

  it("places cells at their sheet coordinates with origin A1, gaps included", () => {
    const g = grids[0] as Grid;
    expect(g.firstRow).toBe(1);
    expect(g.firstCol).toBe(1);
    expect(g.lastRow).toBe(20);
    expect(g.value(20, 10)).toBe(0);
    expect(g.value(8, 1)).toBeNull();
    expect(g.value(19, 10)).toBeNull();
    const second = grids[2] as Grid;
    expect(second.value(2, 2)).toBe("≥90%");
    expect(second.value(1, 1)).toBeNull();
  });
});

describe("toCellValue", () => {
  it("handles every ExcelJS value shape", () => {
    expect(toCellValue(null)).toBeNull();
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue(3.5)).toBe(3.5);
    expect(toCellValue("x")).toBe("x");
    expect(toCellValue(false)).toBe(false);
    expect(toCellValue({ error: "#REF!" })).toEqual({ error: "#REF!" });
    expect(toCellValue({ richText: [{ text: "a" }, { text: "b" }] })).toBe("ab");
    expect(toCellValue({ formula: "A1", result: "文本" })).toBe("文本");
    expect(toCellValue({ formula: "A1", result: { error: "#VALUE!" } })).toEqual({ error: "#VALUE!" });
    expect(toCellValue({ sharedFormula: "B2", result: 7 })).toBe(7);
    expect(toCellValue({ formula: "A1" })).toBeNull();
    expect(toCellValue({ text: "link", hyperlink: "https://example.org" })).toBe("link");
    const richLink = { text: { richText: [{ text: "富" }, { text: "链接" }] }, hyperlink: "https://example.org" };
    expect(toCellValue(richLink as unknown as ExcelJS.CellValue)).toBe("富链接");
    expect(toCellValue(new Date(Number.NaN))).toBeNull();
  });
});

describe("readGrid through the public ExcelJS API only", () => {
  it("gives the same grid when ExcelJS's private row arrays and merge map are not there", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.getCell("A1").value = "标题";
    ws.mergeCells("A1:C1");
    ws.getCell("B3").value = 12.5;
    ws.getCell("B3").numFmt = "0.00";
    ws.getCell("C4").value = { formula: "B3*2", result: 25 };
    const loaded = (await loadWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).worksheets[0] as ExcelJS.Worksheet;
    // Only what ExcelJS documents: name, eachRow/eachCell and model.merges.
    const publicOnly = {
      name: loaded.name,
      eachRow: loaded.eachRow.bind(loaded),
      model: { merges: loaded.model.merges },
    } as unknown as ExcelJS.Worksheet;
    const viaPublic = readGrid(publicOnly);
    const viaInternals = readGrid(loaded);
    expect(viaPublic.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(viaInternals.merges).toEqual(viaPublic.merges);
    for (const [r, c] of [[1, 1], [1, 2], [3, 2], [4, 3], [2, 2]] as const) {
      expect([r, c, viaPublic.raw(r, c), viaPublic.format(r, c)]).toEqual([r, c, viaInternals.raw(r, c), viaInternals.format(r, c)]);
    }
    expect(viaPublic.value(3, 2)).toBe(12.5);
    expect(viaPublic.value(4, 3)).toBe(25);
  });
});
