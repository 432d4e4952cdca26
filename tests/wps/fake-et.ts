/**
 * A fake of WPS 表格's ET object model (the `Application` a WPS 加载项 page gets), behaving like the
 * real one where the host depends on it:
 *
 *  - collections and rows are 1-based; Sheets.Item takes an index or a name;
 *  - Value2 of one cell is a scalar, of several cells rows of values (0-based JavaScript arrays),
 *    empty cells undefined, merged followers empty, dates as serial numbers, errors as CVErr codes;
 *  - NumberFormat of several cells is rows of codes, or (option `numberFormat: "vba"`) a string when
 *    all are the same and null when they differ, as Excel VBA answers;
 *  - colours are BGR integers; a cell without fill has Interior.Pattern xlNone and Color white;
 *  - MergeCells is true / false / null (partly merged); MergeArea of a merged cell is its area;
 *    Range.Find with SearchFormat finds merged areas through Application.FindFormat, and wraps;
 *  - comments (批注): AddComment fails where there is one; hidden rows; hidden and very hidden sheets;
 *    adding a sheet activates it; Select needs the sheet active; Delete asks unless DisplayAlerts is off;
 *  - protected sheets refuse writes; a protected structure refuses new sheets.
 *
 * Every member access on a fake object counts as one object-model call (`stats.calls`), and every
 * write is recorded (`data.writes`). The workbook is plain JSON: `reopenEt()` deep-copies it, which is
 * "save, close and open again". The file imports types only, so the browser test can transpile it
 * into the page as it is.
 */
import type { CellRange } from "../../src/core/grid/grid";

export type EtValue = number | string | boolean;

export interface EtFill {
  color: number;
  pattern: number;
  patternColor?: number;
  tint?: number;
}

export interface EtCell {
  v?: EtValue;
  formula?: string;
  nf?: string;
  fill?: EtFill;
  /** BGR; missing = automatic (0, black). */
  font?: number;
  bold?: boolean;
  comment?: string;
}

export interface EtSheetData {
  name: string;
  /** -1 visible, 0 hidden, 2 very hidden. */
  visible: number;
  protect: boolean;
  /** By `${row},${col}`. */
  cells: Record<string, EtCell>;
  merges: CellRange[];
  hiddenRows: number[];
  hyperlinks: { anchor: string; address: string; subAddress: string; text: string }[];
}

export interface EtWrite {
  sheet: string;
  address: string;
  property: string;
}

export interface EtWorkbookData {
  name: string;
  sheets: EtSheetData[];
  active: string;
  protectStructure: boolean;
  selection?: { sheet: string; address: string };
  writes: EtWrite[];
}

export interface EtFakeOptions {
  numberFormat?: "array" | "vba";
}

export interface EtStats {
  calls: number;
}

export const XL_NONE = -4142;
export const WHITE = 0xffffff;

export function makeEtSheet(name: string, values: (EtValue | null | undefined)[][] = [], init: Partial<Omit<EtSheetData, "name" | "cells">> = {}): EtSheetData {
  const cells: Record<string, EtCell> = {};
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") cells[`${r + 1},${c + 1}`] = { v };
    }),
  );
  return { name, visible: -1, protect: false, cells, merges: [], hiddenRows: [], hyperlinks: [], ...init };
}

export function makeEtWorkbook(sheets: EtSheetData[], name = "自评表.xlsx"): EtWorkbookData {
  return { name, sheets, active: sheets[0]?.name ?? "", protectStructure: false, writes: [] };
}

/** The workbook as a new session sees it after save and reopen: a deep copy with no history. */
export function reopenEt(data: EtWorkbookData): EtWorkbookData {
  const copy = JSON.parse(JSON.stringify(data)) as EtWorkbookData;
  copy.writes = [];
  return copy;
}

