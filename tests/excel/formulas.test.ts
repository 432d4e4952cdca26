/** The Excel adapter reads what the formula rules need, in the same syncs as the values, and never writes a formula. */
import { runAudit } from "../../src/core/audit";
import { DEFAULT_RULES } from "../../src/core/rules";
import { createExcelHost } from "../../src/excel/host";
import { BACKUP_SHEET } from "../../src/excel/sheets";
import { cellKey, makeSheet, makeWorkbook, sheetOf } from "./fake-excel";
import { installExcel, uninstallExcel } from "./install";
import { formulaLineItemSheet, LINE_ITEM_SHEET } from "./workbooks";

afterEach(uninstallExcel);

const never = new AbortController().signal;
const noProgress = (): void => undefined;

describe("readGrids: formulas, hidden rows and columns, calculation mode", () => {
  it("takes the same number of syncs for 100 and 10,000 rows with formulas (2 for the active sheet, 3 for the workbook)", async () => {
    const counts: number[] = [];
    for (const rows of [100, 10_000]) {
      const fake = installExcel(makeWorkbook([formulaLineItemSheet(rows)]));
      const [g] = await createExcelHost().readGrids("sheet", noProgress, never);
      expect(g?.formula(rows + 3, 5)).toBe(`=D${rows + 3}/C${rows + 3}`);
      counts.push(fake.stats.syncs);
      const whole = installExcel(makeWorkbook([formulaLineItemSheet(rows, { name: "甲" }), formulaLineItemSheet(rows, { name: "乙" })]), { platform: "PC" });
      await createExcelHost().readGrids("workbook", noProgress, never);
      counts.push(whole.stats.syncs);
    }
    expect(counts).toEqual([2, 3, 2, 3]);
  });

  it("gives the Grid formulas (constants have none), hidden rows and columns, visibility and the calculation mode", async () => {
    const sheet = formulaLineItemSheet(10);
    sheet.hiddenRows.add(6);
    sheet.hiddenCols.add(7);
    const data = makeWorkbook([sheet, makeSheet("说明", [["附注"]])]);
    data.calculationMode = "Manual";
    installExcel(data);
    const grids = await createExcelHost().readGrids("workbook", noProgress, never);
    const g = grids[0]!;
    expect(g.hasFormulas).toBe(true);
    expect(g.formula(4, 5)).toBe("=D4/C4");
    expect(g.formula(4, 3)).toBeUndefined();
    expect(g.formula(14, 4)).toBe("=SUM(D4:D13)");
    expect(g.isRowHidden(6)).toBe(true);
    expect(g.isRowHidden(7)).toBe(false);
    expect(g.isColHidden(7)).toBe(true);
    expect(g.visibility).toBe("visible");
    expect(g.workbook).toMatchObject({ calcMode: "manual", firstSheet: LINE_ITEM_SHEET });
    expect(grids[1]!.hasFormulas).toBe(false);
    expect(grids[1]!.workbook).toBe(g.workbook);
  });

  it("the audit of what Excel gave finds the short SUM and says once that calculation is manual", async () => {
    const data = makeWorkbook([formulaLineItemSheet(20, { shortBy: 1 }), makeSheet("说明", [["附注"]])]);
    data.calculationMode = "Manual";
    installExcel(data);
    const grids = await createExcelHost().readGrids("workbook", noProgress, never);
    const findings = grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
    expect(findings.filter((f) => f.rule === "short-sum").map((f) => [f.cell, f.params])).toEqual([["D24", { item: "合计", formula: "=SUM(D4:D22)", rows: [23] }]]);
    expect(findings.filter((f) => f.code === "stale-values.manual").map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${LINE_ITEM_SHEET}!A1`]);
  });

  it("highlighting findings on formula cells and clearing them never writes a value or a formula", async () => {
    const data = makeWorkbook([formulaLineItemSheet(30, { shortBy: 2 })]);
    installExcel(data);
    const host = createExcelHost();
    const grids = await host.readGrids("workbook", noProgress, never);
    const findings = grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
    expect(findings.some((f) => f.rule === "short-sum")).toBe(true);
    const before = new Map(sheetOf(data, LINE_ITEM_SHEET).formulas);
    await host.highlight(findings, "zh-CN");
    await host.clearHighlights();
    const touched = data.writes.filter((w) => w.sheet !== BACKUP_SHEET).map((w) => w.property);
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.filter((p) => !p.startsWith("format.") && !p.startsWith("note."))).toEqual([]);
    expect(sheetOf(data, LINE_ITEM_SHEET).formulas).toEqual(before);
    expect(sheetOf(data, LINE_ITEM_SHEET).formulas.get(cellKey(34, 4))).toBe("=SUM(D4:D31)");
  });
});
