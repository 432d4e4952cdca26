import { runAudit } from "../../src/core/audit";
import { ruleTitle } from "../../src/core/messages";
import { DEFAULT_RULES } from "../../src/core/rules";
import { amount, rate, RULE_IDS, type Finding } from "../../src/core/types";
import { createExcelHost } from "../../src/excel/host";
import { resultRow, RESULT_COLUMNS } from "../../src/host";
import { cellKey, makeSheet, makeWorkbook, sheetOf } from "./fake-excel";
import { fixtureWorkbook } from "./fixtures";
import { installExcel, uninstallExcel } from "./install";

afterEach(uninstallExcel);

function finding(sheet: string, cell: string, row: number, column: number, severity: Finding["severity"], extra: Partial<Finding> = {}): Finding {
  return { rule: "low-execution", severity, sheet, cell, row, column, code: "low-execution", params: { item: `项目 ${cell}`, rate: 0.45, threshold: 0.6 }, ...extra } as Finding;
}

/** host's ARGB fills as Office.js takes them. */
const FILL = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;

const FINDINGS: Finding[] = [
  finding("项目 明细", "D44", 44, 4, "error", { expected: rate(0.6, 0), actual: amount(8.35993456966975, 2) }),
  finding("O'Brien", "E5", 5, 5, "warning"),
  finding("2019", "B2", 2, 2, "info"),
];

describe("exportFindings", () => {
  it("writes 审核结果 with a header, one row per finding and a link to each cell, in 2 syncs", async () => {
    const data = makeWorkbook([makeSheet("项目 明细", [[1]]), makeSheet("O'Brien", [[1]]), makeSheet("2019", [[1]])]);
    const fake = installExcel(data);
    await createExcelHost().exportFindings(FINDINGS, "zh-CN");
    expect(data.sheets.map((x) => x.name)).toContain("审核结果");
    expect(fake.stats.syncs).toBe(2);
    const s = sheetOf(data, "审核结果");
    expect(s.values[0]).toEqual(["工作表", "单元格", "严重程度", "规则", "问题说明", "期望值", "实际值"]);
    // The rule's title, the rendered message, and figures in the cell's precision, all as text.
    expect(s.values[1]).toEqual(["项目 明细", "D44", "错误", "执行率过低", "「项目 D44」预算执行率为 45%，低于 60%", "60%", "8.36"]);
    const r = resultRow(FINDINGS[0] as Finding, "zh-CN");
    expect(s.values[1]).toEqual(RESULT_COLUMNS.map((c) => r[c]));
    expect(s.formats[1]).toEqual(RESULT_COLUMNS.map(() => "@"));
    // Sheet names that look like numbers stay text; the cell column shows the address.
    expect(s.values[3]?.slice(0, 3)).toEqual(["2019", "B2", "提示"]);
    expect(s.formats[3]?.[0]).toBe("@");
    expect(s.hyperlinks.get(cellKey(2, 2))).toEqual({ documentReference: "'项目 明细'!D44", textToDisplay: "D44" });
    expect(s.hyperlinks.get(cellKey(3, 2))).toEqual({ documentReference: "'O''Brien'!E5", textToDisplay: "E5" });
    expect(s.fills.get(cellKey(2, 3))?.color).toBe(FILL.error);
    expect(s.fills.get(cellKey(3, 3))?.color).toBe(FILL.warning);
    expect(s.frozenRows).toBe(1);
    expect(data.active).toBe("审核结果");
    // Values are written to the results sheet only.
    expect(data.writes.filter((w) => w.property === "values").every((w) => w.sheet === "审核结果")).toBe(true);
  });

  it("never replaces an earlier results sheet: the next is 审核结果 (2); English names it Audit results", async () => {
    const data = makeWorkbook([makeSheet("项目 明细", [[1]])]);
    installExcel(data);
    const host = createExcelHost();
    await host.exportFindings(FINDINGS.slice(0, 1), "zh-CN");
    await host.exportFindings(FINDINGS.slice(0, 1), "zh-CN");
    await host.exportFindings(FINDINGS.slice(0, 1), "en-US");
    expect(data.sheets.map((s) => s.name)).toEqual(["项目 明细", "审核结果", "审核结果 (2)", "Audit results"]);
    expect(sheetOf(data, "Audit results").values[1]?.slice(2, 4)).toEqual(["error", "Low execution rate"]);
  });

  it("says so when there is nothing to export", async () => {
    const data = makeWorkbook([makeSheet("S", [[1]])]);
    installExcel(data);
    await createExcelHost().exportFindings([], "en-US");
    expect(sheetOf(data, "Audit results").values[1]?.[0]).toBe("No problems found.");
  });

  it("keeps the same 2 syncs for 10 and 5,000 findings within the payload budget", async () => {
    const counts: number[] = [];
    for (const n of [10, 5000]) {
      const data = makeWorkbook([makeSheet("S", [[1]])]);
      const fake = installExcel(data);
      const many = Array.from({ length: n }, (_, i) => finding("S", `A${i + 1}`, i + 1, 1, i % 3 === 0 ? "error" : "warning"));
      await createExcelHost().exportFindings(many, "zh-CN");
      expect(sheetOf(data, "审核结果").values.length).toBe(n + 1);
      counts.push(fake.stats.syncs);
    }
    expect(counts).toEqual([2, 2]);
  });

  it("refuses a workbook whose structure is protected with protected", async () => {
    const data = makeWorkbook([makeSheet("S", [[1]])]);
    data.structureProtected = true;
    installExcel(data);
    await expect(createExcelHost().exportFindings(FINDINGS, "zh-CN")).rejects.toMatchObject({ code: "protected" });
    expect(data.sheets.length).toBe(1);
  });
});

describe("exportFindings: the Chengde fixture, read and exported through Excel", () => {
  it("shows rule titles and the expected execution score as the cell shows it (8.36)", async () => {
    const data = await fixtureWorkbook("chengde-2019-mine-inspection.xlsx");
    installExcel(data);
    const host = createExcelHost();
    const grids = await host.readGrids("workbook", () => undefined, new AbortController().signal);
    const findings = grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
    await host.exportFindings(findings, "zh-CN");
    const rows = sheetOf(data, "审核结果").values;
    const col = (name: (typeof RESULT_COLUMNS)[number]): number => RESULT_COLUMNS.indexOf(name);
    const rules = new Set(rows.slice(1).map((r) => r[col("rule")]));
    // The book's titles, in Chinese, never the rule ids.
    expect(rules).toContain(ruleTitle("score-mismatch", "zh-CN"));
    expect(ruleTitle("score-mismatch", "zh-CN")).toMatch(/^[\u4e00-\u9fff]+$/);
    for (const id of RULE_IDS) expect(rules).not.toContain(id);
    const i6 = rows.find((r) => r[col("cell")] === "I6" && r[col("rule")] === ruleTitle("score-mismatch", "zh-CN"));
    expect(i6?.[col("expected")]).toBe("8.36");
    // No raw float anywhere: every figure is rounded as its cell displays it.
    for (const r of rows) for (const v of r) expect(String(v)).not.toMatch(/\d\.\d{5,}/);
  });
});
