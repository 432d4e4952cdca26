import type { Grid } from "../grid/grid";
import type { AmountRow, SheetModel } from "../layouts/blocks";
import { tolerance, type Num } from "../layouts/read";
import type { FindingCode } from "../messages";
import { roundNoise } from "../parse/number";
import type { AuditOptions, MessageParams, RuleId, Severity } from "../types";

/** What a rule reports: plain data; runAudit adds the rule id, address and message text. */
export interface RawFinding {
  code: FindingCode;
  row: number;
  col: number;
  params: MessageParams;
  /** Overrides the rule's default severity (weights off the default are only a warning, say). */
  severity?: Severity;
  expected?: number | string;
  actual?: number | string;
}

export interface RuleContext {
  grid: Grid;
  model: SheetModel;
  options: AuditOptions;
}

/** One check. Rules are plain objects listed explicitly in rules/index.ts; nothing registers itself. */
export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** Off-by-default rules (the execution-rate cap) run only when asked for. */
  defaultOn: boolean;
  check(ctx: RuleContext): RawFinding[];
}

/** True when a stated figure is further from the computed one than its shown rounding allows. */
export function differs(stated: Num, computed: number): boolean {
  return Math.abs(stated.value - computed) > tolerance(stated.decimals);
}

/** A stated rate as a fraction: 75.54 under a General format next to amounts means 75.54%. */
export function statedRate(rate: Num, computed: number | null): Num {
  if (!rate.percent && rate.value > 1.5 && (computed === null || computed <= 1.5)) {
    return { ...rate, value: roundNoise(rate.value / 100), decimals: rate.decimals + 2, percent: true };
  }
  return rate;
}

/** 执行数 ÷ 预算数 of an amount row; null when there is no budget to divide by. */
export function computedRate(row: AmountRow): number | null {
  if (!row.budget || row.budget.value === 0 || !row.actual || row.unitClash) return null;
  // Without roundNoise 4.02 ÷ 6.7 is 0.5999999999999999, and an exact 60% would read as low.
  return roundNoise(row.actual.value / row.budget.value);
}

/** The execution rate of a row: computed from its amounts, else as stated. */
export function effectiveRate(row: AmountRow): number | null {
  const c = computedRate(row);
  if (c !== null) return c;
  if (row.rate && (!row.budget || row.budget.value !== 0)) return statedRate(row.rate, null).value;
  return null;
}

/** Where to point for a row's execution problems: the rate cell, else the actual, else the budget. */
export function rateCell(row: AmountRow): { row: number; col: number } | null {
  const n = row.rate ?? row.actual ?? row.budget;
  return n ? { row: n.row, col: n.col } : null;
}
