import { indicatorRows, labelWeights, scoreTotals, statedWeight, statedWeightCell } from "../layouts/access";
import type { Block } from "../layouts/blocks";
import { isBlank, tolerance } from "../layouts/read";
import { points } from "../types";
import { projectFundsRow, sum } from "./helpers";
import type { RawFinding, Rule, RuleContext } from "./rule";

/** National default first-level weights (domain.md §2). */
const DEFAULT_GROUPS: [RegExp, string, number][] = [
  [/产出/, "产出指标", 50],
  [/效益/, "效益指标", 30],
  [/满意/, "满意度指标", 10],
  [/预算执行|执行率/, "预算执行率", 10],
];

function groupOf(label: string): [string, number] | null {
  for (const [re, name, weight] of DEFAULT_GROUPS) if (re.test(label)) return [name, weight];
  return null;
}

function checkBlock(block: Block, ctx: RuleContext, out: RawFinding[]): void {
  const rows = indicatorRows(block);
  const weights = rows.map((r) => r.weight);
  if (!weights.some((w) => w !== null)) return;
  // A weight cell holding #VALUE! or words makes the sum unknown: no false alarm from it.
  const col = block.columns.weight;
  if (col !== undefined && rows.some((r) => r.weight === null && !isBlank(ctx.grid.value(r.row, col)))) return;
  const funds = projectFundsRow(ctx.model, block);
  const fundsWeight = funds?.weight?.value ?? null;
  const own = sum(weights.map((w) => w?.value ?? null));
  const total = sum([own, fundsWeight]);
  // Weights stated in labels (产出指标(50分)) are the totals of their groups.
  for (const lw of labelWeights(block)) {
    const group = rows.filter((r) => lw.rows.includes(r.row));
    const got = sum(group.map((r) => r.weight?.value ?? null));
    if (group.some((r) => r.weight) && Math.abs(got - lw.stated) > tolerance(2)) {
      out.push({ code: "weight-sum.label", row: lw.row, col: lw.col, params: { group: lw.group, sum: got, expected: lw.stated }, expected: points(lw.stated), actual: points(got) });
    }
  }
  // Weights are exact plan figures: a stated 100 is not a rounded 99.6, whatever the cell shows.
  const off = (a: number, b: number, decimals = 2): boolean => Math.abs(a - b) > tolerance(Math.max(2, decimals));
  const weighed = scoreTotals(block).find((t) => t.weight);
  const stated = weighed?.weight ?? null;
  const overall = weighed?.overall ?? true;
  if (stated) {
    // A 合计 of the block adds up its own rows; the form's 总分 includes the execution weight. Either that fits is right.
    if ((overall || off(stated.value, own, stated.decimals)) && off(stated.value, total, stated.decimals)) {
      const shown = overall ? total : own;
      out.push({ code: "weight-sum", row: stated.row, col: stated.col, params: { sum: shown, expected: stated.value }, expected: points(stated.value), actual: points(shown) });
    }
    // The block's label states its total too (年度绩效目标2(60分)): a 合计 that agrees with the rows does not make it right.
    const label = statedWeight(block);
    const at = statedWeightCell(block);
    if (label !== null && off(label, own) && off(label, stated.value, stated.decimals)) {
      const cell = at ?? { row: block.headerRow, col: block.columns.weight as number };
      out.push({ code: "weight-sum", row: cell.row, col: cell.col, params: { sum: own, expected: label }, expected: points(label), actual: points(own) });
    }
  } else if (statedWeight(block) !== null) {
    const expected = statedWeight(block) as number;
    if (off(expected, own)) {
      const col = block.columns.weight as number;
      out.push({ code: "weight-sum", row: block.headerRow, col, params: { sum: own, expected }, expected: points(expected), actual: points(own) });
    }
    return;
  } else if (Math.abs(total - 100) > tolerance(2)) {
    const col = block.columns.weight as number;
    out.push({ code: "weight-sum", row: block.headerRow, col, params: { sum: total, expected: 100 }, expected: points(100), actual: points(total) });
    return;
  }
  if (Math.abs(total - 100) > tolerance(2)) return;
  // Weights off the national split are only a warning: localities may shift them.
  const groups = new Map<string, { weight: number; row: number; col: number; expected: number }>();
  for (const r of rows) {
    if (!r.weight) continue;
    const g = groupOf(r.level1);
    if (!g) return; // a local variant with groups we don't know: nothing to compare with
    const entry = groups.get(g[0]) ?? { weight: 0, row: r.row, col: block.columns.level1 ?? r.weight.col, expected: g[1] };
    entry.weight += r.weight.value;
    groups.set(g[0], entry);
  }
  if (fundsWeight !== null && funds?.weight) {
    const entry = groups.get("预算执行率") ?? { weight: 0, row: funds.weight.row, col: funds.weight.col, expected: 10 };
    entry.weight += fundsWeight;
    groups.set("预算执行率", entry);
  }
  for (const [name, g] of groups) {
    if (Math.abs(g.weight - g.expected) > tolerance(2)) {
      out.push({ code: "weight-sum.group", severity: "warning", row: g.row, col: g.col, params: { group: name, sum: g.weight, expected: g.expected }, expected: points(g.expected), actual: points(g.weight) });
    }
  }
}

/** Weights (分值/权重) that do not add up to 100, or to the block's stated total. */
export const weightSum: Rule = {
  id: "weight-sum",
  defaultSeverity: "error",
  defaultOn: true,
  check(ctx) {
    const out: RawFinding[] = [];
    for (const block of ctx.model.blocks) checkBlock(block, ctx, out);
    return out;
  },
};
