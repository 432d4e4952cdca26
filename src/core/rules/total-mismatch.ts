import type { AmountBlock, AmountRow, IndicatorBlock } from "../layouts/blocks";
import type { Num } from "../layouts/read";
import { fmtNum } from "../messages/format";
import { roundNoise } from "../parse/number";
import { differs, type RawFinding, type Rule, type RuleContext } from "./rule";
import { fundsOf } from "./sheet";

type AmountKey = "budget" | "initialBudget" | "actual";
const AMOUNT_KEYS: AmountKey[] = ["budget", "initialBudget", "actual"];

function places(nums: (Num | null)[]): number {
  let d = 0;
  for (const n of nums) if (n && n.decimals > d) d = n.decimals;
  return Math.min(d, 6);
}

function compare(stated: Num | null, items: AmountRow[], key: AmountKey, row: AmountRow, out: RawFinding[], ctx: RuleContext, headerRow: number): void {
  if (!stated) return;
  const nums = items.map((i) => i[key]);
  if (!nums.some((n) => n !== null)) return; // nothing to add up
  let sum = 0;
  for (const n of nums) if (n) sum += n.value;
  sum = roundNoise(sum);
  if (!differs(stated, sum)) return;
  const d = Math.max(stated.decimals, places(nums));
  out.push({
    code: "total-mismatch.amount",
    row: stated.row,
    col: stated.col,
    params: { item: row.name, column: headerText(ctx, headerRow, stated.col), stated: fmtNum(stated.value, d), computed: fmtNum(sum, d), diff: fmtNum(Math.abs(stated.value - sum), d) },
    expected: sum,
    actual: stated.value,
  });
}

function headerText(ctx: RuleContext, row: number, col: number): string {
  const v = ctx.grid.value(row, col);
  return typeof v === "string" ? v.replace(/\s+/g, "") : "";
}

/** 小计 against the items since the previous group start; 合计 against all items. */
function amountTotals(block: AmountBlock, out: RawFinding[], ctx: RuleContext): void {
  const h = block.headerRow;
  let group: AmountRow[] = [];
  let category: AmountRow | null = null;
  const all: AmountRow[] = [];
  const closeCategory = (): void => {
    if (category && group.length > 0) for (const k of AMOUNT_KEYS) compare(category[k], group, k, category, out, ctx, h);
  };
  for (const row of block.rows) {
    switch (row.kind) {
      case "item":
        group.push(row);
        all.push(row);
        break;
      case "category":
        closeCategory();
        category = row;
        group = [];
        break;
      case "subtotal":
        for (const k of AMOUNT_KEYS) compare(row[k], group, k, row, out, ctx, h);
        category = null;
        group = [];
        break;
      case "total":
        closeCategory();
        category = null;
        group = [];
        for (const k of AMOUNT_KEYS) compare(row[k], all, k, row, out, ctx, h);
        break;
    }
  }
  closeCategory();
}

/** The 总分 row against the scores above it (and the funds block's execution score on the same form). */
function scoreTotal(block: IndicatorBlock, ctx: RuleContext, out: RawFinding[]): void {
  const stated = block.total?.score;
  if (!block.total || !stated) return;
  const parts: (Num | null)[] = block.rows.map((r) => r.score);
  const fundsScore = fundsOf(ctx.model)?.score ?? null;
  if (fundsScore) parts.push(fundsScore);
  if (!parts.some((p) => p !== null)) return;
  let sum = 0;
  for (const p of parts) if (p) sum += p.value;
  sum = roundNoise(sum);
  if (!differs(stated, sum)) return;
  const d = Math.max(stated.decimals, places(parts));
  out.push({
    code: "total-mismatch.score",
    row: stated.row,
    col: stated.col,
    params: { item: "", stated: fmtNum(stated.value, d), computed: fmtNum(sum, d), diff: fmtNum(Math.abs(stated.value - sum), d) },
    expected: sum,
    actual: stated.value,
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
      if (block.kind === "indicators") scoreTotal(block, ctx, out);
      else amountTotals(block, out, ctx);
    }
    return out;
  },
};
