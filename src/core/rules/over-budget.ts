import { tolerance } from "../layouts/read";
import { fmtNum } from "../messages/format";
import type { RawFinding, Rule } from "./rule";

/** Actual spending above the budget on an item. */
export const overBudget: Rule = {
  id: "over-budget",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model }) {
    const out: RawFinding[] = [];
    for (const block of model.blocks) {
      if (block.kind === "indicators") continue;
      for (const row of block.rows) {
        const { budget, actual } = row;
        if (row.kind !== "item" || !budget || !actual || budget.value <= 0 || row.unitClash) continue;
        if (actual.value - budget.value <= tolerance(Math.max(actual.decimals, budget.decimals))) continue;
        out.push({ code: "over-budget", row: actual.row, col: actual.col, params: { item: row.name, actual: fmtNum(actual.value, 4), budget: fmtNum(budget.value, 4) }, expected: budget.value, actual: actual.value });
      }
    }
    return out;
  },
};
