/**
 * Writes findings to a new results sheet (审核结果, or 审核结果 (2) … when taken): a header row and
 * one row per finding, the cell column a link to the cell. The only values written are on this new sheet.
 */
import { messages } from "../core/messages";
import type { Finding, Lang } from "../core/types";
import { RESULT_COLUMNS, resultHeaders, resultRow, uniqueSheetName } from "../host";
import { activeWorkbook } from "./app";
import { severityBgr } from "./colours";
import type { EtApplication } from "./et";
import { addSheet, sheetsByName, writeText } from "./own-sheets";
import { rangeAddress } from "./read";

/** Column widths in characters (ET's ColumnWidth unit), in the order of RESULT_COLUMNS. */
const WIDTHS = [18, 10, 10, 20, 70, 14, 14] as const satisfies { length: (typeof RESULT_COLUMNS)["length"] };
const CELL_COLUMN = RESULT_COLUMNS.indexOf("cell") + 1;
const SEVERITY_COLUMN = RESULT_COLUMNS.indexOf("severity") + 1;
const MESSAGE_COLUMN = RESULT_COLUMNS.indexOf("message") + 1;

/** `'Sheet name'!D44`: quoted, single quotes doubled. */
export function sheetAddress(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Adds the results sheet, shows it and returns its name. */
export function exportFindingsIn(app: EtApplication, findings: readonly Finding[], lang: Lang): string {
  const words = messages(lang).exports;
  const wb = activeWorkbook(app);
  const name = uniqueSheetName([...sheetsByName(wb).keys()], words.resultsSheet);
  const rows: string[][] = [resultHeaders(lang)];
  for (const f of findings) {
    const r = resultRow(f, lang);
    rows.push(RESULT_COLUMNS.map((c) => r[c]));
  }
  if (findings.length === 0) rows.push(RESULT_COLUMNS.map((_, i) => (i === 0 ? words.noFindings : "")));

  const ws = addSheet(app, wb, name, { activate: true });
  writeText(ws, rows);
  findings.forEach((f, i) => {
    const row = i + 2;
    ws.Hyperlinks.Add(ws.Range(rangeAddress({ top: row, left: CELL_COLUMN, bottom: row, right: CELL_COLUMN })), "", sheetAddress(f.sheet, f.cell), "", f.cell);
    ws.Range(rangeAddress({ top: row, left: SEVERITY_COLUMN, bottom: row, right: SEVERITY_COLUMN })).Interior.Color = severityBgr(f.severity);
  });
  ws.Range(rangeAddress({ top: 1, left: 1, bottom: 1, right: WIDTHS.length })).Font.Bold = true;
  WIDTHS.forEach((w, i) => {
    ws.Range(rangeAddress({ top: 1, left: i + 1, bottom: 1, right: i + 1 })).ColumnWidth = w;
  });
  ws.Range(rangeAddress({ top: 1, left: MESSAGE_COLUMN, bottom: rows.length, right: MESSAGE_COLUMN })).WrapText = true;
  ws.Activate();
  return name;
}
