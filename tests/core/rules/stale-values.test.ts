import { audit, byRule, cells, expectFinding, findingsOf, grid } from "../../helpers/grid";
import { formulaItems, withFormulas } from "../../helpers/formula-sheets";
import { renderFinding } from "../../../src/core/messages";

const RULE = "stale-values";

describe("stale-values", () => {
  describe("finds the problem", () => {
    it("a workbook saved with calculation mode manual: once, on the workbook's first sheet", () => {
      const facts = { calcMode: "manual" as const, firstSheet: "明细" };
      const first = { ...withFormulas(formulaItems(3), {}), sheet: "明细", workbook: facts };
      const second = { ...withFormulas(formulaItems(3), {}), sheet: "指标", workbook: facts };
      const f = expectFinding(RULE, first, { cell: "A1", severity: "info", code: "stale-values.manual", mentions: ["F9", "3"] });
      expect(f.params).toEqual({ formulas: 3 });
      expect(findingsOf(RULE, second)).toEqual([]);
    });

    it("formulas saved without results: computed where simple, named where not; the rules use the computed values", () => {
      const spec = withFormulas(formulaItems(3), { C7: "=SUM(C4:C6)", D7: "=SUM(D4:D6)", E7: "=VLOOKUP(1,A4:E6,5,0)" }, { total: { name: "合计", labelInSeq: true, budget: null, actual: null } });
      (spec.rows[3] as unknown[])[4] = null; // E4's =D4/C4 without its result
      const f = expectFinding(RULE, spec, { cell: "E4", severity: "info", code: "stale-values.no-result", mentions: ["E4", "C7"] });
      expect(f.params).toEqual({ count: 4, cells: ["E4", "C7", "D7", "E7"], computed: 3, failed: ["E7"] });
      expect(renderFinding(f, "zh-CN")).toBe("本表有 4 个公式没有保存计算结果（E4、C7、D7、E7），显示的值可能不是最新的；审核按公式算出了其中 3 个的值；另有 1 个（E7）无法计算，未参与核对");
      // The computed 合计 (306, 246) agrees with the items, so no total-mismatch; a wrong item would show.
      expect(byRule(audit(spec), "total-mismatch")).toEqual([]);
    });
  });

  describe("stays silent on clean data", () => {
    it("automatic calculation, formulas with results, and hosts that say nothing of the workbook", () => {
      expect(findingsOf(RULE, { ...withFormulas(formulaItems(3), {}), workbook: { calcMode: "auto", firstSheet: "Sheet1" } })).toEqual([]);
      expect(findingsOf(RULE, withFormulas(formulaItems(3), { D7: "=SUM(D4:D6)" }))).toEqual([]);
      expect(findingsOf(RULE, grid({ rows: [["a", 1]] }))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("a formula whose saved result is an error value or empty text has a result", () => {
      const spec = withFormulas(formulaItems(2), { E4: "=D4/0", F4: '=""' });
      (spec.rows[3] as unknown[])[4] = { error: "#DIV/0!" };
      (spec.rows[3] as unknown[])[5] = "";
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("the edge", () => {
    it("manual mode with no first sheet named is reported on every sheet that carries it; with one, only there", () => {
      const lone = { ...withFormulas(formulaItems(1), {}), workbook: { calcMode: "manual" as const } };
      expect(cells(findingsOf(RULE, lone))).toEqual(["A1 stale-values.manual"]);
    });
  });
});
