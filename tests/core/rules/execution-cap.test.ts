import { DEFAULT_RULE_IDS } from "../../../src/core/rules";
import { cells, expectFinding, findingsOf, audit, figures } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, FORM_INDICATORS, indicators, selfEvaluationForm } from "../../helpers/sheets";

const RULE = "execution-cap";

/** A form whose execution rate is `rate` (budget 100) and whose stated total is `total`. */
const form = (actual: number, total: number) =>
  selfEvaluationForm({ initial: 100, full: 100, actual, rate: actual / 100, score: actual / 10 }, FORM_INDICATORS, { total: { weight: 100, score: total } });

describe("execution-cap (off by default)", () => {
  it("is not among the default rules, and runAudit does not run it unless asked", () => {
    expect(DEFAULT_RULE_IDS).not.toContain(RULE);
    const report = audit(form(65, 96.5));
    expect(report.findings.filter((f) => f.rule === RULE)).toEqual([]);
    expect(audit(form(65, 96.5), { rules: [...DEFAULT_RULE_IDS, RULE] }).findings.some((f) => f.rule === RULE)).toBe(true);
  });

  describe("finds the problem (when listed in options.rules)", () => {
    it("65% execution caps the total at 79: 96.5 stated is an error at the 总分 score cell", () => {
      const spec = form(65, 96.5);
      expectFinding(RULE, spec, { cell: `H${spec.totalRow}`, severity: "error", code: "execution-cap", mentions: ["65%", "79", "96.5"] });
    });

    it.each([
      [75, 90, 89],
      [55, 70, 69],
      [45, 60, 59],
    ])("%p%% execution with a total of %p is above the cap %p", (rate, total, cap) => {
      const spec = form(rate, total);
      expectFinding(RULE, spec, { cell: `H${spec.totalRow}`, severity: "error", mentions: [`${rate}%`, String(cap)] });
    });

    it("without a funds block, the 预算执行率 indicator's actual gives the rate", () => {
      const spec = indicators(changed({ 7: { actual: "65%", score: 6.5 } }), { total: { weight: 100, score: 96.5 } });
      expect(cells(findingsOf(RULE, spec))).toEqual(["G10 execution-cap"]);
    });
  });

  describe("stays silent on clean data", () => {
    it("totals within their caps, and no cap at 80% or more", () => {
      expect(findingsOf(RULE, form(65, 79))).toEqual([]);
      expect(findingsOf(RULE, form(85, 98.5))).toEqual([]);
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS, { total: { weight: 100, score: 100 } }))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("no total score, a dashed total, an error value, or no rate at all", () => {
      const noTotal = selfEvaluationForm({ initial: 100, full: 100, actual: 50, rate: 0.5, score: 5 }, FORM_INDICATORS);
      expect(findingsOf(RULE, noTotal)).toEqual([]);
      const dashed = selfEvaluationForm({ initial: 100, full: 100, actual: 50, rate: 0.5, score: 5 }, FORM_INDICATORS, { total: { score: "—" } });
      expect(findingsOf(RULE, dashed)).toEqual([]);
      const err = selfEvaluationForm({ initial: 100, full: 100, actual: 50, rate: 0.5, score: 5 }, FORM_INDICATORS, { total: { score: { error: "#REF!" } } });
      expect(findingsOf(RULE, err)).toEqual([]);
      const zeroBudget = selfEvaluationForm({ initial: 0, full: 0, actual: 0, rate: "—", score: "—" }, FORM_INDICATORS, { total: { score: 90 } });
      expect(findingsOf(RULE, zeroBudget)).toEqual([]);
    });
  });

  describe("the thresholds", () => {
    it("80% has no cap; 79.99% caps at 89", () => {
      expect(findingsOf(RULE, form(80, 100))).toEqual([]);
      expect(cells(findingsOf(RULE, form(79.99, 90)))).toHaveLength(1);
    });

    it("a total exactly at the cap is allowed; 0.01 above is not", () => {
      expect(findingsOf(RULE, form(65, 79))).toEqual([]);
      expect(cells(findingsOf(RULE, form(65, 79.01)))).toHaveLength(1);
    });

    it("60% caps at 79 (60–70%), 59.99% at 69, 50% at 69, 49.99% at 59", () => {
      expect(findingsOf(RULE, form(60, 79))).toEqual([]);
      expect(findingsOf(RULE, form(59.99, 79)).map((f) => figures(f).expected)).toEqual([69]);
      expect(findingsOf(RULE, form(50, 79)).map((f) => figures(f).expected)).toEqual([69]);
      expect(findingsOf(RULE, form(49.99, 79)).map((f) => figures(f).expected)).toEqual([59]);
    });
  });
});
