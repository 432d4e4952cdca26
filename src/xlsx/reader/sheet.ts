/**
 * One worksheet part into the core's Grid, in one pass over its inflated bytes (bytes.ts): values (shared and inline strings,
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
import { intAt, numberAt, utf8Text, type ByteXmlScanner } from "./bytes";
import { scanPart } from "./xml";

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

/** The local names the sheet's handlers tell apart, and their indexes. */
const SHEET_NAMES = ["c", "v", "f", "r", "t", "row", "sheetData", "mergeCell", "hyperlink", "col", "sheetFormatPr"];
const [C, V, F, R, T, ROW, SHEET_DATA, MERGE_CELL, HYPERLINK, COL, SHEET_FORMAT] = SHEET_NAMES.map((_n, i) => i) as number[] as [number, number, number, number, number, number, number, number, number, number, number];

const [NO_VALUE, RANGE, TEXT] = [0, 1, 2];
const [LETTER_R, LETTER_S, LETTER_T] = [114, 115, 116];
const [CAPTURE_NONE, CAPTURE_VALUE, CAPTURE_FORMULA, CAPTURE_RUN] = [0, 1, 2, 3];
/** A cell's `t`: anything else (n, d, none) reads as a number, as it did. */
const [TYPE_NUMBER, TYPE_SHARED, TYPE_STR, TYPE_INLINE, TYPE_BOOL, TYPE_ERROR] = [0, 1, 2, 3, 4, 5];
const TYPES: readonly [string, number][] = [
  ["s", TYPE_SHARED],
  ["str", TYPE_STR],
  ["inlineStr", TYPE_INLINE],
  ["b", TYPE_BOOL],
  ["e", TYPE_ERROR],
];

function typeOf(scanner: ByteXmlScanner, i: number): number {
  if (i < 0) return TYPE_NUMBER;
  for (const [name, type] of TYPES) if (scanner.attrIs(i, name)) return type;
  return TYPE_NUMBER;
}

function intAttr(scanner: ByteXmlScanner, i: number): number {
  const start = scanner.attrStart(i);
  return start >= 0 ? intAt(scanner.bytes, start, scanner.attrEnd(i)) : parseInt(scanner.attrValue(i), 10);
}

