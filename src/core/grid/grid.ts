/**
 * The Grid: one worksheet as the core sees it, whatever host read it (Excel itself, or a file).
 * Rows and columns are 1-based sheet coordinates everywhere in the public API.
 */

/** An Excel error value such as `#DIV/0!` or `#N/A`, kept distinct from text. */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | Date | CellError | null;

/** A rectangle in 1-based sheet coordinates, inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface GridInit {
  sheet: string;
  /** Row-major values; `rows[0][0]` is the cell at `origin`. Ragged rows are fine. */
  rows: CellValue[][];
  /** Number formats in the same shape as `rows`; missing entries mean `General`. */
  formats?: (string | null | undefined)[][];
  merges?: CellRange[];
  /** 1-based sheet position of `rows[0][0]`; defaults to A1. */
  origin?: { row: number; col: number };
  /** Formulas as A1 text with the leading `=` (`=SUM(C4:C43)`), same shape as `rows`; missing entries mean a constant. */
  formulas?: (string | null | undefined)[][];
  /** 1-based numbers of hidden rows and of hidden columns. */
  hiddenRows?: readonly number[];
  hiddenCols?: readonly number[];
  /**
   * Column widths in characters (Excel's unit: digits of the default font) by 1-based column, where the
   * host knows them; a column not listed has `defaultColumnWidth`. Only for showing a sheet: the audit ignores them.
   */
  columnWidths?: ReadonlyMap<number, number>;
  defaultColumnWidth?: number;
  /** Whether the sheet's tab is shown; undefined when the host does not say. */
  visibility?: SheetVisibility;
  /** Notes (comments) on cells, 1-based. */
  notes?: readonly CellNote[];
  /** What the host knows of the workbook the sheet belongs to; one object shared by its sheets. */
  workbook?: WorkbookFacts;
}

/**
 * Facts about the whole workbook that a sheet alone does not show. They travel on each Grid because
 * a Grid is what every host hands over (AuditHost.readGrids), so every host can give them without a
 * change to the contract or to the callers of runAudit. One object is shared by a workbook's grids.
 */
export interface WorkbookFacts {
  /** Excel's calculation mode when the file was saved or the sheet was read; undefined when unknown. */
  calcMode?: "auto" | "manual" | "autoNoTable";
  /** True when the package declares links to other workbooks (externalReferences). */
  externalLinks?: boolean;
  /** The linked workbooks' file names, by the 1-based index formulas use in files (`[1]Sheet1!A1`). */
  externalBooks?: readonly string[];
  /** The sheet that carries findings about the whole workbook (the first one read), so they come once. */
  firstSheet?: string;
  /** The workbook's sheets as read, for references to other sheets; may be empty. */
  grids?: readonly Grid[];
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface CellNote {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as CellError).error === "string";
}

/**
 * A sheet's values, number formats and merged ranges. Merged cells read as their top-left value
 * (Excel reports "" for the other cells of a merge, file readers repeat the master; both read the same here).
 */
export class Grid {
  readonly sheet: string;
  readonly merges: readonly CellRange[];
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly rows: CellValue[][];
  private readonly formats: (string | null | undefined)[][] | undefined;
  private readonly formulas: (string | null | undefined)[][] | undefined;
  /** Undefined when the host does not say. */
  readonly visibility: SheetVisibility | undefined;
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenCols: ReadonlySet<number>;
  /** Widths in characters, where the host read them (see GridInit.columnWidths). */
  readonly columnWidths: ReadonlyMap<number, number> | undefined;
  readonly defaultColumnWidth: number | undefined;
  readonly notes: readonly CellNote[];
  /** Undefined when the host says nothing about the workbook. */
  readonly workbook: WorkbookFacts | undefined;
  private readonly init: GridInit;
  /** key = row * 16384 + col, only for cells inside a merge that are not its top-left. */
  private readonly mergeMaster = new Map<number, number>();

