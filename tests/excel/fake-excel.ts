/**
 * A small fake of Excel's Office.js object model, strict where the real one is strict:
 *
 *  - every call is queued and runs, in order, only at `context.sync()` (which is counted);
 *  - a property can be read only after it was loaded *and* synced, otherwise it throws
 *    PropertyNotLoaded as Office.js does; `isNullObject` only after a sync;
 *  - a failing operation aborts the rest of its batch, earlier ones stay applied (no rollback);
 *  - protected sheets refuse writes with AccessDenied; a veryHidden sheet cannot be deleted;
 *  - each sync's request and response payload is measured, and refused over a limit;
 *  - every property set on a range is recorded (`data.writes`), and the proxies are sealed, so
 *    assigning anything the fake does not model throws instead of passing silently.
 *
 * The stored workbook (`FakeWorkbookData`) is plain data: `reopen()` deep-copies it, which is what
 * "save, close and open again" means for the add-in (a new context, nothing cached).
 * office-addin-mock's OfficeMockObject supplies the `Excel` and `Office` globals (see install.ts);
 * it cannot model queued writes, ClientResult or RangeAreas, hence this object model.
 */
import { columnLetters, type CellRange } from "../../src/core/grid/grid";

export type FakeValue = number | string | boolean | null | { error: string };

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface FakeSheetData {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** values[row - 1][col - 1]; missing = empty. */
  values: FakeValue[][];
  formats: (string | undefined)[][];
  merges: CellRange[];
  /** Keyed by cellKey(row, col). Missing fill = no fill; missing font = automatic (black). */
  fills: Map<number, FakeFill>;
  fonts: Map<number, string>;
  notes: Map<number, string>;
  comments: Set<number>;
  hyperlinks: Map<number, { documentReference?: string; textToDisplay?: string; address?: string }>;
  bold: Set<number>;
  frozenRows: number;
  /** Formulas by cellKey(row, col), with their `=`; the cell's value is the formula's result. */
  formulas: Map<number, string>;
  /** 1-based hidden rows and columns. */
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
}

export interface WriteRecord {
  sheet: string;
  address: string;
  property: string;
}

export interface FakeWorkbookData {
  sheets: FakeSheetData[];
  active: string;
  settings: Map<string, unknown>;
  structureProtected: boolean;
  selection?: { sheet: string; address: string };
  /** Every property set and clearing call on a range or its format, in order. */
  writes: WriteRecord[];
  /** application.calculationMode. */
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual";
}

/** A worksheet activation as Office.js delivers it to onActivated handlers. */
export interface FakeActivation {
  type: "WorksheetActivated";
  source: "Local";
  worksheetId: string;
}

/** Handlers registered with onActivated: they outlive the Excel.run that added them, as in Office.js. */
export interface FakeEvents {
  activated: ((event: FakeActivation) => unknown)[];
}

/** A sheet's id as the fake gives it out (Office.js ids are opaque strings, never the name). */
export const fakeSheetId = (name: string): string => `{sheet:${name}}`;

export interface FakeStats {
  syncs: number;
  /** Time spent inside sync executing the queue: Excel's time, not the add-in's. */
  fakeMs: number;
  /** max(request, response) bytes of each sync. */
  payloads: number[];
}

export interface FakeLimits {
  /** Refuse a sync whose request or response exceeds this many bytes (Excel on the web: 5 MB). */
  payloadBytes?: number;
  /** getMergedAreasOrNullObject fails above this many areas (Excel: 512). */
  maxMergedAreas?: number;
  /** getMergedAreasOrNullObject cuts areas at the range's edges (Excel does not document which). */
  clipMergedAreas?: boolean;
  /** Excel on the web returns null for `values` (not an error) past its cell limits: do so above this many cells. */
  nullValuesOverCells?: number;
  /** Test hook: runs before sync number `n` (1-based, across contexts), e.g. to protect a sheet meanwhile. */
  beforeSync?: (n: number, data: FakeWorkbookData) => void;
}

export const NO_FILL: FakeFill = { color: "#FFFFFF", pattern: "None" };

export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message = code) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

// ------------------------------------------------------------------------------------------------
// Stored workbook

export function makeSheet(name: string, values: FakeValue[][] = [], init: Partial<Omit<FakeSheetData, "name" | "values">> = {}): FakeSheetData {
  return {
    name,
    visibility: "Visible",
    protected: false,
    values,
    formats: [],
    merges: [],
    fills: new Map(),
    fonts: new Map(),
    notes: new Map(),
    comments: new Set(),
    hyperlinks: new Map(),
    bold: new Set(),
    frozenRows: 0,
    formulas: new Map(),
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    ...init,
  };
}

