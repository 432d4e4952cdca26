import { points } from "../types";
import { allIndicatorRows, computedRate, fundsOf, totalScore } from "./helpers";
import type { RawFinding, Rule } from "./rule";

/** Local caps on the total score by execution rate (domain.md §2); off by default. */
export function executionCap(rate: number): number | null {
  if (rate < 0.5) return 59;
  if (rate < 0.6) return 69;
  if (rate < 0.7) return 79;
  if (rate < 0.8) return 89;
  return null;
}

/** The sheet's execution rate: the funds block's, else a 预算执行率 indicator's actual. */
function sheetRate(model: Parameters<Rule["check"]>[0]["model"]): number | null {
  const funds = fundsOf(model);
  if (funds) return computedRate(funds);
  for (const r of allIndicatorRows(model)) {
    if (/执行率/.test(r.name) && r.actual?.ok && r.actual.value.kind === "numeric") return r.actual.value.quantity.value;
  }
  return null;
}

export const executionCapRule: Rule = {
  id: "execution-cap",
  defaultSeverity: "error",
  defaultOn: false,
  check({ model }) {
    const rate = sheetRate(model);
    const total = totalScore(model);
    if (rate === null || !total) return [];
    const cap = executionCap(rate);
    if (cap === null || total.value <= cap) return [];
    const f: RawFinding = { code: "execution-cap", row: total.row, col: total.col, params: { rate, cap, score: total.value }, expected: points(cap), actual: points(total.value) };
    return [f];
  },
};
