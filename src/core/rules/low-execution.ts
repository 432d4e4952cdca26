import { fmtRate } from "../messages/format";
import { effectiveRate, rateCell, type Rule } from "./rule";

/** Execution below the low threshold (60%): items of line-item tables and the funds total. */
export const lowExecution: Rule = {
  id: "low-execution",
  defaultSeverity: "error",
  defaultOn: true,
  check({ model, options }) {
    const out: ReturnType<Rule["check"]> = [];
    for (const block of model.blocks) {
      if (block.kind === "indicators") continue;
      for (const row of block.rows) {
        const wanted = block.kind === "funds" ? row.kind === "total" : row.kind === "item";
        if (!wanted) continue;
        const rate = effectiveRate(row);
        const at = rateCell(row);
        if (rate === null || at === null || !(rate < options.lowRate)) continue;
        out.push({
          code: "low-execution",
          ...at,
          params: { item: row.name, rate: fmtRate(rate), threshold: fmtRate(options.lowRate, 0) },
          expected: options.lowRate,
          actual: rate,
        });
      }
    }
    return out;
  },
};
