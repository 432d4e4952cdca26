/**
 * The account of what was recognised on a sheet, as data: each block, its header rows, each column's role,
 * and how each row was read; for a sheet that could not be read, why. Hosts render it (jixiao audit --explain).
 */
import type { Grid } from "../grid/grid";
import { wordsFor, type Role } from "../vocabulary";
import type { HeaderCell, SheetModel, UnreadBlock } from "./blocks";
import { detectBlocks, type ColumnMap } from "./detect";

export type RowReading = "item" | "category" | "subtotal" | "total" | "placeholder" | "explanation" | "grade";

export interface BlockAccount {
  kind: "line-items" | "funds" | "indicators";
  headerRows: number[];
  lastRow: number;
  columns: HeaderCell[];
  rows: { row: number; as: RowReading }[];
}

export interface SheetAccount {
  sheet: string;
  blocks: BlockAccount[];
  unread: UnreadBlock[];
  /** Set when no block was found: no header row at all, with the words that were looked for. */
  noHeader: { lookedFor: Partial<Record<Role, string[]>> } | null;
}

/** The words a user can put in a header so that the sheet is read, per role the layouts need. */
const NEEDED_ROLES: Role[] = ["budget", "amountActual", "rate", "target", "indicatorActual", "weight", "score"];

export function explainModel(grid: Grid, model: SheetModel): SheetAccount {
  const blocks: BlockAccount[] = model.blocks.map((b) => {
    const rows: { row: number; as: RowReading }[] = [];
    if (b.kind === "indicators") {
      for (const r of b.rows) rows.push({ row: r.row, as: "item" });
      for (const t of b.totals ?? (b.total ? [b.total] : [])) rows.push({ row: t.row, as: "total" });
      for (const p of b.placeholders ?? []) rows.push({ row: p, as: "placeholder" });
      if (b.explanationRow) rows.push({ row: b.explanationRow.row, as: "explanation" });
      if (b.grade) rows.push({ row: b.grade.row, as: "grade" });
    } else {
      for (const r of b.rows) rows.push({ row: r.row, as: r.kind });
    }
    rows.sort((x, y) => x.row - y.row);
    return { kind: b.kind, headerRows: b.headerRows ?? [b.headerRow], lastRow: b.lastRow ?? rows[rows.length - 1]?.row ?? b.headerRow, columns: b.headerCells ?? [], rows };
  });
  let noHeader: SheetAccount["noHeader"] = null;
  if (blocks.length === 0 && (model.unread ?? []).length === 0) {
    const lookedFor: Partial<Record<Role, string[]>> = {};
    for (const role of NEEDED_ROLES) lookedFor[role] = wordsFor(role).slice(0, 6);
    noHeader = { lookedFor };
  }
  return { sheet: grid.sheet, blocks, unread: model.unread ?? [], noHeader };
}

export function explainSheet(grid: Grid, map?: ColumnMap): SheetAccount {
  return explainModel(grid, detectBlocks(grid, map ? { map } : {}));
}
