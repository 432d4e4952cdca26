import { a1, type Grid } from "../grid/grid";
import { dataRowNumbers, rowNameAt, totalRowNumbers, valueColumns } from "../layouts/access";
import type { Block } from "../layouts/blocks";
import { formatPrecision } from "../layouts/read";
import { headerText, shownFormula } from "./formula-helpers";
import type { RawFinding, Rule } from "./rule";

function report(grid: Grid, block: Block, row: number, col: number, neighbour: { row: number; col: number }, out: RawFinding[]): void {
  out.push({
    code: "typed-total",
    row,
    col,
    params: {
      item: rowNameAt(block, row),
      column: headerText(grid, block.headerRow, col),
      value: grid.value(row, col) as number,
      percent: formatPrecision(grid.format(row, col)).percent,
      neighbour: a1(neighbour.row, neighbour.col),
      neighbourFormula: shownFormula(grid.formula(neighbour.row, neighbour.col) as string),
    },
  });
}

/** The formula cell of `cells` (in row order) nearest to `row`, the upper one on a tie: a binary search. */
function nearest(cells: { row: number; col: number }[], row: number): { row: number; col: number } {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cells[mid] as { row: number }).row < row) lo = mid + 1;
    else hi = mid;
  }
  const after = cells[lo] as { row: number; col: number };
  const before = cells[lo - 1];
  if (!before) return after;
  return Math.abs(before.row - row) <= Math.abs(after.row - row) ? before : after;
}

/**
 * Rates and scores: a typed number in a column whose other rows are mostly formulas (a rate typed over its
 * =D/C). Totals: a typed number where another total cell of the block (the next column's 合计, another
 * 小计) is a formula. Item amounts are inputs and never reported.
 */
function checkBlock(grid: Grid, block: Block, out: RawFinding[]): void {
  const rows = dataRowNumbers(block);
  const totals = totalRowNumbers(block);
  const reported = new Set<number>();
  for (const { col, role } of valueColumns(block)) {
    if (role !== "rate" && role !== "score") continue;
    const formulas: { row: number; col: number }[] = [];
    const typed: number[] = [];
    for (const r of rows) {
      if (grid.formula(r, col)) formulas.push({ row: r, col });
      else if (typeof grid.value(r, col) === "number") typed.push(r);
    }
    if (formulas.length < 2 || formulas.length <= typed.length) continue;
    for (const r of typed) {
      report(grid, block, r, col, nearest(formulas, r), out);
      reported.add(r * 16384 + col);
    }
  }
  // Totals against the other total cells of the block.
  const cols = valueColumns(block).map((c) => c.col);
  const totalFormulas: { row: number; col: number }[] = [];
  for (const r of totals) for (const c of cols) if (grid.formula(r, c)) totalFormulas.push({ row: r, col: c });
  if (totalFormulas.length === 0) return;
  const byRow = new Map<number, { row: number; col: number }[]>();
  const byCol = new Map<number, { row: number; col: number }[]>();
  for (const x of totalFormulas) {
    byRow.set(x.row, [...(byRow.get(x.row) ?? []), x]);
    const list = byCol.get(x.col);
    if (list) list.push(x);
    else byCol.set(x.col, [x]);
  }
  for (const r of totals) {
    for (const c of cols) {
      if (reported.has(r * 16384 + c) || grid.formula(r, c) || typeof grid.value(r, c) !== "number") continue;
      const sameRow = byRow.get(r);
      const sameCol = byCol.get(c);
      // The same row's other totals first (合计 of the next column), else the same column's other totals.
      const near = sameRow ? sameRow.reduce((b, x) => (Math.abs(x.col - c) < Math.abs(b.col - c) ? x : b)) : sameCol ? nearest(sameCol, r) : undefined;
      if (near) report(grid, block, r, c, near, out);
    }
  }
}

/** A total, subtotal, rate or score typed as a number where the same role beside it is a formula. */
export const typedTotal: Rule = {
  id: "typed-total",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ grid, model }) {
    const out: RawFinding[] = [];
    if (!grid.hasFormulas) return out;
    for (const block of model.blocks) checkBlock(grid, block, out);
    return out;
  },
};
