import { tolerance } from "../layouts/read";
import { points } from "../types";
import { fundsOf, rulesTotal, sum } from "./helpers";
import type { RawFinding, Rule } from "./rule";

/** A note with the total the rules would give, where stated scores depart from the rules. */
export const ruleBasedTotal: Rule = {
  id: "rule-based-total",
  defaultSeverity: "info",
  defaultOn: true,
  check({ model }) {
    const out: RawFinding[] = [];
    const funds = fundsOf(model);
    for (const block of model.blocks) {
      if (block.kind !== "indicators" || !block.total?.score) continue;
      const stated = block.total.score;
      const byRule = rulesTotal(block, funds);
      const asStated = sum([...block.rows.map((r) => r.score?.value ?? null), funds?.score?.value ?? null]);
      if (Math.abs(byRule - asStated) <= tolerance(2)) continue;
      out.push({ code: "rule-based-total", row: stated.row, col: stated.col, params: { computed: byRule, stated: stated.value }, expected: points(byRule), actual: points(stated.value) });
    }
    return out;
  },
};
