/**
 * The new reader (fflate + the streaming tokenizer) must give the audit exactly the Grids the ExcelJS
 * reader gave: on the golden fixtures, the bundled sample and generated workbooks covering dates in
 * both date systems, shared and rich strings, number formats, merges, errors and formulas.
 */
import fs from "fs";
import path from "path";
import * as ExcelJS from "exceljs";
import fc from "fast-check";
import type { Grid } from "../../src/core/grid/grid";
import { runAudit } from "../../src/core/audit";
import { DEFAULT_RULES } from "../../src/core/rules";
import { readWorkbook } from "../../src/xlsx";
import { loadWorkbook } from "../helpers/exceljs-load";
import { readGrids } from "../helpers/exceljs-read";
import { fixture, ROOT } from "../helpers/fixtures";

function dump(g: Grid): unknown {
  const cells: unknown[] = [];
  for (let r = 1; r <= g.lastRow; r++) {
    for (let c = 1; c <= g.lastCol; c++) {
      const v = g.raw(r, c);
      const f = g.format(r, c);
      if (v !== null || f !== "General") cells.push([r, c, v instanceof Date ? `date:${v.toISOString()}` : v, f]);
    }
  }
  return { sheet: g.sheet, lastRow: g.lastRow, lastCol: g.lastCol, merges: g.merges, cells };
}

async function expectSameGrids(bytes: Uint8Array): Promise<Grid[]> {
  const ours = readWorkbook(bytes).grids;
  const theirs = readGrids(await loadWorkbook(bytes));
  expect(ours.map(dump)).toEqual(theirs.map(dump));
  // And therefore the same findings.
  const findings = (grids: Grid[]) => grids.map((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
  expect(findings(ours)).toEqual(findings(theirs));
  return ours;
}

const GOLDEN = [fixture("qingdao-2019-safety-fund.xlsx"), fixture("chengde-2019-mine-inspection.xlsx"), path.join(ROOT, "assets/sample/self-evaluation-2019.xlsx")];

describe("readWorkbook gives the Grids the ExcelJS reader gave", () => {
  it.each(GOLDEN.map((f) => [path.basename(f), f]))("%s", async (_name, file) => {
    const grids = await expectSameGrids(fs.readFileSync(file));
    expect(grids.length).toBeGreaterThan(0);
  });

  async function generated(date1904: boolean): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet("生成");
    ws.getCell("A1").value = "2019年度项目支出";
    ws.mergeCells("A1:D1");
    ws.getCell("B1").value = "hidden by the merge";
    ws.getCell("A2").value = new Date(Date.UTC(2019, 11, 31));
    ws.getCell("A2").numFmt = "yyyy\"年\"m\"月\"d\"日\"";
    ws.getCell("B2").value = 43830.5;
    ws.getCell("B2").numFmt = "[$-F800]dddd, mmmm dd, yyyy";
    ws.getCell("C2").value = 0.7554;
    ws.getCell("C2").numFmt = "0.00%";
    ws.getCell("D2").value = 1465.45;
    ws.getCell("D2").numFmt = '#,##0.00_);[Red]\\(#,##0.00\\)';
    ws.getCell("A3").value = { richText: [{ text: "粗体", font: { bold: true } }, { text: "与常规" }] };
    ws.getCell("B3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("C3").value = { formula: "SUM(C2:D2)", result: 1466.2054 };
    ws.getCell("D3").value = { formula: "A2+1", result: new Date(Date.UTC(2020, 0, 1)) };
    ws.getCell("D3").numFmt = "mm-dd-yy";
    ws.getCell("A4").value = true;
    ws.getCell("B4").value = "  前后空格  ";
    ws.getCell("C4").value = "<&>\"'";
    ws.getCell("D4").value = { text: "链接文字", hyperlink: "https://example.invalid/" };
    ws.getCell("A5").value = { formula: 'IF(A4,"是","否")', result: "是" };
    ws.getCell("B5").value = { sharedFormula: "C3", result: 12 } as unknown as ExcelJS.CellValue;
    ws.getCell("C5").value = "";
    ws.mergeCells("A7:B9");
    ws.getCell("A7").value = 42;
    ws.getCell("A9").value = 7;
    ws.getCell("A6").value = "隐藏行";
    ws.getRow(6).hidden = true;
    const other = wb.addWorksheet("Sheet 2", { state: "hidden" });
    other.addRow([1, 2, 3]);
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it.each([false, true])("a generated workbook (date1904 = %s)", async (date1904) => {
    const bytes = await generated(date1904);
    const grids = await expectSameGrids(bytes);
    const info = readWorkbook(bytes).info;
    expect(info.date1904).toBe(date1904);
    expect(info.sheets.map((s) => s.visibility)).toEqual(["visible", "hidden"]);
    const [g] = grids;
    expect(g?.formula(3, 3)).toBe("=SUM(C2:D2)");
    expect(g?.isRowHidden(6)).toBe(true);
    expect(g?.raw(2, 1)).toEqual(new Date(Date.UTC(2019, 11, 31)));
  });
});

describe("rows that share their formats (the reader keeps one array for a run of rows formatted alike)", () => {
  const FORMATS = ["0.00", "0.00%", "#,##0", "yyyy-mm-dd", "@"];
  /** Runs of rows formatted alike (undefined: General), of different widths; the first row of a run may leave cells blank. */
  const runs = fc.array(
    fc.record({ pattern: fc.array(fc.option(fc.constantFrom(...FORMATS), { nil: undefined }), { minLength: 1, maxLength: 6 }), rows: fc.integer({ min: 1, max: 25 }), blanks: fc.array(fc.boolean(), { maxLength: 6 }) }),
    { minLength: 1, maxLength: 8 },
  );

  it("random tables read cell by cell as ExcelJS reads them", async () => {
    await fc.assert(
      fc.asyncProperty(runs, async (table) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("随机");
        let r = 0;
        for (const run of table) {
          for (let i = 0; i < run.rows; i++) {
            r++;
            run.pattern.forEach((f, k) => {
              if (i === 0 && run.blanks[k]) return;
              const c = ws.getCell(r, k + 1);
              c.value = f === "@" ? `文字${r}` : r * 1.25 + k;
              if (f) c.numFmt = f;
            });
          }
        }
        await expectSameGrids(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      }),
      { numRuns: 8 },
    );
  });
});
