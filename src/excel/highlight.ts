/**
 * Marks findings in the workbook and takes the marks away again, leaving every cell as it was.
 *
 * Before a cell is painted, its original fill (colour and pattern, so "no fill" comes back as no
 * fill rather than white), font colour and note are recorded on the veryHidden BACKUP_SHEET. A
 * new highlight first undoes the previous one from that record, so marks replace and never stack,
 * and the record always holds the user's formatting, never ours. Nothing here writes a value or a
 * formula to a user's sheet: only fills, font colours and notes.
 *
 * This file only orchestrates: plan.ts decides what to paint, backup*.ts keep the originals,
 * notes.ts finds and writes notes, paint.ts queues the writes and batch.ts syncs them.
 */
import type { CellRange } from "../core/grid/grid";
import type { Finding, Lang } from "../core/types";
import { HostError, type HighlightOutcome, type HighlightWarning, type Progress } from "../host";
import { backupKey, type DecodedBackup } from "./backup";
import { decodeRecord, isPayloadFailure, NO_BACKUP, queueBackupRead, queueBackupWrite, readBackupInParts } from "./backup-sheet";
import { defaultPayloadBudget, DESKTOP_PAYLOAD_BUDGET, officeError, OP_BYTES, runOps, type BatchOptions, type QueuedOp } from "./batch";
import { locateAnnotations, NO_ANNOTATIONS, queueAnnotationLists, queueNoteContents, type Annotations } from "./notes";
import { queuePaint, queueRestore } from "./paint";
import { columnSegments, planCells, planTargets, PROPS_TO_READ, type Target } from "./plan";
import { notesSupported } from "./requirements";
import { BACKUP_SHEET, loadSheets, type SheetState } from "./sheets";

/** Estimated response bytes of one cell's fill and font from getCellProperties (JSON). */
const PROPS_BYTES_PER_CELL = 150;
/**
 * Targets this many rows apart or closer share one getCellProperties call. Under the web's payload
 * limit a cell read for nothing costs about as much as a call of its own, so only near neighbours
 * share; without that limit the number of calls is what costs, so reading a few cells more wins.
 */
const SEGMENT_GAP_WEB = 2;
const SEGMENT_GAP_DESKTOP = 16;

export interface HighlightOptions extends BatchOptions {
  onProgress?: (p: Progress) => void;
  /** Merged areas per sheet from the last read: a finding inside a merge marks its top-left cell. */
  merges?: ReadonlyMap<string, readonly CellRange[]>;
}

/** What is on the workbook before a highlight: the previous record and the notes and comments. */
interface Current {
  previous: DecodedBackup;
  annotations: Annotations;
}

/** Marks `findings` (fill by worst severity, a note listing them), replacing any earlier marks. */
export async function highlightIn(context: Excel.RequestContext, findings: readonly Finding[], lang: Lang, options: HighlightOptions = {}): Promise<HighlightOutcome> {
  const budget = options.payloadBudget ?? defaultPayloadBudget();
  const notes = notesSupported();
  const warnings: HighlightWarning[] = notes ? [] : [{ code: "notes-unsupported" }];

  const state = await loadSheets(context);
  const targets = planTargets(findings, lang, options.merges, new Set(state.sheets.keys()), warnings);
  assertUnprotected(state, targets.map((t) => t.sheet));
  if (!state.sheets.has(BACKUP_SHEET) && state.structureProtected && targets.length > 0) throw new HostError("protected", "");

  const current = await readCurrent(context, state, targets, { budget, notes });
  warnDamaged(current.previous, warnings);
  const previous = new Map(current.previous.records.map((r) => [backupKey(r.sheet, r.cell), r]));
  const targetKeys = new Set(targets.map((t) => t.key));
  const stale = current.previous.records.filter((r) => !targetKeys.has(backupKey(r.sheet, r.cell)) && state.sheets.has(r.sheet));
  assertUnprotected(state, stale.map((r) => r.sheet));

  // The text of user notes on newly marked cells (marked cells have their original on record).
  const unrecorded = targets.filter((t) => previous.get(t.key)?.note === undefined).map((t) => t.key);
  await runOps(context, queueNoteContents(current.annotations, unrecorded), { budget, code: "read-failed", detail: sheetList(targets) });

  const { records, paints } = planCells(targets, { lang, previous, annotations: current.annotations, notes }, warnings);

  // Writes, in an order that is safe if a sync fails half-way: the record of everything that may
  // be marked first, then the restores and the paint, then the final record.
  const writes: QueuedOp[] = [];
  const union = [...records, ...stale];
  queueBackupWrite(context, state, union, writes, budget);
  queueRestore(context, state, { records: stale, currentNotes: current.annotations.notes, notes }, writes, warnings);
  queuePaint(context, state, paints, writes);
  // Without notes support a restored cell may still carry our note: keep its original on record.
  const final = notes ? records : [...records, ...stale.filter((r) => r.note !== undefined)];
  if (final.length !== union.length || final.length === 0) queueBackupWrite(context, state, final, writes, budget);
  const onSync = (done: number, total: number): void => options.onProgress?.({ phase: "highlighting", done, total });
  await runOps(context, writes, { budget, code: "write-failed", detail: sheetList(targets), writing: true, onSync });
  return { warnings };
}

