import { a1 } from "../grid/grid";
import type { RawFinding, Rule } from "./rule";

/** How many cells a finding names; the count says how many there are. */
const NAMED = 8;

/**
 * Values that may not be current: a workbook set to calculate manually (once per workbook, on the sheet
 * that carries workbook findings), and formulas saved without results (once per sheet), saying which the
 * audit computed itself and which it could not trust.
 */
export const staleValues: Rule = {
  id: "stale-values",
  defaultSeverity: "info",
  defaultOn: true,
  check({ grid, evaluation }) {
    const out: RawFinding[] = [];
    const facts = grid.workbook;
    if (facts?.calcMode === "manual" && (facts.firstSheet === undefined || facts.firstSheet === grid.sheet)) {
      let formulas = 0;
      grid.forEachFormula(() => formulas++);
      out.push({ code: "stale-values.manual", row: grid.firstRow, col: grid.firstCol, params: { formulas } });
    }
    if (evaluation && (evaluation.computed.length > 0 || evaluation.failed.length > 0)) {
      const all = [...evaluation.computed, ...evaluation.failed].sort((x, y) => x.row - y.row || x.col - y.col);
      const first = all[0] as { row: number; col: number };
      out.push({
        code: "stale-values.no-result",
        row: first.row,
        col: first.col,
        params: {
          count: all.length,
          cells: all.slice(0, NAMED).map((c) => a1(c.row, c.col)),
          computed: evaluation.computed.length,
          failed: evaluation.failed.slice(0, NAMED).map((c) => a1(c.row, c.col)),
        },
      });
    }
    return out;
  },
};
