/**
 * The backup sheet in the workbook: reading the record back (in parts when it is too big for one
 * response) and queueing its replacement. What a record holds is backup.ts's business.
 */
import { HostError } from "../host";
import { decodeBackup, encodeBackup, type CellBackup, type DecodedBackup } from "./backup";
import { isPayloadError, jsonBytes, officeError, OP_BYTES, rowBlocks, type QueuedOp } from "./batch";
import { BACKUP_SHEET, type SheetState } from "./sheets";

/** Backup rows written per range, so no single write is huge. */
const BACKUP_ROWS_PER_WRITE = 2000;

export const NO_BACKUP: Readonly<DecodedBackup> = Object.freeze({ records: [], damaged: 0 });

/** A queued read of the whole record; after its sync, `decodeRecord(read.range)` gives it. */
export interface RecordRead {
  op: QueuedOp;
  range?: Excel.Range;
}

export function queueBackupRead(sheet: Excel.Worksheet): RecordRead {
  const read: RecordRead = {
    op: {
      bytes: 1000,
      queue: () => {
        read.range = sheet.getUsedRangeOrNullObject(true);
        read.range.load("values");
      },
    },
  };
  return read;
}

/** The record a synced RecordRead loaded (none when the sheet is empty or the read never ran). */
export function decodeRecord(range: Excel.Range | undefined): DecodedBackup {
  return range === undefined || range.isNullObject ? NO_BACKUP : decodeBackup(range.values);
}

/** A payload refusal, raw or already wrapped by runOps: the record must be read in parts. */
export function isPayloadFailure(e: unknown): boolean {
  return isPayloadError(e) || (e instanceof HostError && isPayloadError((e as { cause?: unknown }).cause));
}

/**
 * The backup sheet's record when it does not fit one response: its size first, then row spans,
 * each halved again while Excel still refuses it.
 */
export async function readBackupInParts(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<DecodedBackup> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowCount,columnCount");
  try {
    await context.sync();
  } catch (e) {
    throw officeError(e, "read-failed", BACKUP_SHEET);
  }
  if (used.isNullObject) return NO_BACKUP;
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
      if (!isPayloadError(e) || part.count === 1) throw officeError(e, "read-failed", BACKUP_SHEET);
      const first = Math.ceil(part.count / 2);
      parts.splice(i, 1, { start: part.start, count: first }, { start: part.start + first, count: part.count - first });
      continue;
    }
    part.rows = range.values;
    i++;
  }
  return decodeBackup(parts.flatMap((p) => p.rows ?? []));
}

/**
 * Replaces the backup sheet's content with `records`; with none, deletes the sheet (or, when the
 * workbook structure is protected, leaves it holding only its marker row). The sheet is looked up
 * when the ops run, so a record written earlier in the same job is found again.
 */
export function queueBackupWrite(context: Excel.RequestContext, state: SheetState, records: readonly CellBackup[], ops: QueuedOp[], budget: number): void {
  if (records.length === 0 && state.structureProtected && !state.sheets.has(BACKUP_SHEET)) return;
  if (records.length === 0 && !state.structureProtected) {
    ops.push({ bytes: OP_BYTES, queue: () => deleteBackupSheet(state) });
    return;
  }
  const rows = encodeBackup(records);
  const width = (rows[0] as string[]).length;
  // One shared row of "@" formats: the payload is the same, the allocations are not.
  const textRow = new Array<string>(width).fill("@");
  ops.push({ bytes: OP_BYTES, queue: () => emptyBackupSheet(context, state).getRange().clear() });
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

function deleteBackupSheet(state: SheetState): void {
  const sheet = state.sheets.get(BACKUP_SHEET);
  if (!sheet) return;
  // Excel refuses to delete a veryHidden sheet (office-js#365): make it merely hidden first.
  sheet.visibility = Excel.SheetVisibility.hidden;
  sheet.delete();
  state.sheets.delete(BACKUP_SHEET);
}

/** The backup sheet, added veryHidden when there is none yet. */
function emptyBackupSheet(context: Excel.RequestContext, state: SheetState): Excel.Worksheet {
  let sheet = state.sheets.get(BACKUP_SHEET);
  if (!sheet) {
    sheet = context.workbook.worksheets.add(BACKUP_SHEET);
    sheet.visibility = Excel.SheetVisibility.veryHidden;
    state.sheets.set(BACKUP_SHEET, sheet);
  }
  return sheet;
}
