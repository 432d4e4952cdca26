import { cells, expectFinding, findingsOf, figures } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, FORM_INDICATORS, indicators, selfEvaluationForm } from "../../helpers/sheets";

const RULE = "score-mismatch";

/** CLEAN_INDICATORS row i sits on sheet row i + 2; 得分 is column G. */
const scoreCell = (i: number): string => `G${i + 2}`;

describe("score-mismatch", () => {
  describe("finds the problem", () => {
    it("full marks for a quantity not reached: 20 stated, the rule gives 20 × 253 ÷ 286 = 17.69", () => {
      const spec = indicators(changed({ 0: { target: "286座", actual: "253座", score: 20 } }));
      const f = expectFinding(RULE, spec, { cell: scoreCell(0), severity: "error", code: "score-mismatch.quantitative", mentions: ["17.69", "20", "253", "286"] });
      expect(figures(f).expected).toBeCloseTo(17.6923, 4);
    });

    it("a lower-is-better cost over its cap: 10 × 200 ÷ 250 = 8", () => {
      const spec = indicators(changed({ 2: { target: "≤200万元", actual: "250万元", score: 10 } }));
      expectFinding(RULE, spec, { cell: scoreCell(2), severity: "error", code: "score-mismatch.quantitative", mentions: ["8", "10"] });
    });

    it("a score above its weight", () => {
      const spec = indicators(changed({ 1: { score: 12 } }));
      expectFinding(RULE, spec, { cell: scoreCell(1), severity: "error", code: "score-mismatch.over-weight", mentions: ["12", "10"] });
    });

    it("a partly met qualitative indicator given full marks: at most 80% of its weight", () => {
      const spec = indicators(changed({ 3: { target: "完成", actual: "基本完成", score: 10 } }));
      expectFinding(RULE, spec, { cell: scoreCell(3), severity: "error", code: "score-mismatch.qualitative", mentions: ["基本完成", "8", "10"] });
    });

    it("an unmet qualitative indicator: at most 60% of its weight", () => {
      const spec = indicators(changed({ 5: { target: "建立", actual: "未建立", score: 10 } }));
      expectFinding(RULE, spec, { cell: scoreCell(5), severity: "error", code: "score-mismatch.qualitative", mentions: ["未建立", "9", "10"] });
    });

    it("the form's execution score: 9.7 stated, 10 × 172.743 ÷ 206.632 = 8.36", () => {
      const spec = selfEvaluationForm({ initial: 206.4, full: 206.632, actual: 172.743, rate: 0.836, score: 9.7 }, FORM_INDICATORS);
      expectFinding(RULE, spec, { cell: "I6", severity: "error", code: "score-mismatch.execution", mentions: ["8.36", "9.7", "83.6%"] });
    });

    it("a zero target (0起) with one accident scores 0", () => {
      const spec = indicators(changed({ 4: { target: "0起", actual: "1起", score: 15 } }));
      expectFinding(RULE, spec, { cell: scoreCell(4), severity: "error", code: "score-mismatch.quantitative", mentions: ["0", "15"] });
    });
  });

  describe("stays silent on clean data", () => {
    it("full marks for met targets", () => {
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS))).toEqual([]);
    });

    it("scores that follow the rules for unmet targets", () => {
      const spec = indicators(
        changed({
          0: { target: "286座", actual: "253座", score: 17.69 },
          2: { target: "≤200万元", actual: "250万元", score: 8 },
          3: { target: "完成", actual: "基本完成", score: 8 },
          5: { target: "建立", actual: "未建立", score: 9 },
          4: { target: "0起", actual: "1起", score: 0 },
        }),
      );
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a qualitative score below its band's ceiling is the evaluator's call", () => {
      expect(findingsOf(RULE, indicators(changed({ 3: { score: 8.5 }, 5: { target: "建立", actual: "基本建立", score: 9 } })))).toEqual([]);
    });

    it("the form's execution score 8.36 for 83.60%, and a full 10 at 100%", () => {
      expect(findingsOf(RULE, selfEvaluationForm({ initial: 206.4, full: 206.632, actual: 172.743, rate: 0.836, score: 8.36 }, FORM_INDICATORS))).toEqual([]);
      expect(findingsOf(RULE, selfEvaluationForm({ initial: 100, full: 100, actual: 100, rate: 1, score: 10 }, FORM_INDICATORS))).toEqual([]);
    });

    it("spending above the budget still earns at most the weight (10 × min(rate, 100%))", () => {
      expect(findingsOf(RULE, selfEvaluationForm({ initial: 100, full: 100, actual: 120, rate: 1.2, score: 10 }, FORM_INDICATORS))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("scores of —, /, empty, prose or an error value are not compared", () => {
      const spec = indicators(
        changed({
          0: { target: "286座", actual: "253座", score: "—" },
          1: { target: "≥2期", actual: "1期", score: "/" },
          2: { target: "≤200万元", actual: "250万元", score: null },
          3: { target: "完成", actual: "基本完成", score: "待评" },
          4: { target: "0起", actual: "1起", score: { error: "#VALUE!" } },
        }),
      );
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a missing weight, actual or target leaves only what can be checked", () => {
      const spec = indicators(
        changed({
          0: { weight: "—", score: 20 },
          1: { actual: "—", score: 10 },
          2: { target: { error: "#N/A" }, score: 10 },
          3: { actual: "详见报告", score: 10 },
        }),
      );
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("scores written as text (17.69分, full-width digits) are read", () => {
      const ok = indicators(changed({ 0: { target: "286座", actual: "253座", score: "17.69分" } }));
      expect(findingsOf(RULE, ok)).toEqual([]);
      const bad = indicators(changed({ 0: { target: "286座", actual: "253座", score: "２０" } }));
      expect(cells(findingsOf(RULE, bad))).toEqual([`${scoreCell(0)} score-mismatch.quantitative`]);
    });

    it("a funds block with a zero budget has no execution rate, so its score is not judged", () => {
      expect(findingsOf(RULE, selfEvaluationForm({ initial: 0, full: 0, actual: 0, rate: "—", score: 10 }, FORM_INDICATORS))).toEqual([]);
    });
  });

  describe("rounding (the threshold)", () => {
    it("7.55 for 10 × 75.54% = 7.554 is fine under General; 7.5 and 7.56 are not", () => {
      const at = (score: number) => indicators(changed({ 7: { target: "100%", actual: "75.54%", score } }));
      expect(findingsOf(RULE, at(7.55))).toEqual([]);
      expect(cells(findingsOf(RULE, at(7.5)))).toEqual([`${scoreCell(7)} score-mismatch.quantitative`]);
      expect(cells(findingsOf(RULE, at(7.56)))).toEqual([`${scoreCell(7)} score-mismatch.quantitative`]);
    });

    it("an integer-shown 18 against the rule's 17.69 is fine; 20 is not", () => {
      const at = (score: number) => indicators(changed({ 0: { target: "286座", actual: "253座", score } }));
      expect(findingsOf(RULE, at(18))).toEqual([]);
      expect(cells(findingsOf(RULE, at(20)))).toEqual([`${scoreCell(0)} score-mismatch.quantitative`]);
    });

    it("a score cell formatted 0.00 shows 18.00, which is not 17.69", () => {
      const spec = { ...indicators(changed({ 0: { target: "286座", actual: "253座", score: 18 } })), formats: { G2: "0.00" } };
      expect(cells(findingsOf(RULE, spec))).toEqual([`${scoreCell(0)} score-mismatch.quantitative`]);
    });

    it("a partly met qualitative indicator: exactly 80% of the weight is allowed, 8.01 of 10 is not", () => {
      expect(findingsOf(RULE, indicators(changed({ 3: { actual: "基本完成", score: 8 } })))).toEqual([]);
      expect(cells(findingsOf(RULE, indicators(changed({ 3: { actual: "基本完成", score: 8.01 } }))))).toEqual([`${scoreCell(3)} score-mismatch.qualitative`]);
    });

    it("a score equal to its weight is not above it", () => {
      expect(findingsOf(RULE, indicators(changed({ 1: { score: 10 } })))).toEqual([]);
      expect(cells(findingsOf(RULE, indicators(changed({ 1: { score: 10.01 } }))))).toEqual([`${scoreCell(1)} score-mismatch.over-weight`]);
    });
  });
});
