/**
 * Formulas saved without their results (files written by tools that never calculate, or Excel in
 * manual mode): the audit computes the simple ones itself, so the rules see a value, and keeps a
 * record of which cells it computed and which it could not, for the stale-values finding.
 */
import type { CellValue, Grid } from "../grid/grid";
import { evaluateFormula, type Lookup } from "./evaluate";

export interface Evaluation {
  /** The grid the rules read: the original, or a copy with computed values filled in. */
  grid: Grid;
  /** Cells whose value the audit computed from the formula, in sheet order. */
  computed: { row: number; col: number; value: CellValue }[];
  /** Formula cells with no saved result that the audit could not compute. */
  failed: { row: number; col: number }[];
}

/** How deep a chain of result-less formulas is followed before the rest stays unknown. */
const MAX_DEPTH = 64;

export function computeMissing(grid: Grid): Evaluation {
  const missing: { row: number; col: number; formula: string }[] = [];
  grid.forEachFormula((row, col, formula) => {
    if (grid.raw(row, col) === null) missing.push({ row, col, formula });
  });
  if (missing.length === 0) return { grid, computed: [], failed: [] };

  const pending = new Map<number, string>();
  for (const m of missing) pending.set(m.row * 16384 + m.col, m.formula);
  const done = new Map<number, CellValue | undefined>();
  const active = new Set<number>();
  let depth = 0;
  const sheetOf = (name: string | null): Grid | undefined =>
    name === null || name === grid.sheet ? grid : grid.workbook?.grids?.find((g) => g.sheet === name);

  const lookup: Lookup = {
    value(sheet, row, col) {
      const g = sheetOf(sheet);
      if (!g) return undefined;
      if (g !== grid) return g.raw(row, col) === null && g.formula(row, col) ? undefined : g.value(row, col);
      const k = row * 16384 + col;
      const formula = pending.get(k);
      if (formula === undefined) return grid.value(row, col);
      return evaluate(k, formula);
    },
    bounds(sheet) {
      const g = sheetOf(sheet);
      return g ? { lastRow: g.lastRow, lastCol: g.lastCol } : undefined;
    },
  };

  function evaluate(k: number, formula: string): CellValue | undefined {
    if (done.has(k)) return done.get(k);
    if (active.has(k) || depth >= MAX_DEPTH) return undefined; // a cycle, or too deep: unknown
    active.add(k);
    depth++;
    const v = evaluateFormula(formula, lookup);
    depth--;
    active.delete(k);
    done.set(k, v);
    return v;
  }

  const computed: Evaluation["computed"] = [];
  const failed: Evaluation["failed"] = [];
  for (const m of missing) {
    const v = evaluate(m.row * 16384 + m.col, m.formula);
    if (v === undefined) failed.push({ row: m.row, col: m.col });
    else computed.push({ row: m.row, col: m.col, value: v });
  }
  return { grid: computed.length > 0 ? grid.withValues(computed) : grid, computed, failed };
}
