import type { Grid } from "../grid/grid";
import { itemRowNumbers, rowNameAt, valueColumns } from "../layouts/access";
import type { Block } from "../layouts/blocks";
import { a1At, r1c1Shape, type Token } from "../formula/tokens";
import { rowWeight, shownFormula, tokensAt, typedConstant } from "./formula-helpers";
import type { RawFinding, Rule } from "./rule";

/** A column's usual formula must be this common, and more than half its formulas, to call the others odd. */
const MIN_USUAL = 3;

interface Shaped {
  row: number;
  shape: string;
  tokens: Token[];
}

function checkColumn(grid: Grid, block: Block, rows: number[], col: number, out: RawFinding[]): void {
  const shaped: Shaped[] = [];
  const counts = new Map<string, number>();
  for (const r of rows) {
    const tokens = tokensAt(grid, r, col);
    if (!tokens) continue;
    const shape = r1c1Shape(tokens, r, col);
    shaped.push({ row: r, shape, tokens });
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  if (shaped.length < MIN_USUAL + 1) return;
  let usual = "";
  let best = 0;
  for (const [shape, n] of counts) {
    if (n > best) {
      best = n;
      usual = shape;
    }
  }
  if (best < MIN_USUAL || best * 2 <= shaped.length || best === shaped.length) return;
  const example = shaped.find((s) => s.shape === usual) as Shaped;
  for (const s of shaped) {
    if (s.shape === usual) continue;
    // A number typed where the column refers to a cell (=D7/1940) is hardcoded-constant's: one finding per slip.
    if (typedConstant(s.tokens, rowWeight(grid, block, s.row)) !== undefined) continue;
    out.push({
      code: "inconsistent-formula",
      row: s.row,
      col,
      params: {
        item: rowNameAt(block, s.row),
        formula: shownFormula(grid.formula(s.row, col) as string),
        usual: shownFormula(a1At(example.tokens, example.row, col, s.row, col)),
        count: best,
      },
    });
  }
}

/** A rate, score or amount formula whose relative (R1C1) shape differs from its column's usual one: one rate divided by 年初预算. */
export const inconsistentFormula: Rule = {
  id: "inconsistent-formula",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ grid, model }) {
    const out: RawFinding[] = [];
    if (!grid.hasFormulas) return out;
    for (const block of model.blocks) {
      const rows = itemRowNumbers(block); // totals differ from items by nature (short-sum looks at them)
      for (const { col } of valueColumns(block)) checkColumn(grid, block, rows, col, out);
    }
    return out;
  },
};
