/**
 * What a workbook says, read once for both the draft and the cross-check: the line items, the funds block,
 * the indicators, the stated and rule-based totals, and the labels around them, each value with its cell
 * and the text the cell shows. Scores and verdicts come from the layouts and rules, never recomputed here.
 */
import { cellText } from "../grid/cell-text";
import { a1, type Grid } from "../grid/grid";
import type { AmountBlock, AmountRow, IndicatorBlock, IndicatorRow, SheetModel } from "../layouts/blocks";
import { detectBlocks } from "../layouts/detect";
import { isBlank, readText, type Num } from "../layouts/read";
import { normalizeText } from "../parse/number";
import { classifyBand } from "../parse/target";
import { computedRate, statedRate } from "../rules/helpers";
import { fundsRuleScore, ruleScore, rulesTotal } from "../rules/helpers";
import { shortfall } from "../rules/helpers";
import { grade, type Grade } from "../scoring/scoring";
import type { Finding } from "../types";

/** One cell's value and the text it shows. */
export interface Fact {
  value: number | string;
  text: string;
  sheet: string;
  row: number;
  col: number;
  cell: string;
  /** Decimal places the cell shows, of `value` (0.00% → 4); for comparisons within rounding. */
  decimals: number;
  percent: boolean;
  /** What the figure is: the column's header word (预算收入, 全年执行数, 得分). */
  label: string;
}

export interface Quote {
  text: string;
  sheet: string;
  cell: string;
}

export interface AmountFact {
  sheet: string;
  row: number;
  kind: "item" | "total" | "funds" | "funds-part";
  /** 序号 as shown, when the table has one. */
  seq: string | null;
  name: string;
  /** The cell holding the name (or the 合计 label). */
  nameCell: string | null;
  budget: Fact | null;
  /** 年初预算数 where the form shows it beside the full-year budget. */
  initialBudget: Fact | null;
  actual: Fact | null;
  rate: Fact | null;
  /** 执行数 ÷ 预算数 by the rules, when both are there. */
  computedRate: number | null;
  weight: Fact | null;
  score: Fact | null;
  /** The funds block's execution score by the rules. */
  ruleScore: number | null;
  status: Fact | null;
  /** true when the status says 未完成 / 基本完成, or the audit found an unmet target on the row. */
  unmet: boolean;
  lowExecution: boolean;
  explanation: Quote | null;
  /** The table's amount unit (万元, 元), or null when the form does not say. */
  unit: string | null;
}

export interface IndicatorFact {
  sheet: string;
  row: number;
  level1: string;
  level2: string;
  name: string;
  nameCell: string;
  target: Fact | null;
  actual: Fact | null;
  weight: Fact | null;
  score: Fact | null;
  /** The score the rules give (qualitative: the stated score capped at its band). */
  ruleScore: number | null;
  /** How the indicator fell short; null when met or when the rules cannot judge it. */
  shortfall: ReturnType<typeof shortfall>;
  explanation: Quote | null;
}

export interface ColumnLabels {
  budget: string;
  initialBudget: string;
  actual: string;
  rate: string;
  status: string;
  explanation: string;
  target: string;
  indicatorActual: string;
  weight: string;
  score: string;
}

export interface WorkbookFacts {
  /** The form's own title words for the project or fund: 项目名称, else the title row of the first table. */
  name: Quote | null;
  year: string | null;
  department: Quote | null;
  implementer: Quote | null;
  /** 年度总体目标: 预期目标 and 实际完成情况, when the form has them. */
  goal: Quote | null;
  goalResult: Quote | null;
  lineItems: AmountFact[];
  /** The 合计 row of the line-item table. */
  lineTotal: AmountFact | null;
  funds: AmountFact | null;
  fundsParts: AmountFact[];
  indicators: IndicatorFact[];
  statedTotal: Fact | null;
  statedGrade: Fact | null;
  /** The total and grade the rules give, when the form has an indicator block with a total. */
  rulesTotal: number | null;
  rulesGrade: Grade | null;
  labels: ColumnLabels;
  findings: Finding[];
}

