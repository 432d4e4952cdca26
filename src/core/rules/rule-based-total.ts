import { executionScoreRow, indicatorRows, mainScoreTotal } from "../layouts/access";
import { tolerance } from "../layouts/read";
import { points } from "../types";
import type { Num } from "../layouts/read";
import { executionWeightOf, fundsRuleScore, projectFunds, ruleScore, scoreDiffers, sum } from "./helpers";
import type { RawFinding, Rule } from "./rule";

type Scored = [rule: number | null, stated: Num | null];

/**
 * Where a locality rounds scores to whole or tenth points (settings.scoreTolerance above 0.01), a stated
 * score within that rounding of the rules' keeps its stated value in the rules' total: only scores that
 * depart beyond it (the ones score-mismatch reports) make the note. At two decimals the rules' own score counts.
 */
function withinStep(stated: Num, rule: number, step: number): boolean {
  return step > 0.01 && !scoreDiffers(stated, rule, step);
}

/** A note with the total the rules would give, where stated scores depart from the rules. */
export const ruleBasedTotal: Rule = {
  id: "rule-based-total",
  defaultSeverity: "info",
  defaultOn: true,
  check({ model, settings }) {
    const out: RawFinding[] = [];
    for (const block of model.blocks) {
      const stated = mainScoreTotal(block)?.score;
      if (!stated) continue;
      const own = projectFunds(model, block); // where projects are stacked, each 总分 takes its own execution score
      const funds = own ? executionScoreRow(own) : null;
      const weight = executionWeightOf(model, settings.executionWeight, own);
      const scored = indicatorRows(block).map((r): Scored => [ruleScore(r), r.score]);
      if (funds) scored.push([fundsRuleScore(funds, weight), funds.score]);
      const byRule = sum(scored.map(([rule, stated]) => (stated && rule !== null && withinStep(stated, rule, settings.scoreTolerance) ? stated.value : rule)));
      const asStated = sum(scored.map(([, stated]) => stated?.value ?? null));
      if (Math.abs(byRule - asStated) <= tolerance(2)) continue;
      out.push({ code: "rule-based-total", row: stated.row, col: stated.col, params: { computed: byRule, stated: stated.value }, expected: points(byRule), actual: points(stated.value) });
    }
    return out;
  },
};
