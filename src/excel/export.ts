/**
 * Writes findings to a new results sheet (审核结果, or 审核结果 (2) … when taken): a header row and one
 * row per finding, the cell column a link to the cell. The only values written are on this new sheet.
 */
import type { Finding, Lang, Severity } from "../core/types";
import { HostError } from "../taskpane/host";
import { xlsxLabels } from "../xlsx/labels";
import { areaLists, sheetAddress } from "./address";
import { defaultPayloadBudget, jsonBytes, rowBlocks, runOps, type BatchOptions, type QueuedOp } from "./batch";
import { SEVERITY_FILL } from "./highlight";
import { loadSheets, uniqueSheetName } from "./sheets";

/** Rows written per range, so no single write is huge; all are queued before one sync. */
const ROWS_PER_WRITE = 1000;
const OP_BYTES = 200;
/** Column widths in points (about 7 points per Latin character). */
const WIDTHS = [126, 70, 70, 140, 490, 98, 98];

type Row = (string | number)[];

/** Adds the results sheet, activates it and returns its name. Two syncs for any ordinary list. */
export async function exportFindingsIn(context: Excel.RequestContext, findings: readonly Finding[], lang: Lang, options: BatchOptions = {}): Promise<string> {
  const labels = xlsxLabels(lang);
  const state = await loadSheets(context);
  // A protected workbook structure cannot take a new sheet.
  if (state.structureProtected) throw new HostError("protected", "");
  const name = uniqueSheetName([...state.sheets.keys()], labels.resultsSheet);

  const h = labels.headers;
  const rows: Row[] = [[h.sheet, h.cell, h.severity, h.rule, h.message, h.expected, h.actual]];
  for (const f of findings) rows.push([f.sheet, f.cell, labels.severity[f.severity], f.rule, f.message, f.expected ?? "", f.actual ?? ""]);
  if (findings.length === 0) rows.push([labels.noFindings, "", "", "", "", "", ""]);

  let sheet: Excel.Worksheet | undefined;
  const ws = (): Excel.Worksheet => sheet as Excel.Worksheet;
  const ops: QueuedOp[] = [
    {
      bytes: OP_BYTES,
      queue: () => {
        sheet = context.workbook.worksheets.add(name);
      },
    },
  ];
  const budget = options.payloadBudget ?? defaultPayloadBudget();
  // Each cell costs its value plus its format ("@" or "General").
  const rowBytes = (row: Row): number => row.reduce<number>((n, v) => n + (typeof v === "string" ? jsonBytes(v) : 24) + 10, 0);
  for (const block of rowBlocks(rows, rowBytes, budget / 4, ROWS_PER_WRITE)) {
    ops.push({
      bytes: OP_BYTES + block.bytes,
      queue: () => {
        const range = ws().getRangeByIndexes(block.start, 0, block.rows.length, WIDTHS.length);
        // Text stays text ("2019", "=…", "90%"); numbers stay numbers.
        range.numberFormat = block.rows.map((row) => row.map((v) => (typeof v === "number" ? "General" : "@")));
        range.values = block.rows;
      },
    });
  }
  findings.forEach((f, i) => {
    ops.push({
      bytes: OP_BYTES + jsonBytes(f.sheet) + jsonBytes(f.cell),
      queue: () => {
        ws().getCell(i + 1, 1).hyperlink = { documentReference: sheetAddress(f.sheet, f.cell), textToDisplay: f.cell };
      },
    });
  });
  const bySeverity = new Map<Severity, { row: number; col: number }[]>();
  findings.forEach((f, i) => {
    const list = bySeverity.get(f.severity) ?? [];
    list.push({ row: i + 2, col: 3 });
    bySeverity.set(f.severity, list);
  });
  for (const [severity, cells] of bySeverity) {
    for (const address of areaLists(cells)) {
      ops.push({
        bytes: OP_BYTES + address.length,
        queue: () => {
          ws().getRanges(address).format.fill.color = SEVERITY_FILL[severity];
        },
      });
    }
  }
  ops.push({
    bytes: OP_BYTES * 4,
    queue: () => {
      const s = ws();
      s.getRange("A1:G1").format.font.bold = true;
      WIDTHS.forEach((w, i) => {
        s.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = w;
      });
      s.getRange("E:E").format.wrapText = true;
      s.freezePanes.freezeRows(1);
      s.activate();
    },
  });
  await runOps(context, ops, { budget, code: "write-failed", detail: name, writing: true });
  return name;
}