export function etSheet(data: EtWorkbookData, name: string): EtSheetData {
  const s = data.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colName(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `D44`, `$A$1:$G$9`, optionally `Sheet!`; 1-based inclusive. */
export function parseEtAddress(address: string): CellRange {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(local.trim());
  if (!m) throw new Error(`fake ET: cannot parse address ${address}`);
  const top = Number(m[2]);
  const left = colNumber(m[1] as string);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? colNumber(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** What a test compares of a cell: fill, font colour and comment. */
export function etLook(sheet: EtSheetData, address: string): { fill: EtFill | undefined; font: number | undefined; comment: string | undefined } {
  const r = parseEtAddress(address);
  const c = sheet.cells[`${r.top},${r.left}`];
  return { fill: c?.fill, font: c?.font, comment: c?.comment };
}

class EtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EtError";
  }
}

interface World {
  data: EtWorkbookData;
  stats: EtStats;
  options: EtFakeOptions;
  findFormat: { mergeCells: boolean | undefined };
  displayAlerts: boolean;
  wrap<T extends object>(o: T): T;
}

function a1(row: number, col: number): string {
  return `${colName(col)}${row}`;
}

class FakeApplication {
  constructor(private readonly _w: World) {}
  get ActiveWorkbook(): FakeWorkbook {
    return this._w.wrap(new FakeWorkbook(this._w));
  }
  get ActiveSheet(): FakeWorksheet | null {
    const s = this._w.data.sheets.find((x) => x.name === this._w.data.active);
    return s ? this._w.wrap(new FakeWorksheet(this._w, s)) : null;
  }
  get FindFormat(): FakeCellFormat {
    return this._w.wrap(new FakeCellFormat(this._w));
  }
  get DisplayAlerts(): boolean {
    return this._w.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this._w.displayAlerts = v;
  }
}

class FakeCellFormat {
  constructor(private readonly _w: World) {}
  get MergeCells(): unknown {
    return this._w.findFormat.mergeCells;
  }
  set MergeCells(v: unknown) {
    this._w.findFormat.mergeCells = Boolean(v);
  }
  Clear(): void {
    this._w.findFormat.mergeCells = undefined;
  }
}

class FakeWorkbook {
  constructor(private readonly _w: World) {}
  get Worksheets(): FakeSheets {
    return this._w.wrap(new FakeSheets(this._w));
  }
  get ProtectStructure(): boolean {
    return this._w.data.protectStructure;
  }
  get Name(): string {
    return this._w.data.name;
  }
}

class FakeSheets {
  constructor(private readonly _w: World) {}
  get Count(): number {
    return this._w.data.sheets.length;
  }
  Item(index: number | string): FakeWorksheet {
    const sheets = this._w.data.sheets;
    const s = typeof index === "number" ? sheets[index - 1] : sheets.find((x) => x.name.toLowerCase() === String(index).toLowerCase());
    if (!s) throw new EtError(`下标越界 (Subscript out of range): ${index}`);
    return this._w.wrap(new FakeWorksheet(this._w, s));
  }
  Add(Before?: FakeWorksheet, After?: FakeWorksheet): FakeWorksheet {
    const data = this._w.data;
    if (data.protectStructure) throw new EtError("工作簿受保护 (the workbook structure is protected)");
    let n = data.sheets.length + 1;
    while (data.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
    const sheet = makeEtSheet(`Sheet${n}`);
    const anchor = After ?? Before;
    const at = anchor ? data.sheets.findIndex((s) => s.name === anchor._name) + (After ? 1 : 0) : data.sheets.length;
    data.sheets.splice(at, 0, sheet);
    data.active = sheet.name;
    return this._w.wrap(new FakeWorksheet(this._w, sheet));
  }
}

class FakeWorksheet {
  constructor(
    private readonly _w: World,
    readonly _sheet: EtSheetData,
  ) {}
  get _name(): string {
    return this._sheet.name;
  }
  get Name(): string {
    return this._sheet.name;
  }
  set Name(v: string) {
    const data = this._w.data;
    if (data.sheets.some((s) => s !== this._sheet && s.name.toLowerCase() === v.toLowerCase())) throw new EtError(`sheet name taken: ${v}`);
    if (data.active === this._sheet.name) data.active = v;
    this._sheet.name = v;
  }
  get Visible(): number {
    return this._sheet.visible;
  }
  set Visible(v: number) {
    if (v !== -1 && this._w.data.sheets.filter((s) => s.visible === -1 && s !== this._sheet).length === 0) throw new EtError("cannot hide the last visible sheet");
    this._sheet.visible = v;
  }
  get Index(): number {
    return this._w.data.sheets.indexOf(this._sheet) + 1;
  }
  get ProtectContents(): boolean {
    return this._sheet.protect;
  }
  get UsedRange(): FakeRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const key of Object.keys(this._sheet.cells)) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    if (bottom === 0) return this._w.wrap(new FakeRange(this._w, this._sheet, { top: 1, left: 1, bottom: 1, right: 1 }));
    return this._w.wrap(new FakeRange(this._w, this._sheet, { top, left, bottom, right }));
  }
  Range(Cell1: string): FakeRange {
    return this._w.wrap(new FakeRange(this._w, this._sheet, parseEtAddress(Cell1)));
  }
  get Hyperlinks(): FakeHyperlinks {
    return this._w.wrap(new FakeHyperlinks(this._w, this._sheet));
  }
  Activate(): void {
    if (this._sheet.visible !== -1) throw new EtError("cannot activate a hidden sheet");
    this._w.data.active = this._sheet.name;
  }
  Delete(): void {
    if (this._w.displayAlerts) throw new EtError("fake ET: WPS would ask the user to confirm the deletion (set DisplayAlerts = false)");
    const data = this._w.data;
    if (this._sheet.visible === -1 && data.sheets.filter((s) => s.visible === -1).length === 1) throw new EtError("cannot delete the last visible sheet");
    data.sheets.splice(data.sheets.indexOf(this._sheet), 1);
    data.writes.push({ sheet: this._sheet.name, address: "", property: "Delete" });
    if (data.active === this._sheet.name) data.active = data.sheets.find((s) => s.visible === -1)?.name ?? "";
  }
}

class FakeHyperlinks {
  constructor(
    private readonly _w: World,
    private readonly _sheet: EtSheetData,
  ) {}
  Add(Anchor: FakeRange, Address: string, SubAddress = "", _ScreenTip = "", TextToDisplay = ""): object {
    const anchor = a1(Anchor._area.top, Anchor._area.left);
    this._w.data.writes.push({ sheet: this._sheet.name, address: anchor, property: "Hyperlinks.Add" });
    this._sheet.hyperlinks.push({ anchor, address: Address, subAddress: SubAddress, text: TextToDisplay });
    return {};
  }
}

class FakeCount {
  constructor(readonly Count: number) {}
}

class FakeRange {
  constructor(
    private readonly _w: World,
    readonly _sheet: EtSheetData,
    readonly _area: CellRange,
  ) {}

  private _cells(): [number, number][] {
    const out: [number, number][] = [];
    for (let r = this._area.top; r <= this._area.bottom; r++) for (let c = this._area.left; c <= this._area.right; c++) out.push([r, c]);
    return out;
  }
  private _cell(r: number, c: number): EtCell | undefined {
    return this._sheet.cells[`${r},${c}`];
  }
  private _edit(r: number, c: number): EtCell {
    const k = `${r},${c}`;
    return (this._sheet.cells[k] ??= {});
  }
  private _tidy(r: number, c: number): void {
    const k = `${r},${c}`;
    const cell = this._sheet.cells[k];
    if (cell && Object.values(cell).every((v) => v === undefined)) delete this._sheet.cells[k];
  }
  private _write(property: string): void {
    if (this._sheet.protect) throw new EtError(`工作表受保护 (the sheet is protected): ${this._sheet.name}`);
    this._w.data.writes.push({ sheet: this._sheet.name, address: this._address(), property });
  }
  private _address(): string {
    const a = this._area;
    return a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;
  }
  private _single(): boolean {
    return this._area.top === this._area.bottom && this._area.left === this._area.right;
  }
  private _grid<T>(get: (r: number, c: number) => T): T[][] {
    const rows: T[][] = [];
    for (let r = this._area.top; r <= this._area.bottom; r++) {
      const line: T[] = [];
      for (let c = this._area.left; c <= this._area.right; c++) line.push(get(r, c));
      rows.push(line);
    }
    return rows;
  }
  private _set<T>(v: T | T[][], put: (cell: EtCell, value: T) => void): void {
    for (const [r, c] of this._cells()) {
      const value = Array.isArray(v) ? (v[r - this._area.top] as T[] | undefined)?.[c - this._area.left] : v;
      if (value === undefined) throw new EtError("fake ET: array does not cover the range");
      put(this._edit(r, c), value);
      this._tidy(r, c);
    }
  }
  /** The same answer from every cell, or null (VBA's "mixed"). */
  private _same<T>(get: (r: number, c: number) => T): T | null {
    const cells = this._cells();
    const first = get(...(cells[0] as [number, number]));
    return cells.every(([r, c]) => get(r, c) === first) ? first : null;
  }

  get Row(): number {
    return this._area.top;
  }
  get Column(): number {
    return this._area.left;
  }
  get Rows(): FakeCount {
    return this._w.wrap(new FakeCount(this._area.bottom - this._area.top + 1));
  }
  get Columns(): FakeCount {
    return this._w.wrap(new FakeCount(this._area.right - this._area.left + 1));
  }
  Address(): string {
    const a = this._area;
    const abs = (r: number, c: number): string => `$${colName(c)}$${r}`;
    return this._single() ? abs(a.top, a.left) : `${abs(a.top, a.left)}:${abs(a.bottom, a.right)}`;
  }

  get Value2(): unknown {
    const get = (r: number, c: number): EtValue | undefined => this._cell(r, c)?.v;
    return this._single() ? get(this._area.top, this._area.left) : this._grid(get);
  }
  set Value2(v: unknown) {
    this._write("Value2");
    this._set(v as EtValue | EtValue[][], (cell, value) => {
      cell.v = value === "" || value === null ? undefined : value;
      cell.formula = undefined;
    });
  }
  get Formula(): unknown {
    const get = (r: number, c: number): string => {
      const cell = this._cell(r, c);
      return cell?.formula ?? (cell?.v === undefined ? "" : String(cell.v));
    };
    return this._single() ? get(this._area.top, this._area.left) : this._grid(get);
  }
  set Formula(v: unknown) {
    this._write("Formula");
    this._set(v as string | string[][], (cell, value) => {
      cell.formula = value;
    });
  }
  get NumberFormat(): unknown {
    const get = (r: number, c: number): string => this._cell(r, c)?.nf ?? "General";
    if (this._single()) return get(this._area.top, this._area.left);
    return this._w.options.numberFormat === "vba" ? this._same(get) : this._grid(get);
  }
  set NumberFormat(v: unknown) {
    this._write("NumberFormat");
    this._set(v as string | string[][], (cell, value) => {
      cell.nf = value === "General" ? undefined : value;
    });
  }

  private _mergeOf(r: number, c: number): CellRange | undefined {
    return this._sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }
  get MergeCells(): boolean | null {
    return this._same((r, c) => this._mergeOf(r, c) !== undefined);
  }
  get MergeArea(): FakeRange {
    const m = this._mergeOf(this._area.top, this._area.left);
    return this._w.wrap(new FakeRange(this._w, this._sheet, m ?? { top: this._area.top, left: this._area.left, bottom: this._area.top, right: this._area.left }));
  }
  get EntireRow(): FakeRowState {
    return this._w.wrap(new FakeRowState(this._w, this._sheet, this._area));
  }

  get Interior(): FakeInterior {
    return this._w.wrap(new FakeInterior(this._w, this));
  }
  get Font(): FakeFont {
    return this._w.wrap(new FakeFont(this._w, this));
  }
  get Comment(): FakeComment | null {
    const cell = this._cell(this._area.top, this._area.left);
    return cell?.comment !== undefined ? this._w.wrap(new FakeComment(this._w, this._sheet, this._area.top, this._area.left)) : null;
  }
  AddComment(Text = ""): FakeComment {
    const cell = this._cell(this._area.top, this._area.left);
    if (cell?.comment !== undefined) throw new EtError("应用程序定义或对象定义错误 (the cell already has a comment)");
    this._write("AddComment");
    this._edit(this._area.top, this._area.left).comment = Text;
    return this._w.wrap(new FakeComment(this._w, this._sheet, this._area.top, this._area.left));
  }
  ClearComments(): void {
    this._write("ClearComments");
    for (const [r, c] of this._cells()) {
      const cell = this._cell(r, c);
      if (cell) {
        cell.comment = undefined;
        this._tidy(r, c);
      }
    }
  }
  Clear(): void {
    this._write("Clear");
    for (const [r, c] of this._cells()) delete this._sheet.cells[`${r},${c}`];
  }
  Select(): void {
    if (this._w.data.active !== this._sheet.name) throw new EtError("Range 类的 Select 方法无效 (select needs the sheet active)");
    this._w.data.selection = { sheet: this._sheet.name, address: this._address() };
  }
  Resize(RowSize?: number, ColumnSize?: number): FakeRange {
    const a = this._area;
    const rows = RowSize ?? a.bottom - a.top + 1;
    const cols = ColumnSize ?? a.right - a.left + 1;
    return this._w.wrap(new FakeRange(this._w, this._sheet, { top: a.top, left: a.left, bottom: a.top + rows - 1, right: a.left + cols - 1 }));
  }
  set ColumnWidth(_v: number) {
    this._write("ColumnWidth");
  }
  get ColumnWidth(): number {
    return 8.38;
  }
  set WrapText(_v: boolean) {
    this._write("WrapText");
  }
  get WrapText(): boolean {
    return false;
  }

  /** Only the form the host uses: What "" with SearchFormat, FindFormat.MergeCells = true, by rows, forward. */
  Find(What: string, After?: FakeRange, _LookIn?: number, _LookAt?: number, SearchOrder?: number, SearchDirection?: number, _MatchCase?: boolean, _MatchByte?: boolean, SearchFormat?: boolean): FakeRange | null {
    if (What !== "" || SearchFormat !== true || this._w.findFormat.mergeCells !== true || (SearchOrder ?? 1) !== 1 || (SearchDirection ?? 1) !== 1) {
      throw new EtError("fake ET: only Find(\"\", …, SearchFormat: true) on FindFormat.MergeCells is modelled");
    }
    const a = this._area;
    const hits = this._sheet.merges
      .filter((m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right)
      .sort((x, y) => x.top - y.top || x.left - y.left);
    if (hits.length === 0) return null;
    const from = After ? After._area : { top: a.top, left: a.left - 1 };
    const next = hits.find((m) => m.top > from.top || (m.top === from.top && m.left > from.left)) ?? hits[0];
    const m = next as CellRange;
    return this._w.wrap(new FakeRange(this._w, this._sheet, { top: m.top, left: m.left, bottom: m.top, right: m.left }));
  }

  // For FakeInterior / FakeFont.
  _each(property: string, put: (cell: EtCell) => void): void {
    this._write(property);
    for (const [r, c] of this._cells()) {
      put(this._edit(r, c));
      this._tidy(r, c);
    }
  }
  _common<T>(get: (cell: EtCell | undefined) => T): T | null {
    return this._same((r, c) => get(this._cell(r, c)));
  }
}

class FakeRowState {
  constructor(
    private readonly _w: World,
    private readonly _sheet: EtSheetData,
    private readonly _area: CellRange,
  ) {}
  get Hidden(): boolean | null {
    const rows = Array.from({ length: this._area.bottom - this._area.top + 1 }, (_, i) => this._area.top + i);
    const hidden = rows.filter((r) => this._sheet.hiddenRows.includes(r)).length;
    return hidden === 0 ? false : hidden === rows.length ? true : null;
  }
  set Hidden(v: boolean | null) {
    this._w.data.writes.push({ sheet: this._sheet.name, address: `${this._area.top}:${this._area.bottom}`, property: "Hidden" });
    for (let r = this._area.top; r <= this._area.bottom; r++) {
      const i = this._sheet.hiddenRows.indexOf(r);
      if (v && i < 0) this._sheet.hiddenRows.push(r);
      if (!v && i >= 0) this._sheet.hiddenRows.splice(i, 1);
    }
  }
}

class FakeInterior {
  constructor(
    private readonly _w: World,
    private readonly _range: FakeRange,
  ) {}
  get Color(): unknown {
    return this._range._common((c) => c?.fill?.color ?? WHITE);
  }
  set Color(v: unknown) {
    this._range._each("Interior.Color", (cell) => {
      cell.fill = { ...(cell.fill ?? { pattern: 1 }), color: Number(v) };
    });
  }
  get Pattern(): unknown {
    return this._range._common((c) => c?.fill?.pattern ?? XL_NONE);
  }
  set Pattern(v: unknown) {
    this._range._each("Interior.Pattern", (cell) => {
      if (Number(v) === XL_NONE) cell.fill = undefined;
      else cell.fill = { ...(cell.fill ?? { color: WHITE }), pattern: Number(v) };
    });
  }
  get PatternColor(): unknown {
    return this._range._common((c) => c?.fill?.patternColor ?? 0);
  }
  set PatternColor(v: unknown) {
    this._range._each("Interior.PatternColor", (cell) => {
      if (cell.fill) cell.fill = { ...cell.fill, patternColor: Number(v) };
    });
  }
  get TintAndShade(): unknown {
    return this._range._common((c) => c?.fill?.tint ?? 0);
  }
  set TintAndShade(v: unknown) {
    this._range._each("Interior.TintAndShade", (cell) => {
      if (!cell.fill) return;
      const fill: EtFill = { ...cell.fill };
      if (Number(v) === 0) delete fill.tint;
      else fill.tint = Number(v);
      cell.fill = fill;
    });
  }
  get _world(): World {
    return this._w;
  }
}

class FakeFont {
  constructor(
    private readonly _w: World,
    private readonly _range: FakeRange,
  ) {}
  get Color(): number {
    return this._range._common((c) => c?.font ?? 0) ?? 0;
  }
  set Color(v: number) {
    this._range._each("Font.Color", (cell) => {
      cell.font = v;
    });
  }
  get Bold(): boolean {
    return this._range._common((c) => c?.bold ?? false) ?? false;
  }
  set Bold(v: boolean) {
    this._range._each("Font.Bold", (cell) => {
      cell.bold = v || undefined;
    });
  }
  get _world(): World {
    return this._w;
  }
}

class FakeComment {
  constructor(
    private readonly _w: World,
    private readonly _sheet: EtSheetData,
    private readonly _row: number,
    private readonly _col: number,
  ) {}
  Text(Text?: string): string {
    const cell = this._sheet.cells[`${this._row},${this._col}`];
    if (Text !== undefined && cell) {
      this._w.data.writes.push({ sheet: this._sheet.name, address: a1(this._row, this._col), property: "Comment.Text" });
      cell.comment = Text;
    }
    return cell?.comment ?? "";
  }
  Delete(): void {
    const cell = this._sheet.cells[`${this._row},${this._col}`];
    if (cell) cell.comment = undefined;
  }
}

export interface FakeEt {
  /** What `window.Application` is in a WPS 加载项 page. */
  Application: object;
  data: EtWorkbookData;
  stats: EtStats;
}

/** A fake ET Application over `data`; every member access through it is counted in `stats.calls`. */
export function fakeEt(data: EtWorkbookData, options: EtFakeOptions = {}): FakeEt {
  const stats: EtStats = { calls: 0 };
  const world: World = {
    data,
    stats,
    options,
    findFormat: { mergeCells: undefined },
    displayAlerts: true,
    wrap<T extends object>(o: T): T {
      return new Proxy(o, {
        get(target, key) {
          if (typeof key === "string" && !key.startsWith("_") && key !== "then") stats.calls++;
          const v: unknown = Reflect.get(target, key, target);
          return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
        set(target, key, value) {
          if (typeof key === "string" && !key.startsWith("_")) stats.calls++;
          if (!(key in target)) throw new EtError(`fake ET: ${String(key)} is not modelled`);
          return Reflect.set(target, key, value, target);
        },
      });
    },
  };
  return { Application: world.wrap(new FakeApplication(world)), data, stats };
}
