/**
 * The AuditHost for Excel: the task pane's only door to Office.js. Every method checks the
 * requirement sets, then does its work in one Excel.run with a constant number of syncs.
 */
import type { CellRange, Grid } from "../core/grid/grid";
import type { Finding, Lang } from "../core/types";
import type { AcceptedFinding, AuditHost, AuditScope, HighlightOutcome, Progress, Settings } from "../taskpane/host";
import { runExcel, type BatchOptions } from "./batch";
import { exportFindingsIn } from "./export";
import { clearHighlightsIn, highlightIn, type ClearResult, type HighlightResult } from "./highlight";
import { readGridsIn } from "./read";
import { checkRequirements } from "./requirements";
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

/**
 * AuditHost plus what only Excel can tell: what a highlight could not do (no notes before
 * ExcelApi 1.18, cells with threaded comments, gradient fills) and the results sheet's name.
 */
export interface ExcelAuditHost extends AuditHost {
  markFindings(findings: Finding[], lang: Lang, onProgress?: (p: Progress) => void): Promise<HighlightResult>;
  unmarkFindings(): Promise<ClearResult>;
  exportFindingsToSheet(findings: Finding[], lang: Lang): Promise<string>;
  /** The outcome of the last highlight or clear, for a panel that only calls AuditHost methods. */
  readonly lastHighlight: HighlightResult | ClearResult | undefined;
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelAuditHost {
  // Merged areas from the last read, so a finding inside a merge marks the cell Excel shows.
  const merges = new Map<string, readonly CellRange[]>();
  let lastHighlight: HighlightResult | ClearResult | undefined;

  const markFindings = async (findings: Finding[], lang: Lang, onProgress?: (p: Progress) => void): Promise<HighlightResult> => {
    checkRequirements();
    const result = await runExcel("write-failed", "", (context) => highlightIn(context, findings, lang, { ...options, merges, onProgress }));
    lastHighlight = result;
    return result;
  };
  const unmarkFindings = async (): Promise<ClearResult> => {
    checkRequirements();
    const result = await runExcel("write-failed", "", (context) => clearHighlightsIn(context, options));
    lastHighlight = result;
    return result;
  };
  const exportFindingsToSheet = async (findings: Finding[], lang: Lang): Promise<string> => {
    checkRequirements();
    return runExcel("write-failed", "", (context) => exportFindingsIn(context, findings, lang, options));
  };

  return {
    get lastHighlight() {
      return lastHighlight;
    },
    async readGrids(scope: AuditScope, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<Grid[]> {
      checkRequirements();
      const grids = await runExcel("read-failed", "", (context) => readGridsIn(context, scope, { ...options, onProgress, signal }));
      for (const g of grids) merges.set(g.sheet, g.merges);
      return grids;
    },
    async selectCell(sheet: string, cell: string): Promise<void> {
      checkRequirements();
      await runExcel("read-failed", sheet, (context) => selectCellIn(context, sheet, cell));
    },
    async highlight(findings: Finding[], lang: Lang, onProgress?: (p: Progress) => void): Promise<HighlightOutcome> {
      return { warnings: (await markFindings(findings, lang, onProgress)).warnings };
    },
    async clearHighlights(): Promise<HighlightOutcome> {
      return { warnings: (await unmarkFindings()).warnings };
    },
    async exportFindings(findings: Finding[], lang: Lang): Promise<void> {
      await exportFindingsToSheet(findings, lang);
    },
    async loadSettings(): Promise<Partial<Settings>> {
      checkRequirements();
      return runExcel("read-failed", "", loadSettingsIn);
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
    markFindings,
    unmarkFindings,
    exportFindingsToSheet,
  };
}
