import { a1, parseA1 } from "../../../src/core/grid/grid";
import type { AmountBlock } from "../../../src/core/layouts/blocks";
import { detectBlocks } from "../../../src/core/layouts/detect";
import { audit, cells, findingsOf, grid, padded, placedAt, type SheetSpec } from "../../helpers/grid";
import { lineItems, type LineItem } from "../../helpers/sheets";

const item = (name: string, budget: unknown, actual: unknown, rate: unknown, status: unknown = "完成", note: unknown = "有说明"): LineItem =>
  ({ name, budget, actual, rate, status, note }) as LineItem;

/** A table with a finding of each line-item kind: low execution (row 2), a wrong rate (row 3) and a wrong total (row 4). */
const TABLE: SheetSpec = lineItems([item("甲", 100, 50, 0.5), item("乙", 100, 100, 0.9), { name: "合计", labelInSeq: true, budget: 200, actual: 160, rate: 0.75 }]);
const TABLE_FINDINGS = ["E2 low-execution", "E3 rate-mismatch", "D4 total-mismatch.amount", "E4 rate-mismatch"];

function amountBlock(spec: SheetSpec): AmountBlock {
  const model = detectBlocks(grid(spec));
  expect(model.blocks).toHaveLength(1);
  const b = model.blocks[0] as AmountBlock;
  expect(b.kind).toBe("line-items");
  return b;
}

/** Moves every A1 address in `cell code` strings by whole rows and columns. */
const shifted = (list: string[], rows: number, cols: number): string[] =>
  list.map((s) => {
    const [cell, code] = s.split(" ") as [string, string];
    const p = parseA1(cell) as { row: number; col: number };
    return `${a1(p.row + rows, p.col + cols)} ${code}`;
  });