/**
 * Reads, in one sync for an ordinary job: the previous record, the targets' fills and fonts by
 * column segment, and the lists of notes and threaded comments; then, only if there are any, where
 * those are.
 */
async function readCurrent(context: Excel.RequestContext, state: SheetState, targets: Target[], how: { budget: number; notes: boolean }): Promise<Current> {
  const backupSheet = state.sheets.get(BACKUP_SHEET);
  const record = backupSheet ? queueBackupRead(backupSheet) : undefined;
  const reads: QueuedOp[] = record ? [record.op] : [];
  const gap = how.budget >= DESKTOP_PAYLOAD_BUDGET ? SEGMENT_GAP_DESKTOP : SEGMENT_GAP_WEB;
  for (const seg of columnSegments(targets, gap)) {
    const ws = state.sheets.get(seg.sheet) as Excel.Worksheet;
    const rows = seg.bottom - seg.top + 1;
    reads.push({ bytes: OP_BYTES + rows * PROPS_BYTES_PER_CELL, queue: () => void (seg.props = ws.getRangeByIndexes(seg.top - 1, seg.col - 1, rows, 1).getCellProperties(PROPS_TO_READ)) });
  }
  const lists = how.notes ? queueAnnotationLists(context, reads) : undefined;
  const detail = sheetList(targets);
  let previous: DecodedBackup;
  try {
    await runOps(context, reads, { budget: how.budget, code: "read-failed", detail, retryOnPayload: true });
    previous = record ? decodeRecord(record.range) : NO_BACKUP;
  } catch (e) {
    // A record too big for one response: read it in parts, then the cells again on their own.
    if (!backupSheet || !isPayloadFailure(e)) throw e;
    previous = await readBackupInParts(context, backupSheet);
    await runOps(context, reads.slice(1), { budget: Math.max(1, Math.floor(how.budget / 2)), code: "read-failed", detail });
  }
  const annotations = lists ? await locateAnnotations(context, lists, how.budget) : NO_ANNOTATIONS;
  return { previous, annotations };
}

/** Puts back every marked cell's fill, font colour and note exactly, then removes the record. */
export async function clearHighlightsIn(context: Excel.RequestContext, options: BatchOptions = {}): Promise<HighlightOutcome> {
  const budget = options.payloadBudget ?? defaultPayloadBudget();
  const notes = notesSupported();
  const warnings: HighlightWarning[] = [];
  const state = await loadSheets(context);
  const backupSheet = state.sheets.get(BACKUP_SHEET);
  if (!backupSheet) return { warnings };

  // The record and, in the same round trip, the lists of notes to find ours among.
  const record = queueBackupRead(backupSheet);
  const listOps: QueuedOp[] = [];
  const lists = notes ? queueAnnotationLists(context, listOps, false) : undefined;
  for (const op of [record.op, ...listOps]) op.queue();
  let decoded: DecodedBackup;
  try {
    await context.sync();
    decoded = decodeRecord(record.range);
  } catch (e) {
    if (!isPayloadFailure(e)) throw officeError(e, "read-failed", BACKUP_SHEET);
    decoded = await readBackupInParts(context, backupSheet);
    await runOps(context, listOps, { budget, code: "read-failed", detail: BACKUP_SHEET });
  }
  warnDamaged(decoded, warnings);
  const present = decoded.records.filter((r) => {
    if (state.sheets.has(r.sheet)) return true;
    warnings.push({ code: "missing-sheet", sheet: r.sheet });
    return false;
  });
  assertUnprotected(state, present.map((r) => r.sheet));

  const currentNotes = lists && present.some((r) => r.note !== undefined) ? (await locateAnnotations(context, lists, budget)).notes : NO_ANNOTATIONS.notes;

  const writes: QueuedOp[] = [];
  queueRestore(context, state, { records: present, currentNotes, notes }, writes, warnings);
  // Without notes support our notes stay, and so does the record of what they replaced.
  queueBackupWrite(context, state, notes ? [] : present.filter((r) => r.note !== undefined), writes, budget);
  await runOps(context, writes, { budget, code: "write-failed", detail: sheetList(present), writing: true });
  return { warnings };
}

/** Rows of the record that could not be read: those cells stay as they are, and the panel says how many. */
function warnDamaged(decoded: DecodedBackup, warnings: HighlightWarning[]): void {
  if (decoded.damaged > 0) warnings.push({ code: "backup-damaged", count: decoded.damaged });
}

/** HostError("protected", name) for the first protected sheet among `names`, before any change. */
function assertUnprotected(state: SheetState, names: readonly string[]): void {
  for (const name of new Set(names)) {
    const ws = state.sheets.get(name);
    if (ws && ws.protection.protected) throw new HostError("protected", name);
  }
}

function sheetList(items: readonly { sheet: string }[]): string {
  return [...new Set(items.map((i) => i.sheet))].join(", ");
}
