/**
 * The AuditHost for Excel: the task pane's only door to Office.js. Every method checks the
 * requirement sets, then does its work in one Excel.run with a constant number of syncs.
 */
import type { CellRange, Grid } from "../core/grid/grid";
import type { Finding, Lang } from "../core/types";
import type { AcceptedFinding, AuditHost, AuditScope, HighlightOutcome, Progress, Settings } from "../host";
import { watchActiveSheetIn } from "./active-sheet";
import { runExcel, type BatchOptions } from "./batch";
import { exportFindingsIn } from "./export";
import { clearHighlightsIn, highlightIn } from "./highlight";
import { readGridsIn } from "./read";
import { saveFileAsDownload } from "./save-file";
import { checkRequirements, missingRequirements } from "./requirements";
import { selectCellIn } from "./select";
import { loadAcceptedIn, loadSettingsIn, saveAcceptedIn, saveSettingsIn } from "./settings";

export interface ExcelHostOptions extends BatchOptions {
  /** Refuse sheets whose used range has more cells (default MAX_SHEET_CELLS). */
  maxCells?: number;
  /** Cells per read chunk (default CHUNK_CELLS). */
  chunkCells?: number;
  /** Estimated response bytes per cell read (default READ_BYTES_PER_CELL). */
  bytesPerCell?: number;
}

export function createExcelHost(options: ExcelHostOptions = {}): AuditHost {
  // Merged areas from the last read, so a finding inside a merge marks the cell Excel shows.
  const merges = new Map<string, readonly CellRange[]>();
  // One onActivated handler for the pane's lifetime, whoever listens; a failed registration is tried again by the next listener.
  const sheetListeners = new Set<(sheet: string) => void>();
  let watching: Promise<void> | undefined;
  let activeSheet: string | undefined;
  const sheetActivated = (sheet: string): void => {
    activeSheet = sheet;
    for (const listener of sheetListeners) listener(sheet);
  };

  return {
    async readGrids(scope: AuditScope, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<Grid[]> {
      checkRequirements();
      const grids = await runExcel("read-failed", "", (context) => readGridsIn(context, scope, { ...options, onProgress, signal }));
      for (const g of grids) merges.set(g.sheet, g.merges);
      return grids;
    },
    watchActiveSheet(onChange: (sheet: string) => void): () => void {
      sheetListeners.add(onChange);
      if (activeSheet !== undefined) onChange(activeSheet);
      if (!watching && missingRequirements().length === 0) {
        watching = runExcel("read-failed", "", (context) => watchActiveSheetIn(context, sheetActivated)).catch(() => {
          watching = undefined;
        });
      }
      return () => void sheetListeners.delete(onChange);
    },
    async selectCell(sheet: string, cell: string): Promise<void> {
      checkRequirements();
      await runExcel("read-failed", sheet, (context) => selectCellIn(context, sheet, cell));
    },
    async highlight(findings: Finding[], lang: Lang, onProgress?: (p: Progress) => void): Promise<HighlightOutcome> {
      checkRequirements();
      return runExcel("write-failed", "", (context) => highlightIn(context, findings, lang, { ...options, merges, onProgress }));
    },
    async clearHighlights(): Promise<HighlightOutcome> {
      checkRequirements();
      return runExcel("write-failed", "", (context) => clearHighlightsIn(context, options));
    },
    async exportFindings(findings: Finding[], lang: Lang): Promise<void> {
      checkRequirements();
      await runExcel("write-failed", "", (context) => exportFindingsIn(context, findings, lang, options));
    },
    async loadSettings(): Promise<Partial<Settings>> {
      checkRequirements();
      return runExcel("read-failed", "", loadSettingsIn);
    },
    async saveFile(name: string, bytes: Uint8Array, mime: string): Promise<void> {
      saveFileAsDownload(name, bytes, mime);
    },
    async saveSettings(settings: Settings): Promise<void> {
      checkRequirements();
      await runExcel("write-failed", "", (context) => saveSettingsIn(context, settings));
    },
    async loadAccepted(): Promise<AcceptedFinding[]> {
      checkRequirements();
      return runExcel("read-failed", "", loadAcceptedIn);
    },
    async saveAccepted(accepted: AcceptedFinding[]): Promise<void> {
      checkRequirements();
      await runExcel("write-failed", "", (context) => saveAcceptedIn(context, accepted));
    },
  };
}
