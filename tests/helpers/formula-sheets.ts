/** Line-item sheets with formulas, as finance staff keep them in Excel: rates =D/C, totals =SUM(…). */
import type { SheetSpec } from "./grid";
import { lineItems, type LineItem } from "./sheets";

/** `count` items (budget 100 + i, actual 80 + i, rate as the result of =D/C) under a title and unit note: items from row 4. */
export function formulaItems(count: number, opts: { rateFormulas?: boolean } = {}): LineItem[] {
  const out: LineItem[] = [];
  for (let i = 1; i <= count; i++) {
    const budget = 100 + i;
    const actual = 80 + i;
    out.push({ name: `项目${i}`, budget, actual, rate: Math.round((actual / budget) * 1e6) / 1e6, status: "完成", note: "按计划实施" });
  }
  void opts;
  return out;
}

/** The spec of `items` at rows 4… with a 合计 row, plus formulas by address; rate formulas =D{r}/C{r} on every item row unless told not to. */
export function withFormulas(
  items: LineItem[],
  formulas: Record<string, string>,
  opts: { rateFormulas?: boolean; total?: LineItem | null } = {},
): SheetSpec & { firstItemRow: number; totalRow: number } {
  const rows = opts.total === null ? items : [...items, opts.total ?? { name: "合计", labelInSeq: true, ...totalsOf(items) }];
  const spec = lineItems(rows, { title: "2019年度项目支出明细", unit: "单位：万元" });
  const all: Record<string, string> = {};
  if (opts.rateFormulas !== false) {
    items.forEach((it, i) => {
      const r = spec.firstItemRow + i;
      if (typeof it.rate === "number" && !it.noSeq && !it.labelInSeq) all[`E${r}`] = `=D${r}/C${r}`;
    });
  }
  Object.assign(all, formulas);
  return { ...spec, formulas: all, totalRow: spec.firstItemRow + items.length };
}

function totalsOf(items: LineItem[]): { budget: number; actual: number } {
  let budget = 0;
  let actual = 0;
  for (const it of items) {
    if (it.noSeq || it.labelInSeq) continue;
    if (typeof it.budget === "number") budget += it.budget;
    if (typeof it.actual === "number") actual += it.actual;
  }
  return { budget: Math.round(budget * 100) / 100, actual: Math.round(actual * 100) / 100 };
}
