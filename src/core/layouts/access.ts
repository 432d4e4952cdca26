/**
 * Layout-neutral reads of a block: what the rules ask of any layout (items, totals and what they sum, weights,
 * scores, the explanation for a row). This is the one place that knows which kind of block holds which rows;
 * a reader that does not apply to a block gives nothing ([] or null), so a rule runs the same over every block.
 */
import { normalizeText } from "../parse/number";
import type { AmountBlock, AmountRow, Block, IndicatorRow, IndicatorTotal, LabelWeight, StatedGrade } from "./blocks";
import type { Num } from "./read";

function amountBlock(block: Block): AmountBlock | null {
  return block.kind === "indicators" ? null : block;
}

/** Row lists are worked out once per block (the rules ask for the same ones over 50,000-row tables). */
function cached<T>(cache: WeakMap<Block, T>, block: Block, make: () => T): T {
  let v = cache.get(block);
  if (v === undefined) {
    v = make();
    cache.set(block, v);
  }
  return v;
}
const ITEMS = new WeakMap<Block, AmountRow[]>();
const EXECUTION = new WeakMap<Block, AmountRow[]>();

// ---- rows ----

/** Rows holding money (budget, actual, rate): every row of a line-item table or a funds block. */
export function amountRows(block: Block): AmountRow[] {
  return amountBlock(block)?.rows ?? [];
}

/** The item rows among the money rows (not categories, subtotals or totals). */
export function amountItems(block: Block): AmountRow[] {
  return cached(ITEMS, block, () => amountRows(block).filter((r) => r.kind === "item"));
}

/** Rows whose execution rate is judged: a line-item table's items; the funds block's 年度资金总额 (its total). */
export function executionRows(block: Block): AmountRow[] {
  return cached(EXECUTION, block, () => (block.kind === "funds" ? amountRows(block).filter((r) => r.kind === "total") : amountItems(block)));
}

/** Rows holding a target and an actual (the indicators). */
export function indicatorRows(block: Block): IndicatorRow[] {
  return block.kind === "indicators" ? block.rows : [];
}

/** The sheet rows of the items (amount items and indicators): totals differ from items by nature. */
export function itemRowNumbers(block: Block): number[] {
  return [...amountItems(block), ...indicatorRows(block)].map((r) => r.row);
}

/** The sheet rows of a block's data (items, subtotals, totals, indicators and the indicators' first total), in order. */
export function dataRowNumbers(block: Block): number[] {
  const rows = [...amountRows(block), ...indicatorRows(block)].map((r) => r.row);
  const total = mainScoreTotal(block);
  if (total) rows.push(total.row);
  return rows;
}

/** Rows of a block that are totals: subtotals, totals and category sums of money rows; the indicators' 总分. */
export function totalRowNumbers(block: Block): number[] {
  const total = mainScoreTotal(block);
  return [...amountRows(block).filter((r) => r.kind !== "item").map((r) => r.row), ...(total ? [total.row] : [])];
}

/** The row's name for messages ("" for the indicators' total row, which has no name of its own). */
export function rowNameAt(block: Block, row: number): string {
  if (mainScoreTotal(block)?.row === row) return "";
  return (amountRows(block).find((r) => r.row === row) ?? indicatorRows(block).find((r) => r.row === row))?.name ?? "";
}

/** The column that names a row (the item name, or the indicator's 三级指标), for pointing at it. */
export function nameColumnAt(block: Block, row: number): number | undefined {
  if (block.kind === "indicators") return block.columns.level3 ?? block.columns.name;
  return block.rows.find((r) => r.row === row)?.nameCol;
}

// ---- columns and units ----

export type ValueRole = "amount" | "rate" | "weight" | "score";

export interface ValueColumn {
  col: number;
  role: ValueRole;
}

