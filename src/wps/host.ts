/**
 * The AuditHost for WPS 表格: the task pane's only door to the ET object model. The model is
 * synchronous and in-process, so each method does its work directly; failures become HostErrors.
 */
import { parseA1, type CellRange, type Grid } from "../core/grid/grid";
import type { Finding, Lang } from "../core/types";
import { HostError, toHostError, type AcceptedFinding, type AuditHost, type AuditScope, type HighlightOutcome, type HostErrorCode, type Progress, type Settings } from "../host";
import { activeWorkbook, etApplication } from "./app";
import { SHEET_VISIBLE, type EtApplication } from "./et";
import { exportFindingsIn } from "./export";
import { clearHighlightsIn, highlightIn } from "./highlight";
import { sheetsByName } from "./own-sheets";
import { readGridsFrom } from "./read";
import { loadAcceptedFrom, loadSettingsFrom, saveAcceptedTo, saveSettingsTo } from "./settings";

export interface WpsHostOptions {
  /** The ET Application; by default the page's (window.Application, else wps.EtApplication()). */
  application?: () => EtApplication;
  maxCells?: number;
}

async function run<T>(fallback: HostErrorCode, detail: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toHostError(e, fallback, e instanceof HostError ? undefined : detail || undefined);
  }
}

export function selectCellIn(app: EtApplication, sheet: string, cell: string): void {
  if (!parseA1(cell)) throw new HostError("unknown", `${sheet}!${cell}`);
  const ws = sheetsByName(activeWorkbook(app)).get(sheet);
  // Renamed or deleted since the audit, or hidden (WPS cannot activate it).
  if (!ws || ws.Visible !== SHEET_VISIBLE) throw new HostError("read-failed", sheet);
  ws.Activate();
  ws.Range(cell).Select();
}

export function createWpsHost(options: WpsHostOptions = {}): AuditHost {
  const app = options.application ?? etApplication;
  // Merged areas from the last read, so a finding inside a merge marks the cell WPS shows.
  const merges = new Map<string, readonly CellRange[]>();

  return {
    async readGrids(scope: AuditScope, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<Grid[]> {
      const grids = await run("read-failed", "", () => readGridsFrom(app(), scope, { onProgress, signal, maxCells: options.maxCells }));
      for (const g of grids) merges.set(g.sheet, g.merges);
      return grids;
    },
    selectCell: (sheet: string, cell: string): Promise<void> => run("read-failed", sheet, () => selectCellIn(app(), sheet, cell)),
    highlight: (findings: Finding[], lang: Lang, onProgress?: (p: Progress) => void): Promise<HighlightOutcome> =>
      run("write-failed", "", () => highlightIn(app(), findings, lang, { merges, onProgress })),
    clearHighlights: (): Promise<HighlightOutcome> => run("write-failed", "", () => clearHighlightsIn(app())),
    exportFindings: async (findings: Finding[], lang: Lang): Promise<void> => {
      await run("write-failed", "", () => exportFindingsIn(app(), findings, lang));
    },
    loadSettings: (): Promise<Partial<Settings>> => run("read-failed", "", () => loadSettingsFrom(app())),
    saveSettings: (settings: Settings): Promise<void> => run("write-failed", "", () => saveSettingsTo(app(), settings)),
    loadAccepted: (): Promise<AcceptedFinding[]> => run("read-failed", "", () => loadAcceptedFrom(app())),
    saveAccepted: (accepted: AcceptedFinding[]): Promise<void> => run("write-failed", "", () => saveAcceptedTo(app(), accepted)),
  };
}