const DEFAULT_LABELS: ColumnLabels = {
  budget: "预算数",
  initialBudget: "年初预算数",
  actual: "执行数",
  rate: "预算执行率",
  status: "绩效目标完成情况",
  explanation: "情况说明",
  target: "年度指标值",
  indicatorActual: "实际完成值",
  weight: "分值",
  score: "得分",
};

function fact(grid: Grid, row: number, col: number | undefined, label: string, num?: Num | null): Fact | null {
  if (col === undefined) return null;
  const v = grid.value(row, col);
  if (isBlank(v)) return null;
  if (num) {
    return { value: num.value, text: cellText(v, grid.format(row, col)), sheet: grid.sheet, row, col, cell: a1(row, col), decimals: num.decimals, percent: num.percent, label };
  }
  if (typeof v !== "string" && typeof v !== "number") return null;
  const text = typeof v === "string" ? v.trim() : cellText(v, grid.format(row, col));
  return { value: typeof v === "number" ? v : text, text, sheet: grid.sheet, row, col, cell: a1(row, col), decimals: 0, percent: false, label };
}

function quote(grid: Grid, row: number, col: number | undefined): Quote | null {
  if (col === undefined) return null;
  const v = grid.value(row, col);
  if (typeof v !== "string" || isBlank(v)) return null;
  return { text: v.trim(), sheet: grid.sheet, cell: a1(row, col) };
}

/** A header cell's words without the unit in brackets: 预算收入（万元） → 预算收入. */
function headerLabel(grid: Grid, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const t = readText(grid, row, col).replace(/[(（][^)）]*[)）]/g, "").replace(/\s+/g, "");
  return t.length > 0 && t.length <= 20 ? t : null;
}

function rowFindings(findings: readonly Finding[], sheet: string, row: number): Finding[] {
  return findings.filter((f) => f.sheet === sheet && f.row === row);
}

function amountFact(grid: Grid, block: AmountBlock, r: AmountRow, kind: AmountFact["kind"], labels: ColumnLabels, findings: readonly Finding[]): AmountFact {
  const c = block.columns;
  const budgetCol = c.fullBudget ?? c.budget ?? c.initialBudget;
  const initialCol = c.fullBudget !== undefined ? c.initialBudget : undefined;
  const here = rowFindings(findings, grid.sheet, r.row);
  const band = r.status ? classifyBand(r.status) : null;
  const rate = computedRate(r);
  const statedRateNum = r.rate ? statedRate(r.rate, rate) : null;
  const seqText = c.seq !== undefined ? readText(grid, r.row, c.seq) || (typeof grid.value(r.row, c.seq) === "number" ? String(grid.value(r.row, c.seq)) : "") : "";
  return {
    sheet: grid.sheet,
    row: r.row,
    kind,
    seq: seqText || null,
    name: r.name,
    nameCell: r.nameCol !== undefined ? a1(r.row, r.nameCol) : null,
    budget: fact(grid, r.row, budgetCol, labels.budget, r.budget),
    initialBudget: fact(grid, r.row, initialCol, labels.initialBudget, r.initialBudget),
    actual: fact(grid, r.row, c.amountActual, labels.actual, r.actual),
    rate: statedRateNum ? fact(grid, r.row, c.rate, labels.rate, statedRateNum) : null,
    computedRate: rate,
    weight: fact(grid, r.row, c.weight, labels.weight, r.weight),
    score: fact(grid, r.row, c.score, labels.score, r.score),
    ruleScore: kind === "funds" ? fundsRuleScore(r) : null,
    status: fact(grid, r.row, c.status, labels.status),
    unmet: band === "not" || band === "partial" || here.some((f) => f.rule === "unmet-target"),
    lowExecution: here.some((f) => f.rule === "low-execution" && f.code === "low-execution"),
    explanation: quote(grid, r.row, c.explanation),
    unit: block.unit,
  };
}

