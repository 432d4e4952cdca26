import { indicatorRows } from "../layouts/access";
import type { RawFinding, Rule } from "./rule";

/**
 * Parts of a sheet that were not audited, so a form is never called clean for what was not read: a header
 * whose words name a layout but not enough of it, and an indicator block never filled in.
 */
export const recognition: Rule = {
  id: "recognition",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ grid, model }) {
    const out: RawFinding[] = [];
    for (const u of model.unread ?? []) {
      out.push({ code: "recognition.block-not-read", row: u.row, col: grid.firstCol, params: { expected: u.expected, found: u.found, missing: u.missing } });
    }
    for (const block of model.blocks) {
      const rows = indicatorRows(block).filter((r) => r.target !== null || r.weight !== null);
      if (rows.length === 0 || !rows.every((r) => r.actual === null && r.score === null && !r.status)) continue;
      const col = block.columns.indicatorActual ?? block.columns.score ?? block.columns.target ?? grid.firstCol;
      out.push({ code: "recognition.not-filled", row: block.headerRow, col, params: { rows: rows.length } });
    }
    return out;
  },
};
