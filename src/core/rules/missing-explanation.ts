import { amountItems, explanationRowOf, indicatorRows } from "../layouts/access";
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
      const below = explanationRowOf(block);
      if (col === undefined && below) {
        // The explanation is a row at the bottom of the block: one unmet target is enough to need it filled.
        const unmet = indicatorRows(block).find((r) => shortfall(r) !== null);
        if (unmet && below.text === "") out.push({ code: "missing-explanation.unmet", row: below.row, col: below.col, params: { item: unmet.name } });
        continue;
      }
      if (col === undefined) continue;
      for (const row of indicatorRows(block)) {
        if (row.explanation !== "" || shortfall(row) === null) continue;
        out.push({ code: "missing-explanation.unmet", row: row.row, col, params: { item: row.name } });
      }
      for (const row of amountItems(block)) {
        if (row.explanation !== "") continue;
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
