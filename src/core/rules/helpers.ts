/** What several rules compute the same way. Rules import from here, never from each other. */
import type { AmountRow, IndicatorBlock, IndicatorRow, SheetModel } from "../layouts/blocks";
import { tolerance, type Num } from "../layouts/read";
import { roundNoise } from "../parse/number";
import { classifyBand } from "../parse/target";
import { executionScore } from "../scoring/scoring";
import type { Band } from "../types";

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

/** The 年度资金总额 row of the self-evaluation form's funds block, if the sheet has one. */
export function fundsOf(model: SheetModel): AmountRow | null {
  for (const b of model.blocks) {
    if (b.kind !== "funds") continue;
    const total = b.rows.find((r) => r.kind === "total" && (r.weight || r.score)) ?? b.rows.find((r) => r.weight || r.score);
    if (total) return total;
  }
  return null;
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
export function fundsRuleScore(funds: AmountRow): number | null {
  const rate = computedRate(funds);
  if (rate === null) return funds.score?.value ?? null;
  return executionScore(rate, funds.weight?.value ?? 10);
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

/** The sheet's stated total score: the first indicator block's 总分. */
export function totalScore(model: SheetModel): Num | null {
  for (const b of model.blocks) if (b.kind === "indicators" && b.total?.score) return b.total.score;
  return null;
}

/** The indicator blocks of a sheet. */
export function indicatorBlocks(model: SheetModel): IndicatorBlock[] {
  return model.blocks.filter((b): b is IndicatorBlock => b.kind === "indicators");
}

/** Indicator rows whose numeric target and actual could not be compared for the given reason. */
export function uncomparedRows(model: SheetModel, code: "not-a-number" | "unit-mismatch"): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const block of indicatorBlocks(model)) {
    for (const row of block.rows) {
      const r = row.result;
      if (r && !r.ok && r.problem.code === code && row.target?.ok && row.target.value.kind === "numeric") rows.push(row);
    }
  }
  return rows;
}

/** The total the rules give: every indicator's rule score plus the funds block's execution score. */
export function rulesTotal(block: IndicatorBlock, funds: AmountRow | null): number {
  return sum([...block.rows.map(ruleScore), funds ? fundsRuleScore(funds) : null]);
}
