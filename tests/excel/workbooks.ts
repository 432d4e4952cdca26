/** Line-item sheets as finance staff keep them, built straight into the fake workbook. */
import { lineItemData } from "../bench/lib/workbooks";
import { cellKey, makeSheet, type FakeSheetData, type FakeValue } from "./fake-excel";

export const LINE_ITEM_SHEET = "项目支出明细";

/**
 * Title (merged A1:G1), unit note, header on row 3, `rows` items, a 合计 row: the benchmarks'
 * lineItemData, with the 30% items left unexplained (errors) and the 85% ones explained (warnings).
 */
export function lineItemSheet(rows: number, name = LINE_ITEM_SHEET): FakeSheetData {
  const data = lineItemData(rows, { explainLow: false });
  const blank = (v: string | number): FakeValue => (v === "" ? null : v);
  const values: FakeValue[][] = [[data.title], [null, null, null, null, null, null, data.unitNote], data.header];
  const formats: (string | undefined)[][] = [[], [], []];
  const rowFormats = [undefined, undefined, ...data.formats];
  for (const item of data.items) {
    values.push(item.map(blank));
    formats.push(rowFormats);
  }
  values.push(["合计", null, data.totals.budget, data.totals.spent, data.totals.rate, null, null]);
  formats.push(rowFormats);
  return makeSheet(name, values, { formats, merges: [{ top: 1, left: 1, bottom: 1, right: 7 }] });
}

/**
 * lineItemSheet with a formula in every rate cell (=D{r}/C{r}, its result as the value) and SUMs in
 * the 合计 row; `shortBy` rows left out of the 执行数 SUM, to give short-sum something to find.
 */
export function formulaLineItemSheet(rows: number, opts: { name?: string; shortBy?: number } = {}): FakeSheetData {
  const sheet = lineItemSheet(rows, opts.name);
  const first = 4;
  const last = 3 + rows;
  for (let r = first; r <= last; r++) sheet.formulas.set(cellKey(r, 5), `=D${r}/C${r}`);
  const total = last + 1;
  sheet.formulas.set(cellKey(total, 3), `=SUM(C${first}:C${last})`);
  sheet.formulas.set(cellKey(total, 4), `=SUM(D${first}:D${last - (opts.shortBy ?? 0)})`);
  sheet.formulas.set(cellKey(total, 5), `=D${total}/C${total}`);
  return sheet;
}
