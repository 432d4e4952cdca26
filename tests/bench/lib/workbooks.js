/**
 * Generated workbooks shared by the benchmarks (and the browser tests): large, realistic sheets that
 * are too big to keep in the repository.
 */
"use strict";
const ExcelJS = require("exceljs");

/**
 * The cells of a line-item table as finance staff keep it: a title, a unit note, the header row, then
 * `rows` items and a 合计 row whose totals are exact. Every 7th item runs at 30%, every 5th at 85%, both
 * 未完成; they carry an explanation unless `explainLow` is false for the 30% ones.
 * One source for every generated line-item sheet: the .xlsx benchmarks, the audit-scaling grid and
 * the fake Excel workbooks of tests/excel.
 */
function lineItemData(rows, { explainLow = true } = {}) {
  const items = [];
  let budgetCents = 0;
  let spentCents = 0;
  for (let i = 1; i <= rows; i++) {
    // Whole cents so the totals are exact.
    const budget = 1000 + ((i * 7919) % 90000);
    const share = i % 7 === 0 ? 0.3 : i % 5 === 0 ? 0.85 : 1;
    const spent = Math.round(budget * share);
    budgetCents += budget;
    spentCents += spent;
    const rate = Math.round((spent / budget) * 10000) / 10000;
    const explained = share < 0.9 && (explainLow || share > 0.5);
    items.push([i, `项目${i}`, budget / 100, spent / 100, rate, share < 1 ? "未完成" : "完成", explained ? "受疫情影响，部分采购延期。" : ""]);
  }
  return {
    title: `${rows}个项目支出执行情况`,
    unitNote: "单位：万元",
    header: ["序号", "项目名称", "预算数", "执行数", "执行率", "完成情况", "情况说明"],
    items,
    totals: { budget: budgetCents / 100, spent: spentCents / 100, rate: Math.round((spentCents / budgetCents) * 10000) / 10000 },
    /** Number formats of the budget, actual and rate columns (C, D, E). */
    formats: ["0.00", "0.00", "0.00%"],
  };
}

/** lineItemData written as an .xlsx file at `file`, with SUM formulas (and their results) in 合计. */
async function generateLineItems(file, rows) {
  const data = lineItemData(rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目支出明细");
  ws.getCell("A1").value = data.title;
  ws.mergeCells(1, 1, 1, 7);
  ws.getCell("G2").value = data.unitNote;
  ws.addRow(data.header);
  const format = (row) => data.formats.forEach((f, k) => (row.getCell(3 + k).numFmt = f));
  for (const item of data.items) format(ws.addRow(item));
  const first = 4;
  const last = 3 + rows;
  format(
    ws.addRow([
      "合计",
      "",
      { formula: `SUM(C${first}:C${last})`, result: data.totals.budget },
      { formula: `SUM(D${first}:D${last})`, result: data.totals.spent },
      data.totals.rate,
      "",
      "",
    ]),
  );
  await wb.xlsx.writeFile(file);
}

module.exports = { generateLineItems, lineItemData };
