import { grade } from "../scoring/scoring";
import { text } from "../types";
import { gradeOf } from "../layouts/access";
import { blockTotalScore, totalScore } from "./helpers";
import type { RawFinding, Rule } from "./rule";

/** A stated grade (优/良/中/差) that does not match the total score: each block's grade against its own total. */
export const gradeMismatch: Rule = {
  id: "grade-mismatch",
  defaultSeverity: "error",
  defaultOn: true,
  check({ model }) {
    const out: RawFinding[] = [];
    const checked = new Set<string>();
    const check = (stated: { grade: string; row: number; col: number }, score: number): void => {
      checked.add(`${stated.row}:${stated.col}`);
      const expected = grade(score);
      if (expected === stated.grade) return;
      out.push({ code: "grade-mismatch", row: stated.row, col: stated.col, params: { score, expected, stated: stated.grade }, expected: text(expected), actual: text(stated.grade) });
    };
    for (const block of model.blocks) {
      const total = blockTotalScore(block);
      const stated = gradeOf(block);
      if (stated && total) check(stated, total.value);
    }
    // A grade stated away from any block (a 自评等级 line at the foot of the form) goes with the sheet's total.
    const stated = model.grade;
    const total = totalScore(model);
    if (stated && total && !checked.has(`${stated.row}:${stated.col}`)) check(stated, total.value);
    return out;
  },
};
