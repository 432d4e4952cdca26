/**
 * Drafts the 自评报告 from a workbook's facts, in the outline of 财预〔2020〕10号 (project) or of the usual
 * 部门整体支出 report (department). Every number is a cell as it shows, or a rule result marked as such;
 * where the form has nothing to say the draft leaves 【待补充：…】 and never fills in a cause or a measure.
 */
import type { Grid } from "../grid/grid";
import { tolerance } from "../layouts/read";
import { fmtNum, fmtRate } from "../messages/format";
import type { Finding } from "../types";
import { collectFacts, type AmountFact, type Fact, type IndicatorFact, type Quote, type WorkbookFacts } from "./facts";
import type { Figure, Heading, Paragraph, ReportBlock, ReportKind, ReportModel, Run } from "./model";

export interface DraftOptions {
  kind: ReportKind;
  /** The low-execution threshold the audit used, for the summary sentence (default 0.6). */
  lowRate?: number;
}

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

function cn(n: number): string {
  return CN[n - 1] ?? String(n);
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Collects blocks and figures; figures from the same cell share one entry of the appendix. */
class Builder {
  readonly blocks: ReportBlock[] = [];
  readonly figures: Figure[] = [];
  private readonly byCell = new Map<string, Figure>();
  private counters = [0, 0, 0];

  heading(level: 1 | 2 | 3, title: string): void {
    const i = level - 1;
    this.counters[i] = (this.counters[i] ?? 0) + 1;
    for (let k = i + 1; k < this.counters.length; k++) this.counters[k] = 0;
    const n = this.counters[i] as number;
    const number = level === 1 ? `${cn(n)}、` : level === 2 ? `（${cn(n)}）` : `${n}.`;
    const h: Heading = { kind: "heading", level, number, title };
    this.blocks.push(h);
  }

  paragraph(runs: Run[], about?: Paragraph["about"]): void {
    const p: Paragraph = { kind: "paragraph", runs: merge(runs) };
    if (about) p.about = about;
    this.blocks.push(p);
  }

  fig(f: Fact, label: string, unit?: string | null): Run {
    const key = `${f.sheet}!${f.cell}`;
    let figure = this.byCell.get(key);
    if (!figure) {
      figure = { id: this.figures.length + 1, value: f.value, text: f.text, label, sheet: f.sheet, cell: f.cell };
      if (unit) figure.unit = unit;
      this.figures.push(figure);
      this.byCell.set(key, figure);
    }
    return { kind: "figure", figure };
  }
}

const t = (text: string): Run => ({ kind: "text", text });
const todo = (text: string): Run => ({ kind: "todo", text });
const check = (text: string): Run => ({ kind: "check", text });
const q = (x: Quote): Run => ({ kind: "quote", text: x.text, sheet: x.sheet, cell: x.cell });
const computed = (value: number | string, text: string, basis: string): Run => ({ kind: "computed", value, text, basis });

/** Adjacent text runs joined, so writers and tests see whole phrases. */
function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (r.kind === "text" && last?.kind === "text") out[out.length - 1] = { kind: "text", text: last.text + r.text };
    else if (!(r.kind === "text" && r.text === "")) out.push(r);
  }
  return out;
}

/** A quoted explanation ends as a sentence does. */
function sentence(x: Quote): Run[] {
  return /[。！？.!?；;]$/.test(x.text) ? [q(x)] : [q(x), t("。")];
}

function amount(b: Builder, f: Fact | null, label: string, unit: string | null, what: string): Run[] {
  if (!f) return [t(label), todo(what)];
  const shown = unit && !/元$/.test(f.text) ? unit : null;
  const runs: Run[] = [t(label), b.fig(f, what, shown)];
  if (shown) runs.push(t(shown));
  return runs;
}

function rate(b: Builder, row: AmountFact, label: string, what: string): Run[] {
  if (row.rate) {
    const runs: Run[] = [t(label), b.fig(row.rate, what)];
    if (!/%$/.test(row.rate.text)) runs.push(t("%"));
    return runs;
  }
  if (row.computedRate !== null) return [t(label), computed(row.computedRate, fmtRate(row.computedRate), `${row.actual?.cell ?? ""} ÷ ${row.budget?.cell ?? ""}`)];
  return [t(label), todo(label)];
}

