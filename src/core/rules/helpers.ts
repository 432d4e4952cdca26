/** What several rules compute the same way. Rules import from here, never from each other. */
import { breakdownFamily, executionScoreRow, headTotals, indicatorRows, mainScoreTotal, scoreTotals, statedExecutionWeight } from "../layouts/access";
import type { AmountRow, Block, IndicatorRow, SheetModel } from "../layouts/blocks";
import { tolerance, type Num } from "../layouts/read";
import { roundNoise } from "../parse/number";
import { classifyBand } from "../parse/target";
import { executionScore } from "../scoring/scoring";
import type { Band } from "../types";

/** True when a stated figure is further from the computed one than its shown rounding allows. */
export function differs(stated: Num, computed: number): boolean {
  return Math.abs(stated.value - computed) > tolerance(stated.decimals);
}

/**
 * True when a stated score is off the rule result by more than half the score step (settings.scoreTolerance:
 * 0.01 by default, whatever the cell shows, so 4 where the rules give 3.75 is always a finding).
 */
export function scoreDiffers(stated: Num, computed: number, step: number): boolean {
  return Math.abs(stated.value - computed) > step / 2 + 1e-9;
}

/** A stated rate as a fraction: 75.54 under a General format next to amounts means 75.54%. */
export function statedRate(rate: Num, computed: number | null): Num {
  if (!rate.percent && rate.value > 1.5 && (computed === null || computed <= 1.5)) {
    return { ...rate, value: roundNoise(rate.value / 100), decimals: rate.decimals + 2, percent: true };
  }
  return rate;
}

