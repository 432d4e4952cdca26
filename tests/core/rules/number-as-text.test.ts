import { audit, byRule, cells, expectFinding, findingsOf } from "../../helpers/grid";
import { formulaItems, withFormulas } from "../../helpers/formula-sheets";
import { lineItems, type LineItem } from "../../helpers/sheets";

const RULE = "number-as-text";

/** Five items at rows 4–8, the second one's 执行数 stored as the text '1,465.45; 合计 at row 9. */
function withText(totalActual: number, formulas: Record<string, string>): ReturnType<typeof withFormulas> {
  const items = formulaItems(5);
  items[1] = { ...(items[1] as LineItem), budget: 1940, actual: "1,465.45", rate: null };
  return withFormulas(items, formulas, { total: { name: "合计", labelInSeq: true, budget: 2353, actual: totalActual } });
}

describe("number-as-text", () => {
  describe("finds the problem", () => {
    it("'1,465.45 as text under =SUM(D4:D8): reported with the total it is missing from", () => {
      // Excel's SUM of D4:D8 skips the text: 81 + 83 + 84 + 85 = 333.
      const spec = withText(333, { D9: "=SUM(D4:D8)", C9: "=SUM(C4:C8)" });
      const f = expectFinding(RULE, spec, { cell: "D5", severity: "warning", code: "number-as-text.sum", mentions: ["1,465.45", "D9", "=SUM(D4:D8)", "1465.45"] });
      expect(f.params).toMatchObject({ value: 1465.45, total: "D9" });
      expect(cells(findingsOf(RULE, spec))).toEqual(["D5 number-as-text.sum"]);
    });

    it("…and the total check takes what Excel's SUM gives: no total-mismatch at D9, which shows 333", () => {
      const report = audit(withText(333, { D9: "=SUM(D4:D8)", C9: "=SUM(C4:C8)" }));
      expect(byRule(report, "total-mismatch")).toEqual([]);
      // Had the total added the text (typed 合计 of 1798.45), the text is still flagged, the sums agree.
      const typed = audit(withText(1798.45, {}));
      expect(cells(byRule(typed, "total-mismatch"))).toEqual([]);
      expect(cells(byRule(typed, RULE))).toEqual(["D5 number-as-text"]);
    });

    it("a SUM that skipped the text still disagrees with a total that counted it", () => {
      // The SUM's saved result was typed over to include the text: the sum Excel would give is 333.
      const report = audit(withText(1798.45, { D9: "=SUM(D4:D8)" }));
      expect(cells(byRule(report, "total-mismatch"))).toEqual(["D9 total-mismatch.amount"]);
    });
  });

  describe("stays silent on clean data", () => {
    it("columns of numbers, and a column of text amounts (a text-only table is read as numbers, not a slip)", () => {
      expect(findingsOf(RULE, withFormulas(formulaItems(5), { D9: "=SUM(D4:D8)" }))).toEqual([]);
      const allText = lineItems([{ name: "甲", budget: "100", actual: "80" } as LineItem, { name: "乙", budget: "50", actual: "40" } as LineItem], { amountFormat: null });
      expect(findingsOf(RULE, allText)).toEqual([]);
    });

    it("a formula whose result is text is not a typed slip", () => {
      const spec = withFormulas(formulaItems(4), { E5: '=TEXT(D5/C5,"0.00%")' });
      ((spec.rows[4] as unknown[])[4] as unknown) = "80.20%";
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("dashes, prose and error values are not numbers stored as text", () => {
      const items = formulaItems(5);
      (items[0] as LineItem).actual = "—";
      (items[1] as LineItem).actual = "见附表";
      (items[2] as LineItem).actual = { error: "#N/A" };
      (items[3] as LineItem).actual = null;
      (items[4] as LineItem).budget = "950000元"; // a labelled figure: unit-mismatch's, not a number stored as text
      expect(findingsOf(RULE, withFormulas(items, {}))).toEqual([]);
    });

    it("text under a + total (=D4+D5+…) is converted by Excel, so no total is named", () => {
      const spec = withText(1798.45, { D9: "=D4+D5+D6+D7+D8" });
      expect(cells(findingsOf(RULE, spec))).toEqual(["D5 number-as-text"]);
      expect(byRule(audit(spec), "total-mismatch")).toEqual([]);
    });
  });

  describe("the edge", () => {
    it("one text among one number is no column of numbers; one text among two numbers is", () => {
      const two = lineItems([{ name: "甲", budget: 1, actual: "80" } as LineItem, { name: "乙", budget: 2, actual: 40 } as LineItem]);
      expect(findingsOf(RULE, two)).toEqual([]);
      const three = lineItems([{ name: "甲", budget: 1, actual: "80" } as LineItem, { name: "乙", budget: 2, actual: 40 } as LineItem, { name: "丙", budget: 2, actual: 2 } as LineItem]);
      expect(cells(findingsOf(RULE, three))).toEqual(["D2 number-as-text"]);
      // Full-width digits and a percent sign are still a bare number.
      const wide = lineItems([{ name: "甲", budget: 1, actual: "８０.５" } as LineItem, { name: "乙", budget: 2, actual: 40 } as LineItem, { name: "丙", budget: 2, actual: 2 } as LineItem]);
      expect(cells(findingsOf(RULE, wide))).toEqual(["D2 number-as-text"]);
    });
  });
});
