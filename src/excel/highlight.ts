/**
 * Marks findings in the workbook and takes the marks away again, leaving every cell as it was.
 *
 * Before a cell is painted, its original fill (colour and pattern, so "no fill" comes back as no
 * fill rather than white), font colour and note are recorded on the veryHidden BACKUP_SHEET. A
 * new highlight first undoes the previous one from that record, so marks replace and never stack,
 * and the record always holds the user's formatting, never ours. Nothing here writes a value or a
 * formula to a user's sheet: only fills, font colours and notes.
 */
import type { CellRange } from "../core/grid/grid";
import { a1, parseA1 } from "../core/grid/grid";
import type { Finding, Lang, Severity } from "../core/types";
import { HostError, type HighlightWarning, type Progress } from "../taskpane/host";

export type { HighlightWarning };
import { xlsxLabels } from "../xlsx/labels";
import { areaLists, parseAreas, sheetAddress } from "./address";
import { backupKey, decodeBackup, encodeBackup, type CellBackup, type FillState } from "./backup";
import { defaultPayloadBudget, DESKTOP_PAYLOAD_BUDGET, isPayloadError, jsonBytes, rowBlocks, runOps, toHostError, type BatchOptions, type QueuedOp } from "./batch";
import { notesSupported } from "./requirements";
import { BACKUP_SHEET, loadSheets, type SheetState } from "./sheets";

/** Fill by severity: the light tints of Excel's own Bad / Neutral and a light blue. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** Text colour used only where the cell's own font would be unreadable on the tint (white text). */
export const SEVERITY_FONT: Record<Severity, string> = {
  error: "#9C0006",
  warning: "#9C5700",
  info: "#1F4E79",
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);

/** Estimated response bytes of one cell's fill and font from getCellProperties (JSON). */
const PROPS_BYTES_PER_CELL = 150;
/** Estimated request + response bytes to locate one note or comment, or read a note's text. */
const READ_BYTES_PER_NOTE = 400;
/**
 * Targets this many rows apart or closer share one getCellProperties call. Under the web's payload
 * limit a cell read for nothing costs about as much as a call of its own, so only near neighbours
 * share; without that limit the number of calls is what costs, so reading a few cells more wins.
 */
const SEGMENT_GAP_WEB = 2;
const SEGMENT_GAP_DESKTOP = 16;
/** Estimated request bytes of one write operation, besides its text. */
const OP_BYTES = 200;
/** Backup rows written per range, so no single write is huge. */
const BACKUP_ROWS_PER_WRITE = 2000;

export interface HighlightResult {
  /** Cells marked. */
  cells: number;
  /** Whether notes were written. */
  notes: boolean;
  warnings: HighlightWarning[];
}

export interface HighlightOptions extends BatchOptions {
  onProgress?: (p: Progress) => void;
  /** Merged areas per sheet from the last read: a finding inside a merge marks its top-left cell. */
  merges?: ReadonlyMap<string, readonly CellRange[]>;
}

interface Target {
  sheet: string;
  cell: string;
  /** backupKey(sheet, cell). */
  key: string;
  row: number;
  col: number;
  severity: Severity;
  lines: string[];
  /** Where its current fill and font arrive after the reads. */
  segment?: Segment;
}

/** Consecutive-ish target rows of one column, read with one getCellProperties. */
interface Segment {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}


/** Where the workbook's notes and threaded comments are, by backupKey(sheet, cell). */
interface Annotations {
  notes: Map<string, Excel.Note>;
  comments: Set<string>;
}

