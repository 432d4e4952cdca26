/**
 * Worksheets → Grids through the ET object model, in whole-range reads: the used range's position,
 * its Value2 and its NumberFormat, each one call for the whole sheet whatever its size, and its
 * merged areas found with Range.Find on the merge format (calls in proportion to the merges, not the
 * rows). A sheet is never read cell by cell.
 */
import { a1, Grid, type CellRange, type CellValue } from "../core/grid/grid";
import { HostError, isOwnSheet, toHostError, type AuditScope, type Progress } from "../host";
import { activeWorkbook } from "./app";
import { SHEET_VISIBLE, XL_BY_ROWS, XL_FORMULAS, XL_NEXT, XL_PART, type EtApplication, type EtRange, type EtWorksheet } from "./et";

/** Sheets with more cells in their used range are refused, as in Excel. */
export const MAX_SHEET_CELLS = 2_000_000;

/**
 * Error values as Value2 hands them to JavaScript: the VARIANT error codes of VBA's CVErr (0x800A07xx),
 * as signed integers. Numbers this size cannot be a budget figure, so they are read as errors.
 */
const ERROR_CODES: ReadonlyMap<number, string> = new Map([
  [-2146826288, "#NULL!"],
  [-2146826281, "#DIV/0!"],
  [-2146826273, "#VALUE!"],
  [-2146826265, "#REF!"],
  [-2146826259, "#NAME?"],
  [-2146826252, "#NUM!"],
  [-2146826246, "#N/A"],
]);

export interface ReadOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  maxCells?: number;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new HostError("cancelled");
}

/** Lets the pane repaint (progress, the cancel button) between sheets: the object model itself is synchronous. */
function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The active sheet ("sheet") or every visible sheet but the add-in's own ("workbook"). */
export function sheetsInScope(app: EtApplication, scope: AuditScope): EtWorksheet[] {
  if (scope === "sheet") {
    activeWorkbook(app);
    const ws = app.ActiveSheet;
    if (!ws) throw new HostError("no-workbook");
    return [ws];
  }
  const sheets = activeWorkbook(app).Worksheets;
  const out: EtWorksheet[] = [];
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i);
    if (ws.Visible === SHEET_VISIBLE && !isOwnSheet(ws.Name)) out.push(ws);
  }
  return out;
}

export async function readGridsFrom(app: EtApplication, scope: AuditScope, options: ReadOptions = {}): Promise<Grid[]> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  let sheets: EtWorksheet[];
  try {
    sheets = sheetsInScope(app, scope);
  } catch (e) {
    throw toHostError(e, "read-failed");
  }
  const grids: Grid[] = [];
  for (const ws of sheets) {
    let name = "";
    try {
      name = ws.Name;
      onProgress?.({ phase: "reading", done: grids.length, total: sheets.length, sheet: name });
      grids.push(readSheet(app, ws, name, options.maxCells ?? MAX_SHEET_CELLS));
    } catch (e) {
      throw toHostError(e, "read-failed", name);
    }
    await nextTick();
    throwIfAborted(signal);
  }
  onProgress?.({ phase: "reading", done: grids.length, total: sheets.length });
  return grids;
}

/** One sheet: about a dozen object-model calls, plus seven per merged area. */
export function readSheet(app: EtApplication, ws: EtWorksheet, name: string, maxCells: number): Grid {
  const used = ws.UsedRange;
  const top = used.Row;
  const left = used.Column;
  const rowCount = used.Rows.Count;
  const colCount = used.Columns.Count;
  if (rowCount * colCount > maxCells) throw new HostError("too-large", name);
  const values = valueMatrix(used.Value2, rowCount, colCount);
  const formats = formatMatrix(ws, used.NumberFormat, { top, left, bottom: top + rowCount - 1, right: left + colCount - 1 });
  const merges = mergedAreas(app, used);
  return trimmed(name, values, formats, merges, top, left);
}

function cellValue(v: unknown): CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number") return ERROR_CODES.get(v) !== undefined ? { error: ERROR_CODES.get(v) as string } : v;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  return String(v);
}

/** Value2 as rows of CellValues: a single cell comes as a scalar, several as rows (0-based JavaScript arrays). */
function valueMatrix(raw: unknown, rows: number, cols: number): CellValue[][] {
  if (!Array.isArray(raw)) return rows === 1 && cols === 1 ? [[cellValue(raw)]] : [];
  return raw.map((line: unknown) => (Array.isArray(line) ? line.map(cellValue) : [cellValue(line)]));
}

function formatText(v: unknown): string {
  return typeof v === "string" ? v : "General";
}

