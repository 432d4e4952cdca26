/**
 * Generated workbooks shared by the benchmarks (and the browser tests): large, realistic sheets that
 * are too big to keep in the repository.
 */
"use strict";
const ExcelJS = require("exceljs");

/**
 * A line-item table as finance staff keep it: title, unit note, header, `rows` items, 合计 with
 * SUM-correct totals. Every 7th item runs low (30%, 未完成, explained); every 5th runs at 85%
 * (未完成, no explanation). Writes it to `file`.
 */
async function generateLineItems(file, rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目支出明细");
  ws.getCell("A1").value = `${rows}个项目支出执行情况`;
  ws.mergeCells(1, 1, 1, 7);
  ws.getCell("G2").value = "单位：万元";
  ws.addRow(["序号", "项目名称", "预算数", "执行数", "执行率", "完成情况", "情况说明"]);
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
    const row = ws.addRow([i, `项目${i}`, budget / 100, spent / 100, rate, share < 1 ? "未完成" : "完成", share < 0.9 ? "受疫情影响，部分采购延期。" : ""]);
    row.getCell(3).numFmt = "0.00";
    row.getCell(4).numFmt = "0.00";
    row.getCell(5).numFmt = "0.00%";
  }
  const first = 4;
  const last = 3 + rows;
  const total = ws.addRow([
    "合计",
    "",
    { formula: `SUM(C${first}:C${last})`, result: budgetCents / 100 },
    { formula: `SUM(D${first}:D${last})`, result: spentCents / 100 },
    Math.round((spentCents / budgetCents) * 10000) / 10000,
    "",
    "",
  ]);
  total.getCell(3).numFmt = "0.00";
  total.getCell(4).numFmt = "0.00";
  total.getCell(5).numFmt = "0.00%";
  await wb.xlsx.writeFile(file);
}

module.exports = { generateLineItems };
