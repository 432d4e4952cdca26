import { dataRowNumbers, rowNameAt, valueColumns } from "../layouts/access";
import { rowWeight, shownFormula, tokensAt, typedConstant } from "./formula-helpers";
import type { RawFinding, Rule } from "./rule";

/** A number typed inside a formula in an amount, rate or score cell (`=D5/1940`, `=B7*0.9`). */
export const hardcodedConstant: Rule = {
  id: "hardcoded-constant",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ grid, model }) {
    const out: RawFinding[] = [];
    if (!grid.hasFormulas) return out;
    for (const block of model.blocks) {
      const rows = dataRowNumbers(block);
      for (const { col } of valueColumns(block)) {
        for (const r of rows) {
          const tokens = tokensAt(grid, r, col);
          if (!tokens) continue;
          const constant = typedConstant(tokens, rowWeight(grid, block, r));
          if (constant === undefined) continue;
          out.push({
            code: "hardcoded-constant",
            row: r,
            col,
            params: { item: rowNameAt(block, r), formula: shownFormula(grid.formula(r, col) as string), constant },
          });
        }
      }
    }
    return out;
  },
};