/**
 * NumberFormat over the range: rows of codes in one call. Where WPS answers as VBA does (one string when
 * all cells share a format, null when they differ), columns and then halves of columns are asked, so
 * the calls follow the number of format changes rather than the cells.
 */
function formatMatrix(ws: EtWorksheet, raw: unknown, area: CellRange): string[][] {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (Array.isArray(raw)) return raw.map((line: unknown) => (Array.isArray(line) ? line.map(formatText) : [formatText(line)]));
  const out: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  const fill = (a: CellRange, code: string): void => {
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) (out[r - area.top] as string[])[c - area.left] = code;
  };
  const split = (a: CellRange, value: unknown): void => {
    if (typeof value === "string") return fill(a, value);
    if (Array.isArray(value)) {
      value.forEach((line: unknown, i) => (Array.isArray(line) ? line : [line]).forEach((v: unknown, j) => fill({ top: a.top + i, left: a.left + j, bottom: a.top + i, right: a.left + j }, formatText(v))));
      return;
    }
    if (a.top === a.bottom && a.left === a.right) return fill(a, "General");
    const parts: CellRange[] =
      a.left !== a.right
        ? Array.from({ length: a.right - a.left + 1 }, (_, i) => ({ top: a.top, left: a.left + i, bottom: a.bottom, right: a.left + i }))
        : [
            { top: a.top, left: a.left, bottom: a.top + Math.floor((a.bottom - a.top) / 2), right: a.left },
            { top: a.top + Math.floor((a.bottom - a.top) / 2) + 1, left: a.left, bottom: a.bottom, right: a.left },
          ];
    for (const p of parts) split(p, ws.Range(rangeAddress(p)).NumberFormat);
  };
  split(area, raw);
  return out;
}

export function rangeAddress(a: CellRange): string {
  const first = a1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? first : `${first}:${a1(a.bottom, a.right)}`;
}

/**
 * The merged areas of the range: none when MergeCells says false (one call), otherwise each found by
 * Range.Find on Application.FindFormat.MergeCells, which returns to the first hit when it has seen all.
 * FindFormat is the user's Find dialog state, so it is cleared again afterwards.
 */
function mergedAreas(app: EtApplication, used: EtRange): CellRange[] {
  if (used.MergeCells === false) return [];
  const format = app.FindFormat;
  format.Clear();
  format.MergeCells = true;
  const out: CellRange[] = [];
  try {
    const seen = new Set<string>();
    let first: string | undefined;
    let after: EtRange | undefined;
    // Bounded even if a host never wraps around: no range has more merged cells than cells.
    const cap = used.Rows.Count * used.Columns.Count;
    for (let i = 0; i < cap; i++) {
      const found = used.Find("", after, XL_FORMULAS, XL_PART, XL_BY_ROWS, XL_NEXT, false, false, true);
      if (!found) break;
      const at = `${found.Row},${found.Column}`;
      if (at === first) break;
      first ??= at;
      const area = found.MergeArea;
      const m = { top: area.Row, left: area.Column, bottom: 0, right: 0 };
      m.bottom = m.top + area.Rows.Count - 1;
      m.right = m.left + area.Columns.Count - 1;
      const key = `${m.top},${m.left}`;
      if (!seen.has(key) && (m.bottom > m.top || m.right > m.left)) out.push(m);
      seen.add(key);
      after = found;
    }
  } finally {
    format.Clear();
  }
  return out;
}

/**
 * The Grid of what the sheet holds: WPS's UsedRange also covers cells that are only formatted, Excel's
 * values-only used range does not, so empty edge rows and columns are dropped and both hosts read the
 * same Grid.
 */
function trimmed(sheet: string, values: CellValue[][], formats: string[][], merges: CellRange[], top: number, left: number): Grid {
  let first = -1;
  let last = -1;
  let minCol = Infinity;
  let maxCol = -1;
  values.forEach((line, r) => {
    for (let c = 0; c < line.length; c++) {
      if (line[c] === null) continue;
      if (first < 0) first = r;
      last = r;
      if (c < minCol) minCol = c;
      if (c > maxCol) maxCol = c;
    }
  });
  if (first < 0) return new Grid({ sheet, rows: [], formats: [], merges, origin: { row: top, col: left } });
  const rows = values.slice(first, last + 1).map((line) => line.slice(minCol, maxCol + 1));
  const fmts = formats.slice(first, last + 1).map((line) => line.slice(minCol, maxCol + 1));
  return new Grid({ sheet, rows, formats: fmts, merges, origin: { row: top + first, col: left + minCol } });
}
