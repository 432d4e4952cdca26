/** Shared vocabulary of the core: languages, severities, rule ids, findings and reports. */

export type Lang = "zh-CN" | "en-US";

export type Severity = "error" | "warning" | "info";

/** Stable rule ids (domain.md §5 plus the further rules). They appear in JSON reports and tests. */
export const RULE_IDS = [
  "low-execution",
  "unmet-target",
  "rate-mismatch",
  "total-mismatch",
  "weight-sum",
  "score-mismatch",
  "missing-explanation",
  "grade-mismatch",
  "target-exceeded",
  "non-numeric-actual",
  "unit-mismatch",
  "over-budget",
  "execution-cap",
  "rule-based-total",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** Message parameters: plain values, formatted per language by the message files. */
export type MessageParams = Record<string, string | number | undefined>;

/**
 * One problem at one cell. Plain data: `code` and `params` say what was found; `message` is the
 * text of `code` in the report's language, filled in by runAudit.
 */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell that carries the problem. */
  cell: string;
  /** 1-based sheet row and column of `cell`. */
  row: number;
  column: number;
  expected?: number | string;
  actual?: number | string;
  /** Message code: usually the rule id, or a more specific variant such as `score-mismatch.qualitative`. */
  code: string;
  params: MessageParams;
  message: string;
}

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
}

export interface AuditOptions {
  /** Execution below this fraction is `low-execution` (default 0.6). */
  lowRate: number;
  /** Execution below this fraction needs an explanation (default 0.9). */
  explainRate: number;
  /** A higher-is-better actual at or above this multiple of its target is `target-exceeded` (default 1.3). */
  exceedRatio: number;
  /** Rule ids to run; defaults to every rule that is on by default. */
  rules: readonly RuleId[];
  lang: Lang;
  /** Findings to leave out, by key (see findingKey). */
  accepted?: ReadonlySet<string>;
}
