import { executionScoreRow, indicatorRows, mainScoreTotal } from "../layouts/access";
import { tolerance } from "../layouts/read";
import { points } from "../types";
import { executionWeightOf, projectFunds, rulesTotal, sum } from "./helpers";
import type { RawFinding, Rule } from "./rule";

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
      const byRule = rulesTotal(block, funds, weight);
      const asStated = sum([...indicatorRows(block).map((r) => r.score?.value ?? null), funds?.score?.value ?? null]);
      if (Math.abs(byRule - asStated) <= tolerance(2)) continue;
      out.push({ code: "rule-based-total", row: stated.row, col: stated.col, params: { computed: byRule, stated: stated.value }, expected: points(byRule), actual: points(stated.value) });
    }
    return out;
  },
};
