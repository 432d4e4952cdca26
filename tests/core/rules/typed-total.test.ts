import { renderFinding } from "../../../src/core/messages";
import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { formulaItems, withFormulas } from "../../helpers/formula-sheets";
import { CLEAN_INDICATORS, indicators, type LineItem } from "../../helpers/sheets";

const RULE = "typed-total";

describe("typed-total", () => {
  describe("finds the problem", () => {
    it("a 合计 typed as a number where the next column's 合计 is a SUM", () => {
      const spec = withFormulas(formulaItems(5), { D9: "=SUM(D4:D8)" });
      const f = expectFinding(RULE, spec, { cell: "C9", severity: "warning", code: "typed-total", mentions: ["D9", "=SUM(D4:D8)", "515"] });
      expect(f.params).toMatchObject({ item: "合计", column: "预算数", value: 515 });
      expect(cells(findingsOf(RULE, spec))).toEqual(["C9 typed-total"]);
    });

    it("a rate typed over its formula in a column of =D/C is reported once", () => {
      const items = formulaItems(6);
      const spec = withFormulas(items, {});
      delete (spec.formulas as Record<string, string>).E7;
      const f = expectFinding(RULE, spec, { cell: "E7", severity: "warning", mentions: ["=D"] });
      expect(f.params).toMatchObject({ neighbourFormula: expect.stringMatching(/^=D\d\/C\d$/), percent: true });
      expect(renderFinding(f, "zh-CN")).toBe("「项目4」执行率是手工填写的数字 80.7692%，而同类单元格 E6 是公式 =D6/C6；明细修改后它不会随之更新");
      expect(cells(findingsOf(RULE, spec))).toEqual(["E7 typed-total"]);
    });

    it("a 总分 typed where the 分值 total beside it is a SUM", () => {
      const spec = { ...indicators(CLEAN_INDICATORS, { total: { weight: 100, score: 100 } }), formulas: { F10: "=SUM(F2:F9)" } };
      expectFinding(RULE, spec, { cell: "G10", severity: "warning", mentions: ["F10"] });
    });
  });

  describe("stays silent on clean data", () => {
    it("item budgets and actuals are inputs: typed numbers there are never reported", () => {
      const spec = withFormulas(formulaItems(6), { C10: "=SUM(C4:C9)", D10: "=SUM(D4:D9)" });
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a sheet with no formulas at all, or read by a host that gives none, has nothing to compare with", () => {
      expect(findingsOf(RULE, withFormulas(formulaItems(6), {}, { rateFormulas: false }))).toEqual([]);
    });

    it("a column of typed rates with a single formula among them is a column of inputs", () => {
      const spec = withFormulas(formulaItems(6), {}, { rateFormulas: false });
      spec.formulas = { E5: "=D5/C5" };
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("blank, dashed, text and error rates among formulas are not typed numbers", () => {
      const items = formulaItems(6);
      (items[1] as LineItem).rate = null;
      (items[2] as LineItem).rate = "—";
      (items[3] as LineItem).rate = { error: "#DIV/0!" };
      const spec = withFormulas(items, {});
      for (const r of [5, 6, 7]) delete (spec.formulas as Record<string, string>)[`E${r}`];
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a 合计 holding text or an error beside a SUM is not a typed number", () => {
      const spec = withFormulas(formulaItems(3), { D7: "=SUM(D4:D6)" }, { total: { name: "合计", labelInSeq: true, budget: "见附表", actual: 246 } });
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("the edge", () => {
    it("two formulas and two typed rates are a draw: no usual way to tell, nothing reported; three against two is", () => {
      const draw = withFormulas(formulaItems(4), {}, { rateFormulas: false });
      draw.formulas = { E4: "=D4/C4", E5: "=D5/C5" };
      expect(findingsOf(RULE, draw)).toEqual([]);
      const more = withFormulas(formulaItems(5), {}, { rateFormulas: false });
      more.formulas = { E4: "=D4/C4", E5: "=D5/C5", E6: "=D6/C6" };
      expect(cells(findingsOf(RULE, more))).toEqual(["E7 typed-total", "E8 typed-total"]);
    });
  });
});
