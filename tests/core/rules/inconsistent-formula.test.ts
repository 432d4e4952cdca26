import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { formulaItems, withFormulas } from "../../helpers/formula-sheets";
import { lineItems, type LineItem } from "../../helpers/sheets";

const RULE = "inconsistent-formula";

/** A form with 年初预算 (C), 全年预算 (D), 执行数 (E), 执行率 (F = E/D): items from row 2. */
function twoBudgets(n: number, odd: Record<number, string> = {}): ReturnType<typeof lineItems> {
  const items: LineItem[] = [];
  const formulas: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    items.push({ name: `项目${i + 1}`, budget: 100, actual: 110, rate: 80, status: 0.8 } as LineItem);
    formulas[`F${r}`] = odd[r] ?? `=E${r}/D${r}`;
  }
  const spec = lineItems(items, { header: ["序号", "项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率"], amountFormat: null, rateFormat: null });
  return { ...spec, formulas };
}

describe("inconsistent-formula", () => {
  describe("finds the problem", () => {
    it("rates =E{r}/D{r} with one =E9/C9 (divided by 年初预算) are reported at that row, with the usual formula", () => {
      const spec = twoBudgets(12, { 9: "=E9/C9" });
      const f = expectFinding(RULE, spec, { cell: "F9", severity: "warning", code: "inconsistent-formula", mentions: ["=E9/C9", "=E9/D9", "11"] });
      expect(f.params).toMatchObject({ usual: "=E9/D9", count: 11 });
      expect(cells(findingsOf(RULE, spec))).toEqual(["F9 inconsistent-formula"]);
    });

    it("an absolute reference where the column is relative is a different shape", () => {
      expect(cells(findingsOf(RULE, twoBudgets(6, { 4: "=E4/$D$2" })))).toEqual(["F4 inconsistent-formula"]);
    });
  });

  describe("stays silent on clean data", () => {
    it("the same formula copied down, however it is spelled (case, spaces)", () => {
      expect(findingsOf(RULE, twoBudgets(12, { 5: "=e5 / d5", 6: "= E6/D6" }))).toEqual([]);
    });

    it("typed rates among formulas are typed-total's, not this rule's", () => {
      const spec = withFormulas(formulaItems(6), {});
      delete (spec.formulas as Record<string, string>).E7;
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a number typed where the column refers to a cell (=E5/100.5) is hardcoded-constant's, not reported twice", () => {
      expect(findingsOf(RULE, twoBudgets(6, { 5: "=E5/100.5" }))).toEqual([]);
    });

    it("totals are not compared with items: a 合计 row's SUM is no odd rate", () => {
      expect(findingsOf(RULE, withFormulas(formulaItems(6), { C10: "=SUM(C4:C9)", D10: "=SUM(D4:D9)", E10: "=D10/C10" }))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("blank and text cells and error results among the formulas change nothing", () => {
      const spec = twoBudgets(8);
      delete (spec.formulas as Record<string, string>).F3;
      (spec.rows[2] as unknown[])[5] = "—";
      (spec.rows[3] as unknown[])[5] = { error: "#DIV/0!" };
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("the edge", () => {
    it("no usual shape without three alike and a majority: 2 against 2, or 3 against 3, says nothing", () => {
      expect(findingsOf(RULE, twoBudgets(4, { 4: "=E4/C4", 5: "=E5/C5" }))).toEqual([]);
      expect(findingsOf(RULE, twoBudgets(6, { 5: "=E5/C5", 6: "=E6/C6", 7: "=E7/C7" }))).toEqual([]);
      expect(cells(findingsOf(RULE, twoBudgets(4, { 5: "=E5/C5" })))).toEqual(["F5 inconsistent-formula"]);
    });
  });
});
