import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, indicators, lineItems, type LineItem } from "../../helpers/sheets";

const RULE = "unit-mismatch";

const item = (name: string, budget: unknown, actual: unknown): LineItem => ({ name, budget, actual, rate: null, status: "完成", note: "x" }) as LineItem;

describe("unit-mismatch", () => {
  describe("finds the problem", () => {
    it("a % target against a count: a warning at the actual, quoting both, never converted", () => {
      const spec = indicators(changed({ 6: { target: "≥90%", actual: "45个" } }));
      expectFinding(RULE, spec, { cell: "E8", severity: "warning", code: "unit-mismatch", mentions: ["≥90%", "45个"] });
      // It is not scored either: no score-mismatch or unmet-target guessed from the numbers.
      expect(findingsOf("score-mismatch", spec)).toEqual([]);
      expect(findingsOf("unmet-target", spec)).toEqual([]);
    });

    it("万元 against 元 in an indicator", () => {
      const spec = indicators(changed({ 2: { target: "≤206.4万元", actual: "1727430元" } }));
      expectFinding(RULE, spec, { cell: "E4", severity: "warning", mentions: ["≤206.4万元", "1727430元"] });
    });

    it("an amount written in 元 in a table whose unit note says 万元", () => {
      const spec = lineItems([item("甲", 100, "950000元"), item("乙", 50, 50)], { unit: "单位：万元" });
      expectFinding(RULE, spec, { cell: "D3", severity: "warning", mentions: ["万元", "950000元"] });
      expect(cells(findingsOf(RULE, spec))).toEqual(["D3 unit-mismatch.amount"]);
    });

    it("the table's unit may come from the header: 预算数（万元）", () => {
      const spec = { rows: [["项目名称", "预算数（万元）", "执行数（万元）"], ["甲", "1,940元", 1000]] };
      expectFinding(RULE, spec, { cell: "B2", severity: "warning", mentions: ["1940元"] });
    });

    it("金额单位：元 against an amount in 万元", () => {
      const spec = lineItems([item("甲", "20万元", 150000)], { unit: "金额单位：元" });
      expect(cells(findingsOf(RULE, spec))).toEqual(["C3 unit-mismatch.amount"]);
    });
  });

  describe("stays silent on clean data", () => {
    it("same units, or a bare number next to a unit", () => {
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS))).toEqual([]);
      expect(findingsOf(RULE, indicators(changed({ 0: { target: "≥4座", actual: 4 }, 6: { target: "≥90%", actual: 95 } })))).toEqual([]);
      const spec = lineItems([item("甲", "100万元", 90), item("乙", 50, "45万元")], { unit: "单位：万元" });
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a table with no stated unit has nothing to disagree with", () => {
      expect(findingsOf(RULE, lineItems([item("甲", "100万元", 90)]))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("—, /, error values and prose are not units", () => {
      const spec = lineItems([item("甲", "—", "/"), item("乙", { error: "#N/A" }, "见附件"), item("丙", 10, 5)], { unit: "单位：万元" });
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(findingsOf(RULE, spec)).toEqual([]);
      const ind = indicators(changed({ 6: { actual: "—" }, 0: { actual: { error: "#VALUE!" } }, 1: { actual: "按计划完成" } }));
      expect(findingsOf(RULE, ind)).toEqual([]);
    });
  });

  describe("the edge", () => {
    it("full-width ％ is the same unit as %", () => {
      expect(findingsOf(RULE, indicators(changed({ 6: { target: "≥90％", actual: "95%" } })))).toEqual([]);
    });

    it("an amount in 元 in a 万元 table is not compared against its budget either (no over-budget guessed)", () => {
      const spec = lineItems([item("甲", 100, "950000元")], { unit: "单位：万元" });
      expect(findingsOf("over-budget", spec)).toEqual([]);
      expect(findingsOf("low-execution", spec)).toEqual([]);
      expect(findingsOf("rate-mismatch", lineItems([{ ...item("甲", 100, "950000元"), rate: 0.95 }], { unit: "单位：万元" }))).toEqual([]);
    });

    it("nor added into a total as if it were 万元 (no cascade of total-mismatch)", () => {
      const spec = lineItems([item("甲", 100, "950000元"), item("乙", 50, 50), { name: "合计", labelInSeq: true, budget: 150, actual: 145 }], { unit: "单位：万元" });
      expect(cells(findingsOf("unit-mismatch", spec))).toEqual(["D3 unit-mismatch.amount"]);
      expect(findingsOf("total-mismatch", spec)).toEqual([]);
      // The budget column has no clash and is still checked.
      const off = lineItems([item("甲", 100, "950000元"), item("乙", 50, 50), { name: "合计", labelInSeq: true, budget: 160, actual: 145 }], { unit: "单位：万元" });
      expect(cells(findingsOf("total-mismatch", off))).toEqual(["C5 total-mismatch.amount"]);
    });
  });
});
