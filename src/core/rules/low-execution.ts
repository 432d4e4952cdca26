import { executionRows } from "../layouts/access";
import { isBlank } from "../layouts/read";
import { rate as rateQ } from "../types";
import { effectiveRate, rateCell } from "./helpers";
import type { Rule } from "./rule";

/**
 * Execution below the low threshold (60%): items of line-item tables and the funds total.
 * An item with spending or a stated rate but no budget gets an info finding instead: it has no rate.
 */
export const lowExecution: Rule = {
  id: "low-execution",
  defaultSeverity: "error",
  defaultOn: true,
  check({ grid, model, settings }) {
    const out: ReturnType<Rule["check"]> = [];
    for (const block of model.blocks) {
      for (const row of executionRows(block)) {
        // No budget is not a 0% rate: say so where money was spent, or a rate stated, against a blank or 0 budget.
        const budgetCol = block.columns.fullBudget ?? block.columns.budget ?? block.columns.initialBudget;
        if (budgetCol !== undefined && !row.unitClash) {
          const raw = grid.value(row.row, budgetCol);
          const zero = raw === 0;
          if ((zero || isBlank(raw)) && ((row.actual && row.actual.value !== 0) || (zero && row.rate))) {
            out.push({ code: "low-execution.no-budget", severity: "info", row: row.row, col: budgetCol, params: { item: row.name } });
            continue;
          }
        }
        const rate = effectiveRate(row);
        const at = rateCell(row);
        if (rate === null || at === null || !(rate < settings.lowRate)) continue;
        out.push({
          code: "low-execution",
          ...at,
          params: { item: row.name, rate, threshold: settings.lowRate },
          expected: rateQ(settings.lowRate, 0),
          actual: rateQ(rate),
        });
      }
    }
    return out;
  },
};