/** Marks `findings` (fill by worst severity, a note listing them), replacing any earlier marks. */
export async function highlightIn(context: Excel.RequestContext, findings: readonly Finding[], lang: Lang, options: HighlightOptions = {}): Promise<HighlightResult> {
  const budget = options.payloadBudget ?? defaultPayloadBudget();
  const notes = notesSupported();
  const warnings: HighlightWarning[] = notes ? [] : [{ code: "notes-unsupported" }];
  const progress = (done: number, total: number): void => options.onProgress?.({ phase: "highlighting", done, total });

  const state = await loadSheets(context);
  const backupSheet = state.sheets.get(BACKUP_SHEET);
  const targets = groupTargets(findings, lang, options.merges, state, warnings);
  assertUnprotected(state, targets.map((t) => t.sheet));
  if (!backupSheet && state.structureProtected && targets.length > 0) throw new HostError("protected", "");

  // Reads: the previous record, the targets' fills and fonts by column segment, and the lists of
  // notes and threaded comments (their places come next, and only if there are any).
  const previous: { range?: Excel.Range } = {};
  const reads: QueuedOp[] = [];
  if (backupSheet) {
    reads.push({
      bytes: 1000,
      queue: () => {
        const range = backupSheet.getUsedRangeOrNullObject(true);
        range.load("values");
        previous.range = range;
      },
    });
  }
  const gap = budget >= DESKTOP_PAYLOAD_BUDGET ? SEGMENT_GAP_DESKTOP : SEGMENT_GAP_WEB;
  for (const seg of columnSegments(targets, gap)) {
    const ws = state.sheets.get(seg.sheet) as Excel.Worksheet;
    reads.push({
      bytes: OP_BYTES + (seg.bottom - seg.top + 1) * PROPS_BYTES_PER_CELL,
      queue: () => {
        seg.props = ws.getRangeByIndexes(seg.top - 1, seg.col - 1, seg.bottom - seg.top + 1, 1).getCellProperties(PROPS_TO_READ);
      },
    });
  }
  const lists = notes ? queueAnnotationLists(context, reads) : undefined;
  let old: CellBackup[];
  try {
    await runOps(context, reads, { budget, code: "read-failed", detail: sheetList(targets), retryOnPayload: true });
    old = previous.range === undefined || previous.range.isNullObject ? [] : decodeBackup(previous.range.values);
  } catch (e) {
    // A record too big for one response: read it in parts, then the cells again on their own.
    if (!backupSheet || !isPayloadFailure(e)) throw e;
    old = decodeBackup(await readInParts(context, backupSheet));
    await runOps(context, reads.slice(1), { budget: Math.max(1, Math.floor(budget / 2)), code: "read-failed", detail: sheetList(targets) });
  }
  const oldByKey = new Map(old.map((r) => [backupKey(r.sheet, r.cell), r]));
  const targetKeys = new Set(targets.map((t) => t.key));
  const stale = old.filter((r) => !targetKeys.has(backupKey(r.sheet, r.cell)) && state.sheets.has(r.sheet));
  assertUnprotected(state, stale.map((r) => r.sheet));

  const found = lists ? await locateAnnotations(context, lists, budget) : { notes: new Map<string, Excel.Note>(), comments: new Set<string>() };

  // The text of user notes on newly marked cells (marked cells have their original on record).
  const contents: QueuedOp[] = [];
  for (const t of targets) {
    const key = t.key;
    const note = found.notes.get(key);
    if (!note || oldByKey.get(key)?.note !== undefined) continue;
    contents.push({ bytes: READ_BYTES_PER_NOTE, queue: () => void note.load("content") });
  }
  await runOps(context, contents, { budget, code: "read-failed", detail: sheetList(targets) });

  // Work out the new record: true originals come from the old record where there is one.
  const records: CellBackup[] = [];
  const paints: Paint[] = [];
  const separator = xlsxLabels(lang).noteSeparator;
  for (const t of targets) {
    const key = t.key;
    const prior = oldByKey.get(key);
    const current = cellProps(t);
    const fill = prior ? prior.fill : current.fill;
    const font = prior?.font ?? current.font;
    const record: CellBackup = { sheet: t.sheet, cell: t.cell, fill };
    const paint: Paint = { target: t };
    if (GRADIENTS.has(fill.pattern)) warnings.push({ code: "gradient-fill", sheet: t.sheet, cell: t.cell });
    else paint.fill = SEVERITY_FILL[t.severity];
    if (isLight(font)) {
      record.font = font;
      paint.font = SEVERITY_FONT[t.severity];
    }
    if (notes && !found.comments.has(key)) {
      const existing = found.notes.get(key);
      const original = prior && prior.note !== undefined ? prior.note : existing ? existing.content : null;
      record.note = original;
      paint.note = { text: composeNote(original, t.lines.join("\n"), separator), existing };
    } else {
      if (notes) warnings.push({ code: "comment-cell", sheet: t.sheet, cell: t.cell });
      // A note we wrote earlier stays until notes can be written again; so does its original.
      if (prior?.note !== undefined) record.note = prior.note;
    }
    records.push(record);
    paints.push(paint);
  }

  // Writes, in an order that is safe if a sync fails half-way: the record of everything that may
  // be marked first, then the restores and the paint, then the final record.
  const writes: QueuedOp[] = [];
  const union = [...records, ...stale];
  queueBackupWrite(context, state, union, writes, budget);
  queueRestore(context, state, stale, found.notes, notes, writes, warnings);
  queuePaint(context, state, paints, writes);
  // Without notes support a restored cell may still carry our note: keep its original on record.
  const final = notes ? records : [...records, ...stale.filter((r) => r.note !== undefined)];
  if (final.length !== union.length || final.length === 0) queueBackupWrite(context, state, final, writes, budget);
  await runOps(context, writes, { budget, code: "write-failed", detail: sheetList(targets), writing: true, onSync: progress });
  return { cells: targets.length, notes, warnings };
}

