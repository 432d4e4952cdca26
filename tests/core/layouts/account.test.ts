/** The account of what was recognised, as runAudit returns it with each report (识别结果). */
import { runAudit } from "../../../src/core/audit";
import { Grid } from "../../../src/core/grid/grid";
import { DEFAULT_RULES } from "../../../src/core/rules";

const audit = (rows: unknown[][], sheet = "明细") => runAudit(new Grid({ sheet, rows: rows as never }), { rules: DEFAULT_RULES });

describe("SheetReport.account", () => {
  it("reads a long line-item table as one range of items and its total, however many rows", () => {
    const items = Array.from({ length: 5000 }, (_, i) => [`项目${i + 1}`, 100, 90]);
    const r = audit([["项目名称", "预算数", "执行数"], ...items, ["合计", 500000, 450000]]);
    expect(r.account?.blocks).toHaveLength(1);
    const block = r.account?.blocks[0];
    expect(block?.headerRows).toEqual([1]);
    expect(block?.rows).toEqual([
      { as: "item", from: 2, to: 5001 },
      { as: "total", from: 5002, to: 5002 },
    ]);
    expect(block?.columns.map((c) => [c.col, c.role])).toEqual([[1, "name"], [2, "budget"], [3, "amountActual"]]);
    // Plain data: what a Web Worker posts to the page.
    expect(structuredClone(r.account)).toEqual(r.account);
  });

  it("says which roles a header it could not read has, and lists that row's cells for assigning the rest", () => {
    const r = audit([["项目", "预算数", "花掉的钱"], ["办公费", 100, 40]]);
    expect(r.layout).toBe("unrecognised");
    expect(r.account?.unread).toHaveLength(1);
    const u = r.account?.unread[0];
    expect(u).toMatchObject({ row: 1, found: expect.arrayContaining(["budget"]), missing: ["amountActual"] });
    expect(u?.cells?.map((c) => [c.text, c.role])).toEqual([["项目", "name"], ["预算数", "budget"], ["花掉的钱", null]]);
  });

  it("offers the first text rows as candidates where no header was found", () => {
    const r = audit([["说明"], ["科目", "年度盘子", "花掉的钱"], ["办公费", 100, 40]]);
    expect(r.account?.noHeader?.lookedFor.budget).toContain("预算数");
    expect(r.account?.candidates?.map((c) => `${c.row}:${c.col}:${c.text}`)).toEqual(["2:1:科目", "2:2:年度盘子", "2:3:花掉的钱"]);
  });

  it("reads a sheet once the user assigns the roles, and says the roles came from the user", () => {
    const grid = new Grid({ sheet: "明细", rows: [["科目", "年度盘子", "花掉的钱"], ["办公费", 100, 40]] });
    const r = runAudit(grid, { rules: DEFAULT_RULES, mapping: { budget: 2, amountActual: 3 } });
    expect(r.layout).toBe("line-items");
    expect(r.account?.blocks[0]?.columns.filter((c) => c.mapped).map((c) => c.role)).toEqual(["budget", "amountActual"]);
    expect(r.findings.map((f) => f.rule)).toContain("low-execution");
  });

  it("reads past a column the user says is not audited, and lists it as the user's", () => {
    const rows = [["项目名称", "预算数", "执行数", "执行率"], ["办公费", 100, 90, 0.5]];
    const before = runAudit(new Grid({ sheet: "明细", rows }), { rules: DEFAULT_RULES });
    expect(before.findings.map((f) => f.rule)).toContain("rate-mismatch");
    const after = runAudit(new Grid({ sheet: "明细", rows }), { rules: DEFAULT_RULES, mapping: { ignored: [4] } });
    expect(after.findings.map((f) => f.rule)).not.toContain("rate-mismatch");
    expect(after.account?.blocks[0]?.columns.find((c) => c.col === 4)).toMatchObject({ role: null, mapped: true });
  });
});