export function makeWorkbook(sheets: FakeSheetData[]): FakeWorkbookData {
  return { sheets, active: sheets[0]?.name ?? "", settings: new Map(), structureProtected: false, writes: [], calculationMode: "Automatic" };
}

/** The workbook as a new session sees it after save and reopen: a deep copy with no history. */
export function reopen(data: FakeWorkbookData): FakeWorkbookData {
  const copy = structuredClone(data);
  copy.writes = [];
  return copy;
}

export function sheetOf(data: FakeWorkbookData, name: string): FakeSheetData {
  const s = data.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The formatting state of a cell, as a test compares it. */
export function cellLook(sheet: FakeSheetData, address: string): { fill: FakeFill; font: string | undefined; note: string | undefined } {
  const r = parseAddress(address);
  const k = cellKey(r.top, r.left);
  return { fill: sheet.fills.get(k) ?? NO_FILL, font: sheet.fonts.get(k), note: sheet.notes.get(k) };
}

// ------------------------------------------------------------------------------------------------
// Addresses

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const colLetters = columnLetters;

/** `A1`, `A1:B2`, `A:A`, `1:1`, optionally with `Sheet!`; 1-based inclusive. */
export function parseAddress(address: string): CellRange {
  const bang = address.lastIndexOf("!");
  const text = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const [a, b = a] = text.split(":") as [string, string?];
  const one = (p: string): { row?: number; col?: number } => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(p.trim());
    if (!m || (m[1] === "" && m[2] === "")) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
    return { col: m[1] ? colNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const p = one(a);
  const q = one(b as string);
  return {
    top: Math.min(p.row ?? 1, q.row ?? 1),
    left: Math.min(p.col ?? 1, q.col ?? 1),
    bottom: Math.max(p.row ?? MAX_ROWS, q.row ?? MAX_ROWS),
    right: Math.max(p.col ?? MAX_COLS, q.col ?? MAX_COLS),
  };
}

function lazy<T>(make: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value as T;
  };
}

function rectAddress(r: CellRange): string {
  const tl = `${colLetters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${colLetters(r.right)}${r.bottom}`;
}

function qualify(sheet: string, r: CellRange): string {
  const name = /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${rectAddress(r)}`;
}

function* cellsOf(r: CellRange): Generator<[number, number]> {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield [row, col];
}

// ------------------------------------------------------------------------------------------------
// Context

type Op = { run: () => void; requestBytes: number | (() => number) };

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Op[] = [];
  private responseBytes = 0;

  constructor(
    readonly data: FakeWorkbookData,
    readonly stats: FakeStats,
    readonly limits: FakeLimits,
    readonly events: FakeEvents = { activated: [] },
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** The active sheet becomes `name`; the onActivated handlers hear of it after the running sync, as in Excel. */
  setActive(name: string): void {
    if (this.data.active === name) return;
    this.data.active = name;
    const event: FakeActivation = { type: "WorksheetActivated", source: "Local", worksheetId: fakeSheetId(name) };
    for (const handler of this.events.activated) setTimeout(() => void handler(event), 0);
  }

  /**
   * Queues an operation; `requestBytes` is what it adds to the request payload (a function is
   * measured at sync, inside the fake's own time, as Office.js serializes the request then).
   */
  enqueue(run: () => void, requestBytes: number | (() => number) = 60): void {
    this.queue.push({ run, requestBytes });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Adds loaded data to the response payload of the running sync. */
  charge(value: unknown): void {
    if (this.limits.payloadBytes === undefined && value !== undefined && typeof value === "object") {
      // Without a limit only a rough size is kept, so big benchmarks do not pay for JSON.
      this.responseBytes += 64;
      return;
    }
    this.responseBytes += Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  }

  async sync(): Promise<void> {
    this.limits.beforeSync?.(this.stats.syncs + 1, this.data);
    const t0 = performance.now();
    this.stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    try {
      const limit = this.limits.payloadBytes;
      // Big writes are measured only when a limit asks for it.
      const request = ops.reduce((n, op) => n + (typeof op.requestBytes === "number" ? op.requestBytes : limit !== undefined ? op.requestBytes() : 0), 0);
      if (limit !== undefined && request > limit) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded");
      for (const op of ops) op.run();
      if (limit !== undefined && this.responseBytes > limit) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded");
      this.stats.payloads.push(Math.max(request, this.responseBytes));
    } finally {
      this.stats.fakeMs += performance.now() - t0;
    }
    await Promise.resolve();
  }

  write(sheet: FakeSheetData, address: string, property: string): void {
    this.data.writes.push({ sheet: sheet.name, address, property });
  }
}

function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoad(arg: unknown): string[] {
  if (arg === undefined) throw new Error("fake: load() without properties loads everything; name them");
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoad(a));
  if (typeof arg === "object" && arg !== null && "select" in arg) return parseLoad((arg as { select: string }).select);
  throw new Error(`fake: unsupported load argument ${JSON.stringify(arg)}`);
}

/** Loading, reading-after-sync and OrNullObject behaviour shared by every proxy. */
abstract class FakeObject {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly ctx: FakeContext,
    nullable = false,
  ) {
    this.nullState = nullable ? undefined : false;
    if (nullable) ctx.enqueue(() => (this.nullState = !this.exists()));
  }

  /** Whether the object exists when the queue runs. */
  protected exists(): boolean {
    return true;
  }

  protected abstract read(name: string): unknown;

  protected child(name: string): FakeObject | undefined {
    void name;
    return undefined;
  }

  load(arg?: unknown): this {
    const paths = parseLoad(arg);
    this.ctx.enqueue(() => {
      for (const p of paths) this.loadPath(p);
    });
    return this;
  }

  loadPath(path: string): void {
    const slash = path.indexOf("/");
    if (slash >= 0) {
      const nav = this.child(path.slice(0, slash));
      if (!nav) throw new Error(`fake: cannot load ${path} on ${this.constructor.name}`);
      nav.loadPath(path.slice(slash + 1));
      return;
    }
    if (!this.exists()) {
      this.loaded.set(path, null);
      return;
    }
    const v = this.read(path);
    this.ctx.charge(v);
    this.loaded.set(path, v);
  }

  protected get(name: string): unknown {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }
}

// ------------------------------------------------------------------------------------------------
// Workbook, settings

export class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly protection: FakeWorkbookProtection;
  readonly notes: FakeAnnotationList<FakeNote>;
  readonly comments: FakeAnnotationList<FakeComment>;
  readonly application: FakeApplication;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.application = new FakeApplication(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
    this.notes = new FakeAnnotationList(ctx, "notes", (sheet, k) => new FakeNote(ctx, sheet, () => k));
    this.comments = new FakeAnnotationList(ctx, "comments", (sheet, k) => new FakeComment(ctx, sheet, k));
  }

  protected read(name: string): unknown {
    throw new Error(`fake: workbook.${name}`);
  }
}

class FakeApplication extends FakeObject {
  protected read(name: string): unknown {
    if (name === "calculationMode") return this.ctx.data.calculationMode;
    throw new Error(`fake: application.${name}`);
  }
  get calculationMode(): string {
    return this.get("calculationMode") as string;
  }
}

class FakeWorkbookProtection extends FakeObject {
  protected read(name: string): unknown {
    if (name === "protected") return this.ctx.data.structureProtected;
    throw new Error(`fake: workbook.protection.${name}`);
  }
  get protected(): boolean {
    return this.get("protected") as boolean;
  }
}

class FakeSettingCollection {
  constructor(private readonly ctx: FakeContext) {}

  add(key: string, value: unknown): void {
    this.ctx.enqueue(
      () => void this.ctx.data.settings.set(key, structuredClone(value)),
      () => 60 + JSON.stringify(value).length,
    );
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
}

class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx, true);
  }
  protected exists(): boolean {
    return this.ctx.data.settings.has(this.key);
  }
  protected read(name: string): unknown {
    if (name === "value") return structuredClone(this.ctx.data.settings.get(this.key));
    if (name === "key") return this.key;
    throw new Error(`fake: setting.${name}`);
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.ctx.enqueue(() => void this.ctx.data.settings.delete(this.key));
  }
}

// ------------------------------------------------------------------------------------------------
// Worksheets

class FakeWorksheetCollection extends FakeObject {
  private list: FakeWorksheet[] | undefined;
  readonly onActivated = {
    add: (handler: (event: FakeActivation) => unknown): { remove(): void } => {
      this.ctx.enqueue(() => void this.ctx.events.activated.push(handler));
      return {
        remove: () =>
          this.ctx.enqueue(() => {
            const at = this.ctx.events.activated.indexOf(handler);
            if (at >= 0) this.ctx.events.activated.splice(at, 1);
          }),
      };
    },
  };

  protected read(name: string): unknown {
    throw new Error(`fake: worksheets.${name}`);
  }

  loadPath(path: string): void {
    if (!path.startsWith("items/")) throw new Error(`fake: worksheets load ${path}`);
    if (!this.list) this.list = this.ctx.data.sheets.map((s) => new FakeWorksheet(this.ctx, byName(s.name)));
    for (const ws of this.list) ws.loadPath(path.slice("items/".length));
  }

  get items(): FakeWorksheet[] {
    if (!this.list) throw notLoaded("items");
    return this.list;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, (d) => d.sheets.find((s) => s.name === d.active));
  }

  getItem(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, byName(name));
    this.ctx.enqueue(() => {
      if (!byName(name)(this.ctx.data)) throw new FakeOfficeError("ItemNotFound", `no sheet ${name}`);
    });
    return ws;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, byName(name), true);
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      const d = this.ctx.data;
      if (d.structureProtected) throw new FakeOfficeError("AccessDenied", "workbook structure is protected");
      if (d.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", name);
      d.sheets.push(makeSheet(name));
    });
    return new FakeWorksheet(this.ctx, byName(name));
  }
}

type SheetLocator = (d: FakeWorkbookData) => FakeSheetData | undefined;

/** getItem takes a sheet's name or its id. */
function byName(name: string): SheetLocator {
  return (d) => d.sheets.find((s) => s.name === name || fakeSheetId(s.name) === name);
}

export class FakeWorksheet extends FakeObject {
  readonly protection: FakeWorksheetProtection;
  readonly notes: FakeNoteCollection;
  readonly freezePanes: { freezeRows: (count?: number) => void };

  constructor(
    ctx: FakeContext,
    private readonly locator: SheetLocator,
    nullable = false,
  ) {
    super(ctx, nullable);
    this.protection = new FakeWorksheetProtection(ctx, () => this.sheet());
    this.notes = new FakeNoteCollection(ctx, () => this.sheet());
    this.freezePanes = {
      freezeRows: (count = 1) => this.ctx.enqueue(() => void (this.sheet().frozenRows = count)),
    };
    Object.seal(this);
  }

  /** The stored sheet; throws ItemNotFound like Office.js when it is gone. */
  sheet(): FakeSheetData {
    const s = this.locator(this.ctx.data);
    if (!s) throw new FakeOfficeError("ItemNotFound", "worksheet not found");
    return s;
  }

  protected exists(): boolean {
    return this.locator(this.ctx.data) !== undefined;
  }

  protected child(name: string): FakeObject | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  protected read(name: string): unknown {
    const s = this.sheet();
    if (name === "name") return s.name;
    if (name === "id") return fakeSheetId(s.name);
    if (name === "visibility") return s.visibility;
    throw new Error(`fake: worksheet.${name}`);
  }

  get name(): string {
    return this.get("name") as string;
  }

  get id(): string {
    return this.get("id") as string;
  }

  get visibility(): string {
    return this.get("visibility") as string;
  }

  set visibility(v: string) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (this.ctx.data.structureProtected) throw new FakeOfficeError("AccessDenied", "workbook structure is protected");
      s.visibility = v as FakeSheetData["visibility"];
    });
  }

  activate(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "cannot activate a hidden sheet");
      this.ctx.setActive(s.name);
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      // office-js#365: "by design", a veryHidden sheet must be made (merely) hidden first.
      if (s.visibility === "VeryHidden") throw new FakeOfficeError("GeneralException", "cannot delete a veryHidden sheet");
      if (this.ctx.data.structureProtected) throw new FakeOfficeError("AccessDenied", "workbook structure is protected");
      this.ctx.data.sheets = this.ctx.data.sheets.filter((x) => x !== s);
    });
  }

  getRange(address?: string): FakeRange {
    // Parsed when the queue runs: Office.js sends the text to Excel, the add-in never parses it.
    const rect = lazy(() => (address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } : parseAddress(address)));
    return new FakeRange(this.ctx, () => this.sheet(), rect);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => this.sheet(), () => ({ top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 }));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    const rect = { top: row + 1, left: column + 1, bottom: row + rowCount, right: column + columnCount };
    return new FakeRange(this.ctx, () => this.sheet(), () => rect);
  }

  getRanges(address: string): FakeRangeAreas {
    const rects = lazy(() => address.split(",").map((a) => parseAddress(a)));
    return new FakeRangeAreas(this.ctx, () => this.sheet(), rects, false, address.length);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("fake: only valuesOnly used ranges are modelled");
    return new FakeRange(this.ctx, () => this.sheet(), () => usedRect(this.sheet()), true);
  }
}

function usedRect(s: FakeSheetData): CellRange | null {
  let top = 0;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  s.values.forEach((line, i) => {
    if (!line) return;
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      if (v === null || v === undefined || v === "") continue;
      if (top === 0) top = i + 1;
      bottom = i + 1;
      if (c + 1 < left) left = c + 1;
      if (c + 1 > right) right = c + 1;
    }
  });
  return top === 0 ? null : { top, left, bottom, right };
}

class FakeWorksheetProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetData,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    if (name === "protected") return this.sheet().protected;
    throw new Error(`fake: protection.${name}`);
  }
  get protected(): boolean {
    return this.get("protected") as boolean;
  }
}

// ------------------------------------------------------------------------------------------------
// Ranges

function guardWrite(sheet: FakeSheetData): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `sheet ${sheet.name} is protected`);
}

function valueType(v: FakeValue | undefined): string {
  if (v === null || v === undefined || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "string") return "String";
  return "Error";
}

function asOffice(v: FakeValue | undefined): unknown {
  if (v === null || v === undefined) return "";
  return typeof v === "object" ? v.error : v;
}

function block<T>(r: CellRange, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = new Array(r.right - r.left + 1);
    for (let col = r.left; col <= r.right; col++) line[col - r.left] = f(row, col);
    out.push(line);
  }
  return out;
}

/** Fill, font and layout setters shared by Range and RangeAreas; each applies to every cell. */
class FakeFormat {
  readonly fill: FakeFillProxy;
  readonly font: FakeFontProxy;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheetData,
    private readonly rects: () => CellRange[],
    private readonly describe: () => string,
  ) {
    this.fill = new FakeFillProxy(this.apply.bind(this));
    this.font = new FakeFontProxy(this.apply.bind(this));
    Object.seal(this);
  }

  apply(property: string, change: (s: FakeSheetData, key: number) => void, bytes = 80): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      guardWrite(s);
      this.ctx.write(s, this.describe(), property);
      for (const r of this.rects()) {
        if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 5_000_000) continue; // whole columns: layout only
        for (const [row, col] of cellsOf(r)) change(s, cellKey(row, col));
      }
    }, bytes);
  }

  set columnWidth(_w: number) {
    this.apply("format.columnWidth", () => undefined);
  }

  set wrapText(_w: boolean) {
    this.apply("format.wrapText", () => undefined);
  }
}

class FakeFillProxy {
  constructor(private readonly apply: FakeFormat["apply"]) {
    Object.seal(this);
  }
  private edit(property: string, f: (fill: FakeFill) => FakeFill): void {
    this.apply(`format.fill.${property}`, (s, k) => void s.fills.set(k, f(s.fills.get(k) ?? NO_FILL)));
  }
  set color(c: string) {
    // Setting a colour makes the fill solid, as in Excel.
    this.edit("color", () => ({ color: c.toUpperCase(), pattern: "Solid" }));
  }
  set pattern(p: string) {
    this.edit("pattern", (f) => ({ ...f, pattern: p }));
  }
  set patternColor(c: string) {
    this.edit("patternColor", (f) => ({ ...f, patternColor: c.toUpperCase() }));
  }
  set tintAndShade(t: number) {
    this.edit("tintAndShade", (f) => ({ ...f, tintAndShade: t }));
  }
  set patternTintAndShade(t: number) {
    this.edit("patternTintAndShade", (f) => ({ ...f, patternTintAndShade: t }));
  }
  clear(): void {
    this.apply("format.fill.clear", (s, k) => void s.fills.delete(k));
  }
}

class FakeFontProxy {
  constructor(private readonly apply: FakeFormat["apply"]) {
    Object.seal(this);
  }
  set color(c: string) {
    this.apply("format.font.color", (s, k) => void s.fonts.set(k, c.toUpperCase()));
  }
  set bold(b: boolean) {
    this.apply("format.font.bold", (s, k) => void (b ? s.bold.add(k) : s.bold.delete(k)));
  }
}

export class FakeRange extends FakeObject {
  private formatProxy: FakeFormat | undefined;

  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetData,
    private readonly rect: () => CellRange | null,
    nullable = false,
  ) {
    super(ctx, nullable);
    this.formatProxy = undefined;
    Object.seal(this);
  }

  /** Created on first use, as Office.js creates navigation proxies lazily. */
  get format(): FakeFormat {
    this.formatProxy ??= new FakeFormat(this.ctx, this.sheet, () => [this.area()], () => rectAddress(this.area()));
    return this.formatProxy;
  }

  protected exists(): boolean {
    return this.rect() !== null;
  }

  private area(): CellRange {
    const r = this.rect();
    if (!r) throw new FakeOfficeError("InvalidReference", "null range");
    return r;
  }

  /** The cells this range covers when the queue runs (for notes.add(range, …)). */
  currentRect(): CellRange {
    return this.area();
  }

  protected read(name: string): unknown {
    const s = this.sheet();
    const r = this.area();
    switch (name) {
      case "values": {
        const over = this.ctx.limits.nullValuesOverCells;
        if (over !== undefined && (r.bottom - r.top + 1) * (r.right - r.left + 1) > over) return null;
        return block(r, (row, col) => asOffice(s.values[row - 1]?.[col - 1]));
      }
      case "valueTypes":
        return block(r, (row, col) => valueType(s.values[row - 1]?.[col - 1]));
      case "numberFormat":
        return block(r, (row, col) => s.formats[row - 1]?.[col - 1] ?? "General");
      case "formulas":
        // Office.js gives a constant's value where a cell has no formula.
        return block(r, (row, col) => s.formulas.get(cellKey(row, col)) ?? asOffice(s.values[row - 1]?.[col - 1]));
      case "rowIndex":
        return r.top - 1;
      case "columnIndex":
        return r.left - 1;
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "address":
        return qualify(s.name, r);
      default:
        throw new Error(`fake: range.${name}`);
    }
  }

  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes") as string[][];
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat") as string[][];
  }
  get formulas(): unknown[][] {
    return this.get("formulas") as unknown[][];
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get address(): string {
    return this.get("address") as string;
  }

  private setBlock(property: string, v: unknown, store: (s: FakeSheetData, row: number, col: number, x: unknown) => void): void {
    const bytes = (): number => 60 + JSON.stringify(v).length;
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const r = this.area();
      guardWrite(s);
      this.ctx.write(s, rectAddress(r), property);
      const rows = v as unknown[][];
      if (!Array.isArray(rows) || rows.length !== r.bottom - r.top + 1 || rows.some((l) => !Array.isArray(l) || l.length !== r.right - r.left + 1)) {
        throw new FakeOfficeError("InvalidArgument", `${property}: dimensions do not match ${rectAddress(r)}`);
      }
      rows.forEach((line, i) => line.forEach((x, j) => store(s, r.top + i, r.left + j, x)));
    }, bytes);
  }

  set values(v: unknown[][]) {
    this.setBlock("values", v, (s, row, col, x) => {
      const line = (s.values[row - 1] ??= []);
      line[col - 1] = x === "" ? null : (x as FakeValue);
    });
  }

  set formulas(v: unknown[][]) {
    this.setBlock("formulas", v, () => undefined);
  }

  set numberFormat(v: unknown[][]) {
    this.setBlock("numberFormat", v, (s, row, col, x) => {
      const line = (s.formats[row - 1] ??= []);
      line[col - 1] = String(x);
    });
  }

  set hyperlink(h: { documentReference?: string; textToDisplay?: string; address?: string }) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const r = this.area();
      guardWrite(s);
      this.ctx.write(s, rectAddress(r), "hyperlink");
      s.hyperlinks.set(cellKey(r.top, r.left), { ...h });
      if (h.textToDisplay !== undefined) ((s.values[r.top - 1] ??= [])[r.left - 1] = h.textToDisplay);
    }, 120);
  }

  clear(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const r = this.area();
      guardWrite(s);
      this.ctx.write(s, rectAddress(r), "clear");
      for (let row = Math.max(1, r.top); row <= Math.min(r.bottom, s.values.length); row++) {
        const line = s.values[row - 1];
        if (line) for (let col = r.left; col <= Math.min(r.right, line.length); col++) line[col - 1] = null;
        const fl = s.formats[row - 1];
        if (fl) for (let col = r.left; col <= Math.min(r.right, fl.length); col++) fl[col - 1] = undefined;
      }
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (this.ctx.data.active !== s.name) throw new FakeOfficeError("InvalidSelection", "select on an inactive sheet");
      this.ctx.data.selection = { sheet: s.name, address: rectAddress(this.area()) };
    });
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const r = this.area();
      return { top: 1, left: r.left, bottom: MAX_ROWS, right: r.right };
    });
  }

  getCellProperties(options: { format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> } }): { readonly value: unknown[][] } {
    let result: unknown[][] | undefined;
    this.ctx.enqueue(() => {
      const s = this.sheet();
      result = block(this.area(), (row, col) => {
        const k = cellKey(row, col);
        const fill = s.fills.get(k) ?? NO_FILL;
        const format: Record<string, unknown> = {};
        if (options.format?.fill) {
          const f: Record<string, unknown> = {};
          for (const [prop, want] of Object.entries(options.format.fill)) {
            if (!want) continue;
            const v = (fill as unknown as Record<string, unknown>)[prop];
            f[prop] = v ?? (prop === "patternColor" ? null : prop.endsWith("intAndShade") ? 0 : undefined);
          }
          format.fill = f;
        }
        if (options.format?.font?.color) format.font = { color: s.fonts.get(k) ?? "#000000" };
        return { format };
      });
      this.ctx.charge(result);
    }, 200);
    return {
      get value(): unknown[][] {
        if (!result) throw notLoaded("value");
        return result;
      },
    };
  }

  /** Per-row properties (ExcelApi 1.9): only rowHidden and rowIndex are modelled. */
  getRowProperties(options: { rowHidden?: boolean; rowIndex?: boolean }): { readonly value: { rowHidden?: boolean; rowIndex?: number }[] } {
    return this.properties(options.rowHidden === true, (r) => {
      const out: { rowHidden?: boolean; rowIndex?: number }[] = [];
      for (let row = r.top; row <= r.bottom; row++) out.push({ rowHidden: this.sheet().hiddenRows.has(row), ...(options.rowIndex ? { rowIndex: row - 1 } : {}) });
      return out;
    });
  }

  /** Per-column properties (ExcelApi 1.9): only columnHidden and columnIndex are modelled. */
  getColumnProperties(options: { columnHidden?: boolean; columnIndex?: boolean }): { readonly value: { columnHidden?: boolean; columnIndex?: number }[] } {
    return this.properties(options.columnHidden === true, (r) => {
      const out: { columnHidden?: boolean; columnIndex?: number }[] = [];
      for (let col = r.left; col <= r.right; col++) out.push({ columnHidden: this.sheet().hiddenCols.has(col), ...(options.columnIndex ? { columnIndex: col - 1 } : {}) });
      return out;
    });
  }

  private properties<T>(asked: boolean, make: (r: CellRange) => T[]): { readonly value: T[] } {
    if (!asked) throw new Error("fake: only the hidden flags are modelled in row/column properties");
    let result: T[] | undefined;
    this.ctx.enqueue(() => {
      result = make(this.area());
      this.ctx.charge(result);
    }, 120);
    return {
      get value(): T[] {
        if (!result) throw notLoaded("value");
        return result;
      },
    };
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      this.sheet,
      () => {
        const r = this.area();
        const hits = this.sheet().merges.filter((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left);
        const max = this.ctx.limits.maxMergedAreas ?? 512;
        if (hits.length > max) throw new FakeOfficeError("GeneralException", "too many merged areas");
        if (hits.length === 0) return null;
        if (!this.ctx.limits.clipMergedAreas) return hits;
        return hits.map((m) => ({ top: Math.max(m.top, r.top), left: Math.max(m.left, r.left), bottom: Math.min(m.bottom, r.bottom), right: Math.min(m.right, r.right) }));
      },
      true,
    );
  }
}

export class FakeRangeAreas extends FakeObject {
  readonly format: FakeFormat;

  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetData,
    private readonly rects: () => CellRange[] | null,
    nullable = false,
    addressLength = 0,
  ) {
    super(ctx, nullable);
    if (addressLength > 8000) throw new FakeOfficeError("InvalidArgument", "getRanges address too long");
    this.format = new FakeFormat(ctx, sheet, () => this.rects() ?? [], () => (this.rects() ?? []).map(rectAddress).join(","));
    Object.seal(this);
  }

  protected exists(): boolean {
    return this.rects() !== null;
  }

  protected read(name: string): unknown {
    if (name === "address") return (this.rects() ?? []).map((r) => qualify(this.sheet().name, r)).join(", ");
    if (name === "areaCount") return (this.rects() ?? []).length;
    throw new Error(`fake: rangeAreas.${name}`);
  }

  get address(): string {
    return this.get("address") as string;
  }
}

// ------------------------------------------------------------------------------------------------
// Notes and threaded comments

/** worksheet.notes: only add() is per sheet; the add-in finds notes through workbook.notes. */
class FakeNoteCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheetData,
  ) {
    Object.seal(this);
  }

  add(cell: FakeRange | string, content: string): FakeNote {
    const rect = typeof cell === "string" ? lazy(() => parseAddress(cell)) : () => cell.currentRect();
    return addNote(this.ctx, this.sheet, rect, content);
  }
}

/** notes.add: a single cell without a note or a threaded comment, on an unprotected sheet. */
function addNote(ctx: FakeContext, sheet: () => FakeSheetData, rect: () => CellRange, content: string): FakeNote {
  let key = 0;
  ctx.enqueue(() => {
    const s = sheet();
    guardWrite(s);
    const r = rect();
    if (r.top !== r.bottom || r.left !== r.right) throw new FakeOfficeError("InvalidArgument", "a note needs a single cell");
    key = cellKey(r.top, r.left);
    if (s.comments.has(key)) throw new FakeOfficeError("InvalidOperation", "the cell has a threaded comment");
    if (s.notes.has(key)) throw new FakeOfficeError("InvalidArgument", "the cell already has a note");
    ctx.write(s, rectAddress(r), "note.add");
    s.notes.set(key, content);
  }, 80 + content.length * 3);
  return new FakeNote(ctx, sheet, () => key);
}

/** The sheet named in a qualified address (`'O''Brien'!D4`), found when the queue runs. */
function sheetNamed(ctx: FakeContext, address: string): () => FakeSheetData {
  return () => {
    const bang = address.lastIndexOf("!");
    if (bang < 0) throw new FakeOfficeError("InvalidArgument", `workbook.notes.add needs a sheet in ${address}`);
    const raw = address.slice(0, bang);
    const name = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    const s = ctx.data.sheets.find((x) => x.name === name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `no sheet ${name}`);
    return s;
  };
}

class FakeNote extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetData,
    private readonly key: () => number,
  ) {
    super(ctx);
    Object.seal(this);
  }
  protected read(name: string): unknown {
    const s = this.sheet();
    if (!s.notes.has(this.key())) throw new FakeOfficeError("ItemNotFound", "note");
    if (name === "content") return s.notes.get(this.key());
    if (name === "authorName") return "作者";
    throw new Error(`fake: note.${name}`);
  }
  get content(): string {
    return this.get("content") as string;
  }
  set content(text: string) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      guardWrite(s);
      if (!s.notes.has(this.key())) throw new FakeOfficeError("ItemNotFound", "note");
      this.ctx.write(s, String(this.key()), "note.content");
      s.notes.set(this.key(), text);
    }, 80 + text.length * 3);
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      guardWrite(s);
      if (!s.notes.has(this.key())) throw new FakeOfficeError("ItemNotFound", "note");
      this.ctx.write(s, String(this.key()), "note.delete");
      s.notes.delete(this.key());
    });
  }
  getLocation(): FakeRange {
    return locationOf(this.ctx, this.sheet, this.key);
  }
}

function locationOf(ctx: FakeContext, sheet: () => FakeSheetData, key: () => number): FakeRange {
  return new FakeRange(ctx, sheet, () => {
    const row = Math.floor(key() / 16384);
    const col = key() % 16384;
    return { top: row, left: col, bottom: row, right: col };
  });
}

/** workbook.notes / workbook.comments: every item of every sheet, in sheet order. */
class FakeAnnotationList<T> extends FakeObject {
  private list: T[] | undefined;
  constructor(
    ctx: FakeContext,
    private readonly kind: "notes" | "comments",
    private readonly make: (sheet: () => FakeSheetData, key: number) => T & { loadPath(p: string): void },
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    throw new Error(`fake: ${this.kind}.${name}`);
  }
  loadPath(path: string): void {
    if (!path.startsWith("items/")) throw new Error(`fake: ${this.kind} load ${path}`);
    const items: (T & { loadPath(p: string): void })[] = [];
    for (const s of this.ctx.data.sheets) {
      const keys = this.kind === "notes" ? [...s.notes.keys()] : [...s.comments];
      for (const k of keys) items.push(this.make(() => s, k));
    }
    for (const item of items) item.loadPath(path.slice("items/".length));
    this.list = items;
  }
  get items(): T[] {
    if (!this.list) throw notLoaded("items");
    return this.list;
  }

  /** workbook.notes.add with a sheet-qualified address. */
  add(address: string, content: string): FakeNote {
    if (this.kind !== "notes") throw new Error("fake: comments.add is not modelled");
    return addNote(this.ctx, sheetNamed(this.ctx, address), lazy(() => parseAddress(address)), content);
  }
}

class FakeComment extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetData,
    private readonly key: number,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    if (name === "id") return `comment-${this.key}`;
    throw new Error(`fake: comment.${name}`);
  }
  getLocation(): FakeRange {
    return locationOf(this.ctx, this.sheet, () => this.key);
  }
}

// ------------------------------------------------------------------------------------------------
// Excel.run

export interface FakeExcel {
  data: FakeWorkbookData;
  stats: FakeStats;
  limits: FakeLimits;
  run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T>;
  /** The user clicks another sheet's tab. */
  userActivates(name: string): void;
  events: FakeEvents;
}

/** The object behind the `Excel` global: run() opens a new context over the stored workbook. */
export function fakeExcel(data: FakeWorkbookData, limits: FakeLimits = {}): FakeExcel {
  const stats: FakeStats = { syncs: 0, fakeMs: 0, payloads: [] };
  const events: FakeEvents = { activated: [] };
  return {
    data,
    stats,
    limits,
    events,
    userActivates(name: string): void {
      if (!data.sheets.some((s) => s.name === name && s.visibility === "Visible")) throw new Error(`fake: no visible sheet ${name}`);
      new FakeContext(data, stats, limits, events).setActive(name);
    },
    async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
      const context = new FakeContext(data, stats, limits, events);
      const result = await batch(context);
      // Excel.run syncs whatever is still queued when the batch returns.
      if (context.pending > 0) await context.sync();
      return result;
    },
  };
}

export const EXCEL_ENUMS = {
  RangeValueType: { unknown: "Unknown", empty: "Empty", string: "String", integer: "Integer", double: "Double", boolean: "Boolean", error: "Error", richValue: "RichValue" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ErrorCodes: { accessDenied: "AccessDenied", invalidOperation: "InvalidOperation", itemNotFound: "ItemNotFound" },
};