export interface ClearResult {
  /** Cells put back. */
  cells: number;
  warnings: HighlightWarning[];
}

/** Puts back every marked cell's fill, font colour and note exactly, then removes the record. */
export async function clearHighlightsIn(context: Excel.RequestContext, options: BatchOptions = {}): Promise<ClearResult> {
  const budget = options.payloadBudget ?? defaultPayloadBudget();
  const notes = notesSupported();
  const warnings: HighlightWarning[] = [];
  const state = await loadSheets(context);
  const backupSheet = state.sheets.get(BACKUP_SHEET);
  if (!backupSheet) return { cells: 0, warnings };

  // The record and, in the same round trip, the lists of notes to find ours among.
  const backupRange = backupSheet.getUsedRangeOrNullObject(true);
  backupRange.load("values");
  const listOps: QueuedOp[] = [];
  const lists = notes ? queueAnnotationLists(context, listOps, false) : undefined;
  for (const op of listOps) op.queue();
  let old: CellBackup[];
  try {
    await context.sync();
    old = backupRange.isNullObject ? [] : decodeBackup(backupRange.values);
  } catch (e) {
    if (!isPayloadError(e)) throw toHostError(e, "read-failed", BACKUP_SHEET);
    old = decodeBackup(await readInParts(context, backupSheet));
    await runOps(context, listOps, { budget, code: "read-failed", detail: BACKUP_SHEET });
  }
  const present = old.filter((r) => {
    if (state.sheets.has(r.sheet)) return true;
    warnings.push({ code: "missing-sheet", sheet: r.sheet });
    return false;
  });
  assertUnprotected(state, present.map((r) => r.sheet));

  const noteObjects = lists && present.some((r) => r.note !== undefined) ? (await locateAnnotations(context, lists, budget)).notes : new Map<string, Excel.Note>();

  const writes: QueuedOp[] = [];
  queueRestore(context, state, present, noteObjects, notes, writes, warnings);
  // Without notes support our notes stay, and so does the record of what they replaced.
  queueBackupWrite(context, state, notes ? [] : present.filter((r) => r.note !== undefined), writes, budget);
  await runOps(context, writes, { budget, code: "write-failed", detail: sheetList(present), writing: true });
  return { cells: present.length, warnings };
}

// ---------------------------------------------------------------------------------------------

const PROPS_TO_READ: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
    font: { color: true },
  },
};

function isPayloadFailure(e: unknown): boolean {
  return isPayloadError(e) || (e instanceof HostError && isPayloadError((e as { cause?: unknown }).cause));
}

