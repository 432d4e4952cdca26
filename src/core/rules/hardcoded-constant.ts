import type { Grid } from "../grid/grid";
import type { Block } from "../layouts/blocks";
import type { Token } from "../formula/tokens";
import { blockRows, rowName, shownFormula, tokensAt, valueColumns } from "./formula-helpers";
import type { RawFinding, Rule } from "./rule";

/** Numbers that are units and percent scales, not data: 0, 1, 100 (percent points), 1000 and 10000 (元 ↔ 万元). */
const SCALES = new Set([0, 1, 100, 1000, 10000]);
/** Functions whose later arguments are settings (digits, a function number), not data. */
const SETTING_ARGS: Record<string, number> = { ROUND: 1, ROUNDUP: 1, ROUNDDOWN: 1, SUBTOTAL: 0, TEXT: 1, FIXED: 1 };

/** The row's own weight (分值): `=F13*E13/D13` written as `=20*E13/D13` is that weight, not a slip. */
function weightOf(grid: Grid, block: Block, row: number): number | undefined {
  const c = block.columns.weight;
  if (c === undefined) return undefined;
  const v = grid.value(row, c);
  return typeof v === "number" ? v : undefined;
}

/** The first number typed into a formula that also refers to cells, other than a scale, a setting or the row's weight. */
export function typedConstant(tokens: readonly Token[], weight: number | undefined): number | undefined {
  let refs = 0;
  for (const t of tokens) if (t.kind === "ref") refs++;
  if (refs === 0) return undefined; // =1000+200 is the input itself, written as a sum
  // Which argument of which function each token sits in.
  const stack: { name: string; arg: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "func") {
      stack.push({ name: t.name, arg: 0 });
      continue;
    }
    if (t.kind === "op") {
      if (t.text === "(") stack.push({ name: "", arg: 0 });
      else if (t.text === ")") stack.pop();
      else if (t.text === "," && stack.length > 0) (stack[stack.length - 1] as { arg: number }).arg++;
      continue;
    }
    if (t.kind !== "number") continue;
    const top = stack[stack.length - 1];
    const setting = top ? SETTING_ARGS[top.name] : undefined;
    if (top && setting !== undefined && (setting === 0 ? top.arg === 0 : top.arg >= setting)) continue;
    const next = tokens[i + 1];
    const value = next?.kind === "op" && next.text === "%" ? t.value / 100 : t.value;
    if (SCALES.has(t.value) || SCALES.has(value)) continue;
    if (weight !== undefined && Math.abs(value - weight) < 1e-9) continue;
    return value;
  }
  return undefined;
}

/** A number typed inside a formula in an amount, rate or score cell (`=D5/1940`, `=B7*0.9`). */
export const hardcodedConstant: Rule = {
  id: "hardcoded-constant",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ grid, model }) {
    const out: RawFinding[] = [];
    if (!grid.hasFormulas) return out;
    for (const block of model.blocks) {
      const rows = blockRows(block);
      for (const { col } of valueColumns(block)) {
        for (const r of rows) {
          const tokens = tokensAt(grid, r, col);
          if (!tokens) continue;
          const constant = typedConstant(tokens, weightOf(grid, block, r));
          if (constant === undefined) continue;
          out.push({
            code: "hardcoded-constant",
            row: r,
            col,
            params: { item: rowName(block, r), formula: shownFormula(grid.formula(r, col) as string), constant },
          });
        }
      }
    }
    return out;
  },
};
