import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { formulaItems, withFormulas } from "../../helpers/formula-sheets";

const RULE = "external-link";

describe("external-link", () => {
  describe("finds the problem", () => {
    it("a budget taken from last year's file, as a file stores it ([1]) with the book's name known", () => {
      const spec = { ...withFormulas(formulaItems(3), { C5: "=[1]明细!C5" }), workbook: { externalBooks: ["2018年自评.xlsx"] } };
      const f = expectFinding(RULE, spec, { cell: "C5", severity: "warning", code: "external-link", mentions: ["=[1]明细!C5", "2018年自评.xlsx"] });
      expect(f.params).toMatchObject({ book: "2018年自评.xlsx" });
    });

    it("as Excel shows it: a quoted path and book name, anywhere on the sheet", () => {
      const spec = withFormulas(formulaItems(3), { H5: "='D:\\自评\\[2018年自评.xlsx]明细'!C5*1" });
      expect(findingsOf(RULE, spec).map((f) => [f.cell, (f.params as { book: string }).book])).toEqual([["H5", "2018年自评.xlsx"]]);
    });
  });

  describe("stays silent on clean data", () => {
    it("references on the same sheet and to other sheets of the workbook", () => {
      expect(findingsOf(RULE, withFormulas(formulaItems(3), { C5: "=明细!C5", D5: "='其他 表'!D5", E7: "=SUM(D4:D6)" }))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("a [ inside a string or text cell is no link", () => {
      const items = formulaItems(2);
      items[0] = { ...items[0], note: "[1]明细!C5" } as (typeof items)[number];
      expect(findingsOf(RULE, withFormulas(items, { G5: '="[1]"&B5' }))).toEqual([]);
    });
  });

  describe("the edge", () => {
    it("an unresolved [n] keeps its index as the name; one finding per cell however many links it has", () => {
      const spec = withFormulas(formulaItems(2), { C4: "=[2]明细!C4+[2]明细!C5" });
      expect(findingsOf(RULE, spec).map((f) => (f.params as { book: string }).book)).toEqual(["[2]"]);
      expect(cells(findingsOf(RULE, spec))).toEqual(["C4 external-link"]);
    });
  });
});
