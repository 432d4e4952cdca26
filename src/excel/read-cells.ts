/**
 * What the formula rules need beside values, read in the same syncs as the values: formulas
 * (`range.formulas`), hidden rows and columns (getRowProperties / getColumnProperties, ExcelApi 1.9),
 * sheet visibility and the calculation mode (ExcelApi 1.1). All within the manifest's ExcelApi 1.13.
 */
import { Grid, type CellRange, type CellValue, type SheetVisibility, type WorkbookFacts } from "../core/grid/grid";

export interface HiddenRequests {
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  /** Asked once per sheet, with its first chunk: the chunks share their columns. */
  cols?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

/** Queues the hidden-row (and, for a sheet's first chunk, hidden-column) flags of a chunk's range. */
export function queueHidden(range: Excel.Range, withColumns: boolean): HiddenRequests {
  const rows = range.getRowProperties({ rowHidden: true, rowIndex: true });
  return withColumns ? { rows, cols: range.getColumnProperties({ columnHidden: true, columnIndex: true }) } : { rows };
}

/** 1-based numbers of the hidden rows and columns a chunk's properties report. */
export function hiddenFrom(req: HiddenRequests, firstRowIndex: number, firstColIndex: number): { rows: number[]; cols: number[] } {
  const rows: number[] = [];
  req.rows.value.forEach((p, i) => {
    if (p.rowHidden) rows.push((p.rowIndex ?? firstRowIndex + i) + 1);
  });
  const cols: number[] = [];
  req.cols?.value.forEach((p, i) => {
    if (p.columnHidden) cols.push((p.columnIndex ?? firstColIndex + i) + 1);
  });
  return { rows, cols };
}

const NO_FORMULAS: string[] = [];

/** A chunk's formulas: Office.js gives every cell, constants as their value; only `=…` text is a formula. */
export function formulaRows(formulas: unknown[][]): { rows: string[][]; any: boolean } {
  let any = false;
  const rows = formulas.map((line) => {
    let out: string[] | undefined;
    for (let c = 0; c < line.length; c++) {
      const f = line[c];
      if (typeof f === "string" && f.charCodeAt(0) === 61 && f.length > 1) {
        out ??= [];
        out[c] = f;
        any = true;
      }
    }
    return out ?? NO_FORMULAS;
  });
  return { rows, any };
}

export function visibilityOf(v: string | undefined): SheetVisibility | undefined {
  return v === "Visible" ? "visible" : v === "Hidden" ? "hidden" : v === "VeryHidden" ? "veryHidden" : undefined;
}

export function calcModeOf(v: string | undefined): WorkbookFacts["calcMode"] {
  return v === "Manual" ? "manual" : v === "AutomaticExceptTables" ? "autoNoTable" : v === "Automatic" ? "auto" : undefined;
}

/** What a read sheet gives its Grid. */
export interface ReadSheet {
  name: string;
  rows: CellValue[][];
  formats: string[][];
  merges: CellRange[];
  rowIndex: number;
  columnIndex: number;
  formulas: string[][];
  anyFormula: boolean;
  hiddenRows: number[];
  hiddenCols: number[];
  visibility: string | undefined;
}

export function toGrid(t: ReadSheet, workbook: WorkbookFacts): Grid {
  return new Grid({
    sheet: t.name,
    rows: t.rows,
    formats: t.formats,
    merges: t.merges,
    origin: { row: t.rowIndex + 1, col: t.columnIndex + 1 },
    ...(t.anyFormula ? { formulas: t.formulas } : {}),
    hiddenRows: t.hiddenRows,
    hiddenCols: t.hiddenCols,
    visibility: visibilityOf(t.visibility),
    workbook,
  });
}
