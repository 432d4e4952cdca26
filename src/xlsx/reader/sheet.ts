/**
 * One worksheet part into the core's Grid, in one streaming pass: values (shared and inline strings,
 * numbers, booleans, errors, cached formula results), number formats, formulas, merges, hidden rows
 * and columns. Cells are converted exactly as the audit's earlier ExcelJS reader did, so findings do
 * not change with the reader; see numfmt.ts for the format rules.
 */
import { a1, type CellRange, type CellValue, type GridInit, type WorkbookFacts } from "../../core/grid/grid";
import { WorkbookInputError } from "../input";
import type { InflateBudget, ZipArchive, ZipEntry } from "../zip/read";
import { isDateFormat, serialToDate } from "./numfmt";
import { unescapeX, type SheetVisibility } from "./package";
import { shiftFormula } from "./formula";
import { parsePart } from "./xml";

export interface SheetContext {
  zip: ZipArchive;
  budget: InflateBudget;
  sharedStrings: readonly (string | null)[];
  numberFormats: readonly (string | undefined)[];
  date1904: boolean;
  /** Cells counted so far in this workbook, against limits.maxCells. */
  cells: { count: number };
}

export interface SheetMeta {
  name: string;
  visibility: SheetVisibility;
  /** Targets of the sheet's external hyperlinks are not needed, only which cells carry one. */
  notes?: Map<string, string>;
  /** The workbook's facts, shared by all its grids. */
  workbook?: WorkbookFacts;
}

const EMPTY_ROW: CellValue[] = [];

