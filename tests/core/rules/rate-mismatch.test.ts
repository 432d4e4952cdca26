import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { FORM_INDICATORS, lineItems, selfEvaluationForm } from "../../helpers/sheets";

const RULE = "rate-mismatch";

const item = (budget: unknown, actual: unknown, rate: unknown) =>
  ({ name: "非煤矿山安全监管费用", budget, actual, rate, status: "完成", note: "x" }) as Parameters<typeof lineItems>[0][number];

describe("rate-mismatch", () => {
  describe("finds the problem", () => {
    it("a stated rate that is not actual ÷ budget, naming both rates", () => {
      const spec = lineItems([item(17, 13, 0.8)]);
      expectFinding(RULE, spec, { cell: "E2", severity: "error", code: "rate-mismatch", mentions: ["80%", "76.47%", "非煤矿山安全监管费用"] });
    });

    it("the self-evaluation form divides by 全年预算数, not 年初预算数: a rate computed on the wrong base is reported", () => {
      // 172.743 ÷ 206.4 = 83.69% (年初, wrong), 172.743 ÷ 206.632 = 83.60% (全年, right).
      const spec = selfEvaluationForm({ initial: 206.4, full: 206.632, actual: 172.743, rate: 0.8369, score: 8.36 }, FORM_INDICATORS);
      expectFinding(RULE, spec, { cell: "H6", severity: "error", mentions: ["83.69%", "83.6%"] });
    });

    it("a rate written as text", () => {
      const spec = lineItems([item(100, 50, "55%")], { rateFormat: null });
      expectFinding(RULE, spec, { cell: "E2", severity: "error", mentions: ["55%", "50%"] });
    });

    it("a rate typed as percentage points under General: 76 for 76.47% rounds right, 75 is a finding", () => {
      expect(findingsOf(RULE, lineItems([item(17, 13, 76)], { rateFormat: null }))).toEqual([]);
      expect(findingsOf(RULE, lineItems([item(17, 13, 76.47)], { rateFormat: null }))).toEqual([]);
      const spec = lineItems([item(17, 13, 75)], { rateFormat: null });
      expectFinding(RULE, spec, { cell: "E2", severity: "error", mentions: ["75%", "76.47%"] });
    });

    it("a wrong rate on a subtotal or total row is reported too", () => {
      const spec = lineItems([item(10, 5, 0.5), item(10, 10, 1), { name: "合计", labelInSeq: true, budget: 20, actual: 15, rate: 0.7 }]);
      expect(cells(findingsOf(RULE, spec))).toEqual(["E4 rate-mismatch"]);
    });
  });

  describe("stays silent on clean data", () => {
    it("every stated rate agrees with actual ÷ budget to the shown decimals", () => {
      const spec = lineItems([item(17, 13, 0.7647), item(25.9, 17.01, 0.6568), item(10, 7.42, 0.742), item(132, 0, 0), item(5, 5, 1)]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("the form's 83.60% on the 全年预算数 base", () => {
      const spec = selfEvaluationForm({ initial: 206.4, full: 206.632, actual: 172.743, rate: 0.836, score: 8.36 }, FORM_INDICATORS);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a table with no rate column has nothing to compare", () => {
      expect(findingsOf(RULE, { rows: [["项目名称", "预算数", "执行数"], ["甲", 100, 5]] })).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("no rate can be computed from a zero or missing budget, so a stated 0% is not compared", () => {
      const spec = lineItems([item(0, 0, 0), item(0, 5, "—"), item(null, 5, 0.5), item(10, null, 0.5)]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("error values, — and prose in the rate or amount cells", () => {
      const spec = lineItems([
        item(10, 5, { error: "#DIV/0!" }),
        item({ error: "#REF!" }, 5, 0.9),
        item(10, "/", 0.9),
        item(10, 5, "见说明"),
        item("—", "—", "—"),
      ]);
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("amounts as text with separators and full-width digits are compared like numbers", () => {
      const ok = lineItems([item("1,940.00", "1,465.44", "75.54%"), item("１７", "１３", "76.47%")], { amountFormat: null, rateFormat: null });
      expect(findingsOf(RULE, ok)).toEqual([]);
      const bad = lineItems([item("1,940.00", "1,465.44", "75.64%")], { amountFormat: null, rateFormat: null });
      expectFinding(RULE, bad, { cell: "E2", severity: "error", mentions: ["75.64%", "75.54%"] });
    });
  });

  describe("rounding (the threshold)", () => {
    it("13/17 = 76.470588…%: 0.7647 shown as 0.00% is fine, 0.7648 is a finding", () => {
      expect(findingsOf(RULE, lineItems([item(17, 13, 0.7647)]))).toEqual([]);
      expectFinding(RULE, lineItems([item(17, 13, 0.7648)]), { cell: "E2", severity: "error", mentions: ["76.48%", "76.47%"] });
    });

    it("the tolerance follows the format: 0.76 under 0% (76%) is fine, under 0.00% (76.00%) it is not", () => {
      expect(findingsOf(RULE, lineItems([item(17, 13, 0.76)], { rateFormat: "0%" }))).toEqual([]);
      expect(cells(findingsOf(RULE, lineItems([item(17, 13, 0.76)], { rateFormat: "0.00%" })))).toEqual(["E2 rate-mismatch"]);
    });

    it("the tolerance follows the digits of a text rate: 76.5% is fine, 76.50% is not", () => {
      expect(findingsOf(RULE, lineItems([item(17, 13, "76.5%")], { rateFormat: null }))).toEqual([]);
      expect(cells(findingsOf(RULE, lineItems([item(17, 13, "76.50%")], { rateFormat: null })))).toEqual(["E2 rate-mismatch"]);
    });
  });
});
