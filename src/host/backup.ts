/**
 * The record of what highlight() changed, kept in the workbook (a veryHidden sheet) so "clear"
 * works after save and reopen, on another machine, in another session. One row per marked cell,
 * as JSON text: the only values the add-in ever writes are its own records on its own sheets.
 * One format for every host (Excel and WPS), so a workbook marked in one can be cleared in the other.
 */
import { parseA1 } from "../core/grid/grid";
import { HostError } from "./errors";
import { BACKUP_SHEET } from "./sheets";

/** A cell's fill in Office.js terms ("#RRGGBB", Excel.FillPattern names); pattern "None" means no fill at all (not white). */
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

export interface DecodedBackup {
  records: CellBackup[];
  /** Rows that are not a readable record (cut short, edited, not JSON): their cells cannot be put back. */
  damaged: number;
}

/**
 * Records from the backup sheet's values. A sheet of that name without our marker is someone
 * else's: refuse to touch it rather than restore or delete from it. A damaged row is counted, never
 * dropped silently, so the panel can say how many cells could not be restored.
 */
export function decodeBackup(values: readonly (readonly unknown[])[]): DecodedBackup {
  const first = values[0];
  const head = first ? parseJson(joinRow(first)) : undefined;
  if (!head || (head as { m?: unknown }).m !== MARKER) throw new HostError("write-failed", BACKUP_SHEET);
  const records: CellBackup[] = [];
  let damaged = 0;
  // Rows past the last record are not records (Excel's used range ends there anyway).
  let end = values.length;
  while (end > 1 && joinRow(values[end - 1] as readonly unknown[]) === "") end--;
  for (let i = 1; i < end; i++) {
    const record = decodeRow(values[i] as readonly unknown[]);
    if (record) records.push(record);
    else damaged++;
  }
  return { records, damaged };
}

/** One row's record, or undefined when any part of it is missing or malformed. */
function decodeRow(row: readonly unknown[]): CellBackup | undefined {
  // Our rows hold text only ("@" format): anything else was typed over a record.
  if (row.some((v) => v !== null && v !== "" && typeof v !== "string")) return undefined;
  const rec = parseJson(joinRow(row));
  if (typeof rec !== "object" || rec === null) return undefined;
  const r = rec as Partial<StoredRecord>;
  if (typeof r.s !== "string" || typeof r.c !== "string" || !parseA1(r.c) || !isFill(r.f)) return undefined;
  if (r.k !== undefined && typeof r.k !== "string") return undefined;
  if (r.n !== undefined && r.n !== null && typeof r.n !== "string") return undefined;
  const backup: CellBackup = { sheet: r.s, cell: r.c, fill: r.f };
  if (r.k !== undefined) backup.font = r.k;
  if (r.n !== undefined) backup.note = r.n;
  return backup;
}

function joinRow(row: readonly unknown[]): string {
  let s = "";
  for (const v of row) if (typeof v === "string") s += v;
  return s;
}

/** undefined for text that is not JSON, which decodeRow counts as a damaged row. */
function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isFill(f: unknown): f is FillState {
  return typeof f === "object" && f !== null && typeof (f as FillState).color === "string" && typeof (f as FillState).pattern === "string";
}

export function backupKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}