const STATUS_WORDS = /^(已?完成|未完成|基本完成|部分完成|已达成|未达成|基本达成|部分达成)$/;

function statusRuns(b: Builder, row: AmountFact, label: string): Run[] {
  if (!row.status) return [t("绩效目标"), todo("绩效目标完成情况"), t("。")];
  const what = `「${row.name}」${label}`;
  if (STATUS_WORDS.test(row.status.text)) return [t("绩效目标"), b.fig(row.status, what), t("。")];
  return [t(`${label}：`), b.fig(row.status, what), t("。")];
}

function nameRun(row: AmountFact): Run {
  return row.nameCell ? q({ text: row.name, sheet: row.sheet, cell: row.nameCell }) : t(row.name);
}

/** 1.非煤矿山安全监管费用预算收入17.00万元，实际支出13.00万元，预算执行率76.47%。{情况说明}绩效目标完成。 */
function lineItemParagraph(b: Builder, facts: WorkbookFacts, row: AmountFact, index: number): void {
  const L = facts.labels;
  const who = `「${row.name}」`;
  const runs: Run[] = [t(`${row.seq ?? String(index)}.`), nameRun(row)];
  runs.push(...amount(b, row.budget, L.budget, row.unit, who + L.budget));
  runs.push(t("，"), ...amount(b, row.actual, L.actual, row.unit, who + L.actual));
  runs.push(t("，"), ...rate(b, row, L.rate, who + L.rate), t("。"));
  if (row.explanation) runs.push(...sentence(row.explanation));
  else runs.push(todo(row.unmet ? "未完成原因及改进措施" : "资金使用和项目实施情况"));
  runs.push(...statusRuns(b, row, L.status));
  b.paragraph(runs, { sheet: row.sheet, row: row.row, kind: "line-item" });
}

function subject(facts: WorkbookFacts, kind: ReportKind): Run {
  if (facts.name) return q(facts.name);
  return t(kind === "department" ? "本部门" : "本项目");
}

/** The funds: 年初预算数, 全年预算数, 全年执行数, 执行率 and the execution score, checked against the rules. */
function fundsParagraphs(b: Builder, facts: WorkbookFacts, kind: ReportKind): void {
  const L = facts.labels;
  const f = facts.funds;
  if (f) {
    const runs: Run[] = [t(`${kind === "department" ? "本部门" : "本项目"}`)];
    if (f.initialBudget) runs.push(...amount(b, f.initialBudget, L.initialBudget, f.unit, `年度资金总额${L.initialBudget}`), t("，"));
    runs.push(...amount(b, f.budget, L.budget, f.unit, `年度资金总额${L.budget}`));
    runs.push(t("，"), ...amount(b, f.actual, L.actual, f.unit, `年度资金总额${L.actual}`));
    runs.push(t("，"), ...rate(b, f, L.rate, `年度资金总额${L.rate}`));
    if (f.score) {
      runs.push(t(`，预算执行率${L.score}`), b.fig(f.score, `预算执行率${L.score}`), t("分"));
      if (f.weight) runs.push(t(`（${L.weight}`), b.fig(f.weight, `预算执行率${L.weight}`), t("分）"));
      runs.push(t("。"));
      if (f.ruleScore !== null && f.score && typeof f.score.value === "number" && Math.abs(f.ruleScore - f.score.value) > tolerance(f.score.decimals)) {
        runs.push(t("按评分规则计算，预算执行率得分应为"), computed(f.ruleScore, fmtNum(f.ruleScore), `${fmtNum(typeof f.weight?.value === "number" ? f.weight.value : 10)} × min(${L.actual} ÷ ${L.budget}, 100%)`), t("分"), check("与填报得分不一致"), t("。"));
      }
    } else {
      runs.push(t("。"));
    }
    b.paragraph(runs, { sheet: f.sheet, row: f.row, kind: "funds" });
    if (facts.fundsParts.length > 0) {
      const parts: Run[] = [t("其中：")];
      facts.fundsParts.forEach((p, i) => {
        if (i > 0) parts.push(t("；"));
        parts.push(nameRun({ ...p, name: p.name.replace(/^其中[:：]\s*/, "") }));
        parts.push(...amount(b, p.budget, L.budget, p.unit, `${p.name}${L.budget}`), t("，"), ...amount(b, p.actual, L.actual, p.unit, `${p.name}${L.actual}`));
      });
      parts.push(t("。"));
      b.paragraph(parts);
    }
  }
  const total = facts.lineTotal;
  if (total && !f) {
    const runs: Run[] = [subject(facts, kind)];
    runs.push(...amount(b, total.budget, L.budget, total.unit, `合计${L.budget}`));
    runs.push(t("，"), ...amount(b, total.actual, L.actual, total.unit, `合计${L.actual}`));
    runs.push(t("，"), ...rate(b, total, L.rate, `合计${L.rate}`), t("。"));
    b.paragraph(runs, { sheet: total.sheet, row: total.row, kind: "total" });
  }
  if (!f && !total) b.paragraph([todo("年度预算安排、资金到位和执行情况（自评表中未找到资金数据）")]);
}

