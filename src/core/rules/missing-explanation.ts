import { fmtRate } from "../messages/format";
import { classifyBand } from "../parse/target";
import { effectiveRate, type RawFinding, type Rule } from "./rule";
import { shortfall } from "./unmet-target";

/** Unmet targets, or execution below the explain threshold (90%), with an empty explanation cell. */
export const missingExplanation: Rule = {
  id: "missing-explanation",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model, options }) {
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
        if (rate !== null && rate < options.explainRate) {
          out.push({ code: "missing-explanation.low-rate", row: row.row, col, params: { item: row.name, rate: fmtRate(rate), threshold: fmtRate(options.explainRate, 0) }, actual: rate });
        }
      }
    }
    return out;
  },
};
