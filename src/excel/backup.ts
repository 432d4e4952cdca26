/**
 * The record of what highlight() changed, kept in the workbook (a veryHidden sheet) so "clear"
 * works after save and reopen, on another machine, in another session. One row per marked cell,
 * as JSON text: the only values the add-in ever writes are its own records on its own sheets.
 */
import { HostError } from "../taskpane/host";
import { BACKUP_SHEET } from "./sheets";

/** A cell's fill as getCellProperties reports it; pattern "None" means no fill at all (not white). */
export interface FillState {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface CellBackup {
  sheet: string;
  /** A1 address on `sheet`. */
  cell: string;
  fill: FillState;
  /** Font colour before highlight changed it; absent when the font was left alone. */
  font?: string;
  /** The note before ours: its text, null for none; absent when notes were not touched. */
  note?: string | null;
}

const MARKER = "jixiao-backup";
const VERSION = 1;
/** Excel keeps at most 32,767 characters in a cell; longer records continue in the next column. */
export const CELL_TEXT_LIMIT = 32_000;

interface StoredRecord {
  s: string;
  c: string;
  f: FillState;
  k?: string;
  n?: string | null;
}

/** Row-major text for the backup sheet: a marker row, then one record per row (padded with ""). */
export function encodeBackup(records: readonly CellBackup[]): string[][] {
  const lines: string[][] = [[JSON.stringify({ m: MARKER, v: VERSION })]];
  for (const r of records) {
    const stored: StoredRecord = { s: r.sheet, c: r.cell, f: r.fill };
    if (r.font !== undefined) stored.k = r.font;
    if (r.note !== undefined) stored.n = r.note;
    const json = JSON.stringify(stored);
    const parts: string[] = [];
    for (let i = 0; i < json.length; i += CELL_TEXT_LIMIT) parts.push(json.slice(i, i + CELL_TEXT_LIMIT));
    lines.push(parts);
  }
  const width = lines.reduce((w, l) => Math.max(w, l.length), 1);
  for (const l of lines) while (l.length < width) l.push("");
  return lines;
}

/**
 * Records from the backup sheet's values. A sheet of that name without our marker is someone
 * else's: refuse to touch it rather than restore or delete from it.
 */
export function decodeBackup(values: readonly (readonly unknown[])[]): CellBackup[] {
  const first = values[0];
  const head = first ? parseJson(joinRow(first)) : undefined;
  if (!head || (head as { m?: unknown }).m !== MARKER) throw new HostError("write-failed", BACKUP_SHEET);
  const out: CellBackup[] = [];
  for (let i = 1; i < values.length; i++) {
    const rec = parseJson(joinRow(values[i] as readonly unknown[])) as Partial<StoredRecord> | undefined;
    if (!rec || typeof rec.s !== "string" || typeof rec.c !== "string" || !isFill(rec.f)) continue;
    const backup: CellBackup = { sheet: rec.s, cell: rec.c, fill: rec.f };
    if (typeof rec.k === "string") backup.font = rec.k;
    if (rec.n === null || typeof rec.n === "string") backup.note = rec.n;
    out.push(backup);
  }
  return out;
}

function joinRow(row: readonly unknown[]): string {
  let s = "";
  for (const v of row) if (typeof v === "string") s += v;
  return s;
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // A damaged row is skipped; the rest of the backup still restores.
    return undefined;
  }
}

function isFill(f: unknown): f is FillState {
  return typeof f === "object" && f !== null && typeof (f as FillState).color === "string" && typeof (f as FillState).pattern === "string";
}

export function backupKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}
