import { cells, expectFinding, findingsOf, figures } from "../../helpers/grid";
import { lineItems, selfEvaluationForm, FORM_INDICATORS, type LineItem } from "../../helpers/sheets";

const RULE = "over-budget";

const item = (name: string, budget: unknown, actual: unknown, rate: unknown = null): LineItem => ({ name, budget, actual, rate, status: "完成", note: "x" }) as LineItem;

describe("over-budget", () => {
  describe("finds the problem", () => {
    it("spending above the budget: a warning at the actual, naming both amounts", () => {
      const spec = lineItems([item("应急演练补助费", 10, 12.5), item("乙", 10, 10)]);
      const f = expectFinding(RULE, spec, { cell: "D2", severity: "warning", code: "over-budget", mentions: ["12.5", "10", "应急演练补助费"] });
      expect(figures(f)).toMatchObject({ expected: 10, actual: 12.5 });
      expect(cells(findingsOf(RULE, spec))).toEqual(["D2 over-budget"]);
    });

    it("amounts written as text are compared too", () => {
      const spec = lineItems([item("甲", "1,000.00", "1,000.50")], { amountFormat: null });
      expectFinding(RULE, spec, { cell: "D2", severity: "warning", mentions: ["1000.5", "1000"] });
    });

    it("the form's funds rows are items of the funds block: 年度资金总额 is a total, not reported", () => {
      const spec = selfEvaluationForm({ initial: 100, full: 100, actual: 110, rate: 1.1, score: 10 }, FORM_INDICATORS);
      // 上年结转资金 (row 8) repeats the amounts and is an item.
      expect(cells(findingsOf(RULE, spec))).toEqual(["F8 over-budget"]);
    });
  });

  describe("stays silent on clean data", () => {
    it("spending at or under budget", () => {
      expect(findingsOf(RULE, lineItems([item("甲", 10, 10), item("乙", 10, 0), item("丙", 17, 13)]))).toEqual([]);
    });

    it("a total row above budget is the items' business, not reported twice", () => {
      const spec = lineItems([item("甲", 10, 10), { name: "合计", labelInSeq: true, budget: 10, actual: 12 }]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("zero or missing budgets, dashes, error values and prose", () => {
      const spec = lineItems([
        item("零预算", 0, 5),
        item("无预算", null, 5),
        item("横线", "—", 5),
        item("错误", { error: "#DIV/0!" }, 5),
        item("文字", "待定", 5),
        item("执行错误", 10, { error: "#N/A" }),
      ]);
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("rounding (the threshold)", () => {
    it("100.004 against 100 shown as 0.00 is equal; 100.01 is over", () => {
      expect(findingsOf(RULE, lineItems([item("甲", 100, 100.004)]))).toEqual([]);
      expect(cells(findingsOf(RULE, lineItems([item("甲", 100, 100.01)])))).toEqual(["D2 over-budget"]);
    });
  });
});