describe("line-item table (明细表): recognised by header words, never by address", () => {
  it("header at row 1", () => {
    expect(cells(audit(TABLE).findings)).toEqual(TABLE_FINDINGS);
    expect(audit(TABLE).layout).toBe("line-items");
  });

  it.each(["A7", "C1", "C7", "F20"])("the same table placed at %s gives the same findings, moved", (at) => {
    const p = parseA1(at) as { row: number; col: number };
    const moved = placedAt(TABLE, at);
    const expected = shifted(TABLE_FINDINGS, p.row - 1, p.col - 1);
    // As Office.js gives it (a used range starting at `at`) and as ExcelJS gives it (padded from A1).
    expect(cells(audit(moved).findings)).toEqual(expected);
    expect(cells(audit(padded(moved)).findings)).toEqual(expected);
    expect(audit(moved).blocks[0]?.headerRow).toBe(p.row);
  });

  it("under a merged title and a unit note (header at row 3), and under six rows of preamble (header at row 7)", () => {
    const spec = lineItems([item("甲", 100, 50, 0.5)], { title: "2019年度项目支出执行情况", unit: "单位：万元" });
    expect(spec.headerRow).toBe(3);
    expect(cells(audit(spec).findings)).toEqual(["E4 low-execution"]);
    expect(amountBlock(spec).unit).toBe("万元");

    const preamble: SheetSpec = {
      rows: [
        ["2019年度安全生产专项资金项目支出执行情况表"],
        ["填报单位：市应急管理局"],
        ["填报日期：2020年3月"],
        [],
        ["说明：本表反映年度预算执行情况。"],
        [null, null, null, null, null, null, "金额单位：元"],
        ["序号", "项目名称", "预算数", "执行数", "执行率", "绩效目标完成情况", "情况说明"],
        [1, "甲", 100000, 50000, 0.5, "完成", "x"],
      ],
      merges: ["A1:G1", "A2:G2"],
      formats: { E8: "0.00%" },
    };
    expect(amountBlock(preamble)).toMatchObject({ headerRow: 7, unit: "元" });
    expect(cells(audit(preamble).findings)).toEqual(["E8 low-execution"]);
  });

  it("other header words: 预算收入 | 实际支出 | 预算执行率, and 调整后预算数 | 支出数", () => {
    const a = { rows: [["序号", "项目名称", "预算收入", "实际支出", "预算执行率"], [1, "甲", 17, 13, 0.7647]], formats: { E2: "0.00%" } };
    expect(amountBlock(a).columns).toMatchObject({ seq: 1, name: 2, budget: 3, amountActual: 4, rate: 5 });
    expect(audit(a).findings).toEqual([]);
    const b = { rows: [["项目", "调整后预算数", "支出数"], ["甲", 10, 4]] };
    expect(amountBlock(b).columns).toMatchObject({ name: 1, fullBudget: 2, amountActual: 3 });
    expect(cells(audit(b).findings)).toEqual(["C2 low-execution"]);
  });

  it("with both 年初预算数 and 全年预算数, the rate is on the full-year budget", () => {
    const spec = { rows: [["项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["甲", 80, 100, 70, 0.7], ["乙", 100, 100, 70, 0.875]], formats: { "E2:E3": "0.00%" } };
    expect(cells(audit(spec).findings)).toEqual(["E3 rate-mismatch"]);
  });

  describe("category rows, subtotals and totals", () => {
    const grouped = (subtotal: number, total: number, group2 = 60): SheetSpec =>
      lineItems(
        [
          { name: "一、执法检查", noSeq: true },
          item("甲", 100, 95, 0.95),
          item("乙", 50, 50, 1),
          { name: "小计", noSeq: true, budget: subtotal, actual: 145 },
          { name: "二、宣传教育", noSeq: true, budget: group2, actual: 58 },
          { name: "（一）媒体合作", noSeq: true },
          item("丙", 40, 40, 1),
          { name: "（二）活动", noSeq: true },
          item("丁", 20, 18, 0.9),
          { name: "合计", labelInSeq: true, budget: total, actual: 203 },
        ],
        { title: "明细表", unit: "单位：万元" },
      );

    it("reads each row's kind; category rows without numbers carry none", () => {
      const b = amountBlock(grouped(150, 210));
      expect(b.rows.map((r) => [r.row, r.kind, r.name])).toEqual([
        [4, "category", "一、执法检查"],
        [5, "item", "甲"],
        [6, "item", "乙"],
        [7, "subtotal", "小计"],
        [8, "category", "二、宣传教育"],
        [9, "category", "（一）媒体合作"],
        [10, "item", "丙"],
        [11, "category", "（二）活动"],
        [12, "item", "丁"],
        [13, "total", "合计"],
      ]);
      expect(b.rows.find((r) => r.row === 4)).toMatchObject({ budget: null, actual: null });
    });

    it("a clean grouped table has no findings", () => {
      expect(audit(grouped(150, 210)).findings).toEqual([]);
    });

    it("a wrong subtotal is reported at the subtotal; a grand total that agrees with the items is not", () => {
      expect(cells(audit(grouped(160, 210)).findings)).toEqual(["C7 total-mismatch.amount"]);
    });

    it("a wrong grand total is reported at the total", () => {
      expect(cells(audit(grouped(150, 220)).findings)).toEqual(["C13 total-mismatch.amount"]);
    });

    it("a category's group sums cover its sub-categories (二、 over （一） and （二）)", () => {
      expect(cells(audit(grouped(150, 210, 61)).findings)).toEqual(["C8 total-mismatch.amount"]);
    });

    it("sub-category rows with their own sums are checked against their own items", () => {
      const spec = lineItems([
        { name: "一、培训", noSeq: true, budget: 30, actual: 30 },
        { name: "（一）执法培训", noSeq: true, budget: 10, actual: 10 },
        item("甲", 10, 10, 1),
        { name: "（二）新员工培训", noSeq: true, budget: 21, actual: 20 },
        item("乙", 20, 20, 1),
        { name: "合计", labelInSeq: true, budget: 30, actual: 30 },
      ]);
      expect(cells(audit(spec).findings)).toEqual(["C5 total-mismatch.amount"]);
    });

    it("合计 in the 序号 column is the total row (and its label is found there)", () => {
      const b = amountBlock(grouped(150, 210));
      expect(b.rows.at(-1)).toMatchObject({ kind: "total", name: "合计", nameCol: 1 });
    });

    it("总计 and Total are totals too", () => {
      for (const label of ["总计", "Total", "合 计"]) {
        const spec = lineItems([item("甲", 10, 10, 1), { name: label, noSeq: true, budget: 11, actual: 10 }]);
        expect(cells(findingsOf("total-mismatch", spec))).toEqual(["C3 total-mismatch.amount"]);
      }
    });
  });

  describe("status and explanation columns", () => {
    it("reads 绩效目标完成情况 and 情况说明", () => {
      const spec = lineItems([item("甲", 10, 0, 0, "未完成", "标准未下发"), item("乙", 10, 8, 0.8, "完成", null)]);
      const b = amountBlock(spec);
      expect(b.rows.map((r) => [r.status, r.explanation])).toEqual([
        ["未完成", "标准未下发"],
        ["完成", ""],
      ]);
      expect(cells(audit(spec).findings)).toEqual(["E2 low-execution", "F2 unmet-target.declared", "G3 missing-explanation.low-rate"]);
    });

    it.each(["原因", "备注", "未完成原因"])("%p is an explanation column", (word) => {
      const spec = { rows: [["项目名称", "预算数", "执行数", "完成情况", word], ["甲", 10, 10, "未完成", null]] };
      expect(cells(audit(spec).findings)).toEqual(["D2 unmet-target.declared", "E2 missing-explanation.unmet"]);
    });

    it("without those columns there is nothing to declare or explain", () => {
      const spec = { rows: [["项目名称", "预算数", "执行数"], ["甲", 10, 7]] };
      const b = amountBlock(spec);
      expect(b.rows[0]).toMatchObject({ status: "", explanation: null });
      expect(audit(spec).findings).toEqual([]);
    });
  });

  describe("values as people type them", () => {
    it("amounts as text with separators, full-width digits and a currency sign", () => {
      const spec = lineItems([item("甲", "1,940.00", "1,465.44", "75.54%"), item("乙", "１２３", "１２３", "100%"), item("丙", "¥1,000", "¥600", "60%")], { amountFormat: null, rateFormat: null });
      const b = amountBlock(spec);
      expect(b.rows.map((r) => [r.budget?.value, r.actual?.value, r.rate?.value])).toEqual([
        [1940, 1465.44, 0.7554],
        [123, 123, 1],
        [1000, 600, 0.6],
      ]);
      expect(audit(spec).findings).toEqual([]);
    });

    it("元 against a 万元 table is a unit mismatch, not a number to compute with", () => {
      const spec = lineItems([item("甲", 100, "950000元", null), item("乙", 50, 45, 0.9)], { unit: "单位：万元" });
      expect(cells(audit(spec).findings)).toEqual(["D3 unit-mismatch.amount"]);
    });

    it("error values in value cells: no crash, no false alarm, the rest of the table still checked", () => {
      const spec = lineItems([
        item("甲", { error: "#DIV/0!" }, 5, { error: "#DIV/0!" }),
        item("乙", 10, { error: "#N/A" }, { error: "#N/A" }),
        item("丙", 10, 2, 0.2),
        { name: "合计", labelInSeq: true, budget: { error: "#REF!" }, actual: { error: "#REF!" }, rate: { error: "#REF!" } },
      ]);
      expect(cells(audit(spec).findings)).toEqual(["E4 low-execution"]);
    });

    it("rows of —, / and prose inside the table are skipped", () => {
      const spec = lineItems([item("甲", 10, 10, 1), { name: "以下无数据", noSeq: true, budget: "—", actual: "/", rate: "*" }, item("乙", 10, 10, 1)]);
      expect(amountBlock(spec).rows.map((r) => r.name)).toEqual(["甲", "乙"]);
      expect(audit(spec).findings).toEqual([]);
    });
  });
});
