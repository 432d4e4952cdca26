/**
 * What the checker panel needs from wherever the workbook lives. Excel implements it with Office.js
 * (src/excel), the web checker over the file in the page (src/web); WPS will over its object model.
 * The panel's components and hooks only ever talk to this interface.
 *
 * A host audits in one of two ways. By default the panel calls `readGrids` and runs the core audit
 * itself, a sheet per turn of the event loop (Excel: the sheets come from Office.js anyway). A host
 * that can audit somewhere else implements `audit` too, and the panel then calls only that: the web
 * checker reads and audits in a Web Worker, so a 50,000-row file never holds the page's main thread.
 */
import type { Grid } from "../core/grid/grid";
import type { Finding, Lang, RuleId, SheetReport } from "../core/types";
import type { Settings } from "./settings";

export type { Settings };

export type AuditScope = "sheet" | "workbook";

export interface Progress {
  phase: "reading" | "auditing" | "highlighting";
  /** Units done and total (sheets, or row chunks while reading). */
  done: number;
  total: number;
  sheet?: string;
}

/**
 * A finding someone chose to accept (ignore), kept with the workbook as data, never as text: the
 * panel shows it in the viewer's language.
 */
export interface AcceptedFinding {
  /** findingKey() of the finding (legacyFindingKey() in lists saved by version 0.1). */
  key: string;
  rule: RuleId;
  sheet: string;
  cell: string;
  /** The finding itself, to show it when the current audit no longer reports it. */
  finding?: Finding;
  /** Text saved by version 0.1, which stored no finding data: shown only when nothing better is known. */
  savedText?: string;
  reason: string;
  /** ISO time it was accepted. */
  at: string;
}

/** What a highlight or clear could not do, so the panel can say so instead of failing silently. */
export type HighlightWarning =
  /** Excel lacks ExcelApi 1.18: cells got a fill but no note. */
  | { code: "notes-unsupported" }
  /** A finding's sheet no longer exists (renamed or deleted since the audit). */
  | { code: "missing-sheet"; sheet: string }
  /** The cell has a threaded comment, which cannot coexist with a note: fill only. */
  | { code: "comment-cell"; sheet: string; cell: string }
  /** The cell has a gradient fill, which Office.js cannot put back: note only. */
  | { code: "gradient-fill"; sheet: string; cell: string }
  /** Cells whose saved original format could not be read back, so clearing left them as they were. */
  | { code: "backup-damaged"; count: number };

export interface HighlightOutcome {
  warnings: HighlightWarning[];
}

export interface AuditHost {
  /** Reads the sheets in scope as Grids. Rejects with HostError("cancelled") when the signal aborts. */
  readGrids(scope: AuditScope, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<Grid[]>;
  /**
   * Optional: reads and audits the sheets in scope with these settings wherever the host likes (the web
   * checker: in a Web Worker), reporting progress like readGrids and the panel's own audit do. When
   * present the panel uses it instead of readGrids. Settings go in and reports come back as plain data
   * (structured-clone safe). Rejects with HostError("cancelled") when the signal aborts.
   */
  audit?(scope: AuditScope, settings: Settings, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<SheetReport[]>;
  /**
   * Optional: calls onChange with the name of the sheet the user is on, now and whenever they switch
   * sheets, so 识别结果 follows it. Returns a function that stops the calls. Hosts without it (the web
   * page passes the previewed sheet itself) leave 识别结果 on the sheet picked in its list.
   */
  watchActiveSheet?(onChange: (sheet: string) => void): () => void;
  /** Shows a cell: selects it in Excel, scrolls the preview on the web. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Marks findings (fill by severity plus a note), replacing any earlier marks. Never writes values. */
  highlight(findings: Finding[], lang: Lang, onProgress?: (p: Progress) => void): Promise<HighlightOutcome>;
  /** Puts back exactly the fill, font colour and notes each marked cell had. */
  clearHighlights(): Promise<HighlightOutcome>;
  /** Writes the findings to a 审核结果 sheet (or a download), with links to the cells. */
  exportFindings(findings: Finding[], lang: Lang): Promise<void>;
  /**
   * Optional: hands a file the panel made (the 自评报告 draft) to the user, as a download or a save
   * dialog. Hosts without it get no «生成自评报告草稿» button. Rejects with a HostError when it cannot.
   */
  saveFile?(name: string, bytes: Uint8Array, mime: string): Promise<void>;
  loadSettings(): Promise<Partial<Settings>>;
  saveSettings(settings: Settings): Promise<void>;
  loadAccepted(): Promise<AcceptedFinding[]>;
  saveAccepted(accepted: AcceptedFinding[]): Promise<void>;
}
