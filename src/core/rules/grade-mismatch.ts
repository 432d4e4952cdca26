import { grade } from "../scoring/scoring";
import { text } from "../types";
import { totalScore } from "./helpers";
import type { RawFinding, Rule } from "./rule";

/** A stated grade (优/良/中/差) that does not match the total score. */
export const gradeMismatch: Rule = {
  id: "grade-mismatch",
  defaultSeverity: "error",
  defaultOn: true,
  check({ model }) {
    const stated = model.grade;
    const total = totalScore(model);
    if (!stated || !total) return [];
    const expected = grade(total.value);
    if (expected === stated.grade) return [];
    const f: RawFinding = { code: "grade-mismatch", row: stated.row, col: stated.col, params: { score: total.value, expected, stated: stated.grade }, expected: text(expected), actual: text(stated.grade) };
    return [f];
  },
};
