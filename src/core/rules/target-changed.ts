import { isCellError, type Grid } from "../grid/grid";
import { explanationRowOf, indicatorRows } from "../layouts/access";
import type { Block, IndicatorRow } from "../layouts/blocks";
import { isBlank } from "../layouts/read";
import { normalizeText } from "../parse/number";
import { parseTarget } from "../parse/target";
import { text, type TargetChange } from "../types";
import type { RawFinding, Rule } from "./rule";

/** How the adjusted target moved from the initial one; null when it is the same target written either way. */
export function targetChange(initial: string, adjusted: string): TargetChange | null {
  const a = parseTarget(initial);
  const b = parseTarget(adjusted);
  if (a.ok && b.ok && a.value.kind === "numeric" && b.value.kind === "numeric") {
    const x = a.value;
    const y = b.value;
    // A unit written on one side only (95 | 95%) is the same unit.
    if (x.op !== y.op || x.qualifier !== y.qualifier || (x.unit !== null && y.unit !== null && x.unit !== y.unit)) return "changed";
    if (Math.abs(x.value - y.value) <= 1e-9 * Math.max(1, Math.abs(x.value))) return null;
    if (x.op === "=") return "changed";
    const higherIsBetter = x.op === ">=" || x.op === ">";
    return higherIsBetter === (y.value < x.value) ? "eased" : "tightened";
  }
  const plain = (s: string): string => normalizeText(s).replace(/\s+/g, "");
  return plain(initial) === plain(adjusted) ? null : "changed";
}

/** A reason is given: in the row's explanation cell, or (where the block has no such column) in its explanation row. */
function explained(block: Block, row: IndicatorRow): boolean {
  if (row.explanation !== null) return row.explanation !== "";
  const below = explanationRowOf(block);
  return below !== null && below.text !== "";
}

/** Either target cell holds an error value (#N/A, #REF!): there is no target to compare. */
function errorIn(grid: Grid, row: IndicatorRow): boolean {
  return [row.initialTargetCol, row.targetCol].some((c) => c !== undefined && isCellError(grid.value(row.row, c)));
}

/**
 * 年初指标值 beside 调整指标值: the adjusted value is the target the indicator is judged by. A target changed in the
 * year needs its reason stated (a lowered bar met is not the plan met), so a change with no explanation is reported.
 */
export const targetChanged: Rule = {
  id: "target-changed",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ grid, model }) {
    const out: RawFinding[] = [];
    for (const block of model.blocks) {
      for (const row of indicatorRows(block)) {
        const initial = row.initialTargetText;
        if (initial === undefined || isBlank(initial) || isBlank(row.targetText) || errorIn(grid, row)) continue;
        const direction = targetChange(initial, row.targetText);
        if (direction === null || explained(block, row)) continue;
        const col = row.targetCol ?? row.initialTargetCol ?? block.columns.target ?? 1;
        const params = { item: row.name, initial, adjusted: row.targetText, direction };
        out.push({ code: "target-changed", row: row.row, col, params, expected: text(initial), actual: text(row.targetText) });
      }
    }
    return out;
  },
};
