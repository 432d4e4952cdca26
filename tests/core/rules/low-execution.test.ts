import { runAudit } from "../../../src/core/audit";
import { lowExecution } from "../../../src/core/rules/low-execution";
import { cells, expectFinding, findingsOf, grid, textOf } from "../../helpers/grid";
import { lineItems, selfEvaluationForm, FORM_INDICATORS } from "../../helpers/sheets";

const RULE = "low-execution";

describe("low-execution", () => {
  describe("finds the problem", () => {
    it("reports a line item below 60% at its rate cell, naming the rate and the threshold", () => {
      const spec = lineItems([
        { name: "春节烟花爆竹安全监管费", budget: 10, actual: 5, rate: 0.5, status: "完成", note: "有说明" },
        { name: "安全执法服装购置", budget: 100, actual: 100, rate: 1, status: "完成", note: "有说明" },
      ]);
      expectFinding(RULE, spec, { cell: "E2", severity: "error", code: "low-execution", mentions: ["50%", "60%", "春节烟花爆竹安全监管费"] });
      expect(cells(findingsOf(RULE, spec))).toEqual(["E2 low-execution"]);
    });

    it("reports the funds block's 年度资金总额 of the self-evaluation form, and not its sub-rows", () => {
      const spec = selfEvaluationForm({ initial: 200, full: 200, actual: 100, rate: 0.5, score: 5 }, FORM_INDICATORS, { total: { weight: 100, score: 95 } });
      expectFinding(RULE, spec, { cell: "H6", severity: "error", mentions: ["50%", "60%"] });
      expect(cells(findingsOf(RULE, spec))).toEqual(["H6 low-execution"]);
    });

    it("points at the actual when the table has no rate column", () => {
      const spec = { rows: [["项目名称", "预算数", "执行数"], ["甲", 100, 40]] };
      expectFinding(RULE, spec, { cell: "C2", severity: "error", mentions: ["40%"] });
    });

    it("uses a stated rate when there are no amounts to compute one from", () => {
      const spec = { rows: [["项目名称", "预算数", "执行数", "执行率"], ["甲", null, null, "45.5%"]] };
      expectFinding(RULE, spec, { cell: "D2", severity: "error", mentions: ["45.5%"] });
    });

    it("computes the rate from the amounts rather than trusting a wrong stated rate", () => {
      const spec = lineItems([{ name: "甲", budget: 100, actual: 30, rate: 0.9, status: "完成", note: "x" }]);
      expectFinding(RULE, spec, { cell: "E2", severity: "error", mentions: ["30%"] });
    });
  });

  describe("stays silent on clean data", () => {
    it("says nothing when every item is at or above 60%", () => {
      const spec = lineItems(
        [
          { name: "甲", budget: 17, actual: 13, rate: 0.7647, status: "完成", note: "x" },
          { name: "乙", budget: 50, actual: 50, rate: 1, status: "完成", note: "x" },
          { name: "丙", budget: 25.9, actual: 17.01, rate: 0.6568, status: "完成", note: "x" },
          { name: "合计", labelInSeq: true, budget: 92.9, actual: 80.01, rate: 0.8613 },
        ],
        { title: "2019年度项目支出明细", unit: "单位：万元" },
      );
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("does not judge subtotal, total or category rows (only items carry the rate finding)", () => {
      const spec = lineItems([
        { name: "一、宣传", noSeq: true, budget: 100, actual: 90, rate: 0.9 },
        { name: "甲", budget: 50, actual: 45, rate: 0.9, status: "完成", note: "x" },
        { name: "乙", budget: 50, actual: 45, rate: 0.9, status: "完成", note: "x" },
        { name: "小计", noSeq: true, budget: 100, actual: 90, rate: 0.9 },
        { name: "合计", labelInSeq: true, budget: 100, actual: 90, rate: 0.9 },
      ]);
      expect(findingsOf(RULE, spec)).toEqual([]);
      // Even when a total row's rate is low, the items carry the finding, not the total.
      const lowTotal = lineItems([
        { name: "甲", budget: 50, actual: 45, rate: 0.9, status: "完成", note: "x" },
        { name: "乙", budget: 50, actual: 5, rate: 0.1, status: "完成", note: "x" },
        { name: "合计", labelInSeq: true, budget: 100, actual: 50, rate: 0.5 },
      ]);
      expect(cells(findingsOf(RULE, lowTotal))).toEqual(["E3 low-execution"]);
    });

    it("ignores the indicator block (an indicator called 预算执行率 is judged against its own target)", () => {
      const spec = { rows: [["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["预算执行", "预算执行率", "100%", "40%", 10, 4]] };
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("a zero or missing budget has no rate: never reported as 0%, never a division by zero", () => {
      const spec = lineItems([
        { name: "零预算", budget: 0, actual: 0, rate: "—", status: "完成", note: "x" },
        { name: "零预算有率", budget: 0, actual: 0, rate: 0, status: "完成", note: "x" },
        { name: "无预算", budget: null, actual: 5, rate: null, status: "完成", note: "x" },
        { name: "无执行数", budget: 10, actual: null, rate: null, status: "完成", note: "x" },
      ]);
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      // Only the "say so" notes (info), never a low-execution error.
      expect(cells(findingsOf(RULE, spec))).toEqual(["C3 low-execution.no-budget", "C4 low-execution.no-budget"]);
      expect(findingsOf(RULE, spec).every((f) => f.severity === "info")).toBe(true);
    });

    it("error values, dashes, slashes and prose in value cells raise no false alarm", () => {
      const spec = lineItems([
        { name: "错误预算", budget: { error: "#DIV/0!" }, actual: 5, rate: { error: "#DIV/0!" }, status: "完成", note: "x" },
        { name: "斜杠", budget: "/", actual: "—", rate: "/", status: "完成", note: "x" },
        { name: "文字", budget: "见附件", actual: "另行说明", rate: "不适用", status: "完成", note: "x" },
        { name: "错误执行数", budget: 100, actual: { error: "#N/A" }, rate: { error: "#N/A" }, status: "完成", note: "x" },
      ]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("reads amounts written as text (separators, full-width digits) and still finds a low rate", () => {
      const spec = lineItems([{ name: "文本金额", budget: "1,000.00", actual: "１２３", rate: "12.30%", status: "完成", note: "x" }], { amountFormat: null, rateFormat: null });
      expectFinding(RULE, spec, { cell: "E2", severity: "error", mentions: ["12.3%"] });
    });

    it("a rate cell holding an error value still lets the amounts speak, pointing at the actual", () => {
      const spec = lineItems([{ name: "甲", budget: 100, actual: 20, rate: { error: "#VALUE!" }, status: "完成", note: "x" }]);
      expectFinding(RULE, spec, { cell: "D2", severity: "error", mentions: ["20%"] });
    });
  });

  describe("the threshold", () => {
    it("exactly 60% is not low; 59.99% is", () => {
      const spec = lineItems([
        { name: "恰好", budget: 100, actual: 60, rate: 0.6, status: "完成", note: "x" },
        { name: "略低", budget: 100, actual: 59.99, rate: 0.5999, status: "完成", note: "x" },
      ]);
      expect(cells(findingsOf(RULE, spec))).toEqual(["E3 low-execution"]);
      expectFinding(RULE, spec, { cell: "E3", severity: "error", mentions: ["59.99%", "60%"] });
    });

    it("exactly 60% is not low even when the division has float noise (4.02 ÷ 6.7)", () => {
      const spec = lineItems([
        { name: "甲", budget: 6.7, actual: 4.02, rate: 0.6, status: "完成", note: "x" },
        { name: "乙", budget: 13.4, actual: 8.04, rate: 0.6, status: "完成", note: "x" },
        { name: "丙", budget: 0.17, actual: 0.102, rate: 0.6, status: "完成", note: "x" },
      ]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a stated-only rate: 60.00% is not low, 59.99% is", () => {
      const spec = { rows: [["项目名称", "执行率"], ["甲", "60.00%"], ["乙", "59.99%"], ["丙", 0.6], ["丁", 0.5999]], formats: { "B4:B5": "0.00%" } };
      // A sheet with only a rate column is not a line-item table (it needs a budget and an actual).
      expect(findingsOf(RULE, spec)).toEqual([]);
      const withAmounts = { rows: [["项目名称", "预算数", "执行数", "执行率"], ["甲", "—", "—", "60.00%"], ["乙", "—", "—", "59.99%"]] };
      expect(cells(findingsOf(RULE, withAmounts))).toEqual(["D3 low-execution"]);
    });

    it("honours options.lowRate", () => {
      const spec = lineItems([
        { name: "甲", budget: 100, actual: 55, rate: 0.55, status: "完成", note: "x" },
        { name: "乙", budget: 100, actual: 65, rate: 0.65, status: "完成", note: "x" },
      ]);
      expect(cells(findingsOf(RULE, spec))).toEqual(["E2 low-execution"]);
      expect(findingsOf(RULE, spec, { lowRate: 0.5 })).toEqual([]);
      expect(cells(findingsOf(RULE, spec, { lowRate: 0.7 }))).toEqual(["E2 low-execution", "E3 low-execution"]);
      expectFinding(RULE, spec, { cell: "E3", severity: "error", mentions: ["65%", "70%"] }, { lowRate: 0.7 });
    });
  });
});

describe("low-execution: a zero or empty budget is said, not read as 0%", () => {
  it("spending against an empty or zero budget is an info finding at the budget cell, never low execution", () => {
    const g = grid({
      rows: [
        ["项目名称", "预算数", "执行数", "执行率"],
        ["甲", 0, 5, null],
        ["乙", null, 3, null],
        ["丙", 10, 9, 0.9],
      ],
      formats: { "D4": "0.00%" },
    });
    const r = runAudit(g, { rules: [lowExecution] });
    expect(r.findings.map((f) => `${f.cell} ${f.code} ${f.severity}`)).toEqual([
      "B2 low-execution.no-budget info",
      "B3 low-execution.no-budget info",
    ]);
    expect(textOf(r.findings[0])).toContain("无法计算执行率");
    expect(textOf(r.findings[0], "en-US")).toContain("no execution rate");
  });

  it("a row with no budget and no spending says nothing", () => {
    const g = grid({ rows: [["项目名称", "预算数", "执行数"], ["甲", 0, 0], ["乙", 10, 9]] });
    expect(runAudit(g, { rules: [lowExecution] }).findings).toEqual([]);
  });
});
