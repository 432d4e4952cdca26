import type { IndicatorRow } from "../layouts/blocks";
import type { RawFinding, Rule } from "./rule";

/** Rows whose numeric target and actual could not be compared for the given reason. */
function rowsWith(model: Parameters<Rule["check"]>[0]["model"], code: "not-a-number" | "unit-mismatch"): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const block of model.blocks) {
    if (block.kind !== "indicators") continue;
    for (const row of block.rows) {
      const r = row.result;
      if (r && !r.ok && r.problem.code === code && row.target?.ok && row.target.value.kind === "numeric") rows.push(row);
    }
  }
  return rows;
}

function finding(row: IndicatorRow, code: "non-numeric-actual" | "unit-mismatch"): RawFinding {
  return {
    code,
    row: row.row,
    col: row.actualCol ?? row.targetCol ?? 1,
    params: { item: row.name, target: row.targetText, actual: row.actualText },
    expected: row.targetText,
    actual: row.actualText,
  };
}

/** A numeric target with a non-numeric actual (完成 against ≥30万元): the score cannot be checked. */
export const nonNumericActual: Rule = {
  id: "non-numeric-actual",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model, grid, options }) {
    void grid;
    void options;
    return rowsWith(model, "not-a-number").map((r) => finding(r, "non-numeric-actual"));
  },
};

/** Target and actual in different units (% against 个, 万元 against 元): reported, never converted. */
export const unitMismatch: Rule = {
  id: "unit-mismatch",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model }) {
    const out = rowsWith(model, "unit-mismatch").map((r) => finding(r, "unit-mismatch"));
    // Amounts written with a unit other than the table's (1,940元 in a 万元 table).
    for (const block of model.blocks) {
      if (block.kind === "indicators" || block.unit === null) continue;
      for (const row of block.rows) {
        for (const n of [row.budget, row.initialBudget, row.actual]) {
          if (!n || n.unit === null || n.unit === block.unit) continue;
          out.push({ code: "unit-mismatch.amount", row: n.row, col: n.col, params: { item: row.name, target: block.unit, actual: `${n.value}${n.unit}` }, expected: block.unit, actual: n.unit });
        }
      }
    }
    return out;
  },
};
