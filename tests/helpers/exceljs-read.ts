/** The audit's earlier reader (ExcelJS), kept for tests: the new reader must give the same Grids. */
import type * as ExcelJS from "exceljs";
import { Grid, parseA1, type CellRange, type CellValue } from "../../src/core/grid/grid";

// ExcelJS's ValueType numbers, spelled out so this module needs no runtime value from ExcelJS.
const NULL_TYPE = 0;
const MERGE_TYPE = 1;
const NUMBER_TYPE = 2;
const STRING_TYPE = 3;

/** Shared by every empty row; Grid never writes to its rows. */
const EMPTY_ROW: CellValue[] = [];

/**
 * One Grid per worksheet, in tab order (ExcelJS does not load chart sheets at all).
 * Reads cached formula results, never evaluates; merged followers are stored as null because
 * the Grid resolves merges itself.
 */
export function readGrids(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map(readGrid);
}

export function readGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  forEachRowCells(ws, (rowNumber, cells) => {
    const values: CellValue[] = [];
    let rowFormats: (string | undefined)[] | undefined;
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index];
      if (!cell) continue;
      const type = cell.type as number;
      if (type === NULL_TYPE || type === MERGE_TYPE) continue;
      const raw = cell.value;
      const value = type === NUMBER_TYPE || type === STRING_TYPE ? (raw as number | string) : toCellValue(raw);
      if (value === null) continue;
      while (values.length < index) values.push(null);
      values.push(value);
      // Style objects are shared between cells, so this is a property lookup, not a copy.
      const numFmt = cell.style?.numFmt;
      if (numFmt && numFmt !== "General") {
        if (!rowFormats) rowFormats = [];
        while (rowFormats.length < index) rowFormats.push(undefined);
        rowFormats.push(numFmt);
      }
    }
    if (values.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push(EMPTY_ROW);
    rows[rowNumber - 1] = values;
    if (rowFormats) formats[rowNumber - 1] = rowFormats;
  });
  return new Grid({ sheet: ws.name, rows, formats, merges: readMerges(ws) });
}

/**
 * Calls `visit` with each row's cells, indexed by column - 1. Walks ExcelJS's row and cell arrays directly:
 * eachRow/eachCell cost a closure call per cell, a third of the conversion time on a 50,000-row sheet.
 */
function forEachRowCells(ws: ExcelJS.Worksheet, visit: (rowNumber: number, cells: readonly (ExcelJS.Cell | undefined)[]) => void): void {
  const internalRows = (ws as unknown as { _rows?: unknown })._rows;
  if (Array.isArray(internalRows) && internalRows.every((row) => !row || Array.isArray((row as { _cells?: unknown })._cells))) {
    for (const row of internalRows as (ExcelJS.Row | undefined)[]) {
      if (row) visit(row.number, (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells);
    }
    return;
  }
  // A future ExcelJS without these private arrays: the public API.
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: ExcelJS.Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cell;
    });
    visit(rowNumber, cells);
  });
}

/** An ExcelJS cell value as the core's CellValue: formulas give their cached result, rich text and links their text. */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
    case "string":
    case "boolean":
      return v;
    default:
      break;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return richTextToString(v.richText);
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : toCellValue(result);
  }
  if ("text" in v) {
    // A hyperlink's text may itself be rich text.
    const text: unknown = (v as ExcelJS.CellHyperlinkValue).text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text) return richTextToString((text as ExcelJS.CellRichTextValue).richText);
    return text === undefined || text === null ? null : String(text);
  }
  return null;
}

function richTextToString(runs: readonly ExcelJS.RichText[] | undefined): string {
  if (!runs) return "";
  let s = "";
  for (const run of runs) s += run.text ?? "";
  return s;
}

interface MergeDimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged ranges from ExcelJS's private `_merges` (ws.model would serialise every row to get them). */
export function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, MergeDimensions | undefined> })._merges;
  const out: CellRange[] = [];
  if (internal && typeof internal === "object") {
    for (const m of Object.values(internal)) {
      if (m && typeof m.top === "number") out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    }
    return out;
  }
  // Fallback for an ExcelJS that renames the private field: the public (slower) model.
  for (const text of ws.model.merges ?? []) {
    const [from, to] = text.split(":");
    const a = from ? parseA1(from) : undefined;
    const b = to ? parseA1(to) : a;
    if (a && b) out.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return out;
}
