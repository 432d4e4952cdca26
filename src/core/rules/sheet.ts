import type { AmountRow, IndicatorBlock, IndicatorRow, SheetModel } from "../layouts/blocks";
import { roundNoise } from "../parse/number";
import { executionScore } from "../scoring/scoring";
import { computedRate } from "./rule";

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

/** The total the rules give: every indicator's rule score plus the funds block's execution score. */
export function rulesTotal(block: IndicatorBlock, funds: AmountRow | null): number {
  return sum([...block.rows.map(ruleScore), funds ? fundsRuleScore(funds) : null]);
}
