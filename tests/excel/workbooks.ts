/** Line-item sheets as finance staff keep them, built straight into the fake workbook. */
import { makeSheet, type FakeSheetData, type FakeValue } from "./fake-excel";

export const LINE_ITEM_SHEET = "项目支出明细";

/**
 * Title (merged A1:G1), unit note, header on row 3, `rows` items, a 合计 row. Every 7th item runs
 * at 30% without explanation (errors), every 5th at 85% (warnings), like tests/bench/cli-vs-load.js.
 */
export function lineItemSheet(rows: number, name = LINE_ITEM_SHEET): FakeSheetData {
  const values: FakeValue[][] = [
    [`${rows}个项目支出执行情况`],
    [null, null, null, null, null, null, "单位：万元"],
    ["序号", "项目名称", "预算数", "执行数", "执行率", "完成情况", "情况说明"],
  ];
  const formats: (string | undefined)[][] = [[], [], []];
  let budgetCents = 0;
  let spentCents = 0;
  for (let i = 1; i <= rows; i++) {
    const budget = 1000 + ((i * 7919) % 90000);
    const share = i % 7 === 0 ? 0.3 : i % 5 === 0 ? 0.85 : 1;
    const spent = Math.round(budget * share);
    budgetCents += budget;
    spentCents += spent;
    const rate = Math.round((spent / budget) * 10000) / 10000;
    values.push([i, `项目${i}`, budget / 100, spent / 100, rate, share < 1 ? "未完成" : "完成", share < 0.9 && i % 7 !== 0 ? "受疫情影响，部分采购延期。" : null]);
    formats.push([undefined, undefined, "0.00", "0.00", "0.00%"]);
  }
  values.push(["合计", null, budgetCents / 100, spentCents / 100, Math.round((spentCents / budgetCents) * 10000) / 10000, null, null]);
  formats.push([undefined, undefined, "0.00", "0.00", "0.00%"]);
  return makeSheet(name, values, { formats, merges: [{ top: 1, left: 1, bottom: 1, right: 7 }] });
}
