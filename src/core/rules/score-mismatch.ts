import { indicatorRows } from "../layouts/access";
import type { Block, IndicatorRow } from "../layouts/blocks";
import { isCellError, type CellValue } from "../grid/grid";
import { isBlank } from "../layouts/read";
import { executionScore } from "../scoring/scoring";
import { points, type ScoreFormula } from "../types";
import { bandOf, executionBasis, executionWeightOf, fundsBlocks, scoreDiffers } from "./helpers";
import type { RawFinding, Rule, RuleContext } from "./rule";

/** The sum the rules made for a quantitative indicator, as data for the message to spell out. */
function formula(row: IndicatorRow, weight: number): ScoreFormula {
  const r = row.result;
  const t = row.target;
  const a = row.actual;
  if (!r?.ok || !t?.ok || !a?.ok || t.value.kind !== "numeric" || a.value.kind !== "numeric") return { kind: "weight", weight };
  if (r.value.attainment === "met") return { kind: "full", weight };
  const tv = t.value.value;
  const av = a.value.quantity.value;
  const percent = t.value.unit === "%";
  if (r.value.method === "higher") return { kind: "ratio", weight, numerator: av, denominator: tv, percent };
  if (r.value.method === "lower") return av > 0 && tv > 0 ? { kind: "ratio", weight, numerator: tv, denominator: av, percent } : { kind: "zero" };
  return { kind: "ratio", weight, numerator: Math.min(av, tv), denominator: Math.max(av, tv), percent };
}

function checkRow(row: IndicatorRow, out: RawFinding[], step: number): void {
  const { score, weight } = row;
  if (!score) return;
  if (weight && scoreDiffers(score, Math.min(score.value, weight.value), step)) {
    out.push({ code: "score-mismatch.over-weight", row: score.row, col: score.col, params: { item: row.name, stated: score.value, weight: weight.value }, expected: points(weight.value), actual: points(score.value) });
    return;
  }
  const r = row.result;
  if (!weight || !r?.ok) return;
  const v = r.value;
  if (v.method === "qualitative" || v.method === "deadline") {
    if (!scoreDiffers(score, Math.min(score.value, v.ceiling), step)) return;
    const params = { item: row.name, actual: row.actualText, band: bandOf(v.attainment), ceiling: v.ceiling, stated: score.value };
    out.push({ code: "score-mismatch.qualitative", row: score.row, col: score.col, params, expected: points(v.ceiling), actual: points(score.value) });
    return;
  }
  if (!scoreDiffers(score, v.score, step)) return;
  const params = { item: row.name, computed: v.score, formula: formula(row, weight.value), stated: score.value };
  out.push({ code: "score-mismatch.quantitative", row: score.row, col: score.col, params, expected: points(v.score), actual: points(score.value) });
}

/** No score: a blank cell, a — or /, or an error value (=G6*F6/E6 over a total of 0 gives #DIV/0!). */
function absent(v: CellValue): boolean {
  return isBlank(v) || isCellError(v);
}

/**
 * A funds block's execution score against weight × min(rate, 1), the rate from the funds total (or from the rows
 * under a total left at 0); an empty score cell where the money rows give a rate is reported as missing.
 */
function checkExecution({ grid, model, settings }: RuleContext, funds: Block, out: RawFinding[]): void {
  const basis = executionBasis(funds);
  if (!basis) return;
  const { row, rate, fromParts, scoreCol } = basis;
  const weight = executionWeightOf(model, settings.executionWeight, funds);
  const computed = executionScore(rate, weight);
  const stated = row.score;
  if (stated) {
    if (!scoreDiffers(stated, computed, settings.scoreTolerance)) return;
    out.push({ code: "score-mismatch.execution", row: stated.row, col: stated.col, params: { computed, weight, rate, stated: stated.value }, expected: points(computed), actual: points(stated.value) });
  } else if (scoreCol !== undefined && absent(grid.value(row.row, scoreCol))) {
    out.push({ code: "score-mismatch.execution-missing", severity: "warning", row: row.row, col: scoreCol, params: { computed, weight, rate, fromParts }, expected: points(computed) });
  }
}

/** Scores above the weight, above a qualitative band's ceiling, or off the rule result; and the execution score. */
export const scoreMismatch: Rule = {
  id: "score-mismatch",
  defaultSeverity: "error",
  defaultOn: true,
  check(ctx) {
    const out: RawFinding[] = [];
    const { model, settings } = ctx;
    for (const funds of fundsBlocks(model)) checkExecution(ctx, funds, out); // each stacked project's own
    for (const block of model.blocks) for (const row of indicatorRows(block)) checkRow(row, out, settings.scoreTolerance);
    return out;
  },
};
