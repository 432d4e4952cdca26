/** Shared vocabulary of the core: languages, severities, rule ids, findings, reports and audit settings. */
import type { Finding, RuleId } from "./findings";
import type { SheetAccount } from "./layouts/explain";

export * from "./findings";

export type Lang = "zh-CN" | "en-US";

export type LayoutKind = "line-items" | "self-evaluation" | "indicators" | "mixed" | "unrecognised" | "empty";

export interface BlockSummary {
  kind: "line-items" | "funds" | "indicators";
  /** 1-based header row and the last data row of the block. */
  headerRow: number;
  lastRow: number;
  rows: number;
}

export interface SheetReport {
  sheet: string;
  layout: LayoutKind;
  blocks: BlockSummary[];
  findings: Finding[];
  stats: { rowsScanned: number; errors: number; warnings: number; infos: number };
  /** What was recognised and how (识别结果): from the same detection the rules read. */
  account?: SheetAccount;
}

/** The thresholds rules read. Hosts store a subset of these with the workbook (host/settings). */
export interface AuditSettings {
  /** Execution below this fraction is `low-execution` (default 0.6). */
  lowRate: number;
  /** Execution below this fraction needs an explanation (default 0.9). */
  explainRate: number;
  /** A higher-is-better actual at or above this multiple of its target is `target-exceeded` (default 1.3). */
  exceedRatio: number;
  /**
   * The step stated scores are rounded to: 0.01 (two decimals, what forms print), 0.1, or 1 where a locality
   * rounds to whole points (86% execution → 9). A score off the rule result by more than half a step is a finding.
   */
  scoreTolerance: number;
  /** The execution score's weight when the form does not state it (default 10). */
  executionWeight: number;
}

export const DEFAULT_AUDIT_SETTINGS: Readonly<AuditSettings> = { lowRate: 0.6, explainRate: 0.9, exceedRatio: 1.3, scoreTolerance: 0.01, executionWeight: 10 };

export type { RuleId };
