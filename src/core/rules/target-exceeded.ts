import { indicatorRows } from "../layouts/access";
import { text } from "../types";
import type { RawFinding, Rule } from "./rule";

/** A higher-is-better actual at 130% or more of its target: the target was probably set too low. */
export const targetExceeded: Rule = {
  id: "target-exceeded",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model, settings }) {
    const out: RawFinding[] = [];
    for (const block of model.blocks) {
      for (const row of indicatorRows(block)) {
        const r = row.result;
        if (!r?.ok || r.value.method !== "higher" || r.value.ratio === undefined || r.value.ratio < settings.exceedRatio) continue;
        out.push({
          code: "target-exceeded",
          row: row.row,
          col: row.actualCol ?? row.targetCol ?? 1,
          params: { item: row.name, actual: row.actualText, target: row.targetText, ratio: r.value.ratio },
          expected: text(row.targetText),
          actual: text(row.actualText),
        });
      }
    }
    return out;
  },
};
