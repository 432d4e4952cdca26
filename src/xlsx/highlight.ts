import type * as ExcelJS from "exceljs";
import type { Finding, Lang, Severity, SheetReport } from "../core/types";
import { xlsxLabels } from "./labels";

/** Fill colours by severity (ARGB), the same light tints Excel's own "good/bad/neutral" styles use. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const MERGE_TYPE = 1;

/**
 * Marks every finding in the workbook — a severity fill and a note on its cell — and appends a
 * result sheet listing them. Mutates `workbook` (load a fresh one for this); values, formulas,
 * other styles, merges and sheets are left as they are. Returns the name of the result sheet.
 */
export function highlightWorkbook(workbook: ExcelJS.Workbook, reports: readonly SheetReport[], lang: Lang): string {
  const labels = xlsxLabels(lang);
  const all: Finding[] = [];
  for (const report of reports) {
    const ws = workbook.getWorksheet(report.sheet);
    const findings = [...report.findings].sort((a, b) => a.row - b.row || a.column - b.column);
    all.push(...findings);
    if (!ws) continue;
    for (const group of groupByCell(findings)) markCell(ws, group, lang);
  }
  return addResultSheet(workbook, all, lang, labels.resultsSheet);
}

/** highlightWorkbook, then the workbook as .xlsx bytes. The input file is never touched. */
export async function writeHighlightedCopy(workbook: ExcelJS.Workbook, reports: readonly SheetReport[], lang: Lang): Promise<Uint8Array> {
  highlightWorkbook(workbook, reports, lang);
  const out: unknown = await workbook.xlsx.writeBuffer();
  // Node gives a Buffer (a Uint8Array); the browser build gives an ArrayBuffer.
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

function groupByCell(findings: readonly Finding[]): Finding[][] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.row}:${f.column}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  return [...byCell.values()];
}

function markCell(ws: ExcelJS.Worksheet, findings: readonly Finding[], lang: Lang): void {
  const first = findings[0];
  if (!first) return;
  let cell = ws.getCell(first.row, first.column);
  // Excel draws a merged range with its top-left cell's fill and shows only that cell's note.
  if ((cell.type as number) === MERGE_TYPE && cell.master) cell = cell.master;

  let worst: Severity = first.severity;
  for (const f of findings) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  // ExcelJS shares one style object between all cells of the same style id: replace, never mutate.
  cell.style = {
    ...cell.style,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[worst] } },
  };

  const labels = xlsxLabels(lang);
  const ours = findings.map((f) => `[${labels.severity[f.severity]}] ${f.message}`).join("\n");
  cell.note = appendNote(cell.note, ours, labels.noteSeparator);
}

/** Keeps a cell's existing note (with its formatting) and adds ours below a separator line. */
export function appendNote(existing: string | ExcelJS.Comment | undefined, text: string, separator: string): string | ExcelJS.Comment {
  if (existing === undefined || existing === null) return text;
  if (typeof existing === "string") {
    return existing.trim() === "" ? text : `${existing}\n${separator}\n${text}`;
  }
  const texts = existing.texts ?? [];
  if (texts.every((t) => !t.text || t.text.trim() === "")) return { ...existing, texts: [{ text }] };
  return { ...existing, texts: [...texts, { text: `\n${separator}\n` }, { text }] };
}

function uniqueSheetName(workbook: ExcelJS.Workbook, base: string): string {
  // Excel compares sheet names case-insensitively.
  const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** `#'Sheet name'!D44`: the sheet name quoted, its single quotes doubled. */
export function internalLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function addResultSheet(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang, baseName: string): string {
  const labels = xlsxLabels(lang);
  const name = uniqueSheetName(workbook, baseName);
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  const h = labels.headers;
  ws.columns = [
    { header: h.sheet, width: 18 },
    { header: h.cell, width: 10 },
    { header: h.severity, width: 10 },
    { header: h.rule, width: 20 },
    { header: h.message, width: 70 },
    { header: h.expected, width: 14 },
    { header: h.actual, width: 14 },
  ];
  ws.getRow(1).font = { bold: true };

  if (findings.length === 0) {
    ws.getCell(2, 1).value = labels.noFindings;
    return name;
  }
  let r = 2;
  for (const f of findings) {
    const row = ws.getRow(r++);
    row.getCell(1).value = f.sheet;
    // A HYPERLINK formula rather than a cell hyperlink: ExcelJS 4.4 writes an internal link both as an
    // external relationship and as a location, which Excel joins into a broken address (exceljs#3027).
    const link = internalLink(f.sheet, f.cell).replace(/"/g, '""');
    row.getCell(2).value = { formula: `HYPERLINK("${link}","${f.cell}")`, result: f.cell };
    row.getCell(2).font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(3).value = labels.severity[f.severity];
    row.getCell(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[f.severity] } };
    row.getCell(4).value = f.rule;
    row.getCell(5).value = f.message;
    row.getCell(5).alignment = { wrapText: true, vertical: "top" };
    // Expected and actual describe the flagged cell, so they are shown in its number format (0.6 as 60.00%).
    const numFmt = workbook.getWorksheet(f.sheet)?.findCell(f.row, f.column)?.numFmt;
    for (const [col, value] of [[6, f.expected], [7, f.actual]] as const) {
      if (value === undefined) continue;
      const cell = row.getCell(col);
      cell.value = value;
      if (typeof value === "number" && numFmt) cell.numFmt = numFmt;
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: r - 1, column: 7 } };
  return name;
}
