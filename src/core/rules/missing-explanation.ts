import { classifyBand } from "../parse/target";
import { rate as rateQ } from "../types";
import { effectiveRate, shortfall } from "./helpers";
import type { RawFinding, Rule } from "./rule";

/** Unmet targets, or execution below the explain threshold (90%), with an empty explanation cell. */
export const missingExplanation: Rule = {
  id: "missing-explanation",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model, settings }) {
    const out: RawFinding[] = [];
    for (const block of model.blocks) {
      const col = block.columns.explanation;
      if (col === undefined) continue;
      if (block.kind === "indicators") {
        for (const row of block.rows) {
          if (row.explanation !== "" || shortfall(row) === null) continue;
          out.push({ code: "missing-explanation.unmet", row: row.row, col, params: { item: row.name } });
        }
        continue;
      }
      for (const row of block.rows) {
        if (row.kind !== "item" || row.explanation !== "") continue;
        const band = row.status ? classifyBand(row.status) : null;
        if (band === "not" || band === "partial") {
          out.push({ code: "missing-explanation.unmet", row: row.row, col, params: { item: row.name } });
          continue;
        }
        const rate = effectiveRate(row);
        if (rate !== null && rate < settings.explainRate) {
          out.push({ code: "missing-explanation.low-rate", row: row.row, col, params: { item: row.name, rate, threshold: settings.explainRate }, actual: rateQ(rate) });
        }
      }
    }
    return out;
  },
};
