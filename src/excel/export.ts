/**
 * Writes findings to a new results sheet (审核结果, or 审核结果 (2) … when taken): a header row and one
 * row per finding, the cell column a link to the cell. The only values written are on this new sheet.
 */
import { messages } from "../core/messages";
import type { Finding, Lang, Severity } from "../core/types";
import { HostError, RESULT_COLUMNS, resultHeaders, resultRow } from "../host";
import { areaLists, sheetAddress } from "./address";
import { defaultPayloadBudget, jsonBytes, OP_BYTES, rowBlocks, runOps, type BatchOptions, type QueuedOp } from "./batch";
import { severityFill } from "./colours";
import { loadSheets, uniqueSheetName } from "./sheets";

/** Rows written per range, so no single write is huge; all are queued before one sync. */
const ROWS_PER_WRITE = 1000;
/** Column widths in points (about 7 points per Latin character), in the order of RESULT_COLUMNS. */
const WIDTHS = [126, 70, 70, 140, 490, 98, 98] as const satisfies { length: (typeof RESULT_COLUMNS)["length"] };
/** 1-based column of the severity, which gets its fill. */
const SEVERITY_COLUMN = RESULT_COLUMNS.indexOf("severity") + 1;
/** 0-based column of the cell address, which becomes a link. */
const CELL_COLUMN = RESULT_COLUMNS.indexOf("cell");

/** 0-based column of the message, the one long text, which wraps. */
const MESSAGE_COLUMN = RESULT_COLUMNS.indexOf("message");

type Row = string[];

/** Adds the results sheet, activates it and returns its name. Two syncs for any ordinary list. */
export async function exportFindingsIn(context: Excel.RequestContext, findings: readonly Finding[], lang: Lang, options: BatchOptions = {}): Promise<string> {
  const words = messages(lang).exports;
  const state = await loadSheets(context);
  // A protected workbook structure cannot take a new sheet.
  if (state.structureProtected) throw new HostError("protected", "");
  const name = uniqueSheetName([...state.sheets.keys()], words.resultsSheet);

  // Rule titles and figures in the viewer's language and the cells' precision, as the CSV shows them.
  const rows: Row[] = [resultHeaders(lang)];
  for (const f of findings) {
    const r = resultRow(f, lang);
    rows.push(RESULT_COLUMNS.map((c) => r[c]));
  }
  if (findings.length === 0) rows.push(RESULT_COLUMNS.map((_, i) => (i === 0 ? words.noFindings : "")));

  let sheet: Excel.Worksheet | undefined;
  const ws = (): Excel.Worksheet => sheet as Excel.Worksheet;
  const budget = options.payloadBudget ?? defaultPayloadBudget();
  const ops: QueuedOp[] = [
    { bytes: OP_BYTES, queue: () => void (sheet = context.workbook.worksheets.add(name)) },
    ...rowWrites(ws, rows, budget),
    ...linksAndFills(ws, findings),
    { bytes: OP_BYTES * 4, queue: () => layOut(ws()) },
  ];
  await runOps(context, ops, { budget, code: "write-failed", detail: name, writing: true });
  return name;
}

/** The rows as text, in range writes that each stay within a quarter of the budget. */
function rowWrites(ws: () => Excel.Worksheet, rows: readonly Row[], budget: number): QueuedOp[] {
  // Each cell costs its value plus its "@" format.
  const rowBytes = (row: Row): number => row.reduce<number>((n, v) => n + jsonBytes(v) + 10, 0);
  return rowBlocks(rows, rowBytes, budget / 4, ROWS_PER_WRITE).map((block) => ({
    bytes: OP_BYTES + block.bytes,
    queue: () => {
      const range = ws().getRangeByIndexes(block.start, 0, block.rows.length, WIDTHS.length);
      // Everything is rendered text: "2019", "=…" and "8.36" must stay exactly as written.
      range.numberFormat = block.rows.map((row) => row.map(() => "@"));
      range.values = block.rows;
    },
  }));
}

/** A link to each finding's cell, and its severity cell filled by severity (grouped over RangeAreas). */
function linksAndFills(ws: () => Excel.Worksheet, findings: readonly Finding[]): QueuedOp[] {
  const ops: QueuedOp[] = findings.map((f, i) => ({
    bytes: OP_BYTES + jsonBytes(f.sheet) + jsonBytes(f.cell),
    queue: () => void (ws().getCell(i + 1, CELL_COLUMN).hyperlink = { documentReference: sheetAddress(f.sheet, f.cell), textToDisplay: f.cell }),
  }));
  const bySeverity = new Map<Severity, { row: number; col: number }[]>();
  findings.forEach((f, i) => {
    const list = bySeverity.get(f.severity) ?? [];
    list.push({ row: i + 2, col: SEVERITY_COLUMN });
    bySeverity.set(f.severity, list);
  });
  for (const [severity, cells] of bySeverity) {
    for (const address of areaLists(cells)) {
      ops.push({ bytes: OP_BYTES + address.length, queue: () => void (ws().getRanges(address).format.fill.color = severityFill(severity)) });
    }
  }
  return ops;
}

/** Bold header, column widths, wrapped messages, frozen header row; then show the sheet. */
function layOut(s: Excel.Worksheet): void {
  s.getRangeByIndexes(0, 0, 1, WIDTHS.length).format.font.bold = true;
  WIDTHS.forEach((w, i) => {
    s.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = w;
  });
  s.getRangeByIndexes(0, MESSAGE_COLUMN, 1, 1).getEntireColumn().format.wrapText = true;
  s.freezePanes.freezeRows(1);
  s.activate();
}
