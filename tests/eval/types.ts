/** What an evaluation case claims: the findings a reviewer expects, the ones that would be false alarms, and the layout. */
import type { ColumnMap } from "../../src/core/layouts/detect";
import type { AuditSettings, LayoutKind, RuleId, Severity } from "../../src/core/types";
import type { SheetSpec } from "../helpers/grid";
import type { ClassId } from "./classes";

/** A finding by rule, sheet and cell (and code, when the code matters). `row` instead of `cell`: any cell of that row. */
export interface Expectation {
  rule: RuleId;
  /** Defaults to the case's first sheet. */
  sheet?: string;
  cell?: string;
  row?: number;
  code?: string;
  /** Only findings of this severity (weights off the default split are a warning, never an error). */
  severity?: Severity;
  /** Why a reviewer expects it (printed with a miss). */
  why?: string;
}

/** A finding that must not appear. Without cell and row: no finding of that rule (and code) on the sheet at all. */
export type MustNot = Expectation;

export interface EvalCase {
  id: string;
  /** Issue 9 classes this workbook is a variant of. */
  classes: ClassId[];
  title: string;
  sheets: SheetSpec[];
  /** Rules the case judges besides those it expects: their findings, if not expected, are false alarms. */
  judges?: RuleId[];
  expect: Expectation[];
  mustNot?: MustNot[];
  /** Findings that are right but not required (neither a miss when absent nor a false alarm when present). */
  allowed?: Expectation[];
  /** Layout each sheet must be recognised as, by sheet name. */
  layouts?: Record<string, LayoutKind>;
  settings?: Partial<AuditSettings>;
  /** Column roles, as `--map` gives them, by sheet name. */
  maps?: Record<string, ColumnMap>;
}

/** One finding as the scorer sees it. */
export interface Found {
  rule: string;
  sheet: string;
  cell: string;
  row: number;
  code: string;
  severity: Severity;
}

/** What the audit of one case returned. */
export interface CaseResult {
  findings: Found[];
  layouts: Record<string, LayoutKind>;
  /** An input error instead of a report. */
  error?: string;
}