/**
 * The backup sheet's values when they do not fit one response: its size first, then row spans,
 * each halved again while Excel still refuses it.
 */
async function readInParts(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<unknown[][]> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowCount,columnCount");
  try {
    await context.sync();
  } catch (e) {
    throw toHostError(e, "read-failed", BACKUP_SHEET);
  }
  if (used.isNullObject) return [];
  const parts: { start: number; count: number; rows?: unknown[][] }[] = [];
  const half = Math.ceil(used.rowCount / 2);
  parts.push({ start: 0, count: half });
  if (used.rowCount > half) parts.push({ start: half, count: used.rowCount - half });
  for (let i = 0; i < parts.length; ) {
    const part = parts[i] as { start: number; count: number; rows?: unknown[][] };
    const range = sheet.getRangeByIndexes(part.start, 0, part.count, used.columnCount);
    range.load("values");
    try {
      // Rare (a record of tens of thousands of cells): one sync per part is acceptable here.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || part.count === 1) throw toHostError(e, "read-failed", BACKUP_SHEET);
      const first = Math.ceil(part.count / 2);
      parts.splice(i, 1, { start: part.start, count: first }, { start: part.start + first, count: part.count - first });
      continue;
    }
    part.rows = range.values;
    i++;
  }
  return parts.flatMap((p) => p.rows ?? []);
}


/** HostError("protected", name) for the first protected sheet among `names`, before any change. */
function assertUnprotected(state: SheetState, names: readonly string[]): void {
  for (const name of new Set(names)) {
    const ws = state.sheets.get(name);
    if (ws && ws.protection.protected) throw new HostError("protected", name);
  }
}

function groupTargets(
  findings: readonly Finding[],
  lang: Lang,
  merges: ReadonlyMap<string, readonly CellRange[]> | undefined,
  state: SheetState,
  warnings: HighlightWarning[],
): Target[] {
  const labels = xlsxLabels(lang);
  const byKey = new Map<string, Target>();
  const missing = new Set<string>();
  // In the findings' order, so each note lists its cell's findings as the report does.
  for (const f of findings) {
    if (!state.sheets.has(f.sheet) || f.sheet === BACKUP_SHEET) {
      missing.add(f.sheet);
      continue;
    }
    const sheetMerges = merges?.get(f.sheet);
    const at = sheetMerges && sheetMerges.length > 0 ? masterCell(f, sheetMerges) : undefined;
    const cell = at ? a1(at.row, at.col) : f.cell;
    const key = backupKey(f.sheet, cell);
    const line = `[${labels.severity[f.severity]}] ${f.message}`;
    const t = byKey.get(key);
    if (!t) {
      byKey.set(key, { sheet: f.sheet, cell, key, row: at ? at.row : f.row, col: at ? at.col : f.column, severity: f.severity, lines: [line] });
      continue;
    }
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[t.severity]) t.severity = f.severity;
    t.lines.push(line);
  }
  for (const sheet of missing) warnings.push({ code: "missing-sheet", sheet });
  return [...byKey.values()];
}

/** Excel shows a merged range with its top-left cell's fill and note. */
function masterCell(f: Finding, merges: readonly CellRange[]): { row: number; col: number } | undefined {
  for (const m of merges) {
    if (f.row >= m.top && f.row <= m.bottom && f.column >= m.left && f.column <= m.right) return { row: m.top, col: m.left };
  }
  return undefined;
}


