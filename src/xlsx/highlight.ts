import type * as ExcelJS from "exceljs";
import { messages } from "../core/messages";
import type { Finding, Lang, SheetReport } from "../core/types";
import { buildMarks, resultHeaders, resultRow, SEVERITY_FILL, type CellMark } from "../host";

const MERGE_TYPE = 1;

/**
 * Marks every finding in the workbook — a severity fill and a note on its cell — and appends a
 * result sheet listing them. Mutates `workbook` (load a fresh one for this); values, formulas,
 * other styles, merges and sheets are left as they are. Returns the name of the result sheet.
 */
export function highlightWorkbook(workbook: ExcelJS.Workbook, reports: readonly SheetReport[], lang: Lang): string {
  const all: Finding[] = [];
  for (const report of reports) {
    const ws = workbook.getWorksheet(report.sheet);
    const findings = [...report.findings].sort((a, b) => a.row - b.row || a.column - b.column);
    all.push(...findings);
    if (!ws) continue;
    for (const mark of buildMarks(findings, lang)) markCell(ws, mark, lang);
  }
  return addResultSheet(workbook, all, lang);
}

/** highlightWorkbook, then the workbook as .xlsx bytes. The input file is never touched. */
export async function writeHighlightedCopy(workbook: ExcelJS.Workbook, reports: readonly SheetReport[], lang: Lang): Promise<Uint8Array> {
  highlightWorkbook(workbook, reports, lang);
  const out: unknown = await workbook.xlsx.writeBuffer();
  // Node gives a Buffer (a Uint8Array); the browser build gives an ArrayBuffer.
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

function markCell(ws: ExcelJS.Worksheet, mark: CellMark, lang: Lang): void {
  let cell = ws.getCell(mark.row, mark.column);
  // Excel draws a merged range with its top-left cell's fill and shows only that cell's note.
  if ((cell.type as number) === MERGE_TYPE && cell.master) cell = cell.master;
  // ExcelJS shares one style object between all cells of the same style id: replace, never mutate.
  cell.style = {
    ...cell.style,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: mark.fill } },
  };
  cell.note = appendNote(cell.note, mark.lines.join("\n"), messages(lang).exports.noteSeparator);
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

const WIDTHS = [18, 10, 10, 20, 70, 14, 14];

function addResultSheet(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): string {
  const words = messages(lang).exports;
  const name = uniqueSheetName(workbook, words.resultsSheet);
  const ws = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
    // One page wide, landscape, the header row repeated: the list prints as a list.
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
  });
  ws.columns = resultHeaders(lang).map((header, i) => ({ header, width: WIDTHS[i] ?? 14 }));
  ws.getRow(1).font = { bold: true };

  if (findings.length === 0) {
    ws.getCell(2, 1).value = words.noFindings;
    return name;
  }
  let r = 2;
  for (const f of findings) {
    const text = resultRow(f, lang);
    const row = ws.getRow(r++);
    row.getCell(1).value = text.sheet;
    // A HYPERLINK formula rather than a cell hyperlink: ExcelJS 4.4 writes an internal link both as an
    // external relationship and as a location, which Excel joins into a broken address (exceljs#3027).
    const link = internalLink(f.sheet, f.cell).replace(/"/g, '""');
    row.getCell(2).value = { formula: `HYPERLINK("${link}","${f.cell}")`, result: f.cell };
    row.getCell(2).font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(3).value = text.severity;
    row.getCell(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[f.severity] } };
    row.getCell(4).value = text.rule;
    row.getCell(5).value = text.message;
    row.getCell(5).alignment = { wrapText: true, vertical: "top" };
    // Expected and actual as the flagged cell shows them (8.36, 60%, 1465.45), never a raw float.
    row.getCell(6).value = text.expected;
    row.getCell(7).value = text.actual;
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: r - 1, column: 7 } };
  return name;
}