function indicatorFact(grid: Grid, block: IndicatorBlock, r: IndicatorRow, labels: ColumnLabels): IndicatorFact {
  const c = block.columns;
  const nameCol = c.level3 ?? c.name ?? c.level2 ?? c.level1 ?? block.columns.target ?? 1;
  return {
    sheet: grid.sheet,
    row: r.row,
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    nameCell: a1(r.row, nameCol),
    target: r.targetText ? { ...(fact(grid, r.row, c.target, labels.target) as Fact), text: r.targetText, value: r.targetText } : null,
    actual: fact(grid, r.row, c.indicatorActual, labels.indicatorActual),
    weight: fact(grid, r.row, c.weight, labels.weight, r.weight),
    score: fact(grid, r.row, c.score, labels.score, r.score),
    ruleScore: r.weight ? ruleScore(r) : null,
    shortfall: shortfall(r),
    explanation: quote(grid, r.row, c.explanation),
  };
}

/** The value right of a label cell (项目名称 | 2019年度…), skipping the label's own merge. */
function labelled(grid: Grid, pattern: RegExp, headerRows: ReadonlySet<number>): Quote | null {
  for (let r = grid.firstRow; r <= Math.min(grid.lastRow, grid.firstRow + 40); r++) {
    if (headerRows.has(r)) continue; // 项目名称 heading a column is no label
    for (let c = grid.firstCol; c <= Math.min(grid.lastCol, grid.firstCol + 20); c++) {
      const t = readText(grid, r, c);
      if (!t || grid.isMergedFollower(r, c) || !pattern.test(normalizeText(t))) continue;
      for (let k = c + 1; k <= Math.min(grid.lastCol, c + 8); k++) {
        if (grid.isMergedFollower(r, k)) continue;
        const q = quote(grid, r, k);
        if (q) return q;
      }
    }
  }
  return null;
}

/** The title row above a table (2019年度青岛市…专项资金项目支出执行情况), cut to the fund's name. */
function titleName(grid: Grid, headerRow: number): Quote | null {
  for (let r = grid.firstRow; r < headerRow; r++) {
    for (let c = grid.firstCol; c <= Math.min(grid.lastCol, grid.firstCol + 10); c++) {
      const q = quote(grid, r, c);
      if (!q || q.text.length < 6 || /单位[:：]/.test(q.text)) continue;
      const text = q.text.replace(/(项目)?(支出)?(执行情况|明细表?|情况表|执行表|绩效指标完成情况|绩效自评表|绩效目标完成情况)(表)?$/, "");
      return { ...q, text: text || q.text };
    }
  }
  return null;
}

function labelsOf(grid: Grid, model: SheetModel, into: ColumnLabels): void {
  for (const b of model.blocks) {
    const c = b.columns;
    const set = (key: keyof ColumnLabels, col: number | undefined): void => {
      const l = headerLabel(grid, b.headerRow, col);
      if (l && into[key] === DEFAULT_LABELS[key]) into[key] = l;
    };
    if (b.kind === "indicators") {
      set("target", c.target);
      set("indicatorActual", c.indicatorActual);
      set("weight", c.weight);
      set("score", c.score);
      set("explanation", c.explanation);
    } else {
      set("budget", c.fullBudget ?? c.budget ?? c.initialBudget);
      set("initialBudget", c.fullBudget !== undefined ? c.initialBudget : undefined);
      set("actual", c.amountActual);
      set("rate", c.rate);
      set("status", c.status);
      if (b.kind === "line-items") set("explanation", c.explanation);
    }
  }
}