/** refCol over the bytes of an attribute. */
function refColAt(b: Uint8Array, start: number, end: number): number {
  let col = 0;
  for (let i = start; i < end; i++) {
    const c = b[i] as number;
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

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

/** True when two rows' formats are the same, cell by cell (formats are the workbook's own strings, so === holds). */
function sameFormats(a: readonly (string | undefined)[], b: readonly (string | undefined)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  let cellType = TYPE_NUMBER;
  let cellStyle = 0;
  // The cell's value (<v>, or <t> of an inline string): none, a byte range of the part, or text.
  let valueKind = NO_VALUE;
  let valueStart = 0;
  let valueEnd = 0;
  let valueString = "";
  let richRuns: string | undefined;
  let formulaText: string | undefined;
  let formulaKind: string | undefined;
  let formulaSi: string | undefined;
  let formulaRefAttr: string | undefined;
  let capture = CAPTURE_NONE;
  let inRun = false;
  let bytes: Uint8Array = new Uint8Array(0);

  const countCells = (n: number): void => {
    ctx.cells.count += n;
    if (ctx.cells.count > maxCells) throw new WorkbookInputError("limit-cells", undefined, { limit: maxCells, part: entry.name });
  };

  const valueText = (): string | undefined => (valueKind === RANGE ? utf8Text(bytes, valueStart, valueEnd) : valueKind === TEXT ? valueString : undefined);
  const valueNumber = (): number => (valueKind === RANGE ? numberAt(bytes, valueStart, valueEnd) : parseFloat(valueText() ?? ""));
  const valueInt = (): number => (valueKind === RANGE ? intAt(bytes, valueStart, valueEnd) : parseInt(valueText() ?? "", 10));

  // The last row's formats, which the next row shares when its own are the same (a table's columns keep theirs).
  let lastFormats: (string | undefined)[] | undefined;
  const finishRow = (): void => {
    if (rowValues && rowValues.length > 0) {
      while (rows.length < rowNumber - 1) rows.push(EMPTY_ROW);
      // A copy of exactly its length: an array grown by pushes keeps room for 17 cells, twice a table row's.
      rows[rowNumber - 1] = rowValues.slice();
      if (rowFormats) {
        if (!lastFormats || !sameFormats(rowFormats, lastFormats)) lastFormats = rowFormats.slice();
        formats[rowNumber - 1] = lastFormats;
      }
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
      if (valueKind === RANGE ? valueEnd > valueStart : valueKind === TEXT && valueString !== "") {
        if (cellType === TYPE_STR) result = xmlDecode(valueText() ?? "");
        else if (cellType === TYPE_BOOL) result = valueInt() !== 0;
        else if (cellType === TYPE_ERROR) result = { error: valueText() };
        else result = valueNumber();
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
    } else if (valueKind !== NO_VALUE || richRuns !== undefined) {
      switch (cellType) {
        case TYPE_SHARED: {
          const s = sharedStrings[valueInt()];
          if (s === undefined) throw new WorkbookInputError("corrupt", new Error(`shared string ${valueText()} missing`), { part: entry.name });
          v = s;
          break;
        }
        case TYPE_STR:
          v = xmlDecode(valueText() ?? "");
          break;
        case TYPE_INLINE:
          v = richRuns !== undefined ? richRuns : (valueText() ?? "");
          break;
        case TYPE_BOOL:
          v = valueInt() !== 0;
          break;
        case TYPE_ERROR:
          v = { error: valueText() ?? "" };
          break;
        default: {
          const n = valueNumber();
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

  const openOutside = (scanner: ByteXmlScanner, name: number, selfClosing: boolean): void => {
    switch (name) {
      case SHEET_DATA:
        if (!selfClosing) inSheetData = true;
        break;
      case MERGE_CELL: {
        const ref = scanner.attr("ref");
        const range = ref ? parseRange(ref) : undefined;
        if (range) {
          countCells((range.bottom - range.top + 1) * (range.right - range.left + 1) - 1);
          merges.push(range);
        }
        break;
      }
      case HYPERLINK: {
        const ref = scanner.attr("ref");
        if (scanner.attr("r:id") && ref) hyperlinked.add(ref);
        break;
      }
      case COL: {
        const a = scanner.attributes();
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
      case SHEET_FORMAT: {
        const width = parseFloat(scanner.attr("defaultColWidth") ?? "");
        const base = parseInt(scanner.attr("baseColWidth") ?? "", 10);
        // Excel's default: baseColWidth (8) characters plus padding, 64 px for Calibri 11.
        if (Number.isFinite(width) && width > 0 && width < 256) defaultColumnWidth = width;
        else if (base > 0 && base < 256) defaultColumnWidth = base + 1.140625;
        break;
      }
      default:
        break;
    }
  };

  const openCell = (scanner: ByteXmlScanner): void => {
    // One pass over the attributes for r, t and s (the last of two same-named ones wins, as before).
    let r = -1;
    let t = -1;
    let s = -1;
    for (let i = 0; i < scanner.attributeCount; i++) {
      const name = scanner.shortName(i);
      if (name === LETTER_R) r = i;
      else if (name === LETTER_T) t = i;
      else if (name === LETTER_S) s = i;
    }
    const start = r < 0 ? -1 : scanner.attrStart(r);
    const refColumn = r < 0 ? 0 : start >= 0 ? refColAt(bytes, start, scanner.attrEnd(r)) : refCol(scanner.attrValue(r));
    cellRef = r >= 0 && hyperlinked.size > 0 ? scanner.attrValue(r) : undefined;
    col = r >= 0 ? refColumn || col + 1 : col + 1;
    cellType = typeOf(scanner, t);
    cellStyle = s >= 0 ? intAttr(scanner, s) || 0 : 0;
    valueKind = NO_VALUE;
    richRuns = undefined;
    formulaText = undefined;
    formulaKind = undefined;
    formulaSi = undefined;
    formulaRefAttr = undefined;
    capture = CAPTURE_NONE;
    inRun = false;
    countCells(1);
  };

  const openInside = (scanner: ByteXmlScanner, name: number, selfClosing: boolean): void => {
    switch (name) {
      case C:
        openCell(scanner);
        return;
      case V:
        if (!selfClosing) capture = CAPTURE_VALUE;
        return;
      case F:
        formulaKind = scanner.attr("t");
        formulaSi = scanner.attr("si");
        formulaRefAttr = scanner.attr("ref");
        if (!selfClosing) capture = CAPTURE_FORMULA;
        return;
      case R:
        inRun = true;
        return;
      case T:
        if (selfClosing) {
          if (inRun) richRuns = richRuns ?? "";
          return;
        }
        // Phonetic guides are not part of the cell's text, except as ExcelJS read them in inline strings.
        capture = inRun ? CAPTURE_RUN : CAPTURE_VALUE;
        if (inRun && richRuns === undefined) richRuns = "";
        return;
      case ROW: {
        finishRow();
        const r = scanner.attrIndex("r");
        rowNumber = r >= 0 ? intAttr(scanner, r) || rowNumber + 1 : rowNumber + 1;
        const hidden = scanner.attrIndex("hidden");
        if (hidden >= 0 && (scanner.attrIs(hidden, "1") || scanner.attrIs(hidden, "true"))) hiddenRows.push(rowNumber);
        col = 0;
        return;
      }
      default:
        return;
    }
  };

  scanPart(ctx.zip, entry, budget, SHEET_NAMES, (scanner) => {
    bytes = scanner.bytes;
    return {
      open(name, selfClosing) {
        if (inSheetData) openInside(scanner, name, selfClosing);
        else openOutside(scanner, name, selfClosing);
      },
      text(start, end, decoded) {
        switch (capture) {
          case CAPTURE_VALUE:
            if (valueKind === NO_VALUE && decoded === undefined) {
              valueKind = RANGE;
              valueStart = start;
              valueEnd = end;
            } else {
              valueString = (valueText() ?? "") + (decoded ?? utf8Text(bytes, start, end));
              valueKind = TEXT;
            }
            break;
          case CAPTURE_RUN:
            richRuns = (richRuns ?? "") + unescapeX(decoded ?? utf8Text(bytes, start, end));
            break;
          case CAPTURE_FORMULA:
            formulaText = (formulaText ?? "") + (decoded ?? utf8Text(bytes, start, end));
            break;
          default:
            break;
        }
      },
      close(name) {
        if (!inSheetData) return;
        switch (name) {
          case C:
            finishCell();
            capture = CAPTURE_NONE;
            return;
          case V:
          case F:
          case T:
            capture = CAPTURE_NONE;
            return;
          case R:
            inRun = false;
            return;
          case ROW:
            finishRow();
            return;
          case SHEET_DATA:
            finishRow();
            inSheetData = false;
            return;
          default:
            return;
        }
      },
    };
  });
  // The part's bytes go with the scanner; only the values read from them stay.
  bytes = new Uint8Array(0);

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
