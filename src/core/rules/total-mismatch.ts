import { amountUnit, breakdownFamily, groupTotals, headTotals, indicatorRows, scoreTotals } from "../layouts/access";
import type { AmountRow, Block } from "../layouts/blocks";
import { isBlank, tolerance, unitsClash, type Num } from "../layouts/read";
import { roundNoise } from "../parse/number";
import { amount, points } from "../types";
import { breakdownComplete } from "../vocabulary";
import { headerText, sumSkipsTextAt } from "./formula-helpers";
import { differs, projectFundsRow } from "./helpers";
import type { RawFinding, Rule, RuleContext } from "./rule";

type AmountKey = "budget" | "initialBudget" | "actual";
const AMOUNT_KEYS: AmountKey[] = ["budget", "initialBudget", "actual"];

function places(nums: (Num | null)[]): number {
  let d = 0;
  for (const n of nums) if (n && n.decimals > d) d = n.decimals;
  return Math.min(d, 6);
}

function compare(stated: Num | null, items: AmountRow[], key: AmountKey, row: AmountRow, out: RawFinding[], ctx: RuleContext, block: Block): void {
  if (!stated) return;
  // A SUM total is what Excel's SUM gives: amounts stored as text are left out (number-as-text says so).
  const skipped = ctx.grid.hasFormulas ? items.map((i) => typeof ctx.grid.value(i.row, stated.col) === "string" && sumSkipsTextAt(ctx.grid, stated.row, stated.col, i.row, stated.col)) : [];
  const nums = items.map((i, k) => (skipped[k] ? null : i[key]));
  if (!nums.some((n) => n !== null)) return; // nothing to add up
  if (unitsClash([stated, ...nums], amountUnit(block))) return; // 元 among 万元: reported as unit-mismatch, never added
  if (items.some((i, k) => nums[k] === null && !skipped[k] && unreadable(ctx, i.row, stated.col))) return;
  let sum = 0;
  for (const n of nums) if (n) sum += n.value;
  sum = roundNoise(sum);
  if (!differs(stated, sum)) return;
  const d = Math.max(stated.decimals, places(nums));
  out.push({
    code: "total-mismatch.amount",
    row: stated.row,
    col: stated.col,
    params: { item: row.name, column: headerText(ctx.grid, block.headerRow, stated.col), stated: stated.value, computed: sum, decimals: d },
    expected: amount(sum, d),
    actual: amount(stated.value, stated.decimals),
  });
}

/** An item cell that holds something other than a number or a blank (#REF!, 见附件): the sum is unknown. */
function unreadable(ctx: RuleContext, row: number, col: number): boolean {
  return !isBlank(ctx.grid.value(row, col));
}

/**
 * A category row with sums against the items under it (sub-categories included); 小计 against the
 * items since the previous group start; 合计 against all items.
 */
function amountTotals(block: Block, out: RawFinding[], ctx: RuleContext): void {
  for (const g of groupTotals(block)) for (const k of AMOUNT_KEYS) compare(g.row[k], g.items, k, g.row, out, ctx, block);
  // The form's 年度资金总额 comes first, and 其中：当年财政拨款, 上年结转资金, 其他资金 below it add up to it.
  // Each breakdown (by source, and again by kind: 基本支出 / 项目支出) adds up on its own. Only a full one is
  // added up (其中 alone may list just a part), but no part list may add up to more than the whole.
  for (const { row, parts } of headTotals(block)) {
    const families = new Map<string, AmountRow[]>();
    for (const r of parts) {
      const f = breakdownFamily(r);
      families.set(f, [...(families.get(f) ?? []), r]);
    }
    for (const [family, list] of families) {
      const whole = breakdownComplete(family, list.map((p) => p.name));
      for (const k of AMOUNT_KEYS) {
        if (whole) compare(row[k], list, k, row, out, ctx, block);
        else compareAtMost(row[k], list, k, row, out, ctx, block);
      }
    }
  }
}

/** Part of a breakdown against its whole: a part list may fall short of the total, never exceed it (总额 0 over 120). */
function compareAtMost(stated: Num | null, items: AmountRow[], key: AmountKey, row: AmountRow, out: RawFinding[], ctx: RuleContext, block: Block): void {
  if (!stated) return;
  let sum = 0;
  for (const i of items) if (i[key]) sum += (i[key] as Num).value;
  if (roundNoise(sum) > stated.value + tolerance(stated.decimals)) compare(stated, items, key, row, out, ctx, block);
}

/**
 * Each total row against what its own rows add up to: a 合计 under the indicators adds up that block; the form's
 * 总分 includes the funds block's execution score. A 合计 that includes it is right too.
 */
function scoreTotal(block: Block, ctx: RuleContext, out: RawFinding[]): void {
  const rows = indicatorRows(block);
  const scoreCol = block.columns.score;
  if (scoreCol !== undefined && rows.some((r) => r.score === null && unreadable(ctx, r.row, scoreCol))) return;
  const own: (Num | null)[] = rows.map((r) => r.score);
  const fundsScore = projectFundsRow(ctx.model, block)?.score ?? null; // its own project's execution score
  for (const total of scoreTotals(block)) {
    const stated = total.score;
    if (!stated) continue;
    const withFunds = fundsScore ? [...own, fundsScore] : own;
    if (!withFunds.some((p) => p !== null)) continue;
    const ownSum = roundNoise(own.reduce<number>((s, p) => s + (p ? p.value : 0), 0));
    const fullSum = roundNoise(withFunds.reduce<number>((s, p) => s + (p ? p.value : 0), 0));
    const parts = total.overall ? withFunds : own;
    const sum = total.overall ? fullSum : ownSum;
    if (!differs(stated, ownSum) && !total.overall) continue;
    if (!differs(stated, fullSum)) continue;
    report(stated, sum, parts, out);
  }
}

function report(stated: Num, sum: number, parts: (Num | null)[], out: RawFinding[]): void {
  const d = Math.max(stated.decimals, places(parts));
  out.push({
    code: "total-mismatch.score",
    row: stated.row,
    col: stated.col,
    params: { item: "", stated: stated.value, computed: sum, decimals: d },
    expected: points(sum),
    actual: points(stated.value),
  });
}

/** Subtotals and totals (amounts and scores) that differ from the sum of their items. */
export const totalMismatch: Rule = {
  id: "total-mismatch",
  defaultSeverity: "error",
  defaultOn: true,
  check(ctx) {
    const out: RawFinding[] = [];
    for (const block of ctx.model.blocks) {
      scoreTotal(block, ctx, out);
      amountTotals(block, out, ctx);
    }
    return out;
  },
};
