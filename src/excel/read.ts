/**
 * Worksheets → Grids. The used range is located first (one sync), then every row chunk of every
 * sheet is queued and fetched together, so a sheet costs the same number of syncs whatever its
 * row count, until the estimated payload passes the budget; only then are chunks spread over more
 * syncs (Excel on the web refuses more than 5 MB per request or response).
 */
import type { CellRange, CellValue, Grid, WorkbookFacts } from "../core/grid/grid";
import { HostError, type AuditScope, type Progress } from "../host";
import { parseAreas } from "./address";
import { defaultPayloadBudget, READ_BYTES_PER_CELL, isPayloadError, throwIfAborted, officeError, type BatchOptions } from "./batch";
import { calcModeOf, formulaRows, hiddenFrom, queueHidden, toGrid, type HiddenRequests } from "./read-cells";
import { isOwnSheet } from "./sheets";

/** Sheets with more cells in their used range are refused rather than risk Excel's memory. */
export const MAX_SHEET_CELLS = 2_000_000;

/** Cells per row chunk: small enough that progress moves, large enough that chunks stay few. */
export const CHUNK_CELLS = 10_000;

/** How often a payload error may halve the budget before the read gives up. */
const MAX_HALVINGS = 8;

export interface ReadOptions extends BatchOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  maxCells?: number;
  chunkCells?: number;
  /** Estimated response bytes per cell (values + numberFormat + valueTypes). */
  bytesPerCell?: number;
}

/** A sheet to read and where its used range lies (0-based, as Office.js gives it). */
interface Target {
  name: string;
  used: Excel.Range | undefined;
  sheet: Excel.Worksheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  rows: CellValue[][];
  formats: string[][];
  formulas: string[][];
  anyFormula: boolean;
  hiddenRows: number[];
  hiddenCols: number[];
  visibility: string | undefined;
  merges: CellRange[];
  /** Rows [0, nextRow) of the used range are read or queued. */
  nextRow: number;
  /** Merges come whole-sheet, or per chunk after the whole-sheet call failed (more than 512 areas). */
  mergesPerChunk: boolean;
  mergesRequested: boolean;
}

interface Chunk {
  target: Target;
  /** Row offset within the used range and row count. */
  start: number;
  count: number;
  range?: Excel.Range;
  merged?: Excel.RangeAreas;
  hidden?: HiddenRequests;
}

/**
 * Reads the active worksheet ("sheet") or every visible worksheet except the add-in's own
 * ("workbook") into Grids. Runs inside the caller's Excel.run context.
 */
export async function readGridsIn(context: Excel.RequestContext, scope: AuditScope, options: ReadOptions = {}): Promise<Grid[]> {
  const { signal } = options;
  throwIfAborted(signal);
  const { targets, calcMode } = await locate(context, scope, signal);
  const maxCells = options.maxCells ?? MAX_SHEET_CELLS;
  for (const t of targets) {
    if (t.rowCount * t.columnCount > maxCells) throw new HostError("too-large", t.name);
  }
  await readChunks(context, targets, options);
  // One set of facts for the sheets read together: workbook findings go on the first of them.
  const grids: Grid[] = [];
  const workbook: WorkbookFacts = { calcMode: calcModeOf(calcMode), firstSheet: targets[0]?.name, grids };
  for (const t of targets) grids.push(toGrid(t, workbook));
  return grids;
}

