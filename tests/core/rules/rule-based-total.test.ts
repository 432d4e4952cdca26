import type { Finding } from "../../../src/core/findings";
import { cells, expectFinding, findingsOf, figures } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, FORM_INDICATORS, indicators, selfEvaluationForm } from "../../helpers/sheets";

const RULE = "rule-based-total";

describe("rule-based-total", () => {
  describe("finds the problem", () => {
    it("a note (info) at the 总分 when stated scores depart from the rules: 96.05 by the rules, 99.7 stated", () => {
      // The chengde form: execution 9.7 → 8.36, and 253 of 286 mines: 20 → 17.69.
      const list = changed({ 0: { target: "286座", actual: "253座", score: 20 } }, FORM_INDICATORS);
      const spec = selfEvaluationForm({ initial: 206.4, full: 206.632, actual: 172.743, rate: 0.836, score: 9.7 }, list, { total: { weight: 100, score: 99.7 } });
      const f = expectFinding(RULE, spec, { cell: `H${spec.totalRow}`, severity: "info", code: "rule-based-total", mentions: ["96.05", "99.7"] });
      expect(figures(f).expected).toBeCloseTo(96.05, 2);
    });

    it("a qualitative score above its band counts at the band's ceiling", () => {
      const spec = indicators(changed({ 3: { target: "完成", actual: "基本完成", score: 10 } }), { total: { weight: 100, score: 100 } });
      expectFinding(RULE, spec, { cell: "G10", severity: "info", mentions: ["98", "100"] });
    });
  });

  describe("stays silent on clean data", () => {
    it("stated scores that follow the rules", () => {
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS, { total: { weight: 100, score: 100 } }))).toEqual([]);
      const list = changed({ 0: { target: "286座", actual: "253座", score: 17.69 } }, FORM_INDICATORS);
      const spec = selfEvaluationForm({ initial: 206.4, full: 206.632, actual: 172.743, rate: 0.836, score: 8.36 }, list, { total: { weight: 100, score: 96.05 } });
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("no 总分 row, nothing to annotate", () => {
      expect(findingsOf(RULE, indicators(changed({ 0: { target: "286座", actual: "253座", score: 20 } })))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("unjudgeable rows count as stated; error values and dashes do not throw", () => {
      const spec = indicators(
        changed({ 0: { actual: "—", score: 15 }, 1: { actual: { error: "#N/A" }, score: 5 }, 2: { weight: "/" }, 3: { actual: "详见报告" } }),
        { total: { weight: 100, score: 90 } },
      );
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(findingsOf(RULE, spec)).toEqual([]);
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS, { total: { score: { error: "#VALUE!" } } }))).toEqual([]);
    });
  });

  describe("blank scores", () => {
    it("a row with no stated score counts at the rules' score, so a sheet that states only the 总分 gets the note", () => {
      const spec = indicators(changed({ 0: { score: null }, 1: { score: null } }), { total: { weight: 100, score: 90 } });
      expect(findingsOf(RULE, spec).map((f) => figures(f).expected)).toEqual([100]);
    });
  });

  describe("rounding (the threshold)", () => {
    it("7.55 stated for 7.554 by the rules is not worth a note; 7 is", () => {
      const at = (score: number, total: number) => indicators(changed({ 7: { actual: "75.54%", score } }), { total: { weight: 100, score: total } });
      expect(findingsOf(RULE, at(7.55, 97.55))).toEqual([]);
      expect(cells(findingsOf(RULE, at(7, 97)))).toEqual(["G10 rule-based-total"]);
    });

    it("under 整数分 a score rounded to whole points is no departure; a score beyond the rounding still is", () => {
      const at = (score: number, total: number) => indicators(changed({ 7: { actual: "75.54%", score } }), { total: { weight: 100, score: total } });
      // 7.554 by the rules, 8 stated: within half a point, so the locality's rounding, not a departure.
      expect(findingsOf(RULE, at(8, 98), { scoreTolerance: 1 })).toEqual([]);
      expect(cells(findingsOf(RULE, at(8, 98)))).toEqual(["G10 rule-based-total"]);
      // 10 stated: beyond the rounding; the rules' total takes that row's 7.554 and keeps the rows that follow them.
      const [f] = findingsOf(RULE, at(10, 100), { scoreTolerance: 1 });
      expect(f?.cell).toBe("G10");
      expect(figures(f as Finding).expected).toBeCloseTo(97.55, 2);
    });
  });
});
