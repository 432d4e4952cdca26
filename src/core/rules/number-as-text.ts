import { a1, type Grid } from "../grid/grid";
import { dataRowNumbers, rowNameAt, rowSums, valueColumns } from "../layouts/access";
import type { Block } from "../layouts/blocks";
import { readNum } from "../layouts/read";
import { normalizeText } from "../parse/number";
import { headerText, shownFormula, sumSkipsTextAt } from "./formula-helpers";
import type { RawFinding, Rule } from "./rule";

/**
 * Text that is a bare number (1,465.45, ７５.５４％, -3): what Excel marks "number stored as text". Text with
 * a unit (950000元, 20分) is a labelled figure; unit-mismatch and the readers deal with those.
 */
const PLAIN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?%?$/;

/** For each row, the total cells that add it up: the 小计/合计 over it, or the indicator block's 总分. */
function totalsByRow(block: Block): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const g of rowSums(block)) {
    for (const i of g.items) {
      const list = out.get(i);
      if (list) list.push(g.row);
      else out.set(i, [g.row]);
    }
  }
  return out;
}

function checkColumn(grid: Grid, block: Block, rows: number[], col: number, out: RawFinding[]): void {
  let numbers = 0;
  const texts: { row: number; text: string; value: number }[] = [];
  for (const r of rows) {
    const v = grid.value(r, col);
    if (typeof v === "number") numbers++;
    else if (typeof v === "string" && grid.formula(r, col) === undefined && PLAIN_NUMBER.test(normalizeText(v))) {
      const n = readNum(grid, r, col);
      if (n) texts.push({ row: r, text: v.trim(), value: n.value });
    }
  }
  if (numbers < 2 || texts.length >= numbers) return; // a column of text, not numbers with a stray one
  const totals = grid.hasFormulas && texts.length > 0 ? totalsByRow(block) : new Map<number, number[]>();
  for (const t of texts) {
    const base = { item: rowNameAt(block, t.row), column: headerText(grid, block.headerRow, col), text: t.text, value: t.value };
    const total = (totals.get(t.row) ?? []).find((tr) => sumSkipsTextAt(grid, tr, col, t.row, col));
    if (total === undefined) out.push({ code: "number-as-text", row: t.row, col, params: base });
    else out.push({ code: "number-as-text.sum", row: t.row, col, params: { ...base, total: a1(total, col), formula: shownFormula(grid.formula(total, col) as string) } });
  }
}

/** An amount, rate or score stored as text in a column of numbers: Excel's SUM skips it, so a SUM total is short by it. */
export const numberAsText: Rule = {
  id: "number-as-text",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ grid, model }) {
    const out: RawFinding[] = [];
    for (const block of model.blocks) {
      const rows = dataRowNumbers(block);
      for (const { col } of valueColumns(block)) checkColumn(grid, block, rows, col, out);
    }
    return out;
  },
};