/** Column letters of an A1 reference → column number; 0 when there are none. */
function refCol(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

function refRow(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  return parseInt(ref.slice(i), 10);
}

function parseRange(ref: string): CellRange | undefined {
  const [from, second] = ref.split(":");
  if (!from) return undefined;
  const to = second ?? from;
  const top = refRow(from.replace(/\$/g, ""));
  const left = refCol(from.replace(/\$/g, ""));
  const bottom = refRow(to.replace(/\$/g, ""));
  const right = refCol(to.replace(/\$/g, ""));
  if (!(top > 0 && left > 0 && bottom > 0 && right > 0)) return undefined;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

const bool = (v: string | undefined): boolean => v === "1" || v === "true";

function xmlDecode(text: string): string {
  // ExcelJS decoded `str` results once more after the XML parser had; kept so that text reads the same.
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => (c === "&lt;" ? "<" : c === "&gt;" ? ">" : c === "&amp;" ? "&" : c === "&apos;" ? "'" : c === "&quot;" ? '"' : c));
}

/** Reads a worksheet part into a Grid's plain data (structured-clone safe, so a worker can post it). */
export function readSheet(ctx: SheetContext, entry: ZipEntry, meta: SheetMeta): GridInit {
  const { sharedStrings, numberFormats, date1904, budget } = ctx;
  const maxCells = budget.limits.maxCells;
  const rows: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (string | undefined)[][] = [];
  const merges: CellRange[] = [];
  const hyperlinked = new Set<string>();
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  // Column widths in characters, from <cols>; only the columns that say so.
  const columnWidths = new Map<number, number>();
  let defaultColumnWidth: number | undefined;
  const sharedMasters = new Map<string, { formula: string; row: number; col: number }>();
  let anyFormula = false;
  const dateStyle: (boolean | undefined)[] = [];
  const isDateStyle = (style: number): boolean => {
    let d = dateStyle[style];
    if (d === undefined) d = dateStyle[style] = isDateFormat(numberFormats[style]);
    return d;
  };

  // Row and cell being read.
  let rowNumber = 0;
  let rowValues: CellValue[] | undefined;
  let rowFormats: (string | undefined)[] | undefined;
  let rowFormulas: (string | undefined)[] | undefined;
  let inSheetData = false;
  let col = 0;
  let cellRef: string | undefined;
  let cellType: string | undefined;
  let cellStyle = 0;
  let value: string | undefined;
  let richRuns: string | undefined;
  let formulaText: string | undefined;
  let formulaKind: string | undefined;
  let formulaSi: string | undefined;
  let formulaRefAttr: string | undefined;
  let capture: "v" | "f" | "t" | "rt" | undefined;
  let phonetic = 0;
  let inRun = false;

  const countCells = (n: number): void => {
    ctx.cells.count += n;
    if (ctx.cells.count > maxCells) throw new WorkbookInputError("limit-cells", undefined, { limit: maxCells, part: entry.name });
  };

  const finishRow = (): void => {
    if (rowValues && rowValues.length > 0) {
      while (rows.length < rowNumber - 1) rows.push(EMPTY_ROW);
      rows[rowNumber - 1] = rowValues;
      if (rowFormats) formats[rowNumber - 1] = rowFormats;
    }
    if (rowFormulas) formulas[rowNumber - 1] = rowFormulas;
    rowValues = undefined;
    rowFormats = undefined;
    rowFormulas = undefined;
  };

  const finishCell = (): void => {
    const isFormula = !!formulaText || formulaKind !== undefined;
    const numFmt = cellStyle ? numberFormats[cellStyle] : undefined;
    let v: CellValue | Date | undefined;
    if (isFormula) {
      let result: unknown;
      if (value) {
        if (cellType === "str") result = xmlDecode(value);
        else if (cellType === "b") result = parseInt(value, 10) !== 0;
        else if (cellType === "e") result = { error: value };
        else result = parseFloat(value);
      }
      if (result !== undefined && cellStyle && isDateStyle(cellStyle)) result = serialToDate(result, date1904);
      v = toValue(result);
      let text = formulaText;
      if (formulaKind === "shared" && formulaSi !== undefined) {
        if (formulaText && formulaRefAttr !== undefined) sharedMasters.set(formulaSi, { formula: formulaText, row: rowNumber, col });
        else if (!formulaText) {
          const master = sharedMasters.get(formulaSi);
          if (master) text = shiftFormula(master.formula, rowNumber - master.row, col - master.col);
        }
      }
      if (text) {
        anyFormula = true;
        if (!rowFormulas) rowFormulas = [];
        rowFormulas[col - 1] = `=${text}`;
      }
    } else if (value !== undefined || richRuns !== undefined) {
      switch (cellType) {
        case "s": {
          const s = sharedStrings[parseInt(value ?? "", 10)];
          if (s === undefined) throw new WorkbookInputError("corrupt", new Error(`shared string ${value} missing`), { part: entry.name });
          v = s;
          break;
        }
        case "str":
          v = xmlDecode(value ?? "");
          break;
        case "inlineStr":
          v = richRuns !== undefined ? richRuns : (value ?? "");
          break;
        case "b":
          v = parseInt(value ?? "", 10) !== 0;
          break;
        case "e":
          v = { error: value ?? "" };
          break;
        default: {
          const n = parseFloat(value ?? "");
          v = cellStyle && isDateStyle(cellStyle) ? serialToDate(n, date1904) : n;
          break;
        }
      }
    }
    if (v !== undefined && v !== null && hyperlinked.size > 0 && cellRef !== undefined && hyperlinked.has(cellRef)) {
      // A cell with a link reads as the link's text.
      v = typeof v === "string" ? v : v instanceof Date && Number.isNaN(v.getTime()) ? "Invalid Date" : String(typeof v === "object" && !(v instanceof Date) ? "[object Object]" : v);
    }
    if (v === undefined || v === null || (v instanceof Date && Number.isNaN(v.getTime()))) return;
    if (!rowValues) rowValues = [];
    while (rowValues.length < col - 1) rowValues.push(null);
    rowValues[col - 1] = v;
    if (numFmt && numFmt !== "General") {
      if (!rowFormats) rowFormats = [];
      rowFormats[col - 1] = numFmt;
    }
  };

  parsePart(
    ctx.zip,
    entry,
    budget,
    {
    open(name, a, selfClosing) {
      if (inSheetData) {
        switch (name) {
          case "c": {
            cellRef = a.r;
            col = cellRef !== undefined ? refCol(cellRef) || col + 1 : col + 1;
            cellType = a.t;
            cellStyle = a.s !== undefined ? parseInt(a.s, 10) || 0 : 0;
            value = undefined;
            richRuns = undefined;
            formulaText = undefined;
            formulaKind = undefined;
            formulaSi = undefined;
            formulaRefAttr = undefined;
            capture = undefined;
            phonetic = 0;
            inRun = false;
            countCells(1);
            return;
          }
          case "v":
            if (!selfClosing) capture = "v";
            return;
          case "f":
            formulaKind = a.t;
            formulaSi = a.si;
            formulaRefAttr = a.ref;
            if (!selfClosing) capture = "f";
            return;
          case "r":
            inRun = true;
            return;
          case "rPh":
            phonetic++;
            return;
          case "t":
            if (selfClosing) {
              if (inRun) richRuns = richRuns ?? "";
              return;
            }
            // Phonetic guides are not part of the cell's text, except as ExcelJS read them in inline strings.
            capture = inRun ? "rt" : "t";
            if (inRun && richRuns === undefined) richRuns = "";
            return;
          case "row": {
            finishRow();
            rowNumber = a.r !== undefined ? parseInt(a.r, 10) || rowNumber + 1 : rowNumber + 1;
            if (bool(a.hidden)) hiddenRows.push(rowNumber);
            col = 0;
            return;
          }
          default:
            return;
        }
      }
      switch (name) {
        case "sheetData":
          if (!selfClosing) inSheetData = true;
          break;
        case "mergeCell": {
          const range = a.ref ? parseRange(a.ref) : undefined;
          if (range) {
            countCells((range.bottom - range.top + 1) * (range.right - range.left + 1) - 1);
            merges.push(range);
          }
          break;
        }
        case "hyperlink":
          if (a["r:id"] && a.ref) hyperlinked.add(a.ref);
          break;
        case "col": {
          const min = parseInt(a.min ?? "", 10);
          const max = Math.min(parseInt(a.max ?? "", 10), 16384);
          const width = parseFloat(a.width ?? "");
          const hasWidth = Number.isFinite(width) && width >= 0 && width < 65536;
          if (!(min > 0 && max >= min) || (!hasWidth && !bool(a.hidden))) break;
          countCells(max - min);
          for (let c = min; c <= max; c++) {
            if (bool(a.hidden)) hiddenCols.push(c);
            if (hasWidth) columnWidths.set(c, width);
          }
          break;
        }
        case "sheetFormatPr": {
          const width = parseFloat(a.defaultColWidth ?? "");
          const base = parseInt(a.baseColWidth ?? "", 10);
          // Excel's default: baseColWidth (8) characters plus padding, 64 px for Calibri 11.
          if (Number.isFinite(width) && width > 0 && width < 256) defaultColumnWidth = width;
          else if (base > 0 && base < 256) defaultColumnWidth = base + 1.140625;
          break;
        }
        default:
          break;
      }
    },
    text(text) {
      switch (capture) {
        case "v":
          value = value === undefined ? text : value + text;
          break;
        case "t":
          value = value === undefined ? text : value + text;
          break;
        case "rt":
          richRuns = (richRuns ?? "") + unescapeX(text);
          break;
        case "f":
          formulaText = formulaText === undefined ? text : formulaText + text;
          break;
        default:
          break;
      }
    },
    close(name) {
      if (!inSheetData) return;
      switch (name) {
        case "c":
          finishCell();
          capture = undefined;
          return;
        case "v":
        case "f":
        case "t":
          capture = undefined;
          return;
        case "r":
          inRun = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "row":
          finishRow();
          return;
        case "sheetData":
          finishRow();
          inSheetData = false;
          return;
        default:
          return;
      }
    },
  },
    { fast: true },
  );
  void phonetic;

  // Values stored in the followers of a merged range are not shown by Excel, and were never read.
  if (merges.length > 0) {
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom && r <= rows.length; r++) {
        const line = rows[r - 1];
        if (!line || line === EMPTY_ROW) continue;
        for (let c = m.left; c <= m.right && c <= line.length; c++) {
          if (r === m.top && c === m.left) continue;
          if (line[c - 1] !== undefined) line[c - 1] = null;
        }
      }
    }
    trimRows(rows, formats, formulas);
  }
  densify(rows);

  const init: GridInit = { sheet: meta.name, rows, formats, merges };
  if (anyFormula) init.formulas = formulas;
  if (hiddenRows.length > 0) init.hiddenRows = hiddenRows;
  if (hiddenCols.length > 0) init.hiddenCols = hiddenCols;
  if (columnWidths.size > 0) {
    // A <col> that runs to XFD says nothing about the columns past the data.
    let width = 0;
    for (const r of rows) if (r.length > width) width = r.length;
    for (const m of merges) if (m.right > width) width = m.right;
    const kept = new Map<number, number>();
    for (const [c, w] of columnWidths) if (c <= width) kept.set(c, w);
    if (kept.size > 0) init.columnWidths = kept;
  }
  if (defaultColumnWidth !== undefined) init.defaultColumnWidth = defaultColumnWidth;
  init.visibility = meta.visibility;
  if (meta.workbook) init.workbook = meta.workbook;
  if (meta.notes && meta.notes.size > 0) {
    init.notes = [...meta.notes].map(([ref, text]) => ({ row: refRow(ref), col: refCol(ref), text })).filter((n) => n.row > 0 && n.col > 0);
  }
  return init;
}

function toValue(v: unknown): CellValue | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object" && "error" in v) return { error: String((v as { error: unknown }).error) };
  return undefined;
}

/** Rows emptied by merges go, as the earlier reader never had them; trailing nulls are dropped. */
function trimRows(rows: CellValue[][], formats: unknown[][], formulas: unknown[][]): void {
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i];
    if (!line || line === EMPTY_ROW) continue;
    let end = line.length;
    while (end > 0 && (line[end - 1] === null || line[end - 1] === undefined)) end--;
    if (end === 0) {
      rows[i] = EMPTY_ROW;
      delete formats[i];
      delete formulas[i];
    } else line.length = end;
  }
  let last = rows.length;
  while (last > 0 && rows[last - 1] === EMPTY_ROW) last--;
  rows.length = last;
}

/** Holes (cells never written) become null, so the rows are plain dense arrays. */
function densify(rows: CellValue[][]): void {
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i];
    if (line === undefined) {
      rows[i] = EMPTY_ROW;
      continue;
    }
    if (line === EMPTY_ROW) continue;
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
  }
}

export { a1 };
