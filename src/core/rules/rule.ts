import type { Evaluation } from "../formula/computed";
import type { Grid } from "../grid/grid";
import type { SheetModel } from "../layouts/blocks";
import type { AuditSettings, Detail, FindingCode, RuleId, Severity } from "../types";

/** What a rule reports: a code with its typed parameters at a cell; runAudit adds the rule id and the address. */
export type RawFinding<C extends FindingCode = FindingCode> = Detail<C> & { row: number; col: number };

export interface RuleContext {
  grid: Grid;
  model: SheetModel;
  settings: AuditSettings;
  /** Formulas saved without results that the audit computed (their values are in `grid`) or could not. */
  evaluation?: Evaluation;
}

/** One check. Rules are plain objects listed explicitly in rules/index.ts; nothing registers itself. */
export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** Off-by-default rules (the execution-rate cap) run only when asked for. */
  defaultOn: boolean;
  check(ctx: RuleContext): RawFinding[];
}