function unquote(sheet: string): string {
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

const NO_FILL: FillState = Object.freeze({ color: "#FFFFFF", pattern: "None" });

function cellProps(t: Target): { fill: FillState; font: string } {
  const seg = t.segment;
  const p = seg?.props?.value[t.row - seg.top]?.[0];
  const fill = p?.format?.fill;
  const font = p?.format?.font?.color ?? "#000000";
  const pattern = fill?.pattern ?? "None";
  // Most cells have no fill: share one (frozen) state rather than build one per cell.
  if (pattern === "None" && !fill?.tintAndShade) return { fill: NO_FILL, font };
  const state: FillState = { color: fill?.color ?? "#FFFFFF", pattern };
  if (fill?.patternColor) state.patternColor = fill.patternColor;
  if (fill?.tintAndShade) state.tintAndShade = fill.tintAndShade;
  if (fill?.patternTintAndShade) state.patternTintAndShade = fill.patternTintAndShade;
  return { fill: state, font };
}

const lightCache = new Map<string, boolean>();

/** Light text (white, pale grey) would vanish on our pale tints. */
export function isLight(color: string): boolean {
  let light = lightCache.get(color);
  if (light === undefined) {
    light = luminance(color) > 0.6;
    if (lightCache.size < 1000) lightCache.set(color, light);
  }
  return light;
}

function luminance(color: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return 0;
  const hex = m[1] as string;
  const channel = (i: number): number => parseInt(hex.slice(i, i + 2), 16) / 255;
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** The user's note, our separator line, then our lines; just ours when the cell had no note. */
export function composeNote(original: string | null | undefined, ours: string, separator: string): string {
  if (original === null || original === undefined || original.trim() === "") return ours;
  return `${original}\n${separator}\n${ours}`;
}

/**
 * Queues loading the workbook's notes and threaded comments as lists. Items carry one short
 * property only: what matters is where they are, and the text of a few.
 */
function queueAnnotationLists(context: Excel.RequestContext, reads: QueuedOp[], withComments = true): { notes?: Excel.NoteCollection; comments?: Excel.CommentCollection } {
  const lists: { notes?: Excel.NoteCollection; comments?: Excel.CommentCollection } = {};
  reads.push({
    bytes: 4000,
    queue: () => {
      lists.notes = context.workbook.notes;
      lists.notes.load("items/authorName");
      if (withComments) {
        lists.comments = context.workbook.comments;
        lists.comments.load("items/id");
      }
    },
  });
  return lists;
}

/** One more round trip, only when the workbook has notes or threaded comments: their cells. */
async function locateAnnotations(
  context: Excel.RequestContext,
  lists: { notes?: Excel.NoteCollection; comments?: Excel.CommentCollection },
  budget: number,
): Promise<Annotations> {
  const located: { note?: Excel.Note; range: Excel.Range }[] = [];
  const ops: QueuedOp[] = [];
  for (const note of lists.notes?.items ?? []) {
    ops.push({
      bytes: READ_BYTES_PER_NOTE,
      queue: () => {
        const range = note.getLocation();
        range.load("address");
        located.push({ note, range });
      },
    });
  }
  for (const comment of lists.comments?.items ?? []) {
    ops.push({
      bytes: READ_BYTES_PER_NOTE,
      queue: () => {
        const range = comment.getLocation();
        range.load("address");
        located.push({ range });
      },
    });
  }
  await runOps(context, ops, { budget, code: "read-failed", detail: "" });
  const out: Annotations = { notes: new Map(), comments: new Set() };
  for (const { note, range } of located) {
    const key = cellKeyOf(range.address);
    if (!key) continue;
    if (note) out.notes.set(key, note);
    else out.comments.add(key);
  }
  return out;
}

/** backupKey of a one-cell address such as `'My sheet'!D44`. */
function cellKeyOf(address: string): string | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return undefined;
  const area = parseAreas(address.slice(bang + 1))[0];
  return area ? backupKey(unquote(address.slice(0, bang)), a1(area.top, area.left)) : undefined;
}

/** Target rows of each column, split where more than `gap` rows lie between two targets. */
function columnSegments(targets: Target[], gap: number): Segment[] {
  const byColumn = new Map<string, Target[]>();
  for (const t of targets) {
    const id = `${t.sheet}\u0000${t.col}`;
    const list = byColumn.get(id);
    if (list) list.push(t);
    else byColumn.set(id, [t]);
  }
  const segments: Segment[] = [];
  for (const list of byColumn.values()) {
    list.sort((x, y) => x.row - y.row);
    let seg: Segment | undefined;
    for (const t of list) {
      if (!seg || t.row - seg.bottom > gap) {
        seg = { sheet: t.sheet, col: t.col, top: t.row, bottom: t.row };
        segments.push(seg);
      }
      seg.bottom = t.row;
      t.segment = seg;
    }
  }
  return segments;
}

interface Paint {
  target: Target;
  fill?: string;
  font?: string;
  note?: { text: string; existing: Excel.Note | undefined };
}

/** Fills and fonts by colour over RangeAreas (a few operations for any number of cells), notes per cell. */
function queuePaint(context: Excel.RequestContext, state: SheetState, paints: readonly Paint[], ops: QueuedOp[]): void {
  const fills = groupCells(paints.filter((p) => p.fill !== undefined).map((p) => ({ sheet: p.target.sheet, cell: p.target.cell, row: p.target.row, col: p.target.col, key: p.fill as string })));
  for (const g of fills) {
    ops.push({
      bytes: OP_BYTES + g.address.length,
      queue: () => {
        (state.sheets.get(g.sheet) as Excel.Worksheet).getRanges(g.address).format.fill.color = g.key;
      },
    });
  }
  const fonts = groupCells(paints.filter((p) => p.font !== undefined).map((p) => ({ sheet: p.target.sheet, cell: p.target.cell, row: p.target.row, col: p.target.col, key: p.font as string })));
  for (const g of fonts) {
    ops.push({
      bytes: OP_BYTES + g.address.length,
      queue: () => {
        (state.sheets.get(g.sheet) as Excel.Worksheet).getRanges(g.address).format.font.color = g.key;
      },
    });
  }
  for (const p of paints) {
    const note = p.note;
    if (!note) continue;
    ops.push({
      bytes: OP_BYTES + jsonBytes(note.text),
      queue: () => {
        if (note.existing) note.existing.content = note.text;
        else context.workbook.notes.add(sheetAddress(p.target.sheet, p.target.cell), note.text);
      },
    });
  }
}

/** Puts back fills (grouped by their exact original), changed font colours and notes. */
function queueRestore(
  context: Excel.RequestContext,
  state: SheetState,
  records: readonly CellBackup[],
  currentNotes: ReadonlyMap<string, Excel.Note>,
  notes: boolean,
  ops: QueuedOp[],
  warnings: HighlightWarning[],
): void {
  const fillable = records.filter((r) => !GRADIENTS.has(r.fill.pattern));
  for (const g of groupCells(fillable.map((r) => ({ sheet: r.sheet, cell: r.cell, key: JSON.stringify(r.fill) })))) {
    const fill = JSON.parse(g.key) as FillState;
    ops.push({
      bytes: OP_BYTES + g.address.length,
      queue: () => applyFill((state.sheets.get(g.sheet) as Excel.Worksheet).getRanges(g.address).format.fill, fill),
    });
  }
  const fonts = records.filter((r) => r.font !== undefined).map((r) => ({ sheet: r.sheet, cell: r.cell, key: r.font as string }));
  for (const g of groupCells(fonts)) {
    ops.push({
      bytes: OP_BYTES + g.address.length,
      queue: () => {
        (state.sheets.get(g.sheet) as Excel.Worksheet).getRanges(g.address).format.font.color = g.key;
      },
    });
  }
  let notesLost = false;
  for (const r of records) {
    const original = r.note;
    if (original === undefined) continue;
    if (!notes) {
      notesLost = true;
      continue;
    }
    const current = currentNotes.get(backupKey(r.sheet, r.cell));
    const existing = current && !current.isNullObject ? current : undefined;
    if (original === null && !existing) continue;
    ops.push({
      bytes: OP_BYTES + (original === null ? 0 : jsonBytes(original)),
      queue: () => {
        if (original === null) existing?.delete();
        else if (existing) existing.content = original;
        else context.workbook.notes.add(sheetAddress(r.sheet, r.cell), original);
      },
    });
  }
  if (notesLost && !warnings.some((w) => w.code === "notes-unsupported")) warnings.push({ code: "notes-unsupported" });
}

function applyFill(target: Excel.RangeFill, fill: FillState): void {
  if (fill.pattern === "None") {
    target.clear();
    return;
  }
  target.color = fill.color;
  if (fill.pattern !== "Solid") {
    target.pattern = fill.pattern as Excel.FillPattern;
    if (fill.patternColor) target.patternColor = fill.patternColor;
    if (fill.patternTintAndShade) target.patternTintAndShade = fill.patternTintAndShade;
  }
  if (fill.tintAndShade) target.tintAndShade = fill.tintAndShade;
}

/** Cells grouped by sheet and key (a colour), as getRanges address lists. */
function groupCells(cells: readonly { sheet: string; cell: string; key: string; row?: number; col?: number }[]): { sheet: string; key: string; address: string }[] {
  const groups = new Map<string, { sheet: string; key: string; cells: { row: number; col: number }[] }>();
  for (const c of cells) {
    const pos = c.row !== undefined && c.col !== undefined ? { row: c.row, col: c.col } : parseA1(c.cell);
    if (!pos) continue;
    const id = `${c.sheet}\u0000${c.key}`;
    let g = groups.get(id);
    if (!g) {
      g = { sheet: c.sheet, key: c.key, cells: [] };
      groups.set(id, g);
    }
    g.cells.push(pos);
  }
  const out: { sheet: string; key: string; address: string }[] = [];
  for (const g of groups.values()) for (const address of areaLists(g.cells)) out.push({ sheet: g.sheet, key: g.key, address });
  return out;
}

/**
 * Replaces the backup sheet's content with `records`; with none, deletes the sheet (or, when the
 * workbook structure is protected, leaves it holding only its marker row). The sheet is looked up
 * when the ops run, so a record written earlier in the same job is found again.
 */
function queueBackupWrite(context: Excel.RequestContext, state: SheetState, records: readonly CellBackup[], ops: QueuedOp[], budget: number): void {
  if (records.length === 0 && state.structureProtected && !state.sheets.has(BACKUP_SHEET)) return;
  if (records.length === 0 && !state.structureProtected) {
    ops.push({
      bytes: OP_BYTES,
      queue: () => {
        const sheet = state.sheets.get(BACKUP_SHEET);
        if (!sheet) return;
        // Excel refuses to delete a veryHidden sheet (office-js#365): make it merely hidden first.
        sheet.visibility = Excel.SheetVisibility.hidden;
        sheet.delete();
        state.sheets.delete(BACKUP_SHEET);
      },
    });
    return;
  }
  const rows = encodeBackup(records);
  const width = (rows[0] as string[]).length;
  // One shared row of "@" formats: the payload is the same, the allocations are not.
  const textRow = new Array<string>(width).fill("@");
  ops.push({
    bytes: OP_BYTES,
    queue: () => {
      let sheet = state.sheets.get(BACKUP_SHEET);
      if (!sheet) {
        sheet = context.workbook.worksheets.add(BACKUP_SHEET);
        sheet.visibility = Excel.SheetVisibility.veryHidden;
        state.sheets.set(BACKUP_SHEET, sheet);
      }
      sheet.getRange().clear();
    },
  });
  // Each cell costs its JSON text plus a `"@"` format.
  const rowBytes = (line: string[]): number => line.reduce((n, text) => n + jsonBytes(text) + 5, 0);
  for (const block of rowBlocks(rows, rowBytes, budget / 4, BACKUP_ROWS_PER_WRITE)) {
    ops.push({
      bytes: OP_BYTES + block.bytes,
      queue: () => {
        const range = (state.sheets.get(BACKUP_SHEET) as Excel.Worksheet).getRangeByIndexes(block.start, 0, block.rows.length, width);
        // Text format first, so Excel stores our records as typed and never converts them.
        range.numberFormat = block.rows.map(() => textRow);
        range.values = block.rows;
      },
    });
  }
}

function sheetList(items: readonly { sheet: string }[]): string {
  return [...new Set(items.map((i) => i.sheet))].join(", ");
}