  constructor(init: GridInit) {
    this.sheet = init.sheet;
    this.rows = init.rows;
    this.formats = init.formats;
    this.formulas = init.formulas;
    this.visibility = init.visibility;
    this.hiddenRows = new Set(init.hiddenRows ?? []);
    this.hiddenCols = new Set(init.hiddenCols ?? []);
    this.columnWidths = init.columnWidths;
    this.defaultColumnWidth = init.defaultColumnWidth;
    this.notes = init.notes ?? [];
    this.workbook = init.workbook;
    this.init = init;
    this.merges = init.merges ?? [];
    this.firstRow = init.origin?.row ?? 1;
    this.firstCol = init.origin?.col ?? 1;
    let width = 0;
    for (const r of init.rows) if (r.length > width) width = r.length;
    this.lastRow = this.firstRow + init.rows.length - 1;
    this.lastCol = this.firstCol + width - 1;
    for (const m of this.merges) {
      const master = key(m.top, m.left);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.mergeMaster.set(key(r, c), master);
        }
      }
    }
  }

  /** The raw value stored at a cell (no merge resolution). */
  raw(row: number, col: number): CellValue {
    const line = this.rows[row - this.firstRow];
    if (!line) return null;
    const v = line[col - this.firstCol];
    return v === undefined ? null : v;
  }

  /** The value shown at a cell: for a merged cell, its range's top-left value. */
  value(row: number, col: number): CellValue {
    if (this.mergeMaster.size > 0) {
      const m = this.mergeMaster.get(key(row, col));
      if (m !== undefined) return this.raw(Math.floor(m / 16384), m % 16384);
    }
    return this.raw(row, col);
  }

  /** The number format of a cell (`General` when none is known); merged cells use the master's. */
  format(row: number, col: number): string {
    if (!this.formats) return "General";
    let r = row;
    let c = col;
    if (this.mergeMaster.size > 0) {
      const m = this.mergeMaster.get(key(row, col));
      if (m !== undefined) {
        r = Math.floor(m / 16384);
        c = m % 16384;
      }
    }
    const line = this.formats[r - this.firstRow];
    const f = line ? line[c - this.firstCol] : undefined;
    return f ? f : "General";
  }

  /** The cell's formula (`=…`), or undefined for a constant or when the host did not read formulas. */
  formula(row: number, col: number): string | undefined {
    const line = this.formulas?.[row - this.firstRow];
    const f = line ? line[col - this.firstCol] : undefined;
    return f ? f : undefined;
  }

  /** True when the host read formulas at all (a constant then has no formula for certain). */
  get hasFormulas(): boolean {
    return this.formulas !== undefined;
  }

  /** Calls `fn` for every cell that holds a formula, row by row; nothing when the host read no formulas. */
  forEachFormula(fn: (row: number, col: number, formula: string) => void): void {
    const all = this.formulas;
    if (!all) return;
    for (let i = 0; i < all.length; i++) {
      const line = all[i];
      if (!line) continue;
      for (let j = 0; j < line.length; j++) {
        const f = line[j];
        if (f) fn(i + this.firstRow, j + this.firstCol, f);
      }
    }
  }

  /** The same sheet with some values replaced (formula results the audit computed); this grid is left as it is. */
  withValues(values: readonly { row: number; col: number; value: CellValue }[]): Grid {
    const rows = this.rows.slice();
    const copied = new Set<number>();
    for (const { row, col, value } of values) {
      const i = row - this.firstRow;
      const j = col - this.firstCol;
      if (i < 0 || j < 0) continue;
      while (rows.length <= i) rows.push([]);
      if (!copied.has(i)) {
        rows[i] = (rows[i] ?? []).slice();
        copied.add(i);
      }
      const line = rows[i] as CellValue[];
      while (line.length < j) line.push(null);
      line[j] = value;
    }
    return new Grid({ ...this.init, rows });
  }

  isRowHidden(row: number): boolean {
    return this.hiddenRows.has(row);
  }

  isColHidden(col: number): boolean {
    return this.hiddenCols.has(col);
  }

  /** The column's width in characters, when the host knows it (its own, else the sheet's default). */
  columnWidth(col: number): number | undefined {
    return this.columnWidths?.get(col) ?? this.defaultColumnWidth;
  }

  /** True when the cell is part of a merged range but not its top-left cell. */
  isMergedFollower(row: number, col: number): boolean {
    return this.mergeMaster.has(key(row, col));
  }

  /** The merged range that contains the cell, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    const k = key(row, col);
    if (!this.mergeMaster.has(k) && !this.merges.some((m) => m.top === row && m.left === col)) return undefined;
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  get rowCount(): number {
    return this.rows.length;
  }
}

function key(row: number, col: number): number {
  return row * 16384 + col;
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 1-based cell. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row);
}

/** Parses `D44` or `$D$44` into 1-based coordinates; undefined for anything else. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