async function locate(context: Excel.RequestContext, scope: AuditScope, signal: AbortSignal | undefined): Promise<{ targets: Target[]; calcMode: string }> {
  let sheets: Excel.Worksheet[];
  const application = context.workbook.application;
  application.load("calculationMode");
  if (scope === "sheet") {
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name,visibility");
    sheets = [active];
  } else {
    const collection = context.workbook.worksheets;
    collection.load("items/name,items/visibility");
    await syncOrThrow(context, signal, "read-failed", "");
    sheets = collection.items.filter((ws) => ws.visibility === "Visible" && !isOwnSheet(ws.name));
  }
  const used = sheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await syncOrThrow(context, signal, "read-failed", scope === "sheet" ? "" : sheets.map((s) => s.name).join(", "));
  const targets = sheets.map((ws, i) => {
    const range = used[i] as Excel.Range;
    const empty = range.isNullObject;
    return {
      name: ws.name,
      visibility: ws.visibility as string,
      formulas: [],
      anyFormula: false,
      hiddenRows: [],
      hiddenCols: [],
      sheet: ws,
      used: empty ? undefined : range,
      rowIndex: empty ? 0 : range.rowIndex,
      columnIndex: empty ? 0 : range.columnIndex,
      rowCount: empty ? 0 : range.rowCount,
      columnCount: empty ? 0 : range.columnCount,
      rows: [],
      formats: [],
      merges: [],
      nextRow: 0,
      mergesPerChunk: false,
      mergesRequested: false,
    };
  });
  return { targets, calcMode: application.calculationMode as string };
}

async function syncOrThrow(context: Excel.RequestContext, signal: AbortSignal | undefined, code: "read-failed", detail: string): Promise<void> {
  throwIfAborted(signal);
  try {
    await context.sync();
  } catch (e) {
    throw officeError(e, code, detail);
  }
  throwIfAborted(signal);
}

async function readChunks(context: Excel.RequestContext, targets: Target[], options: ReadOptions): Promise<void> {
  const { signal, onProgress } = options;
  let budget = options.payloadBudget ?? defaultPayloadBudget();
  let chunkCells = options.chunkCells ?? CHUNK_CELLS;
  const bytesPerCell = options.bytesPerCell ?? READ_BYTES_PER_CELL;
  let halvings = 0;
  let done = 0;
  const remainingChunks = (): number =>
    targets.reduce((n, t) => n + Math.ceil((t.rowCount - t.nextRow) / chunkRows(t, chunkCells)), 0);

  for (;;) {
    const { chunks: batch, bytes } = nextBatch(targets, budget, chunkCells, bytesPerCell);
    if (batch.length === 0) return;
    queueBatch(batch);
    throwIfAborted(signal);
    try {
      // One sync per payload-sized batch is the point: a small job has exactly one.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      // Nothing was read: put the rows back and try smaller or differently.
      for (const c of batch) c.target.nextRow = Math.min(c.target.nextRow, c.start);
      const detail = names(batch);
      if (isPayloadError(e) && halvings < MAX_HALVINGS) {
        // The estimate was too low for this sheet: half of what failed, whatever the estimate said.
        halvings++;
        budget = Math.max(1, Math.floor(Math.min(budget, bytes) / 2));
        if (batch.length === 1) chunkCells = Math.max(1, Math.floor(chunkCells / 2));
        for (const c of batch) if (c.merged && !c.target.mergesPerChunk) c.target.mergesRequested = false;
        continue;
      }
      // getMergedAreasOrNullObject fails on more than 512 areas: ask per chunk instead, once.
      const wholeSheetMerges = batch.filter((c) => c.merged && !c.target.mergesPerChunk);
      if (wholeSheetMerges.length > 0 && !isPayloadError(e)) {
        for (const c of wholeSheetMerges) {
          c.target.mergesPerChunk = true;
          c.target.mergesRequested = false;
        }
        continue;
      }
      throw officeError(e, "read-failed", detail);
    }
    const total = done + batch.length + remainingChunks();
    for (const c of batch) {
      convertChunk(c);
      done++;
      onProgress?.({ phase: "reading", done, total, sheet: c.target.name });
      throwIfAborted(signal);
    }
  }
}

function chunkRows(t: Target, chunkCells: number): number {
  return Math.max(1, Math.floor(chunkCells / Math.max(1, t.columnCount)));
}

/** The next chunks, in sheet order, whose estimated payload fits the budget (at least one chunk). */
function nextBatch(targets: Target[], budget: number, chunkCells: number, bytesPerCell: number): { chunks: Chunk[]; bytes: number } {
  const chunks: Chunk[] = [];
  let bytes = 0;
  for (const t of targets) {
    while (t.nextRow < t.rowCount) {
      const count = Math.min(chunkRows(t, chunkCells), t.rowCount - t.nextRow);
      const size = count * t.columnCount * bytesPerCell;
      if (chunks.length > 0 && bytes + size > budget) return { chunks, bytes };
      chunks.push({ target: t, start: t.nextRow, count });
      bytes += size;
      t.nextRow += count;
    }
  }
  return { chunks, bytes };
}

