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

/**
 * A small sheet (a five-item line-item table) with `count` two-cell merged ranges below it, ten to a
 * row, as .xlsx bytes written from hand-made parts (ExcelJS itself takes quadratic time to merge).
 */
function mergedRangesWorkbook(count) {
  const { zipSync, strToU8 } = require("fflate");
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
  const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const esc = (t) => String(t).replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const cell = (ref, v) => (typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`);
  const table = [
    ["序号", "项目名称", "预算数", "执行数", "执行率"],
    [1, "安全培训", 100, 95, 0.95],
    [2, "设备购置", 200, 80, 0.4],
    [3, "隐患排查", 50, 50, 1],
    [4, "宣传教育", 20, 10, 0.5],
    [5, "应急演练", 30, 30, 1],
  ];
  const rows = table.map((r, i) => `<row r="${i + 1}">${r.map((v, j) => cell(`${"ABCDE"[j]}${i + 1}`, v)).join("")}</row>`).join("");
  const letters = (n) => (n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(64 + Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
  const refs = [];
  for (let i = 0; i < count; i++) {
    const row = 10 + Math.floor(i / 10);
    const col = 1 + 2 * (i % 10);
    refs.push(`<mergeCell ref="${letters(col)}${row}:${letters(col + 1)}${row}"/>`);
  }
  const sheet = `${DECL}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData><mergeCells count="${count}">${refs.join("")}</mergeCells></worksheet>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(`${DECL}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="项目支出明细" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`${DECL}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  });
}

/** The generated table as a Grid's init (title, unit note, header, items, 合计), for benchmarks that build Grids directly. */
function lineItemGridInit(n) {
  const data = lineItemData(n);
  const rowFormats = [null, null, ...data.formats, null, null];
  const rows = [[data.title], [null, null, null, null, null, null, data.unitNote], data.header, ...data.items];
  rows.push(["合计", "", data.totals.budget, data.totals.spent, data.totals.rate, "", ""]);
  const formats = rows.map((_, i) => (i < 3 ? [] : rowFormats));
  return { sheet: "项目支出明细", rows, formats, merges: [{ top: 1, left: 1, bottom: 1, right: 7 }] };
}

module.exports = { generateLineItems, lineItemData, lineItemGridInit, mergedRangesWorkbook };
