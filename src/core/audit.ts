import type { Grid } from "./grid/grid";
import type { AuditOptions, SheetReport } from "./types";

export const DEFAULT_OPTIONS: Omit<AuditOptions, "rules"> = {
  lowRate: 0.6,
  explainRate: 0.9,
  exceedRatio: 1.3,
  lang: "zh-CN",
};

/** Audits one sheet. Never throws for bad data; an unrecognised sheet gets layout "unrecognised". */
export function runAudit(grid: Grid, options: Partial<AuditOptions> = {}): SheetReport {
  void options;
  return { sheet: grid.sheet, layout: "unrecognised", blocks: [], findings: [], stats: { rowsScanned: 0, errors: 0, warnings: 0, infos: 0 } };
}