/** The columns of a block that hold figures: amounts, rates, weights and scores. */
export function valueColumns(block: Block): ValueColumn[] {
  const c = block.columns;
  const out: ValueColumn[] = [];
  const add = (col: number | undefined, role: ValueRole): void => {
    if (col !== undefined && !out.some((x) => x.col === col)) out.push({ col, role });
  };
  if (amountBlock(block)) {
    add(c.fullBudget ?? c.budget ?? c.initialBudget, "amount");
    if (c.fullBudget !== undefined) add(c.initialBudget, "amount");
    add(c.amountActual, "amount");
    add(c.rate, "rate");
  }
  add(c.weight, "weight");
  add(c.score, "score");
  return out;
}

/** The column a total is checked in for hidden rows: the actual amount (else the budget), or the score (else the weight). */
export function mainTotalColumn(block: Block): number | undefined {
  const c = block.columns;
  if (amountBlock(block)) return c.amountActual ?? c.fullBudget ?? c.budget ?? c.initialBudget;
  return c.score ?? c.weight;
}

/** 万元 or 元 stated for the block's amounts, if any. */
export function amountUnit(block: Block): string | null {
  return amountBlock(block)?.unit ?? null;
}

// ---- totals and what they sum ----

/** Every score total of a block: 合计 of its own rows and the form's 总分 (older models carry only the first). */
export function scoreTotals(block: Block): IndicatorTotal[] {
  if (block.kind !== "indicators") return [];
  if (block.totals) return block.totals;
  const t = block.total;
  return t ? [{ row: t.row, label: t.label ?? "", overall: t.overall ?? true, weight: t.weight, score: t.score }] : [];
}

/** The block's first score total (总分 / 合计), as the block read it. */
export function mainScoreTotal(block: Block): { row: number; weight: Num | null; score: Num | null } | null {
  return block.kind === "indicators" ? block.total : null;
}

/** A subtotal, total or category row of money rows with the item rows it stands for. */
export interface TotalGroup {
  row: AmountRow;
  /** The item rows its figures should add up. */
  items: AmountRow[];
}

