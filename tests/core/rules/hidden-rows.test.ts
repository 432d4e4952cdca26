import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { formulaItems, withFormulas } from "../../helpers/formula-sheets";
import { CLEAN_INDICATORS, indicators, type LineItem } from "../../helpers/sheets";

const RULE = "hidden-rows";

/** Items at rows 4–9, 合计 at row 10 (306 + … exact), with rows 6–7 hidden. */
const sheet = (formulas: Record<string, string>, total?: LineItem) => ({
  ...withFormulas(formulaItems(6), formulas, total ? { total } : {}),
  hiddenRows: [6, 7],
});

describe("hidden-rows", () => {
  describe("finds the problem", () => {
    it("hidden item rows under a SUM that takes them in: says the total includes them", () => {
      const spec = sheet({ D10: "=SUM(D4:D9)" });
      const f = expectFinding(RULE, spec, { cell: "B6", severity: "info", code: "hidden-rows.rows", mentions: ["6–7", "D10"] });
      expect(f.params).toEqual({ rows: [6, 7], total: "D10", includes: "all" });
    });

    it("SUBTOTAL(109, …) leaves hidden rows out, and a SUM around them does too", () => {
      expect(findingsOf(RULE, sheet({ D10: "=SUBTOTAL(109,D4:D9)" }))[0]?.params).toMatchObject({ includes: "none" });
      expect(findingsOf(RULE, sheet({ D10: "=SUM(D4:D5,D8:D9)" }))[0]?.params).toMatchObject({ includes: "none" });
      expect(findingsOf(RULE, sheet({ D10: "=SUM(D4:D6,D8:D9)" }))[0]?.params).toMatchObject({ includes: "some" });
    });

    it("a typed total is judged by its value: the sum with the hidden rows, or without them", () => {
      // Actuals 81…86: all six add to 501, without rows 6–7 (83, 84) to 334.
      expect(findingsOf(RULE, sheet({}, { name: "合计", labelInSeq: true, budget: 621, actual: 501 }))[0]?.params).toMatchObject({ includes: "all" });
      expect(findingsOf(RULE, sheet({}, { name: "合计", labelInSeq: true, budget: 621, actual: 334 }))[0]?.params).toMatchObject({ includes: "none" });
      expect(findingsOf(RULE, sheet({}, { name: "合计", labelInSeq: true, budget: 621, actual: 400 }))[0]?.params).toMatchObject({ includes: "unknown" });
    });

    it("a hidden column of the block (年初预算数) is named with its header", () => {
      const spec = { ...withFormulas(formulaItems(3), {}), hiddenCols: [3] };
      expectFinding(RULE, spec, { cell: "C3", severity: "info", code: "hidden-rows.columns", mentions: ["C", "预算数"] });
    });

    it("a hidden indicator row", () => {
      const spec = { ...indicators(CLEAN_INDICATORS, { total: { weight: 100, score: 100 } }), hiddenRows: [4] };
      expect(cells(findingsOf(RULE, spec))).toEqual(["C4 hidden-rows.rows"]);
    });
  });

  describe("stays silent on clean data", () => {
    it("no hidden rows; hidden rows outside any block (notes under the table); a hidden column no block uses", () => {
      expect(findingsOf(RULE, withFormulas(formulaItems(3), {}))).toEqual([]);
      expect(findingsOf(RULE, { ...withFormulas(formulaItems(3), {}), hiddenRows: [1, 2, 30], hiddenCols: [12] })).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("a total holding text or an error: the finding still comes, without a verdict on the total", () => {
      expect(findingsOf(RULE, sheet({}, { name: "合计", labelInSeq: true, budget: "—", actual: { error: "#REF!" } }))[0]?.params).toMatchObject({ includes: "unknown" });
    });
  });

  describe("the edge", () => {
    it("a hidden 合计 row itself is not an item; a block without a total says so", () => {
      expect(findingsOf(RULE, { ...withFormulas(formulaItems(3), {}), hiddenRows: [7] })).toEqual([]);
      const noTotal = { ...withFormulas(formulaItems(3), {}, { total: null }), hiddenRows: [5] };
      expect(findingsOf(RULE, noTotal)[0]?.params).toEqual({ rows: [5], total: null, includes: "unknown" });
    });
  });
});
