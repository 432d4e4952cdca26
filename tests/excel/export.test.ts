import type { Finding } from "../../src/core/types";
import { createExcelHost } from "../../src/excel/host";
import { SEVERITY_FILL } from "../../src/excel/highlight";
import { cellKey, makeSheet, makeWorkbook, sheetOf } from "./fake-excel";
import { installExcel, uninstallExcel } from "./install";

afterEach(uninstallExcel);

function finding(sheet: string, cell: string, row: number, column: number, severity: Finding["severity"], extra: Partial<Finding> = {}): Finding {
  return { rule: "low-execution", severity, sheet, cell, row, column, code: "low-execution", params: {}, message: `执行率低 ${cell}`, ...extra };
}

const FINDINGS: Finding[] = [
  finding("项目 明细", "D44", 44, 4, "error", { expected: 0.9, actual: "45%" }),
  finding("O'Brien", "E5", 5, 5, "warning"),
  finding("2019", "B2", 2, 2, "info"),
];

describe("exportFindings", () => {
  it("writes 审核结果 with a header, one row per finding and a link to each cell, in 2 syncs", async () => {
    const data = makeWorkbook([makeSheet("项目 明细", [[1]]), makeSheet("O'Brien", [[1]]), makeSheet("2019", [[1]])]);
    const fake = installExcel(data);
    const name = await createExcelHost().exportFindingsToSheet(FINDINGS, "zh-CN");
    expect(name).toBe("审核结果");
    expect(fake.stats.syncs).toBe(2);
    const s = sheetOf(data, "审核结果");
    expect(s.values[0]).toEqual(["工作表", "单元格", "严重程度", "规则", "信息", "期望值", "实际值"]);
    expect(s.values[1]).toEqual(["项目 明细", "D44", "错误", "low-execution", "执行率低 D44", 0.9, "45%"]);
    // Sheet names that look like numbers stay text; the cell column shows the address.
    expect(s.values[3]?.slice(0, 3)).toEqual(["2019", "B2", "提示"]);
    expect(s.formats[3]?.[0]).toBe("@");
    expect(s.hyperlinks.get(cellKey(2, 2))).toEqual({ documentReference: "'项目 明细'!D44", textToDisplay: "D44" });
    expect(s.hyperlinks.get(cellKey(3, 2))).toEqual({ documentReference: "'O''Brien'!E5", textToDisplay: "E5" });
    expect(s.fills.get(cellKey(2, 3))?.color).toBe(SEVERITY_FILL.error);
    expect(s.fills.get(cellKey(3, 3))?.color).toBe(SEVERITY_FILL.warning);
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
    expect(sheetOf(data, "Audit results").values[1]?.slice(2, 3)).toEqual(["error"]);
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
