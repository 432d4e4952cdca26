import { amountRows } from "../layouts/access";
import { rate } from "../types";
import { computedRate, differs, percentDecimals, statedRate } from "./helpers";
import type { Rule } from "./rule";

/** A stated execution rate that differs from 执行数 ÷ 全年预算数 by more than its rounding. */
export const rateMismatch: Rule = {
  id: "rate-mismatch",
  defaultSeverity: "error",
  defaultOn: true,
  check({ model }) {
    const out: ReturnType<Rule["check"]> = [];
    for (const block of model.blocks) {
      for (const row of amountRows(block)) {
        if (!row.rate) continue;
        const computed = computedRate(row);
        if (computed === null) continue;
        const stated = statedRate(row.rate, computed);
        if (!differs(stated, computed)) continue;
        out.push({
          code: "rate-mismatch",
          row: stated.row,
          col: stated.col,
          params: { item: row.name, stated: stated.value, statedDecimals: percentDecimals(stated), computed },
          expected: rate(computed, Math.max(2, percentDecimals(stated))),
          actual: rate(stated.value, percentDecimals(stated)),
        });
      }
    }
    return out;
  },
};
