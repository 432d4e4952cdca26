/**
 * Several projects stacked on one sheet, each with its own funds block: each execution score is checked against
 * its own rate and weight, and each 总分 and weight sum against its own project's execution score and weight.
 */
import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { twoProjects } from "../../helpers/stacked-projects";

const right = { actual: 100, weight: 10, score: 10 };

describe("stacked projects, each with its funds block", () => {
  describe("score-mismatch.execution", () => {
    it("the second project's execution score: 10 stated for 90% executed (10 × 90% = 9), at its 得分 cell", () => {
      const spec = twoProjects(right, { actual: 90, weight: 10, score: 10 });
      expectFinding("score-mismatch", spec, { cell: "H12", severity: "error", code: "score-mismatch.execution", mentions: ["9", "90%"] });
      expect(cells(findingsOf("score-mismatch", spec))).toEqual(["H12 score-mismatch.execution"]);
    });

    it("the first project's is checked as before, the second's right one is not reported", () => {
      expect(cells(findingsOf("score-mismatch", twoProjects({ actual: 90, weight: 10, score: 10 }, right)))).toEqual(["H3 score-mismatch.execution"]);
    });

    it("each project's own execution weight: 20 × 90% = 18 under the second is right, 20 stated is not", () => {
      const second = { actual: 90, weight: 20, score: 18, indicators: [40, 30, 10] as [number, number, number] };
      expect(findingsOf("score-mismatch", twoProjects(right, second))).toEqual([]);
      expect(cells(findingsOf("score-mismatch", twoProjects(right, { ...second, score: 20 })))).toEqual(["H12 score-mismatch.execution"]);
    });
  });

  describe("total-mismatch and weight-sum take the project's own execution score and weight", () => {
    it("总分 99 = 90 + the second project's 9 is right; 100 is not", () => {
      const second = { actual: 90, weight: 10, score: 9 };
      expect(findingsOf("total-mismatch", twoProjects(right, second))).toEqual([]);
      expect(cells(findingsOf("total-mismatch", twoProjects(right, { ...second, total: 100 })))).toEqual(["G17 total-mismatch.score"]);
    });

    it("the second project weighing its execution 20 over indicators of 80 adds up to 100", () => {
      const second = { actual: 100, weight: 20, score: 20, indicators: [40, 30, 10] as [number, number, number] };
      expect(findingsOf("weight-sum", twoProjects(right, second)).filter((f) => f.severity === "error")).toEqual([]);
      const short = { ...second, indicators: [35, 30, 10] as [number, number, number], totalWeight: 100 };
      expect(cells(findingsOf("weight-sum", twoProjects(right, short)))).toEqual(["F17 weight-sum"]);
    });
  });

  it("rule-based-total notes each 总分 with its own project's execution score by the rules (90 + 9 = 99)", () => {
    expect(cells(findingsOf("rule-based-total", twoProjects(right, { actual: 90, weight: 10, score: 10 })))).toEqual(["G17 rule-based-total"]);
    expect(findingsOf("rule-based-total", twoProjects(right, { actual: 90, weight: 10, score: 9 }))).toEqual([]);
  });
});
