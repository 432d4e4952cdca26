import type { Grid } from "../grid/grid";
import { dataRowNumbers, rowSums, valueColumns } from "../layouts/access";
import type { Block } from "../layouts/blocks";
import { isBlank } from "../layouts/read";
import { shownFormula, sumShape, type SumRange } from "./formula-helpers";
import type { RawFinding, Rule } from "./rule";

/** A figure is there: a value, or a formula (whose result may be blank). */
function present(grid: Grid, row: number, col: number): boolean {
  return !isBlank(grid.value(row, col)) || grid.formula(row, col) !== undefined;
}

interface Expected {
  /** Item rows the total should take in. */
  items: number[];
  /** Rows that stand for items (subtotals, category sums, totals): row → its items. */
  groups: Map<number, number[]>;
  /** Sheet rows of the block, for bounding ranges. */
  rows: Set<number>;
  first: number;
  last: number;
  /** Ranges in other columns (the form's execution score beside the 总分) are allowed and not counted. */
  otherColumnsAllowed: boolean;
}

function check(grid: Grid, row: number, col: number, item: string, e: Expected, out: RawFinding[]): void {
  const shape = sumShape(grid, row, col);
  if (!shape) return;
  const counts = new Map<number, number>();
  const via: { row: number; items: number[] }[] = [];
  const inColumn: SumRange[] = [];
  for (const r of shape.ranges) {
    if (r.left === col && r.right === col) inColumn.push(r);
    else if (!e.otherColumnsAllowed) return; // a sum across columns is something else
  }
  for (const r of inColumn) {
    if (r.top <= row && r.bottom >= row) return; // a circular reference: Excel reports it
    for (let k = Math.max(r.top, e.first); k <= Math.min(r.bottom, e.last); k++) {
      if (!e.rows.has(k)) continue;
      const items = e.groups.get(k);
      if (items) {
        if (!present(grid, k, col)) continue;
        via.push({ row: k, items });
        for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
      } else counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const formula = shownFormula(grid.formula(row, col) as string);
  const double = e.items.filter((i) => (counts.get(i) ?? 0) > 1);
  if (double.length > 0) {
    const twice = new Set(double);
    const through = via.filter((v) => v.items.some((i) => twice.has(i))).map((v) => v.row);
    out.push({ code: "short-sum.double", row, col, params: { item, formula, rows: double, via: through } });
  }
  const missing = e.items.filter((i) => !counts.has(i) && present(grid, i, col));
  if (missing.length > 0) out.push({ code: "short-sum.missing", row, col, params: { item, formula, rows: missing } });
}

/** Each total with a formula, in each figure column, against the rows it should add up (whatever the layout). */
function checkBlock(grid: Grid, block: Block, out: RawFinding[]): void {
  const sums = rowSums(block);
  if (sums.length === 0) return;
  const byRow = new Map<number, number[]>(sums.filter((g) => !g.crossColumns).map((g) => [g.row, g.items]));
  const all = dataRowNumbers(block);
  const rows = new Set(all);
  const first = Math.min(...all);
  const last = Math.max(...all);
  const cols = valueColumns(block).filter((c) => c.role === "amount" || c.role === "score" || c.role === "weight");
  for (const g of sums) {
    for (const { col } of cols) {
      if (!grid.formula(g.row, col)) continue;
      const e: Expected = { items: g.items, groups: byRow, rows, first, last, otherColumnsAllowed: g.crossColumns };
      check(grid, g.row, col, g.name, e, out);
    }
  }
}

/** A total's SUM that leaves out item rows of its block, or counts some twice through a subtotal or total it takes in. */
export const shortSum: Rule = {
  id: "short-sum",
  defaultSeverity: "error",
  defaultOn: true,
  check({ grid, model }) {
    const out: RawFinding[] = [];
    if (!grid.hasFormulas) return out;
    for (const block of model.blocks) checkBlock(grid, block, out);
    return out;
  },
};