/** Reads every sheet's blocks and the audit's findings into one set of facts for the report. */
export function collectFacts(grids: readonly Grid[], findings: readonly Finding[]): WorkbookFacts {
  const labels: ColumnLabels = { ...DEFAULT_LABELS };
  const facts: WorkbookFacts = {
    name: null,
    year: null,
    department: null,
    implementer: null,
    goal: null,
    goalResult: null,
    lineItems: [],
    lineTotal: null,
    funds: null,
    fundsParts: [],
    indicators: [],
    statedTotal: null,
    statedGrade: null,
    rulesTotal: null,
    rulesGrade: null,
    labels,
    findings: [...findings],
  };
  const models = grids.map((g) => ({ grid: g, model: detectBlocks(g) }));
  for (const { grid, model } of models) labelsOf(grid, model, labels);
  for (const { grid, model } of models) {
    const headers = new Set(model.blocks.map((b) => b.headerRow));
    facts.name ??= labelled(grid, /^(项目名称|部门名称|单位名称|资金名称)[:：]?$/, headers);
    facts.department ??= labelled(grid, /^(主管部门|预算部门|部门名称)[:：]?$/, headers);
    facts.implementer ??= labelled(grid, /^(实施单位|预算单位|单位名称)[:：]?$/, headers);
    facts.goal ??= belowLabel(grid, /^预期目标$/) ?? labelled(grid, /^(年度总体目标|预期目标)$/, headers);
    facts.goalResult ??= belowLabel(grid, /^实际完成情况$/);
    for (const b of model.blocks) {
      if (b.kind === "indicators") {
        for (const r of b.rows) facts.indicators.push(indicatorFact(grid, b, r, labels));
        if (b.total?.score && facts.statedTotal === null) {
          const t = b.total.score;
          facts.statedTotal = fact(grid, t.row, t.col, labels.score, t);
          const fundsHere = model.blocks.find((x) => x.kind === "funds") ? fundsOfModel(model) : null;
          facts.rulesTotal = rulesTotal(b, fundsHere);
          facts.rulesGrade = grade(facts.rulesTotal);
        }
        continue;
      }
      if (b.kind === "funds") {
        const total = fundsOfModel({ blocks: [b], grade: null });
        for (const r of b.rows) {
          if (r === total) {
            facts.funds ??= amountFact(grid, b, r, "funds", labels, findings);
          } else if (r.kind !== "category" && ((r.budget && r.budget.value !== 0) || (r.actual && r.actual.value !== 0))) {
            facts.fundsParts.push(amountFact(grid, b, r, "funds-part", labels, findings));
          }
        }
        continue;
      }
      facts.name ??= titleName(grid, b.headerRow);
      for (const r of b.rows) {
        if (r.kind === "item") facts.lineItems.push(amountFact(grid, b, r, "item", labels, findings));
        else if (r.kind === "total" && facts.lineTotal === null) facts.lineTotal = amountFact(grid, b, r, "total", labels, findings);
      }
    }
    if (model.grade && facts.statedGrade === null) facts.statedGrade = fact(grid, model.grade.row, model.grade.col, "等级");
  }
  for (const { grid, model } of models) {
    if (facts.name) break;
    const first = model.blocks[0];
    if (first) facts.name = titleName(grid, first.headerRow);
  }
  facts.year = yearOf([facts.name?.text, ...grids.flatMap((g) => [readText(g, g.firstRow, g.firstCol), readText(g, g.firstRow + 1, g.firstCol)])]);
  return facts;
}

function fundsOfModel(model: SheetModel): AmountRow | null {
  for (const b of model.blocks) {
    if (b.kind !== "funds") continue;
    const total = b.rows.find((r) => r.kind === "total" && (r.weight || r.score)) ?? b.rows.find((r) => r.weight || r.score) ?? b.rows.find((r) => r.kind === "total");
    if (total) return total;
  }
  return null;
}

/** The cell under a label (预期目标 over its text, as the national form lays it out). */
function belowLabel(grid: Grid, pattern: RegExp): Quote | null {
  for (let r = grid.firstRow; r <= Math.min(grid.lastRow, grid.firstRow + 40); r++) {
    for (let c = grid.firstCol; c <= Math.min(grid.lastCol, grid.firstCol + 20); c++) {
      const t = readText(grid, r, c);
      if (!t || grid.isMergedFollower(r, c) || !pattern.test(normalizeText(t))) continue;
      const q = quote(grid, r + 1, c);
      if (q && q.text.length >= 4) return q;
    }
  }
  return null;
}

function yearOf(texts: (string | undefined)[]): string | null {
  for (const t of texts) {
    const m = t ? /((?:19|20)\d{2})\s*年/.exec(t) : null;
    if (m) return m[1] as string;
  }
  return null;
}