function queueBatch(batch: Chunk[]): void {
  for (const c of batch) {
    const t = c.target;
    const range = t.sheet.getRangeByIndexes(t.rowIndex + c.start, t.columnIndex, c.count, t.columnCount);
    range.load("values,numberFormat,valueTypes,formulas");
    c.range = range;
    c.hidden = queueHidden(range, c.start === 0);
    if (t.mergesPerChunk) {
      c.merged = range.getMergedAreasOrNullObject();
      c.merged.load("address");
    } else if (!t.mergesRequested && t.used) {
      t.mergesRequested = true;
      c.merged = t.used.getMergedAreasOrNullObject();
      c.merged.load("address");
    }
  }
}

function convertChunk(c: Chunk): void {
  const t = c.target;
  const range = c.range as Excel.Range;
  // Excel on the web answers null (rather than an error) for a range past its cell limits: say so, never guess.
  const values = range.values as CellValue[][] | null;
  if (!Array.isArray(values) || values.length !== c.count) throw new HostError("too-large", t.name);
  const types = Array.isArray(range.valueTypes) ? range.valueTypes : [];
  const formats = Array.isArray(range.numberFormat) ? (range.numberFormat as string[][]) : [];
  for (let r = 0; r < values.length; r++) {
    const line = values[r] as CellValue[];
    for (let col = 0; col < line.length; col++) {
      const v = line[col];
      if (v === "") line[col] = null;
      // Error values arrive as their text ("#DIV/0!"); only valueTypes tells them from typed text.
      else if (typeof v === "string" && v.charCodeAt(0) === 35 && types[r]?.[col] === Excel.RangeValueType.error) line[col] = { error: v };
    }
    t.rows.push(line);
    t.formats.push(formats[r] ?? []);
  }
  const f = formulaRows(range.formulas as unknown[][]);
  for (const line of f.rows) t.formulas.push(line);
  if (f.any) t.anyFormula = true;
  if (c.hidden) {
    const h = hiddenFrom(c.hidden, t.rowIndex + c.start, t.columnIndex);
    t.hiddenRows.push(...h.rows);
    t.hiddenCols.push(...h.cols);
  }
  if (c.merged && !c.merged.isNullObject) addMerges(t, parseAreas(c.merged.address), c);
}

/**
 * Adds merged areas (1-based). When merges were asked per chunk, Excel may cut an area at the
 * chunk boundary; such a lower piece starts on the boundary with an empty top-left cell (it is a
 * follower) right under a piece that ends there, and the two are joined again. An area that is
 * whole comes back identical from both chunks and is kept once.
 */
function addMerges(t: Target, areas: CellRange[], c: Chunk): void {
  const boundary = t.rowIndex + c.start + 1; // 1-based first row of this chunk
  for (const m of areas) {
    if (t.merges.some((x) => x.top === m.top && x.left === m.left && x.bottom === m.bottom && x.right === m.right)) continue;
    if (t.mergesPerChunk && m.top === boundary && cellAt(t, m.top, m.left) === null) {
      const above = t.merges.findIndex((x) => x.bottom === m.top - 1 && x.left === m.left && x.right === m.right);
      if (above >= 0) {
        const x = t.merges[above] as CellRange;
        t.merges[above] = { top: x.top, left: x.left, bottom: m.bottom, right: x.right };
        continue;
      }
    }
    t.merges.push(m);
  }
}

function cellAt(t: Target, row: number, col: number): CellValue {
  const v = t.rows[row - t.rowIndex - 1]?.[col - t.columnIndex - 1];
  return v === undefined ? null : v;
}

function names(batch: Chunk[]): string {
  return [...new Set(batch.map((c) => c.target.name))].join(", ");
}
