/**
 * The formatting writes of a highlight and a clear, queued for runOps: fills and font colours by
 * colour over RangeAreas (a few operations for any number of cells), notes one per cell. Only
 * formatting and notes: never a value or a formula.
 */
import { parseA1 } from "../core/grid/grid";
import type { HighlightWarning } from "../host";
import { areaLists, sheetAddress } from "./address";
import { backupKey, type CellBackup, type FillState } from "./backup";
import { jsonBytes, OP_BYTES, type QueuedOp } from "./batch";
import { GRADIENTS } from "./colours";
import type { SheetState } from "./sheets";

/** What one marked cell gets; a missing part is left as the cell has it. */
export interface Paint {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  fill?: string;
  font?: string;
  note?: { text: string; existing: Excel.Note | undefined };
}

function sheetIn(state: SheetState, name: string): Excel.Worksheet {
  const ws = state.sheets.get(name);
  // Targets and records are filtered to present sheets before anything is queued.
  if (!ws) throw new Error(`sheet ${name} was not loaded`);
  return ws;
}

/** Fills and fonts by colour, then notes per cell. */
export function queuePaint(context: Excel.RequestContext, state: SheetState, paints: readonly Paint[], ops: QueuedOp[]): void {
  for (const g of groupCells(paints.flatMap((p) => (p.fill === undefined ? [] : [{ ...p, key: p.fill }])))) {
    ops.push({ bytes: OP_BYTES + g.address.length, queue: () => void (sheetIn(state, g.sheet).getRanges(g.address).format.fill.color = g.key) });
  }
  for (const g of groupCells(paints.flatMap((p) => (p.font === undefined ? [] : [{ ...p, key: p.font }])))) {
    ops.push({ bytes: OP_BYTES + g.address.length, queue: () => void (sheetIn(state, g.sheet).getRanges(g.address).format.font.color = g.key) });
  }
  for (const p of paints) {
    const note = p.note;
    if (!note) continue;
    ops.push({
      bytes: OP_BYTES + jsonBytes(note.text),
      queue: () => {
        if (note.existing) note.existing.content = note.text; // guarded: notesSupported()
        else context.workbook.notes.add(sheetAddress(p.sheet, p.cell), note.text); // guarded: notesSupported()
      },
    });
  }
}

export interface RestoreInput {
  records: readonly CellBackup[];
  /** The notes on the workbook now, by backupKey. */
  currentNotes: ReadonlyMap<string, Excel.Note>;
  /** Whether notes can be written (ExcelApi 1.18). */
  notes: boolean;
}

/** Puts back fills (grouped by their exact original), changed font colours and notes. */
export function queueRestore(context: Excel.RequestContext, state: SheetState, input: RestoreInput, ops: QueuedOp[], warnings: HighlightWarning[]): void {
  const fillable = input.records.filter((r) => !GRADIENTS.has(r.fill.pattern));
  for (const g of groupCells(fillable.map((r) => ({ sheet: r.sheet, cell: r.cell, key: JSON.stringify(r.fill) })))) {
    const fill = JSON.parse(g.key) as FillState;
    ops.push({ bytes: OP_BYTES + g.address.length, queue: () => applyFill(sheetIn(state, g.sheet).getRanges(g.address).format.fill, fill) });
  }
  const fonts = input.records.flatMap((r) => (r.font === undefined ? [] : [{ sheet: r.sheet, cell: r.cell, key: r.font }]));
  for (const g of groupCells(fonts)) {
    ops.push({ bytes: OP_BYTES + g.address.length, queue: () => void (sheetIn(state, g.sheet).getRanges(g.address).format.font.color = g.key) });
  }
  let notesLost = false;
  for (const r of input.records) {
    const original = r.note;
    if (original === undefined) continue;
    if (!input.notes) {
      notesLost = true;
      continue;
    }
    const current = input.currentNotes.get(backupKey(r.sheet, r.cell));
    const existing = current && !current.isNullObject ? current : undefined;
    if (original === null && !existing) continue;
    ops.push({
      bytes: OP_BYTES + (original === null ? 0 : jsonBytes(original)),
      queue: () => {
        if (original === null) existing?.delete(); // guarded: notesSupported()
        else if (existing) existing.content = original; // guarded: notesSupported()
        else context.workbook.notes.add(sheetAddress(r.sheet, r.cell), original); // guarded: notesSupported()
      },
    });
  }
  if (notesLost && !warnings.some((w) => w.code === "notes-unsupported")) warnings.push({ code: "notes-unsupported" });
}

/** "None" clears the fill (no fill, not white); patterns and tints are set as recorded. */
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

interface Keyed {
  sheet: string;
  cell: string;
  key: string;
  row?: number;
  col?: number;
}

/** Cells grouped by sheet and key (a colour), as getRanges address lists. */
function groupCells(cells: readonly Keyed[]): { sheet: string; key: string; address: string }[] {
  const groups = new Map<string, { sheet: string; key: string; cells: { row: number; col: number }[] }>();
  for (const c of cells) {
    const pos = c.row !== undefined && c.col !== undefined ? { row: c.row, col: c.col } : parseA1(c.cell);
    // decodeBackup counts a record with a bad address as damaged, so every cell here parses.
    if (!pos) throw new Error(`not an A1 address: ${c.cell}`);
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
