import type { SheetModel } from "../layouts/blocks";
import type { Num } from "../layouts/read";
import { fmtNum } from "../messages/format";
import { grade } from "../scoring/scoring";
import type { RawFinding, Rule } from "./rule";

/** The sheet's stated total score: the first indicator block's 总分. */
export function totalScore(model: SheetModel): Num | null {
  for (const b of model.blocks) if (b.kind === "indicators" && b.total?.score) return b.total.score;
  return null;
}

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
    const f: RawFinding = { code: "grade-mismatch", row: stated.row, col: stated.col, params: { score: fmtNum(total.value), expected, stated: stated.grade }, expected, actual: stated.grade };
    return [f];
  },
};
