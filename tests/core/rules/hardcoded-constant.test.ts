import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { formulaItems, withFormulas } from "../../helpers/formula-sheets";
import { CLEAN_INDICATORS, indicators, type LineItem } from "../../helpers/sheets";

const RULE = "hardcoded-constant";

describe("hardcoded-constant", () => {
  describe("finds the problem", () => {
    it("=D7/1940: a budget typed into a rate formula", () => {
      const spec = withFormulas(formulaItems(5), { E7: "=D7/1940" });
      const f = expectFinding(RULE, spec, { cell: "E7", severity: "warning", code: "hardcoded-constant", mentions: ["=D7/1940", "1940"] });
      expect(f.params).toMatchObject({ constant: 1940 });
      expect(cells(findingsOf(RULE, spec))).toEqual(["E7 hardcoded-constant"]);
    });

    it("=D5*0.9 in an amount, 90% written as a percentage, and a constant inside ROUND's number", () => {
      const spec = withFormulas(formulaItems(5), { D5: "=C5*0.9", D6: "=C6*90%", E8: "=ROUND(D8/108,4)" });
      const found = findingsOf(RULE, spec);
      expect(cells(found)).toEqual(["D5 hardcoded-constant", "D6 hardcoded-constant", "E8 hardcoded-constant"]);
      expect(found.map((f) => (f.params as { constant: number }).constant)).toEqual([0.9, 0.9, 108]);
    });
  });

  describe("stays silent on clean data", () => {
    it("formulas that only refer to cells, and the scales 100, 1000, 10000 (percent points, 元 to 万元)", () => {
      const spec = withFormulas(formulaItems(5), { E5: "=D5/C5*100", C6: "=C5*10000/10000", D7: "=D4/1000*1000", E8: "=IF(C8=0,0,D8/C8)" });
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("ROUND's digits and SUBTOTAL's function number are settings, not data", () => {
      expect(findingsOf(RULE, withFormulas(formulaItems(3), { E4: "=ROUND(D4/C4,4)", D7: "=SUBTOTAL(9,D4:D6)" }))).toEqual([]);
    });

    it("the row's own weight: a score =20*F/E on a row whose 分值 is 20", () => {
      const spec = { ...indicators(CLEAN_INDICATORS), formulas: { G2: "=20*E2/E2", G3: "=MIN(1,E3/E3)*10" } };
      expect(findingsOf(RULE, spec)).toEqual([]);
      const other = { ...indicators(CLEAN_INDICATORS), formulas: { G2: "=15*E2/E2" } };
      expect(cells(findingsOf(RULE, other))).toEqual(["G2 hardcoded-constant"]);
    });

    it("a formula of numbers alone (=1000+200) is the input written as a sum", () => {
      expect(findingsOf(RULE, withFormulas(formulaItems(3), { C4: "=1000+200", D4: "=600+35.5" }))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("numbers inside strings, error literals, other sheets' names with digits and results that are errors", () => {
      const items = formulaItems(4);
      (items[0] as LineItem).rate = { error: "#DIV/0!" };
      const spec = withFormulas(items, { E4: '=IF(C4="",0,D4/C4)', E5: "=IFERROR(D5/C5,#N/A)", E6: "=Sheet2!D6/Sheet2!C6" });
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("cells outside the figures (a 序号 =A4+1) are not looked at", () => {
      expect(findingsOf(RULE, withFormulas(formulaItems(3), { A5: "=A4+2" }))).toEqual([]);
    });
  });

  describe("the edge", () => {
    it("1 and 100 are skipped, 2 and 99 are not", () => {
      const spec = withFormulas(formulaItems(4), { E4: "=D4/C4*1", E5: "=D5/C5*100", E6: "=D6/C6*2", E7: "=D7/C7*99" });
      expect(cells(findingsOf(RULE, spec))).toEqual(["E6 hardcoded-constant", "E7 hardcoded-constant"]);
    });
  });
});
