import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { formulaItems, withFormulas } from "../../helpers/formula-sheets";
import { CLEAN_INDICATORS, indicators, type LineItem } from "../../helpers/sheets";

const RULE = "short-sum";

/** Items at rows 4–(3+n), 合计 below them with the given formulas. */
const sheet = (n: number, formulas: (total: number) => Record<string, string>, opts: Parameters<typeof withFormulas>[2] = {}) => {
  const items = formulaItems(n);
  const total = 4 + n;
  return withFormulas(items, formulas(total), opts);
};

const sub = (name: string): LineItem => ({ name, noSeq: true });

describe("short-sum", () => {
  describe("finds the problem", () => {
    it("合计 =SUM(D4:D42) with items in rows 4–43 names row 43, with the formula", () => {
      const spec = sheet(40, (t) => ({ [`C${t}`]: `=SUM(C4:C43)`, [`D${t}`]: "=SUM(D4:D42)" }));
      const f = expectFinding(RULE, spec, { cell: "D44", severity: "error", code: "short-sum.missing", mentions: ["=SUM(D4:D42)", "43"] });
      expect(f.params).toMatchObject({ rows: [43] });
      expect(cells(findingsOf(RULE, spec))).toEqual(["D44 short-sum.missing"]);
    });

    it("合计 =SUM(D4:D20) where D12 is a 小计 of D4:D11 counts rows 4–11 twice", () => {
      const items = [...formulaItems(8), { ...sub("小计"), budget: 0, actual: 0 }, ...formulaItems(8).map((x, i) => ({ ...x, name: `二组${i + 1}` }))];
      const spec = withFormulas(items, { D12: "=SUM(D4:D11)", C12: "=SUM(C4:C11)", D21: "=SUM(D4:D20)" }, { total: { name: "合计", labelInSeq: true, budget: 0, actual: 0 } });
      const f = expectFinding(RULE, spec, { cell: "D21", severity: "error", code: "short-sum.double", mentions: ["=SUM(D4:D20)", "4–11", "12"] });
      expect(f.params).toMatchObject({ rows: [4, 5, 6, 7, 8, 9, 10, 11], via: [12] });
    });

    it("a 小计 that stops one row short of its group, and a 总分 that leaves out an indicator", () => {
      const items = [...formulaItems(3), { ...sub("小计"), budget: 0, actual: 0 }];
      const spec = withFormulas(items, { C7: "=SUM(C4:C6)", D7: "=SUM(D4:D5)" }, { total: null });
      expect(cells(findingsOf(RULE, spec))).toEqual(["D7 short-sum.missing"]);
      const table = { ...indicators(CLEAN_INDICATORS, { total: { weight: 100, score: 100 } }), formulas: { F10: "=SUM(F2:F9)", G10: "=SUM(G2:G8)" } };
      expectFinding(RULE, table, { cell: "G10", severity: "error", code: "short-sum.missing", mentions: ["=SUM(G2:G8)", "9"] });
      expect(cells(findingsOf(RULE, table))).toEqual(["G10 short-sum.missing"]);
    });
  });

  describe("stays silent on clean data", () => {
    it("a SUM over all items, a SUM of the subtotals, a SUM of two ranges around a subtotal", () => {
      expect(findingsOf(RULE, sheet(40, (t) => ({ [`D${t}`]: "=SUM(D4:D43)", [`C${t}`]: "=SUM($C$4:$C$43)" })))).toEqual([]);
      const items = [...formulaItems(2), { ...sub("小计"), budget: 0, actual: 0 }, ...formulaItems(2).map((x, i) => ({ ...x, name: `乙${i}` })), { ...sub("小计"), budget: 0, actual: 0 }];
      const total = { name: "合计", labelInSeq: true, budget: 0, actual: 0 };
      const bySubtotals = withFormulas(items, { D6: "=SUM(D4:D5)", D9: "=SUM(D7:D8)", D10: "=D6+D9" }, { total });
      expect(findingsOf(RULE, bySubtotals)).toEqual([]);
      const aroundSubtotal = withFormulas(items, { D6: "=SUM(D4:D5)", D9: "=SUM(D7:D8)", D10: "=SUM(D4:D5,D7:D8)" }, { total });
      expect(findingsOf(RULE, aroundSubtotal)).toEqual([]);
    });

    it("typed totals, and a sheet read without formulas, are left to total-mismatch", () => {
      expect(findingsOf(RULE, sheet(5, () => ({})))).toEqual([]);
      expect(findingsOf(RULE, withFormulas(formulaItems(5), {}, { rateFormulas: false }))).toEqual([]);
    });

    it("a range that starts at the header (SUM(C3:C8)) takes in every item", () => {
      expect(findingsOf(RULE, sheet(5, (t) => ({ [`D${t}`]: "=SUM(D4:D8)", [`C${t}`]: "=SUM(C3:C8)" })))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("an item with a blank amount left out of the SUM changes nothing", () => {
      const items = formulaItems(3);
      (items[2] as LineItem).actual = null;
      expect(findingsOf(RULE, withFormulas(items, { D7: "=SUM(D4:D5)" }))).toEqual([]);
    });

    it("formulas it cannot read as a plain sum are opaque: SUMIF, other sheets, other workbooks, arithmetic", () => {
      for (const f of ["=SUMIF(F4:F8,\"完成\",D4:D8)", "=明细!D9", "=[1]Sheet1!D9", "=SUM(D4:D7)*1.1", "=SUM(D4:D7", "#REF!"]) {
        expect(findingsOf(RULE, sheet(5, (t) => ({ [`D${t}`]: f })))).toEqual([]);
      }
    });

    it("a total holding an error value with a short SUM is still reported (the formula is the problem)", () => {
      const spec = sheet(3, (t) => ({ [`D${t}`]: "=SUM(D4:D5)" }), { total: { name: "合计", labelInSeq: true, budget: 306, actual: { error: "#VALUE!" } } });
      expect(cells(findingsOf(RULE, spec))).toEqual(["D7 short-sum.missing"]);
    });
  });

  describe("the edge", () => {
    it("the SUM that stops exactly at the last item is complete; one row less is short", () => {
      expect(findingsOf(RULE, sheet(2, () => ({ D6: "=SUM(D4:D5)" })))).toEqual([]);
      expect(cells(findingsOf(RULE, sheet(2, () => ({ D6: "=SUM(D4:D4)" }))))).toEqual(["D6 short-sum.missing"]);
    });

    it("a circular SUM that includes the total itself is left to Excel", () => {
      expect(findingsOf(RULE, sheet(2, () => ({ D6: "=SUM(D4:D6)" })))).toEqual([]);
    });
  });
});
