/**
 * score-mismatch.execution-missing: the funds block's execution score left empty although its money rows give a
 * rate, and a 年度资金总额 left at 0 above the rows that hold the money (issue 9: a total mismatch AND a missing
 * execution score, not only «预算数为 0»).
 */
import { audit, cells, expectFinding, figures, findingsOf, textOf } from "../../helpers/grid";
import { fundsOver } from "../../helpers/adjusted-targets";
import { zeroTotal } from "../../helpers/real-forms";
import { FORM_INDICATORS, selfEvaluationForm } from "../../helpers/sheets";

const RULE = "score-mismatch";
const CODE = "score-mismatch.execution-missing";
const missing = (spec: Parameters<typeof findingsOf>[1]): string[] => cells(findingsOf(RULE, spec)).filter((c) => c.endsWith(CODE));

describe("score-mismatch.execution-missing", () => {
  describe("finds the problem", () => {
    it("年度资金总额 0 | 0 | 0 over 其中：当年财政拨款 120 | 118.5 | 117.2: three total mismatches and the missing score", () => {
      const report = audit(zeroTotal());
      expect(cells(report.findings)).toEqual([
        "C2 total-mismatch.amount",
        "D2 total-mismatch.amount",
        "E2 total-mismatch.amount",
        `H2 ${CODE}`,
      ]);
      const f = expectFinding(RULE, zeroTotal(), { cell: "H2", severity: "warning", code: CODE, mentions: ["98.9%", "9.89"] });
      expect(f.params).toMatchObject({ weight: 10, fromParts: true });
      expect((f.params as { rate: number }).rate).toBeCloseTo(117.2 / 118.5, 10);
      expect(figures(f).expected).toBeCloseTo(9.89, 2);
      expect(textOf(f)).toBe("预算执行率没有得分：年度资金总额未填，按其下各项资金计算，执行率为 98.9%，应得 9.89 分（10 × 98.9%）");
      // Not only «预算数为 0»: that message is for money spent against no budget, which is not this.
      expect(report.findings.some((x) => x.code === "low-execution.no-budget")).toBe(false);
    });

    it("a total left blank (not 0) is read the same way", () => {
      expect(missing(fundsOver([null, null, null], [["其中：当年财政拨款", 120, 118.5, 117.2]]))).toEqual([`H2 ${CODE}`]);
    });

    it("a filled-in total with its score cell empty: the rate of the total itself", () => {
      const spec = fundsOver([100, 100, 90], [["其中：当年财政拨款", 100, 100, 90]]);
      const f = expectFinding(RULE, spec, { cell: "H2", severity: "warning", code: CODE, mentions: ["90%", "9"] });
      expect(f.params).toMatchObject({ fromParts: false, computed: 9 });
      expect(textOf(f, "en-US")).toBe("the execution score is missing: an execution rate of 90%, worth 9 (10 × 90%)");
    });

    it("the form's own weight: 20 points × 98.90%", () => {
      const f = findingsOf(RULE, fundsOver([0, 0, 0], [["其中：当年财政拨款", 120, 118.5, 117.2]], { weight: 20 })).find((x) => x.code === CODE);
      expect(f?.params).toMatchObject({ weight: 20 });
      expect(figures(f).expected).toBeCloseTo(19.78, 2);
    });

    it("a score stated over a total of 0 is checked against the rows under it", () => {
      const found = findingsOf(RULE, fundsOver([0, 0, 0], [["其中：当年财政拨款", 120, 118.5, 117.2]], { score: 10 }));
      expect(cells(found)).toEqual(["H2 score-mismatch.execution"]);
      expect(figures(found[0]).expected).toBeCloseTo(9.89, 2);
    });
  });

  describe("stays silent on clean data", () => {
    it("the national form with its execution score filled in", () => {
      const spec = selfEvaluationForm({ initial: 206.4, full: 206.632, actual: 172.743, rate: 0.836, score: 8.36 }, FORM_INDICATORS);
      expect(findingsOf(RULE, spec).filter((f) => f.code.startsWith("score-mismatch.execution"))).toEqual([]);
    });

    it("a total of 0 over rows of 0: there is no rate to give", () => {
      expect(missing(selfEvaluationForm({ initial: 0, full: 0, actual: 0, rate: "—" }, FORM_INDICATORS))).toEqual([]);
      expect(missing(fundsOver([0, 0, 0], [["其中：当年财政拨款", 0, 0, 0]]))).toEqual([]);
    });

    it("a funds block without a 得分 column has no score cell to miss", () => {
      const spec = fundsOver([0, 0, 0], [["其中：当年财政拨款", 120, 118.5, 117.2]]);
      const rows = spec.rows.map((r) => r.slice(0, 7));
      expect(missing({ ...spec, rows })).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("— and an error value (#DIV/0! from a score formula over the 0) are no score; prose is not read as missing", () => {
      expect(missing(fundsOver([0, 0, 0], [["其中：当年财政拨款", 120, 118.5, 117.2]], { score: "—" }))).toEqual([`H2 ${CODE}`]);
      expect(missing(fundsOver([0, 0, 0], [["其中：当年财政拨款", 120, 118.5, 117.2]], { score: { error: "#DIV/0!" } }))).toEqual([`H2 ${CODE}`]);
      expect(missing(fundsOver([0, 0, 0], [["其中：当年财政拨款", 120, 118.5, 117.2]], { score: "见附件" }))).toEqual([]);
    });

    it("parts with text or error amounts do not throw; a part with no actual gives no rate", () => {
      const spec = fundsOver([0, 0, 0], [["其中：当年财政拨款", "待定", { error: "#REF!" }, null]]);
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(missing(spec)).toEqual([]);
    });

    it("a total with a budget but no actual gives no rate, whatever the rows under it say", () => {
      expect(missing(fundsOver([120, 118.5, null], [["其中：当年财政拨款", 120, 118.5, 117.2]]))).toEqual([]);
    });
  });

  describe("the edge", () => {
    it("a total broken down by source and again by kind: the rate of one breakdown, not of both added together", () => {
      const spec = fundsOver(
        [0, 0, 0],
        [
          ["其中：当年财政拨款", 100, 100, 90],
          ["其他资金", 20, 20, 20],
          ["基本支出", 60, 60, 55],
          ["项目支出", 60, 60, 55],
        ],
      );
      const f = findingsOf(RULE, spec).find((x) => x.code === CODE);
      expect((f?.params as { rate: number }).rate).toBeCloseTo(110 / 120, 10);
    });

    it("spending above the budget under the 0 still earns at most the weight", () => {
      const f = findingsOf(RULE, fundsOver([0, 0, 0], [["其中：当年财政拨款", 100, 100, 110]])).find((x) => x.code === CODE);
      expect(figures(f).expected).toBe(10);
    });
  });
});
