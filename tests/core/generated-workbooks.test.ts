/**
 * The same kinds of sheets as the layout tests, written to real .xlsx files with ExcelJS, loaded back and
 * converted by readGrids, so the adapter and the engine are tested together.
 */
import * as ExcelJS from "exceljs";
import type { Grid } from "../../src/core/grid/grid";
import { RULE_IDS, type SheetReport } from "../../src/core/types";
import { readGrids } from "../helpers/exceljs-read";
import { audit, cells, grid, placedAt, textOf, workbookGrid, workbookGrids, type SheetSpec } from "../helpers/grid";
import { changed, CLEAN_INDICATORS, FORM_INDICATORS, indicators, lineItems, PROSE, selfEvaluationForm, type LineItem } from "../helpers/sheets";

const ALL = { rules: [...RULE_IDS] };

const item = (name: string, budget: unknown, actual: unknown, rate: unknown, status: unknown = "完成", note: unknown = "有说明"): LineItem =>
  ({ name, budget, actual, rate, status, note }) as LineItem;

/** Audits a spec through ExcelJS and directly, and checks both paths agree before returning the workbook one. */
async function bothWays(spec: SheetSpec, options = ALL): Promise<SheetReport> {
  const viaFile = audit(await workbookGrid(spec), options);
  const direct = audit(grid({ ...spec, sheet: spec.sheet ?? "Sheet1" }), options);
  expect(viaFile.findings).toEqual(direct.findings);
  expect(viaFile.layout).toBe(direct.layout);
  expect(viaFile.blocks).toEqual(direct.blocks);
  return viaFile;
}

