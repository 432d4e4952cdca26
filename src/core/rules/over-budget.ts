import { amountItems } from "../layouts/access";
import { tolerance } from "../layouts/read";
import { amount } from "../types";
import type { RawFinding, Rule } from "./rule";

/** Actual spending above the budget on an item. */
export const overBudget: Rule = {
  id: "over-budget",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model }) {
    const out: RawFinding[] = [];
    for (const block of model.blocks) {
      for (const row of amountItems(block)) {
        const { budget, actual } = row;
        if (!budget || !actual || budget.value <= 0 || row.unitClash) continue;
        const decimals = Math.max(actual.decimals, budget.decimals);
        if (actual.value - budget.value <= tolerance(decimals)) continue;
        out.push({ code: "over-budget", row: actual.row, col: actual.col, params: { item: row.name, actual: actual.value, budget: budget.value, decimals }, expected: amount(budget.value, budget.decimals), actual: amount(actual.value, actual.decimals) });
      }
    }
    return out;
  },
};
