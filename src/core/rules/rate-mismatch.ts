import { fmtRate } from "../messages/format";
import { computedRate, differs, statedRate, type Rule } from "./rule";

/** A stated execution rate that differs from 执行数 ÷ 全年预算数 by more than its rounding. */
export const rateMismatch: Rule = {
  id: "rate-mismatch",
  defaultSeverity: "error",
  defaultOn: true,
  check({ model }) {
    const out: ReturnType<Rule["check"]> = [];
    for (const block of model.blocks) {
      if (block.kind === "indicators") continue;
      for (const row of block.rows) {
        if (!row.rate) continue;
        const computed = computedRate(row);
        if (computed === null) continue;
        const stated = statedRate(row.rate, computed);
        if (!differs(stated, computed)) continue;
        out.push({
          code: "rate-mismatch",
          row: stated.row,
          col: stated.col,
          params: { item: row.name, stated: fmtRate(stated.value), computed: fmtRate(computed) },
          expected: computed,
          actual: stated.value,
        });
      }
    }
    return out;
  },
};
