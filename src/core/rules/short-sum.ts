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
  /** Sheet rows of the block, for bounding ranges: 1 at `row - first`. */
  rows: Uint8Array;
  first: number;
  last: number;
  /** Ranges in other columns (the form's execution score beside the 总分) are allowed and not counted. */
  otherColumnsAllowed: boolean;
}

/**
 * How often a SUM takes in each row: rows first..last in a typed array (a Map of a 50,000-row total's rows held
 * about 3 MB for each total and column), any other row (an item reached through a subtotal) in a Map.
 */
function rowCounts(first: number, last: number): { add(row: number): void; get(row: number): number } {
  const inBlock = new Uint32Array(Math.max(0, last - first + 1));
  const outside = new Map<number, number>();
  return {
    add(row) {
      const j = row - first;
      if (j >= 0 && j < inBlock.length) inBlock[j] = (inBlock[j] as number) + 1;
      else outside.set(row, (outside.get(row) ?? 0) + 1);
    },
    get(row) {
      const j = row - first;
      return j >= 0 && j < inBlock.length ? (inBlock[j] as number) : (outside.get(row) ?? 0);
    },
  };
}

function check(grid: Grid, row: number, col: number, item: string, e: Expected, out: RawFinding[]): void {
  const shape = sumShape(grid, row, col);
  if (!shape) return;
  const via: { row: number; items: number[] }[] = [];
  const inColumn: SumRange[] = [];
  for (const r of shape.ranges) {
    if (r.left === col && r.right === col) inColumn.push(r);
    else if (!e.otherColumnsAllowed) return; // a sum across columns is something else
  }
  // Counted in an array over the rows the ranges span (a subtotal's few rows, or the whole block for its total).
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of inColumn) {
    top = Math.min(top, Math.max(r.top, e.first));
    bottom = Math.max(bottom, Math.min(r.bottom, e.last));
  }
  const counts = rowCounts(top, bottom);
  for (const r of inColumn) {
    if (r.top <= row && r.bottom >= row) return; // a circular reference: Excel reports it
    for (let k = Math.max(r.top, e.first); k <= Math.min(r.bottom, e.last); k++) {
      if (e.rows[k - e.first] !== 1) continue;
      const items = e.groups.get(k);
      if (items) {
        if (!present(grid, k, col)) continue;
        via.push({ row: k, items });
        for (const i of items) counts.add(i);
      } else counts.add(k);
    }
  }
  const formula = shownFormula(grid.formula(row, col) as string);
  const double = e.items.filter((i) => counts.get(i) > 1);
  if (double.length > 0) {
    const twice = new Set(double);
    const through = via.filter((v) => v.items.some((i) => twice.has(i))).map((v) => v.row);
    out.push({ code: "short-sum.double", row, col, params: { item, formula, rows: double, via: through } });
  }
  const missing = e.items.filter((i) => counts.get(i) === 0 && present(grid, i, col));
  if (missing.length > 0) out.push({ code: "short-sum.missing", row, col, params: { item, formula, rows: missing } });
}

/** Each total with a formula, in each figure column, against the rows it should add up (whatever the layout). */
function checkBlock(grid: Grid, block: Block, out: RawFinding[]): void {
  const sums = rowSums(block);
  if (sums.length === 0) return;
  const byRow = new Map<number, number[]>(sums.filter((g) => !g.crossColumns).map((g) => [g.row, g.items]));
  const all = dataRowNumbers(block);
  const first = Math.min(...all);
  const last = Math.max(...all);
  const rows = new Uint8Array(all.length > 0 ? last - first + 1 : 0);
  for (const r of all) rows[r - first] = 1;
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
