import { a1, columnLetters, type Grid } from "../grid/grid";
import { itemRowNumbers, mainTotalColumn, nameColumnAt, rowSums } from "../layouts/access";
import type { Block } from "../layouts/blocks";
import { readNum, tolerance } from "../layouts/read";
import { covers, headerText, sumShape } from "./formula-helpers";
import type { RawFinding, Rule } from "./rule";

type Includes = "all" | "none" | "some" | "unknown";

interface TotalCell {
  row: number;
  col: number;
  items: number[];
}

/** The total that should take in the hidden rows: the 合计 over them, else the first 小计 over them. */
function totalFor(block: Block, hidden: number[]): TotalCell | null {
  const col = mainTotalColumn(block);
  if (col === undefined) return null;
  const set = new Set(hidden);
  const over = rowSums(block).filter((g) => g.items.some((i) => set.has(i)));
  const g = over.find((x) => x.grand) ?? over[0];
  return g ? { row: g.row, col, items: g.items } : null;
}

/** Whether the total takes in the hidden rows: by its formula, else by which sum its value matches. */
function includes(grid: Grid, t: TotalCell, hidden: number[]): Includes {
  if (grid.formula(t.row, t.col)) {
    const shape = sumShape(grid, t.row, t.col);
    if (!shape) return "unknown";
    if (shape.skipsHidden) return "none";
    const inside = hidden.filter((r) => covers(shape.ranges, r, t.col) > 0).length;
    return inside === hidden.length ? "all" : inside === 0 ? "none" : "some";
  }
  const stated = readNum(grid, t.row, t.col);
  if (!stated) return "unknown";
  let all = 0;
  let visible = 0;
  const set = new Set(hidden);
  for (const r of t.items) {
    const n = readNum(grid, r, t.col);
    if (!n) continue;
    all += n.value;
    if (!set.has(r)) visible += n.value;
  }
  const tol = tolerance(stated.decimals);
  const matchesAll = Math.abs(stated.value - all) <= tol;
  const matchesVisible = Math.abs(stated.value - visible) <= tol;
  if (matchesAll === matchesVisible) return "unknown";
  return matchesAll ? "all" : "none";
}

function checkBlock(grid: Grid, block: Block, out: RawFinding[]): void {
  const hidden = grid.hiddenRows.size > 0 ? itemRowNumbers(block).filter((r) => grid.isRowHidden(r)) : [];
  if (hidden.length > 0) {
    const first = hidden[0] as number;
    const named = nameColumnAt(block, first);
    const total = totalFor(block, hidden);
    out.push({
      code: "hidden-rows.rows",
      row: first,
      col: named ?? Math.min(...Object.values(block.columns)),
      params: { rows: hidden, total: total ? a1(total.row, total.col) : null, includes: total ? includes(grid, total, hidden) : "unknown" },
    });
  }
  if (grid.hiddenCols.size > 0) {
    const cols = [...new Set(Object.values(block.columns))].filter((c) => grid.isColHidden(c)).sort((a, b) => a - b);
    if (cols.length > 0) {
      out.push({
        code: "hidden-rows.columns",
        row: block.headerRow,
        col: cols[0] as number,
        params: { columns: cols.map(columnLetters), headers: cols.map((c) => headerText(grid, block.headerRow, c)) },
      });
    }
  }
}

/** Hidden item rows or columns inside a block, and whether its total takes the hidden rows in. */
export const hiddenRows: Rule = {
  id: "hidden-rows",
  defaultSeverity: "info",
  defaultOn: true,
  check({ grid, model }) {
    const out: RawFinding[] = [];
    if (grid.hiddenRows.size === 0 && grid.hiddenCols.size === 0) return out;
    for (const block of model.blocks) checkBlock(grid, block, out);
    return out;
  },
};
