/**
 * The part of WPS 表格's object model (ET, the VBA-shaped `Application`) that the WPS host calls, and
 * nothing more. Every member here exists in Kingsoft's typings, et-jsapi-declare 2.5.0 (a dev
 * dependency): tests/wps/typings.test.ts checks at compile time that the real `Et.*` interfaces fit
 * these, so a misspelt member fails `tsc`. Their typings are generated from WPS's C++ sources and
 * mostly say `any`; these say what the host relies on. The reference for behaviour is the ET JS API
 * documentation (open.wps.cn → WPS 加载项 → API → 表格 ET), which follows Excel VBA's object model:
 * collections and rows are 1-based, colours are BGR integers, a multi-cell Value2 is a 2-D array.
 */

/** lib.et.d.ts `Et.Application` (ActiveWorkbook, ActiveSheet, FindFormat, DisplayAlerts). */
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  /** The active sheet of the active workbook. */
  readonly ActiveSheet: EtWorksheet | null;
  /** The format Range.Find matches when SearchFormat is true (Excel VBA Application.FindFormat). */
  readonly FindFormat: EtCellFormat;
  /** False stops Worksheet.Delete from asking the user to confirm. */
  DisplayAlerts: boolean;
}

/** lib.et.d.ts `Et.Workbook`. */
export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  /** True when sheets cannot be added, deleted or renamed (审阅 → 保护工作簿). */
  readonly ProtectStructure: boolean;
  readonly Name: string;
}

/** lib.et.d.ts `Et.Sheets`: 1-based, by index or name. */
export interface EtSheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  /** A new worksheet before or after the given one; it becomes the active sheet, as in Excel. */
  Add(Before?: EtWorksheet, After?: EtWorksheet, Count?: number, Type?: number): EtWorksheet;
}

/** lib.et.d.ts `Et.Worksheet`. */
export interface EtWorksheet {
  Name: string;
  /** XlSheetVisibility: SHEET_VISIBLE, SHEET_HIDDEN or SHEET_VERY_HIDDEN. */
  Visible: number;
  readonly Index: number;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  /** `Range("D44")`, `Range("A1:G9")`. */
  Range(Cell1: string): EtRange;
  readonly Hyperlinks: EtHyperlinks;
  Activate(): void;
  Delete(): void;
}

/** lib.et.d.ts `Et.Range`. Row and Column are 1-based; Rows/Columns give counts. */
export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtRangeCount;
  readonly Columns: EtRangeCount;
  /** A scalar for one cell, otherwise rows of values (dates as serial numbers, empty cells undefined). */
  Value2: unknown;
  /** A 2-D array of format codes over a multi-cell range, a string when they are all the same, null when VBA-style "mixed". */
  NumberFormat: unknown;
  /** true / false, or null when the range is partly merged. */
  readonly MergeCells: boolean | null;
  /** The merged area a cell belongs to (the cell itself when it is not merged). */
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  /** The cell's comment (批注, Excel's note), or null. */
  readonly Comment: EtComment | null;
  AddComment(Text?: string): EtComment;
  ClearComments(): void;
  Clear(): void;
  Select(): void;
  Resize(RowSize?: number, ColumnSize?: number): EtRange;
  ColumnWidth: number;
  WrapText: boolean;
  /** Excel VBA Range.Find; with What "" and SearchFormat true it finds the next cell in Application.FindFormat. */
  Find(
    What: string,
    After?: EtRange,
    LookIn?: number,
    LookAt?: number,
    SearchOrder?: number,
    SearchDirection?: number,
    MatchCase?: boolean,
    MatchByte?: boolean,
    SearchFormat?: boolean,
  ): EtRange | null;
}

/** `Range.Rows` / `Range.Columns`: only their Count is used. */
export interface EtRangeCount {
  readonly Count: number;
}

/** lib.et.d.ts `Et.Interior`: Color is BGR (red = 0x0000FF); Pattern XL_NONE means no fill. */
export interface EtInterior {
  Color: unknown;
  Pattern: unknown;
  PatternColor: unknown;
  TintAndShade: unknown;
}

/** lib.et.d.ts `Et.Font`. */
export interface EtFont {
  Color: number;
  Bold: boolean;
}

/** lib.et.d.ts `Et.Comment`: Text() reads, Text(s) replaces. */
export interface EtComment {
  Text(Text?: string): string;
  Delete(): void;
}

/** lib.et.d.ts `Et.CellFormat` (Application.FindFormat). */
export interface EtCellFormat {
  MergeCells: unknown;
  Clear(): void;
}

/** lib.et.d.ts `Et.Hyperlinks`. */
export interface EtHyperlinks {
  Add(Anchor: EtRange, Address: string, SubAddress?: string, ScreenTip?: string, TextToDisplay?: string): unknown;
}

/** XlSheetVisibility (lib.et.d.ts `Et.XlSheetVisibility`; ambient there, so copied as numbers). */
export const SHEET_VISIBLE = -1;
export const SHEET_HIDDEN = 0;
export const SHEET_VERY_HIDDEN = 2;

/** xlNone: Interior.Pattern of a cell with no fill (lib.et.d.ts `Et.XlPattern.xlPatternNone`). */
export const XL_NONE = -4142;
/** xlPatternSolid. */
export const XL_PATTERN_SOLID = 1;

/** Range.Find arguments: xlFormulas, xlPart, xlByRows, xlNext (lib.et.d.ts `Et.XlFindLookIn` …). */
export const XL_FORMULAS = -4123;
export const XL_PART = 2;
export const XL_BY_ROWS = 1;
export const XL_NEXT = 1;
