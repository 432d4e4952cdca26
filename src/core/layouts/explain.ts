/**
 * The account of what was recognised on a sheet, as data: each block, its header rows, each column's role,
 * and how each row was read; for a sheet that could not be read, why. Hosts render it (jixiao audit --explain,
 * the panel's 识别结果). Plain data, and compact: rows read the same way in a run are one range, so a
 * 50,000-row table is a handful of entries.
 */
import type { Grid } from "../grid/grid";
import { wordsFor, type Role } from "../vocabulary";
import type { Block, HeaderCell, IndicatorBlock, SheetModel, UnreadBlock } from "./blocks";
import { detectBlocks, type ColumnMap } from "./detect";

export type RowReading = "item" | "category" | "subtotal" | "total" | "placeholder" | "explanation" | "grade";

/** Rows `from`…`to` (1-based, inclusive) were all read as `as`. */
export interface RowRange {
  as: RowReading;
  from: number;
  to: number;
}

export interface BlockAccount {
  kind: "line-items" | "funds" | "indicators";
  headerRows: number[];
  lastRow: number;
  columns: HeaderCell[];
  /** In row order. */
  rows: RowRange[];
}

export interface SheetAccount {
  sheet: string;
  blocks: BlockAccount[];
  unread: UnreadBlock[];
  /** Set when no block was found: no header row at all, with the words that were looked for. */
  noHeader: { lookedFor: Partial<Record<Role, string[]>> } | null;
  /**
   * Where nothing was read: the text cells of the first rows that could be a header, so a user can say what
   * each column holds (role null: nothing recognised).
   */
  candidates?: HeaderCell[];
}

/** The words a user can put in a header so that the sheet is read, per role the layouts need. */
const NEEDED_ROLES: Role[] = ["budget", "amountActual", "rate", "target", "indicatorActual", "weight", "score"];
/** How far down, and how many rows, to look for text a user could name as a header. */
const CANDIDATE_SCAN_ROWS = 30;
const CANDIDATE_ROWS = 3;
const CANDIDATE_COLS = 40;

/** 4–6, or 9 for a range of one row. */
export function rowRangeText(r: RowRange): string {
  return r.to > r.from ? `${r.from}–${r.to}` : `${r.from}`;
}

/** Adds a row to runs of consecutive rows read the same way (rows come in row order). */
function extend(out: RowRange[], row: number, as: RowReading): void {
  const last = out[out.length - 1];
  if (last && last.as === as && last.to + 1 === row) last.to = row;
  else out.push({ as, from: row, to: row });
}

function rangesOf(b: Block): RowRange[] {
  const out: RowRange[] = [];
  // An amount block's rows are in row order already: no list of them is built, however long the table.
  if (b.kind !== "indicators") for (const r of b.rows) extend(out, r.row, r.kind);
  else for (const r of indicatorReadings(b)) extend(out, r.row, r.as);
  return out;
}

function indicatorReadings(b: IndicatorBlock): { row: number; as: RowReading }[] {
  const rows: { row: number; as: RowReading }[] = b.rows.map((r) => ({ row: r.row, as: "item" as const }));
  for (const t of b.totals ?? (b.total ? [b.total] : [])) rows.push({ row: t.row, as: "total" });
  for (const p of b.placeholders ?? []) rows.push({ row: p, as: "placeholder" });
  if (b.explanationRow) rows.push({ row: b.explanationRow.row, as: "explanation" });
  if (b.grade) rows.push({ row: b.grade.row, as: "grade" });
  return rows.sort((x, y) => x.row - y.row);
}

/** The text cells of the first rows with two or more short texts: where a header would be. */
function candidateCells(grid: Grid): HeaderCell[] {
  const out: HeaderCell[] = [];
  let rows = 0;
  for (let r = grid.firstRow; r <= Math.min(grid.lastRow, grid.firstRow + CANDIDATE_SCAN_ROWS) && rows < CANDIDATE_ROWS; r++) {
    const cells: HeaderCell[] = [];
    for (let c = grid.firstCol; c <= Math.min(grid.lastCol, grid.firstCol + CANDIDATE_COLS); c++) {
      if (grid.isMergedFollower(r, c)) continue;
      const v = grid.raw(r, c);
      if (typeof v === "string" && v.trim() !== "" && v.length <= 30) cells.push({ row: r, col: c, text: v, role: null });
    }
    if (cells.length < 2) continue;
    out.push(...cells);
    rows++;
  }
  return out;
}

export function explainModel(grid: Grid, model: SheetModel): SheetAccount {
  const blocks: BlockAccount[] = model.blocks.map((b) => {
    const rows = rangesOf(b);
    return { kind: b.kind, headerRows: b.headerRows ?? [b.headerRow], lastRow: b.lastRow ?? rows[rows.length - 1]?.to ?? b.headerRow, columns: b.headerCells ?? [], rows };
  });
  const unread = model.unread ?? [];
  let noHeader: SheetAccount["noHeader"] = null;
  if (blocks.length === 0 && unread.length === 0) {
    const lookedFor: Partial<Record<Role, string[]>> = {};
    for (const role of NEEDED_ROLES) lookedFor[role] = wordsFor(role).slice(0, 6);
    noHeader = { lookedFor };
  }
  const account: SheetAccount = { sheet: grid.sheet, blocks, unread, noHeader };
  if (noHeader) {
    const candidates = candidateCells(grid);
    if (candidates.length > 0) account.candidates = candidates;
  }
  return account;
}

export function explainSheet(grid: Grid, map?: ColumnMap): SheetAccount {
  return explainModel(grid, detectBlocks(grid, map ? { map } : {}));
}