/** 明细表共列40个项目，其中15个项目预算执行率低于60%，5个项目绩效目标未完成。 */
function lineItemSummary(b: Builder, facts: WorkbookFacts, lowRate: number): void {
  const items = facts.lineItems;
  if (items.length === 0) return;
  const low = items.filter((i) => i.lowExecution).length;
  const unmet = items.filter((i) => i.unmet).length;
  const runs: Run[] = [t("明细表共列"), computed(items.length, String(items.length), "明细表项目行数"), t("个项目")];
  if (low > 0) runs.push(t("，其中"), computed(low, String(low), `审核：预算执行率低于${fmtRate(lowRate, 0)}`), t(`个项目预算执行率低于${fmtRate(lowRate, 0)}`));
  if (unmet > 0) runs.push(t(low > 0 ? "，" : "，其中"), computed(unmet, String(unmet), `${facts.labels.status}为未完成`), t("个项目绩效目标未完成"));
  runs.push(t("。各项目情况如下："));
  b.paragraph(runs);
}

type Verdict = "met" | "partial" | "unmet";

function verdict(i: IndicatorFact): Verdict {
  if (i.shortfall === null) return "met";
  return i.shortfall === "partial" ? "partial" : "unmet";
}

function scoreRuns(b: Builder, facts: WorkbookFacts, i: IndicatorFact): Run[] {
  const L = facts.labels;
  const who = `「${i.name}」`;
  const runs: Run[] = [];
  if (i.score) {
    runs.push(t(`，${L.score}`), b.fig(i.score, who + L.score), t("分"));
    if (i.weight) runs.push(t(`（${L.weight}`), b.fig(i.weight, who + L.weight), t("分）"));
    if (i.ruleScore !== null && typeof i.score.value === "number" && Math.abs(i.ruleScore - i.score.value) > tolerance(Math.max(i.score.decimals, 2))) {
      runs.push(t("，按评分规则"), t(i.shortfall === "partial" ? "最高可得" : "应得"), computed(i.ruleScore, fmtNum(i.ruleScore), "评分规则（财预〔2020〕10号）"), t("分"), check("与填报得分不一致"));
    }
  } else if (i.weight) {
    runs.push(t(`，${L.weight}`), b.fig(i.weight, who + L.weight), t("分"), todo(L.score));
  }
  return runs;
}

function targetActualRuns(b: Builder, facts: WorkbookFacts, i: IndicatorFact): Run[] {
  const L = facts.labels;
  const who = `「${i.name}」`;
  const runs: Run[] = [];
  runs.push(t(L.target), i.target ? b.fig(i.target, who + L.target) : todo(L.target));
  runs.push(t(`，${L.indicatorActual}`), i.actual ? b.fig(i.actual, who + L.indicatorActual) : todo(L.indicatorActual));
  return runs;
}

