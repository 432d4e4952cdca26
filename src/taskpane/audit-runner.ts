/** Runs the core audit over the sheets a host read, one sheet per turn of the event loop. */
import { runAudit, type AuditOptions } from "../core/audit";
import type { Grid } from "../core/grid/grid";
import type { SheetReport } from "../core/types";
import { HostError, withSheetMapping, type ColumnMaps, type Progress } from "../host";

/** Lets the browser paint the progress bar and deliver a click on Cancel. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Audits each grid with runAudit, reporting `{phase: "auditing", done, total, sheet}` before each sheet
 * and once more when all are done. Rejects with HostError("cancelled") as soon as `signal` aborts.
 * `maps`: column roles picked per sheet, each sheet audited with its own.
 */
export async function auditGrids(
  grids: readonly Grid[],
  options: AuditOptions,
  onProgress: (p: Progress) => void,
  signal: AbortSignal,
  maps?: ColumnMaps,
): Promise<SheetReport[]> {
  const total = grids.length;
  const reports: SheetReport[] = [];
  for (const [i, grid] of grids.entries()) {
    if (signal.aborted) throw new HostError("cancelled");
    onProgress({ phase: "auditing", done: i, total, sheet: grid.sheet });
    await nextTurn();
    if (signal.aborted) throw new HostError("cancelled");
    reports.push(runAudit(grid, withSheetMapping(options, maps, grid.sheet)));
  }
  onProgress({ phase: "auditing", done: total, total });
  return reports;
}