/** Decimals a stated rate shows as a percentage: 0.7554 under 0.00% shows two. */
export function percentDecimals(rate: Num): number {
  return Math.max(0, rate.percent ? rate.decimals - 2 : rate.decimals);
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

/** The 年度资金总额 row of the self-evaluation form's funds block, if the sheet has one (the first, where projects are stacked). */
export function fundsOf(model: SheetModel): AmountRow | null {
  for (const b of model.blocks) {
    const row = executionScoreRow(b);
    if (row) return row;
  }
  return null;
}

/** The blocks that carry an execution weight or score (funds blocks), in sheet order. */
export function fundsBlocks(model: SheetModel): Block[] {
  return model.blocks.filter((b) => executionScoreRow(b) !== null).sort((a, b) => a.headerRow - b.headerRow);
}

/**
 * The funds block of a block's own project: the sheet's only one; where projects are stacked, the nearest one
 * above the block with no other indicator block between (else the nearest one below it, likewise).
 */
export function projectFunds(model: SheetModel, block: Block): Block | null {
  const funds = fundsBlocks(model);
  if (funds.length <= 1) return funds[0] ?? null;
  const others = model.blocks.filter((b) => b !== block && indicatorRows(b).length > 0).map((b) => b.headerRow);
  const between = (a: number, b: number): boolean => others.some((r) => r > Math.min(a, b) && r < Math.max(a, b));
  const above = funds.filter((f) => f.headerRow < block.headerRow && !between(f.headerRow, block.headerRow));
  const below = funds.filter((f) => f.headerRow > block.headerRow && !between(f.headerRow, block.headerRow));
  return above[above.length - 1] ?? below[0] ?? null;
}

/** The 年度资金总额 row of a block's own project (see projectFunds). */
export function projectFundsRow(model: SheetModel, block: Block): AmountRow | null {
  const funds = projectFunds(model, block);
  return funds ? executionScoreRow(funds) : null;
}

/** Where a funds block's execution is scored, and the rate its money rows give. */
export interface ExecutionBasis {
  /** The row that carries the execution weight and score (the funds block's 年度资金总额). */
  row: AmountRow;
  /** The block's score column (得分), if it has one. */
  scoreCol: number | undefined;
  /** 执行数 ÷ 预算数: of the row itself, else of the rows under it. */
  rate: number;
  /** The row was left at 0 or blank, and the rate comes from the first breakdown under it that holds money. */
  fromParts: boolean;
}

/**
 * The execution rate of a funds block: the 年度资金总额 row's own; when that row is left at 0 or blank above
 * the rows that hold the money (其中：当年财政拨款 120 | 118.5 | 117.2), the first breakdown under it that has a budget.
 */
export function executionBasis(b: Block): ExecutionBasis | null {
  const row = executionScoreRow(b);
  if (!row) return null;
  const own = computedRate(row);
  if (own !== null) return { row, scoreCol: b.columns.score, rate: own, fromParts: false };
  if (row.budget && row.budget.value !== 0) return null; // a budget but no actual: no rate to give
  const parts = headTotals(b).find((h) => h.row === row)?.parts ?? [];
  for (const family of new Set(parts.map(breakdownFamily))) {
    const list = parts.filter((p) => breakdownFamily(p) === family && !p.unitClash);
    const budget = sum(list.map((p) => p.budget?.value ?? null));
    const actual = list.some((p) => p.actual) ? sum(list.map((p) => p.actual?.value ?? null)) : null;
    if (budget > 0 && actual !== null) return { row, scoreCol: b.columns.score, rate: roundNoise(actual / budget), fromParts: true };
  }
  return null;
}

/**
 * The execution weight: as the form states it (分值, 得分(20分*执行率), (20分)), else the setting (10). With a
 * funds block given, that block's own (where projects are stacked, each states its own).
 */
export function executionWeightOf(model: SheetModel, fallback: number, funds?: Block | null): number {
  if (funds) {
    const row = executionScoreRow(funds);
    if (row?.weight) return row.weight.value;
    const stated = statedExecutionWeight(funds);
    if (stated !== null) return stated;
  }
  const first = fundsOf(model);
  if (!funds && first?.weight) return first.weight.value;
  for (const b of model.blocks) {
    const stated = statedExecutionWeight(b);
    if (stated !== null) return stated;
  }
  return fallback;
}

/** The points an indicator earns by the rules; falls back to what is stated where the rules can't say. */
export function ruleScore(row: IndicatorRow): number | null {
  const r = row.result;
  if (!r || !r.ok || !row.weight) return row.score?.value ?? null;
  const v = r.value;
  if (v.method === "qualitative" || v.method === "deadline") {
    return row.score ? Math.min(row.score.value, v.ceiling) : v.ceiling;
  }
  return v.score;
}

/** The funds block's execution score by the rules: weight × min(全年执行数 ÷ 全年预算数, 1). */
export function fundsRuleScore(funds: AmountRow, executionWeight = 10): number | null {
  const rate = computedRate(funds);
  if (rate === null) return funds.score?.value ?? null;
  return executionScore(rate, funds.weight?.value ?? executionWeight);
}

export function sum(values: (number | null)[]): number {
  let s = 0;
  for (const v of values) if (v !== null) s += v;
  return roundNoise(s);
}

/** The band a qualitative or deadline result falls in. */
export function bandOf(attainment: "met" | "partial" | "unmet"): Band {
  return attainment === "met" ? "achieved" : attainment === "partial" ? "partial" : "not";
}

/** How an indicator fell short, or null when it was met or cannot be judged. */
export function shortfall(row: IndicatorRow): "numeric" | "deadline" | "qualitative" | "partial" | "declared" | null {
  const r = row.result;
  if (r?.ok) {
    const v = r.value;
    if (v.attainment === "partial") return "partial";
    if (v.attainment === "unmet") return v.method === "deadline" ? "deadline" : v.method === "qualitative" ? "qualitative" : "numeric";
    return null;
  }
  const band = row.status ? classifyBand(row.status) : null;
  return band === "not" || band === "partial" ? "declared" : null;
}

/** The sheet's stated total score: the first block's 总分 that has one. */
export function totalScore(model: SheetModel): Num | null {
  for (const b of model.blocks) {
    const score = mainScoreTotal(b)?.score;
    if (score) return score;
  }
  return null;
}

/** A block's stated total score: its overall 总分 if it has one, else its first total. */
export function blockTotalScore(block: Block): Num | null {
  const totals = scoreTotals(block).filter((t) => t.score);
  return (totals.find((t) => t.overall) ?? totals[0])?.score ?? null;
}

/** Every indicator row of a sheet, block by block. */
export function allIndicatorRows(model: SheetModel): IndicatorRow[] {
  return model.blocks.flatMap(indicatorRows);
}

/** Indicator rows whose numeric target and actual could not be compared for the given reason. */
export function uncomparedRows(model: SheetModel, code: "not-a-number" | "unit-mismatch"): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const row of allIndicatorRows(model)) {
    const r = row.result;
    if (r && !r.ok && r.problem.code === code && row.target?.ok && row.target.value.kind === "numeric") rows.push(row);
  }
  return rows;
}

/** The total the rules give: every indicator's rule score plus the funds block's execution score. */
export function rulesTotal(block: Block, funds: AmountRow | null, executionWeight = 10): number {
  return sum([...indicatorRows(block).map(ruleScore), funds ? fundsRuleScore(funds, executionWeight) : null]);
}