/** One 二级 group: how many set and met, the met ones listed, each unmet one in its own paragraph. */
function indicatorGroup(b: Builder, facts: WorkbookFacts, level2: string, rows: IndicatorFact[]): void {
  b.heading(3, level2 || rows[0]?.level1 || "绩效指标");
  const met = rows.filter((r) => verdict(r) === "met");
  const partial = rows.filter((r) => verdict(r) === "partial");
  const unmet = rows.filter((r) => verdict(r) === "unmet");
  const count = (n: number, basis: string): Run => computed(n, String(n), basis);
  const head: Run[] = [t("共设置"), count(rows.length, "指标行数"), t("项指标")];
  if (partial.length === 0 && unmet.length === 0) head.push(t("，均已完成"));
  else {
    head.push(t("，已完成"), count(met.length, "按评分规则判断"), t("项"));
    if (partial.length > 0) head.push(t("，部分完成"), count(partial.length, "按评分规则判断"), t("项"));
    if (unmet.length > 0) head.push(t("，未完成"), count(unmet.length, "按评分规则判断"), t("项"));
  }
  head.push(t("。"));
  if (met.length > 0) {
    head.push(t(partial.length + unmet.length > 0 ? "已完成的指标：" : "具体为："));
    met.forEach((i, k) => {
      if (k > 0) head.push(t("；"));
      head.push(q({ text: i.name, sheet: i.sheet, cell: i.nameCell }), t("（"), ...targetActualRuns(b, facts, i), t("）"));
    });
    head.push(t("。"));
  }
  b.paragraph(head);
  for (const i of [...partial, ...unmet]) {
    const runs: Run[] = [t("“"), q({ text: i.name, sheet: i.sheet, cell: i.nameCell }), t("”"), ...targetActualRuns(b, facts, i), ...scoreRuns(b, facts, i), t("。")];
    if (i.explanation) runs.push(t(`${facts.labels.explanation}：`), ...sentence(i.explanation));
    else runs.push(todo(`${facts.labels.explanation}（自评表未填写）`));
    runs.push(t(verdict(i) === "partial" ? "该指标部分完成。" : "该指标未完成。"));
    b.paragraph(runs, { sheet: i.sheet, row: i.row, kind: "indicator" });
  }
}

