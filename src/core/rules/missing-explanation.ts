import { executionRows, explanationRowOf, indicatorRows } from "../layouts/access";
import { classifyBand } from "../parse/target";
import { rate as rateQ } from "../types";
import type { AmountRow, Block } from "../layouts/blocks";
import { effectiveRate, executionBasis, shortfall } from "./helpers";
import type { RawFinding, Rule } from "./rule";

/** A 年度资金总额 left at 0 or blank is judged by the rate of the breakdown under it that holds the money. */
function basisRate(block: Block, row: AmountRow): number | null {
  const basis = executionBasis(block);
  return basis?.row === row ? basis.rate : null;
}

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
      // The rows whose execution is judged: a line-item table's items; in a funds block the 年度资金总额, whose
      // rate the execution score is based on (its 其中 rows are parts of it, not explained apart).
      for (const row of executionRows(block)) {
        if (row.explanation !== "") continue;
        const band = row.status ? classifyBand(row.status) : null;
        if (band === "not" || band === "partial") {
          out.push({ code: "missing-explanation.unmet", row: row.row, col, params: { item: row.name } });
          continue;
        }
        const rate = effectiveRate(row) ?? basisRate(block, row);
        if (rate !== null && rate < settings.explainRate) {
          out.push({ code: "missing-explanation.low-rate", row: row.row, col, params: { item: row.name, rate, threshold: settings.explainRate }, actual: rateQ(rate) });
        }
      }
    }
    return out;
  },
};
