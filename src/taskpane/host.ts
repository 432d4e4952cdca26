/**
 * What the checker panel needs from wherever the workbook lives. Excel implements it with
 * Office.js (src/excel), the web checker with ExcelJS in the page. The panel's components
 * and hooks only ever talk to this interface.
 */
import type { Grid } from "../core/grid/grid";
import type { Finding, Lang, RuleId } from "../core/types";

export type AuditScope = "sheet" | "workbook";

export interface Progress {
  phase: "reading" | "auditing" | "highlighting";
  /** Units done and total (sheets, or row chunks while reading). */
  done: number;
  total: number;
  sheet?: string;
}

/** Audit settings kept with the workbook, so the next person gets the same audit. */
export interface Settings {
  lowRate: number;
  explainRate: number;
  rules: RuleId[];
}

/** A finding someone chose to accept (ignore), kept with the workbook. */
export interface AcceptedFinding {
  /** findingKey() of the finding. */
  key: string;
  rule: RuleId;
  sheet: string;
  cell: string;
  message: string;
  reason: string;
  /** ISO time it was accepted. */
  at: string;
}

export type HostErrorCode =
  | "protected"
  | "too-large"
  | "unsupported"
  | "cancelled"
  | "no-workbook"
  | "read-failed"
  | "write-failed"
  | "unknown";

/** A failure the panel shows as a MessageBar, in the user's language, never a silent console.log. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  /** Sheet, requirement set or size involved, for the message. */
  readonly detail: string;

  constructor(code: HostErrorCode, detail = "", cause?: unknown) {
    super(`${code}${detail ? `: ${detail}` : ""}`);
    this.name = "HostError";
    this.code = code;
    this.detail = detail;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
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
  | { code: "gradient-fill"; sheet: string; cell: string };

export interface HighlightOutcome {
  warnings: HighlightWarning[];
}

export interface AuditHost {
  /** Reads the sheets in scope as Grids. Rejects with HostError("cancelled") when the signal aborts. */
  readGrids(scope: AuditScope, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<Grid[]>;
  /** Shows a cell: selects it in Excel, scrolls the preview on the web. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Marks findings (fill by severity plus a note), replacing any earlier marks. Never writes values. */
  highlight(findings: Finding[], lang: Lang, onProgress?: (p: Progress) => void): Promise<HighlightOutcome>;
  /** Puts back exactly the fill, font colour and notes each marked cell had. */
  clearHighlights(): Promise<HighlightOutcome>;
  /** Writes the findings to a 审核结果 sheet (or a download), with links to the cells. */
  exportFindings(findings: Finding[], lang: Lang): Promise<void>;
  loadSettings(): Promise<Partial<Settings>>;
  saveSettings(settings: Settings): Promise<void>;
  loadAccepted(): Promise<AcceptedFinding[]>;
  saveAccepted(accepted: AcceptedFinding[]): Promise<void>;
}
