import type { CellValue } from "../../../src/core/grid/grid";
import { cells, expectFinding, findingsOf, figures } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, indicators } from "../../helpers/sheets";

const RULE = "grade-mismatch";

/** The clean indicator table with a stated 总分 and a grade row (自评等级 | grade) at row 11. */
const graded = (score: CellValue, grade: string) => indicators(changed({ 0: { score: 20 } }), { total: { weight: 100, score }, grade });

describe("grade-mismatch", () => {
  describe("finds the problem", () => {
    it("优 stated for a total of 85 (良), at the grade cell", () => {
      const f = expectFinding(RULE, graded(85, "优"), { cell: "B11", severity: "error", code: "grade-mismatch", mentions: ["85", "良", "优"] });
      expect(figures(f)).toMatchObject({ expected: "良", actual: "优" });
    });

    it("an inline grade (自评等级：优) in one cell", () => {
      const spec = indicators(CLEAN_INDICATORS, { total: { weight: 100, score: 75 } });
      spec.rows.push(["自评等级：优"]);
      expectFinding(RULE, spec, { cell: "A11", severity: "error", mentions: ["75", "中", "优"] });
    });

    it("a 等级 column in the indicator block", () => {
      const spec = {
        rows: [
          ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "等级"],
          ["甲", "≥1次", "1次", 100, 100, null],
          ["总分", null, null, 100, 55, "良好"],
        ],
      };
      expectFinding(RULE, spec, { cell: "F3", severity: "error", mentions: ["55", "差", "良"] });
    });
  });

  describe("stays silent on clean data", () => {
    it.each([
      [95, "优"],
      [85, "良"],
      [70, "中"],
      [50, "差"],
      [95, "优秀"],
      [85, "良好"],
    ] as const)("%p stated as %p", (score, grade) => {
      expect(findingsOf(RULE, graded(score, grade))).toEqual([]);
    });

    it("no stated grade, or no total score, is nothing to compare", () => {
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS, { total: { weight: 100, score: 100 } }))).toEqual([]);
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS, { grade: "差" }))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("a grade cell that is empty, a dash, an error value or prose is not a grade", () => {
      for (const g of ["", "—", "/", "待定"]) expect(findingsOf(RULE, graded(85, g))).toEqual([]);
      const spec = indicators(CLEAN_INDICATORS, { total: { weight: 100, score: 85 } });
      spec.rows.push(["自评等级", { error: "#N/A" }]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a total score that is a dash or an error value is not compared", () => {
      expect(findingsOf(RULE, graded("—", "优"))).toEqual([]);
      expect(findingsOf(RULE, graded({ error: "#VALUE!" }, "优"))).toEqual([]);
    });

    it("a total score written as text is read", () => {
      expect(cells(findingsOf(RULE, graded("８５分", "优")))).toEqual(["B11 grade-mismatch"]);
    });
  });

  describe("the threshold", () => {
    it("90 is 优, 89.99 is 良", () => {
      expect(findingsOf(RULE, graded(90, "优"))).toEqual([]);
      expect(cells(findingsOf(RULE, graded(89.99, "优")))).toEqual(["B11 grade-mismatch"]);
      expect(findingsOf(RULE, graded(89.99, "良"))).toEqual([]);
    });

    it("80 is 良, 60 is 中, 59.99 is 差", () => {
      expect(findingsOf(RULE, graded(80, "良"))).toEqual([]);
      expect(findingsOf(RULE, graded(60, "中"))).toEqual([]);
      expect(cells(findingsOf(RULE, graded(59.99, "中")))).toEqual(["B11 grade-mismatch"]);
    });
  });
});
