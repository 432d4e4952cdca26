import { amountRows, amountUnit } from "../layouts/access";
import { text } from "../types";
import { uncomparedRows } from "./helpers";
import type { RawFinding, Rule } from "./rule";

/** Target and actual in different units (% against 个, 万元 against 元): reported, never converted. */
export const unitMismatch: Rule = {
  id: "unit-mismatch",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model }) {
    const out: RawFinding[] = uncomparedRows(model, "unit-mismatch").map((row) => ({
      code: "unit-mismatch",
      row: row.row,
      col: row.actualCol ?? row.targetCol ?? 1,
      params: { item: row.name, target: row.targetText, actual: row.actualText },
      expected: text(row.targetText),
      actual: text(row.actualText),
    }));
    // Amounts written with a unit other than the table's (1,940元 in a 万元 table).
    for (const block of model.blocks) {
      const unit = amountUnit(block);
      if (unit === null) continue;
      for (const row of amountRows(block)) {
        for (const n of [row.budget, row.initialBudget, row.actual]) {
          if (!n || n.unit === null || n.unit === unit) continue;
          out.push({ code: "unit-mismatch.amount", row: n.row, col: n.col, params: { item: row.name, tableUnit: unit, value: n.value, unit: n.unit }, expected: text(unit), actual: text(n.unit) });
        }
      }
    }
    return out;
  },
};