/** 一、 opens a group; （一） opens a sub-group inside it. */
function categoryLevel(name: string): number {
  return /^[(（]/.test(normalizeText(name)) ? 2 : 1;
}

/**
 * Each subtotal, total and category row of the money rows with its items: a category row the items
 * under it (sub-categories included), 小计 the items since the previous group start, 合计 all items above it.
 * A 合计 placed first, above every item, adds up the items below it, to the next total or the block's end
 * (the funds block's 年度资金总额 is not one of these: headTotals gives it with its breakdowns).
 * The one walk behind total-mismatch (figures) and short-sum (formulas).
 */
export function groupTotals(block: Block): TotalGroup[] {
  const out: TotalGroup[] = [];
  let group: AmountRow[] = [];
  const open: { row: AmountRow; level: number; items: AmountRow[] }[] = [];
  const all: AmountRow[] = [];
  const heads = new Set(headTotals(block).map((h) => h.row));
  let first: { row: AmountRow; items: AmountRow[] } | undefined; // a 合计 above its items, still taking them in
  const close = (c: { row: AmountRow; items: AmountRow[] } | undefined): void => {
    if (c && c.items.length > 0) out.push({ row: c.row, items: c.items });
  };
  for (const row of amountRows(block)) {
    switch (row.kind) {
      case "item":
        group.push(row);
        all.push(row);
        for (const c of open) c.items.push(row);
        first?.items.push(row);
        break;
      case "category": {
        const level = categoryLevel(row.name);
        while (open.length > 0 && (open[open.length - 1] as { level: number }).level >= level) close(open.pop());
        open.push({ row, level, items: [] });
        group = [];
        break;
      }
      case "subtotal":
        if (group.length > 0) out.push({ row, items: group });
        open.pop(); // the 小计 carries the innermost group's sums
        group = [];
        break;
      case "total":
        while (open.length > 0) close(open.pop());
        close(first);
        first = undefined;
        group = [];
        if (all.length > 0) out.push({ row, items: [...all] });
        else if (!heads.has(row)) first = { row, items: [] };
        break;
    }
  }
  while (open.length > 0) close(open.pop());
  close(first);
  return out;
}

/** A total stated above its parts (the funds block's 年度资金总额 over 其中：当年财政拨款 …), with the parts below it. */
export interface HeadTotal {
  row: AmountRow;
  /** The item rows after it, up to the next total. */
  parts: AmountRow[];
}

/** Totals that come before any item (年度资金总额 heads the funds block), each with the item rows under it. */
export function headTotals(block: Block): HeadTotal[] {
  if (block.kind !== "funds") return [];
  const out: HeadTotal[] = [];
  block.rows.forEach((row, i) => {
    if (row.kind !== "total" || block.rows.slice(0, i).some((r) => r.kind === "item")) return;
    const parts: AmountRow[] = [];
    for (const r of block.rows.slice(i + 1)) {
      if (r.kind === "total") break;
      if (r.kind === "item") parts.push(r);
    }
    out.push({ row, parts });
  });
  return out;
}

/** Which breakdown of a head total a part belongs to (source: 财政拨款 …, kind: 基本支出 …), as its words say. */
export function breakdownFamily(part: AmountRow): string {
  return part.breakdown ?? (/其他/.test(part.name) ? "source" : "other");
}

/** A total cell's row with the item rows it adds up, whichever layout: the neutral form of a sum. */
export interface RowSum {
  row: number;
  name: string;
  /** A 合计/总分 rather than a 小计 or category sum. */
  grand: boolean;
  items: number[];
  /** The total may take in cells of other columns (the form's 总分 adds the execution score beside it). */
  crossColumns: boolean;
}

/**
 * Each total row with the rows its formulas should add up: the money rows' groups (and 年度资金总额 over a
 * breakdown that names 其他), and the indicators' first total over every indicator.
 */
export function rowSums(block: Block): RowSum[] {
  const money = (g: TotalGroup): RowSum => ({ row: g.row.row, name: g.row.name, grand: g.row.kind === "total", items: g.items.map((i) => i.row), crossColumns: false });
  const out = groupTotals(block).map(money);
  for (const h of headTotals(block)) if (h.parts.some((p) => /其他/.test(p.name))) out.push(money({ row: h.row, items: h.parts }));
  const total = mainScoreTotal(block);
  const rows = indicatorRows(block);
  if (total && rows.length > 0) out.push({ row: total.row, name: "", grand: true, items: rows.map((r) => r.row), crossColumns: true });
  return out.sort((a, b) => a.row - b.row);
}

// ---- weights, scores, grades, explanations ----

/** The row that carries the block's execution weight and score (the funds block's 年度资金总额), if any. */
export function executionScoreRow(block: Block): AmountRow | null {
  if (block.kind !== "funds") return null;
  return block.rows.find((r) => r.kind === "total" && (r.weight || r.score)) ?? block.rows.find((r) => r.weight || r.score) ?? null;
}

/** The execution weight the block states (分值 cell, 得分(20分*执行率), 预算执行情况(20分)), if any. */
export function statedExecutionWeight(block: Block): number | null {
  return block.kind === "funds" ? (block.executionWeight ?? null) : null;
}

/** A total weight stated in the header or the block's label (绩效指标(90分)). */
export function statedWeight(block: Block): number | null {
  return block.kind === "indicators" ? (block.statedWeight ?? null) : null;
}

/** The label cell that states the block's total weight (绩效指标(90分) in the header, 年度绩效目标2(60分) above it), if known. */
export function statedWeightCell(block: Block): { row: number; col: number } | null {
  return block.kind === "indicators" ? (block.statedWeightAt ?? null) : null;
}

/** Weights stated in group labels (产出指标(50分)). */
export function labelWeights(block: Block): LabelWeight[] {
  return block.kind === "indicators" ? (block.labelWeights ?? []) : [];
}

/** The grade stated next to this block's total. */
export function gradeOf(block: Block): StatedGrade | null {
  return block.kind === "indicators" ? (block.grade ?? null) : null;
}

/** The explanation written as a row at the bottom of the block (偏差大或目标未完成原因分析), if the block has one. */
export function explanationRowOf(block: Block): { row: number; col: number; text: string } | null {
  return block.kind === "indicators" ? (block.explanationRow ?? null) : null;
}