/** Indicators of one part of the outline, grouped by 二级指标 in the form's order. */
function indicatorSection(b: Builder, facts: WorkbookFacts, rows: IndicatorFact[]): void {
  const groups = new Map<string, IndicatorFact[]>();
  for (const r of rows) {
    const key = r.level2 || r.level1;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  for (const [level2, list] of groups) indicatorGroup(b, facts, level2, list);
}

const isOutput = (i: IndicatorFact): boolean => /产出/.test(i.level1);
const isBenefit = (i: IndicatorFact): boolean => /效益|满意度/.test(i.level1);

/** The conclusion: the rules' total and grade, and the form's own where it states another. */
function conclusion(b: Builder, facts: WorkbookFacts, kind: ReportKind): void {
  const who = kind === "department" ? "本部门整体支出" : "本项目";
  if (facts.rulesTotal !== null && facts.rulesGrade !== null) {
    b.paragraph([
      t(`按评分规则计算，${who}自评总分为`),
      computed(facts.rulesTotal, fmtNum(facts.rulesTotal), "各项指标按评分规则的得分与预算执行率得分之和"),
      t("分，评价等级为“"),
      computed(facts.rulesGrade, facts.rulesGrade, "优≥90，良80–90，中60–80，差<60"),
      t("”。"),
    ]);
    const stated = facts.statedTotal;
    const g = facts.statedGrade;
    if (stated || g) {
      const runs: Run[] = [t("自评表填报")];
      if (stated) runs.push(t("总分为"), b.fig(stated, `总分（${facts.labels.score}）`), t("分"));
      if (g) runs.push(t(stated ? "、" : ""), t("等级为“"), b.fig(g, "自评等级"), t("”"));
      const totalDiffers = stated !== null && typeof stated.value === "number" && Math.abs(stated.value - facts.rulesTotal) > tolerance(Math.max(stated.decimals, 2));
      const gradeDiffers = g !== null && g.text !== facts.rulesGrade;
      if (totalDiffers || gradeDiffers) runs.push(t("，与按评分规则计算的结果不一致"), check("请逐项核对得分后确定最终得分和等级"), t("。"));
      else runs.push(t("，与按评分规则计算的结果一致。"));
      b.paragraph(runs, stated ? { sheet: stated.sheet, row: stated.row, kind: "total" } : undefined);
    }
  } else {
    b.paragraph([todo("自评总分和评价等级（自评表中未找到带总分的绩效指标表）")]);
  }
  b.paragraph([todo(`综合评价结论：概括${kind === "department" ? "部门整体支出" : "项目"}取得的主要绩效和存在的不足`)]);
}

function problems(b: Builder, facts: WorkbookFacts): void {
  const findings = [...facts.findings].sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
  if (findings.length === 0) {
    b.paragraph([t("自评表审核未发现问题。"), todo("存在的问题及原因分析")]);
    return;
  }
  b.paragraph([todo("以下为自评表审核发现的问题，请逐项核实：属于填报错误的更正自评表，属于实际问题的写明原因分析")]);
  const list: ReportBlock = { kind: "checklist", findings };
  b.blocks.push(list);
}

function title(facts: WorkbookFacts, kind: ReportKind): string {
  const suffix = kind === "department" ? "部门整体支出绩效自评报告" : "绩效自评报告";
  if (!facts.name) return (facts.year ? `${facts.year}年度` : "") + (kind === "department" ? "部门" : "项目") + suffix.replace(/^部门/, "");
  const name = facts.name.text;
  const withYear = facts.year && !name.includes(facts.year) ? `${facts.year}年度${name}` : name;
  return withYear + suffix;
}

function basics(facts: WorkbookFacts): Run[] {
  const runs: Run[] = [];
  if (facts.name) runs.push(t("项目名称："), q(facts.name), t("。"));
  if (facts.department) runs.push(t("主管部门："), q(facts.department), t("。"));
  if (facts.implementer && facts.implementer.text !== facts.department?.text) runs.push(t("实施单位："), q(facts.implementer), t("。"));
  return runs;
}

function goal(b: Builder, facts: WorkbookFacts, what: string): void {
  if (facts.goal) b.paragraph([t("年度总体目标："), ...sentence(facts.goal)]);
  else b.paragraph([todo(`${what}年度总体绩效目标`)]);
  if (facts.goalResult) b.paragraph([t("实际完成情况："), ...sentence(facts.goalResult)]);
}

function lineItems(b: Builder, facts: WorkbookFacts, lowRate: number): void {
  if (facts.lineItems.length === 0) return;
  lineItemSummary(b, facts, lowRate);
  facts.lineItems.forEach((row, i) => lineItemParagraph(b, facts, row, i + 1));
}

function projectOutline(b: Builder, facts: WorkbookFacts, lowRate: number): void {
  b.paragraph([todo("开展本次自评的依据（文件名称及文号）和自评范围")]);
  b.heading(1, "基本情况");
  b.heading(2, "项目概况");
  b.paragraph([...basics(facts), todo("项目立项依据、主要内容和实施情况")]);
  b.heading(2, "项目绩效目标");
  goal(b, facts, "项目");
  b.heading(1, "绩效评价工作开展情况");
  b.heading(2, "绩效评价目的、对象和范围");
  b.paragraph([todo("绩效评价目的、对象和范围")]);
  b.heading(2, "绩效评价原则、评价指标体系、评价方法、评价标准");
  b.paragraph([todo("评价原则、指标体系、评价方法和评价标准")]);
  b.heading(2, "绩效评价工作过程");
  b.paragraph([todo("自评工作的组织和过程")]);
  b.heading(1, "综合评价情况及评价结论");
  conclusion(b, facts, "project");
  b.heading(1, "绩效评价指标分析");
  b.heading(2, "项目决策情况");
  b.paragraph([todo("项目立项、绩效目标设定和资金分配等决策情况")]);
  b.heading(2, "项目过程情况");
  fundsParagraphs(b, facts, "project");
  lineItems(b, facts, lowRate);
  const other = facts.indicators.filter((i) => !isOutput(i) && !isBenefit(i));
  if (other.length > 0) indicatorSection(b, facts, other);
  b.paragraph([todo("资金管理和组织实施情况")]);
  b.heading(2, "项目产出情况");
  const outputs = facts.indicators.filter(isOutput);
  if (outputs.length > 0) indicatorSection(b, facts, outputs);
  else b.paragraph([todo("产出指标完成情况（自评表中未找到产出指标）")]);
  b.heading(2, "项目效益情况");
  const benefits = facts.indicators.filter(isBenefit);
  if (benefits.length > 0) indicatorSection(b, facts, benefits);
  else b.paragraph([todo("效益和满意度指标完成情况（自评表中未找到效益指标）")]);
  b.heading(1, "主要经验及做法、存在的问题及原因分析");
  b.heading(2, "主要经验及做法");
  b.paragraph([todo("主要经验及做法")]);
  b.heading(2, "存在的问题及原因分析");
  problems(b, facts);
  b.heading(1, "有关建议");
  b.paragraph([todo("针对存在的问题提出的改进建议")]);
  b.heading(1, "其他需要说明的问题");
  b.paragraph([todo("其他需要说明的问题；没有的写“无”")]);
}

function departmentOutline(b: Builder, facts: WorkbookFacts, lowRate: number): void {
  b.paragraph([todo("开展本次自评的依据（文件名称及文号）和自评范围")]);
  b.heading(1, "部门基本情况");
  b.heading(2, "部门职能和机构设置");
  b.paragraph([...basics(facts), todo("部门主要职能、机构设置和人员情况")]);
  b.heading(2, "年度预算收支情况");
  fundsParagraphs(b, facts, "department");
  b.heading(1, "绩效目标及完成情况");
  b.heading(2, "年度总体绩效目标");
  goal(b, facts, "部门");
  b.heading(2, "预算执行情况");
  lineItems(b, facts, lowRate);
  if (facts.lineItems.length === 0) b.paragraph([todo("各项支出的预算执行情况")]);
  b.heading(2, "绩效指标完成情况");
  if (facts.indicators.length > 0) indicatorSection(b, facts, facts.indicators);
  else b.paragraph([todo("绩效指标完成情况（自评表中未找到绩效指标）")]);
  b.heading(1, "绩效自评结论");
  conclusion(b, facts, "department");
  b.heading(1, "存在的问题及原因分析");
  problems(b, facts);
  b.heading(1, "改进措施及有关建议");
  b.paragraph([todo("下一步改进措施和有关建议")]);
  b.heading(1, "其他需要说明的问题");
  b.paragraph([todo("其他需要说明的问题；没有的写“无”")]);
}

/** Builds the draft from already-collected facts (the cross-check and the template share them). */
export function draftFromFacts(facts: WorkbookFacts, options: DraftOptions): ReportModel {
  const b = new Builder();
  const lowRate = options.lowRate ?? 0.6;
  if (options.kind === "department") departmentOutline(b, facts, lowRate);
  else projectOutline(b, facts, lowRate);
  b.blocks.push({ kind: "heading", level: 1, number: "附件：", title: "数据来源" });
  b.blocks.push({ kind: "sources", figures: b.figures });
  return {
    kind: options.kind,
    title: title(facts, options.kind),
    unit: facts.department?.text ?? facts.implementer?.text ?? null,
    blocks: b.blocks,
    figures: b.figures,
  };
}

/** Drafts the report for a workbook: its sheets and the audit's findings (data, never message text). */
export function draftReport(grids: readonly Grid[], findings: readonly Finding[], options: DraftOptions): ReportModel {
  return draftFromFacts(collectFacts(grids, findings), options);
}