describe("generated workbooks: ExcelJS → readGrids → runAudit", () => {
  it("a line-item table with a merged title, a unit note, 0.00 and 0.00% formats, and 合计 in 序号", async () => {
    const spec = lineItems(
      [
        item("非煤矿山安全监管费用", 17, 13, 0.7647),
        item("春节烟花爆竹安全监管费", 10, 5, 0.5),
        item("安全执法服装购置", 132, 0, 0, "未完成", "标准未下发"),
        { name: "合计", labelInSeq: true, budget: 159, actual: 18.01, rate: 0.1133 },
      ],
      { title: "2019年度项目支出执行情况", unit: "单位：万元", sheet: "项目支出明细" },
    );
    const report = await bothWays(spec);
    expect(report.sheet).toBe("项目支出明细");
    expect(cells(report.findings)).toEqual([
      "E5 low-execution",
      "E6 low-execution",
      "F6 unmet-target.declared",
      "D7 total-mismatch.amount",
    ]);
  });

  it("the rounding edge survives the file: 1465.45 vs 1465.44 at 0.00 is a finding, vs 1465.446 is not", async () => {
    const off = lineItems([item("甲", 1000, 1000, 1), item("乙", 940, 465.44, 0.4951), { name: "合计", labelInSeq: true, budget: 1940, actual: 1465.45, rate: 0.7554 }]);
    expect(cells((await bothWays(off)).findings).filter((c) => c.includes("total"))).toEqual(["D4 total-mismatch.amount"]);
    const ok = lineItems([item("甲", 1000, 1000.003, 1), item("乙", 940, 465.443, 0.4952), { name: "合计", labelInSeq: true, budget: 1940, actual: 1465.45, rate: 0.7554 }]);
    expect(cells((await bothWays(ok)).findings).filter((c) => c.includes("total"))).toEqual([]);
  });

  it("amounts stored as text: separators, full-width digits, percentages as text", async () => {
    const spec = lineItems([item("甲", "1,940.00", "1,465.44", "75.54%"), item("乙", "１２３", "１００", "81.30%"), { name: "合计", labelInSeq: true, budget: "2,063.00", actual: "1,565.45" }], {
      amountFormat: null,
      rateFormat: null,
    });
    const report = await bothWays(spec);
    // 1940 + 123 = 2063 agrees; 1465.44 + 100 = 1565.44, not the stated "1,565.45".
    expect(cells(report.findings)).toEqual(["D4 total-mismatch.amount"]);
    expect(textOf(report.findings[0])).toContain("1565.44");
  });

  it("元 against 万元 amounts is a unit mismatch and nothing else", async () => {
    const spec = lineItems([item("甲", 100, "950000元", null), item("乙", 50, 45, 0.9), { name: "合计", labelInSeq: true, budget: 150, actual: 140 }], { unit: "单位：万元" });
    expect(cells((await bothWays(spec)).findings)).toEqual(["D3 unit-mismatch.amount"]);
  });

  it("error values in value cells: no crash, no false alarm", async () => {
    const spec = lineItems([
      item("甲", { error: "#DIV/0!" }, 5, { error: "#DIV/0!" }),
      item("乙", 10, { error: "#N/A" }, { error: "#N/A" }),
      item("丙", 10, 2, 0.2),
      { name: "合计", labelInSeq: true, budget: { error: "#REF!" }, actual: 7 },
    ]);
    const g = await workbookGrid(spec);
    expect(g.value(2, 3)).toEqual({ error: "#DIV/0!" });
    expect(cells((await bothWays(spec)).findings)).toEqual(["E4 low-execution"]);
  });

  it("the national form with its merged cells (项目资金 down the side, 一级/二级 merged, 总分 across)", async () => {
    const spec = selfEvaluationForm(
      { initial: 206.4, full: 206.632, actual: 172.743, rate: 0.836, score: 9.7 },
      changed({ 0: { target: "286座", actual: "253座", score: 20, note: "部分矿山停产" } }, FORM_INDICATORS),
      { total: { weight: 100, score: 99.7 }, sheet: "项目支出绩效自评表" },
    );
    const g = await workbookGrid(spec);
    expect(g.merges.length).toBe(spec.merges?.length);
    expect(g.value(14, 2)).toBe("产出指标"); // B14 is inside the merged 一级 label
    const report = await bothWays(spec);
    expect(report.layout).toBe("self-evaluation");
    expect(cells(report.findings)).toEqual(["I6 score-mismatch.execution", "F13 unmet-target.numeric", "H13 score-mismatch.quantitative", "H20 rule-based-total"]);
  });

  it("an indicator table placed at C7 after a title", async () => {
    const spec = placedAt(indicators(changed({ 3: { actual: "基本完成", score: 10 } }), { title: "绩效指标", total: { weight: 100, score: 100 } }), "C7");
    const report = audit(await workbookGrid(spec), ALL);
    // Title at row 7, header at row 8, the fourth indicator at row 12, 总分 at row 17.
    expect(cells(report.findings)).toEqual(["G12 unmet-target.partial", "I12 score-mismatch.qualitative", "J12 missing-explanation.unmet", "I17 rule-based-total"]);
    // The direct Grid starts at C7; the file's Grid starts at A1 with empty rows and columns before.
    expect(report.findings).toEqual(audit(spec, ALL).findings);
  });

  it("English headers", async () => {
    const spec: SheetSpec = {
      rows: [
        ["Line item", "Budget", "Actual", "Execution rate", "Target met", "Notes"],
        ["Inspections", 100, 50, 0.5, "No", null],
        ["Training", 100, 100, 1, "Yes", null],
        ["Total", 200, 150, 0.75, null, null],
      ],
      formats: { "D2:D4": "0.00%" },
    };
    const report = await bothWays(spec);
    expect(report.layout).toBe("line-items");
    expect(cells(report.findings)).toEqual(["D2 low-execution", "E2 unmet-target.declared", "F2 missing-explanation.unmet"]);
  });

  it("the provincial variant with split operator | value | unit columns", async () => {
    const spec: SheetSpec = {
      rows: [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "权重", "得分", "未完成原因分析"],
        ["产出指标", "数量指标", "检查矿山数量", "≥", 286, "座", 253, 30, 30, null],
        [null, "成本指标", "排查服务费", "≤", 206.4, "万元", 172.743, 20, 20, null],
        ["效益指标", "社会效益指标", "较大事故起数", "≤", 0, "起", 0, 30, 30, null],
        ["满意度指标", "满意度", "满意度", "≥", 90, "%", 96, 10, 10, null],
        ["预算执行", "预算执行率", "预算执行率", "=", 100, "%", "—", 10, 10, null],
      ],
      merges: ["A2:A3"],
    };
    const report = await bothWays(spec);
    expect(cells(report.findings)).toEqual(["G2 unmet-target.numeric", "I2 score-mismatch.quantitative", "J2 missing-explanation.unmet"]);
    expect(textOf(report.findings[1])).toContain("26.54"); // 30 × 253 ÷ 286
  });

  it("an empty sheet and a prose-only sheet in the same workbook", async () => {
    const [empty, prose, table] = await workbookGrids([{ rows: [], sheet: "空白" }, { ...PROSE, sheet: "自评报告" }, { ...indicators(CLEAN_INDICATORS), sheet: "指标" }]);
    const reports = [empty, prose, table].map((g) => audit(g as Grid, ALL));
    expect(reports.map((r) => [r.sheet, r.layout, r.findings.length])).toEqual([
      ["空白", "empty", 0],
      ["自评报告", "unrecognised", 0],
      ["指标", "indicators", 0],
    ]);
  });

  it("formulas: totals with cached results are audited on the cached value", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("公式");
    ws.addRow(["序号", "项目名称", "预算数", "执行数", "执行率"]);
    ws.addRow([1, "甲", 100, 60, { formula: "D2/C2", result: 0.6 }]);
    ws.addRow([2, "乙", 100, 30, { formula: "D3/C3", result: 0.3 }]);
    ws.addRow(["合计", null, { formula: "SUM(C2:C3)", result: 200 }, { formula: "SUM(D2:D3)", result: 91 }, { formula: "D4/C4", result: 0.455 }]);
    for (const c of ["E2", "E3", "E4"]) ws.getCell(c).numFmt = "0.00%";
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const [g] = readGrids(wb2);
    // 91 is stated where the items add up to 90; the stated 45.5% agrees with the stated amounts.
    expect(cells(audit(g as Grid, ALL).findings)).toEqual(["E3 low-execution", "D4 total-mismatch.amount"]);
  });
});
