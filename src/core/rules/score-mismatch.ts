import type { IndicatorRow } from "../layouts/blocks";
import { fmtNum, fmtRate } from "../messages/format";
import { differs, computedRate, type RawFinding, type Rule } from "./rule";
import { fundsOf, fundsRuleScore } from "./sheet";

function formula(row: IndicatorRow, w: number): string {
  const r = row.result;
  const t = row.target;
  const a = row.actual;
  if (!r?.ok || !t?.ok || !a?.ok || t.value.kind !== "numeric" || a.value.kind !== "numeric") return fmtNum(w);
  if (r.value.attainment === "met") return `${fmtNum(w)} × 100%`;
  const tv = t.value.value;
  const av = a.value.quantity.value;
  const f = (x: number): string => (t.value.kind === "numeric" && t.value.unit === "%" ? fmtRate(x) : fmtNum(x, 4));
  if (r.value.method === "higher") return `${fmtNum(w)} × ${f(av)} ÷ ${f(tv)}`;
  if (r.value.method === "lower") return av > 0 && tv > 0 ? `${fmtNum(w)} × ${f(tv)} ÷ ${f(av)}` : "0";
  return `${fmtNum(w)} × ${f(Math.min(av, tv))} ÷ ${f(Math.max(av, tv))}`;
}

function checkRow(row: IndicatorRow, out: RawFinding[]): void {
  const { score, weight } = row;
  if (!score) return;
  if (weight && differs(score, Math.min(score.value, weight.value))) {
    out.push({ code: "score-mismatch.over-weight", row: score.row, col: score.col, params: { item: row.name, stated: fmtNum(score.value, 4), weight: fmtNum(weight.value, 4) }, expected: weight.value, actual: score.value });
    return;
  }
  const r = row.result;
  if (!weight || !r?.ok) return;
  const v = r.value;
  if (v.method === "qualitative" || v.method === "deadline") {
    if (!differs(score, Math.min(score.value, v.ceiling))) return;
    const band = v.attainment === "met" ? "achieved" : v.attainment === "partial" ? "partial" : "not";
    out.push({ code: "score-mismatch.qualitative", row: score.row, col: score.col, params: { item: row.name, actual: row.actualText, band, ceiling: fmtNum(v.ceiling, 4), stated: fmtNum(score.value, 4) }, expected: v.ceiling, actual: score.value });
    return;
  }
  if (!differs(score, v.score)) return;
  out.push({ code: "score-mismatch.quantitative", row: score.row, col: score.col, params: { item: row.name, computed: fmtNum(v.score), formula: formula(row, weight.value), stated: fmtNum(score.value, 4) }, expected: v.score, actual: score.value });
}

/** Scores above the weight, above a qualitative band's ceiling, or off the rule result; and the execution score. */
export const scoreMismatch: Rule = {
  id: "score-mismatch",
  defaultSeverity: "error",
  defaultOn: true,
  check({ model }) {
    const out: RawFinding[] = [];
    const funds = fundsOf(model);
    if (funds?.score) {
      const computed = fundsRuleScore(funds);
      const rate = computedRate(funds);
      if (computed !== null && rate !== null && differs(funds.score, computed)) {
        out.push({
          code: "score-mismatch.execution",
          row: funds.score.row,
          col: funds.score.col,
          params: { computed: fmtNum(computed), weight: fmtNum(funds.weight?.value ?? 10), rate: fmtRate(rate), stated: fmtNum(funds.score.value, 4) },
          expected: computed,
          actual: funds.score.value,
        });
      }
    }
    for (const block of model.blocks) if (block.kind === "indicators") for (const row of block.rows) checkRow(row, out);
    return out;
  },
};
