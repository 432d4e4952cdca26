/**
 * Checks a written 自评报告 against its form: finds the report's numeric claims (amounts with 万元/元,
 * rates, scores, counts, grades), works out which line item or section each belongs to and what it is
 * (budget, spending, rate, total score), and compares them with the cells. Findings are plain data.
 */
import { tolerance } from "../layouts/read";
import { fmtNum, fmtRate } from "../messages/format";
import { parseChineseNumeral, roundNoise } from "../parse/number";
import { REPORT_SEVERITY, ruleOf, type ClaimKind, type ReportCode, type ReportFinding, type ReportParams } from "./codes";
import type { AmountFact, Fact, IndicatorFact, WorkbookFacts } from "./facts";

/** One figure the report states. */
export interface Claim {
  kind: ClaimKind | "percent" | "amount";
  /** As a number on the form's scale: amounts in the table's unit, rates as fractions. */
  value: number;
  /** As written, with its unit. */
  text: string;
  unit: string | null;
  /** Decimal places written (of `value`). */
  decimals: number;
  /** Grade claims: 优/良/中/差. */
  grade?: string;
  sentence: string;
  section: string;
  line: number;
  /** What it is about: a line item, an indicator, or the whole project / fund. */
  about: { kind: "item"; fact: AmountFact } | { kind: "indicator"; fact: IndicatorFact } | { kind: "whole" };
  /** A bare number after 预算收入 / 实际支出 with no unit. */
  missingUnit: boolean;
}

export interface CrosscheckResult {
  claims: Claim[];
  findings: ReportFinding[];
}

/** Full-width digits, point and percent folded; nothing else changes (so ，stays a clause break). */
function foldDigits(s: string): string {
  return s.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const L1 = /^\s*([一二三四五六七八九十]+)[、.．]/;
const L2 = /^\s*[（(]([一二三四五六七八九十]+)[)）]/;
const L3 = /^\s*(\d{1,2})\s*[、.．](?!\d)/;

const AMOUNT_UNITS = new Set(["万元", "亿元", "千元", "元", "万"]);
const COUNT_UNITS = "人次|个|座|条|次|人|项|家|期|起|份|户|处|场|册|名|部|所|座";
const NUMBER = new RegExp(`(第)?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(万元|亿元|千元|元|万|%|‰|分|${COUNT_UNITS})?`, "g");
const CN_COUNT = new RegExp(`(第)?(两|[一二三四五六七八九十]{1,3})(${COUNT_UNITS})`, "g");
const GRADE = /(等级|结果|评价结论|评定|自评)(?:为|是|[:：])?[“"「]?(优秀|良好|优|良|中等|中|较差|差)(?=[”"」]|[，。；,;、\s]|$|等级|档)/g;

const KEYWORDS: [ClaimKind, RegExp][] = [
  ["initialBudget", /年初预算数?/g],
  ["budget", /预算收入|预算数|全年预算|调整后预算|预算资金|预算安排|安排|资金|预算(?!执行)/g],
  ["actual", /实际支出|支出|执行数|投入|使用/g],
  ["rate", /执行率|执行进度/g],
  ["score", /得分|总分|分数|评分/g],
];

/** The kind a number's own clause gives it: the keyword nearest before it wins. */
function kindBefore(clause: string): ClaimKind | null {
  const k = keywordBefore(clause);
  // 预算执行率低于60% is a threshold; 预算执行率”年度指标值100% an indicator's target, not the rate.
  if (k && /指标值|目标|完成值|低于|高于|超过|不足|不到|小于|大于|[≥≤<>]$/.test(clause.slice(k.end))) return null;
  return k ? k.kind : null;
}

function keywordBefore(clause: string): { kind: ClaimKind; end: number } | null {
  let best: ClaimKind | null = null;
  let at = -1;
  for (const [kind, re] of KEYWORDS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clause)) !== null) {
      const end = m.index + m[0].length;
      if (end > at || (end === at && kind === "initialBudget")) {
        at = end;
        best = kind;
      }
    }
  }
  return best === null ? null : { kind: best, end: at };
}

function decimalsIn(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** An amount written in `unit`, on the scale of the table's unit (万元 unless the form says 元). */
function toTableUnit(value: number, unit: string, tableUnit: string | null): number {
  const yuan = unit === "亿元" ? value * 1e8 : unit === "万元" || unit === "万" ? value * 1e4 : unit === "千元" ? value * 1e3 : value;
  return roundNoise(tableUnit === "元" ? yuan : yuan / 1e4);
}

function amountDecimals(written: number, unit: string, tableUnit: string | null): number {
  const shift = (u: string): number => (u === "亿元" ? 8 : u === "万元" || u === "万" ? 4 : u === "千元" ? 3 : 0);
  return written + shift(tableUnit ?? "万元") - shift(unit);
}

/** Names as they appear in prose: spaces gone. */
function squash(s: string): string {
  return s.replace(/\s+/g, "");
}

/** True when the text mentions the name, allowing a shortened form (开展安全生产应急演练 → 安全生产应急演练). */
function mentions(text: string, name: string): boolean {
  const n = squash(name);
  if (n.length === 0) return false;
  if (text.includes(n)) return true;
  const len = Math.max(4, Math.ceil(n.length * 0.8));
  if (len >= n.length) return false;
  for (let i = 0; i + len <= n.length; i++) if (text.includes(n.slice(i, i + len))) return true;
  return false;
}

interface Context {
  facts: WorkbookFacts;
  /** Line items by name, longest first, so 安全生产执法队伍教育培训 is not read as a shorter item. */
  items: AmountFact[];
  indicators: IndicatorFact[];
  whole: AmountFact | null;
}

function itemIn(ctx: Context, text: string, atStart: boolean): AmountFact | null {
  for (const it of ctx.items) {
    const n = squash(it.name);
    if (n.length < 2) continue;
    const at = text.indexOf(n);
    if (at >= 0 && (!atStart || at <= 6)) return it;
  }
  return null;
}

function indicatorIn(ctx: Context, text: string): IndicatorFact | null {
  let best: IndicatorFact | null = null;
  for (const i of ctx.indicators) {
    const n = squash(i.name);
    if (n.length >= 2 && text.includes(n) && (!best || n.length > squash(best.name).length)) best = i;
  }
  return best;
}

/** Every numeric claim in the report, with its sentence, section and subject. */
export function findClaims(reportText: string, facts: WorkbookFacts): Claim[] {
  const ctx: Context = {
    facts,
    items: [...facts.lineItems].sort((a, b) => squash(b.name).length - squash(a.name).length),
    indicators: facts.indicators,
    whole: facts.funds ?? facts.lineTotal,
  };
  const claims: Claim[] = [];
  const levels: string[] = ["", "", ""];
  const lines = reportText.split(/\r?\n/);
  let appendix = false;
  lines.forEach((raw, index) => {
    const line = squash(foldDigits(raw));
    // The draft's own checklist (☐ …) and its 数据来源 appendix restate cells; they are no claims of the report.
    if (/^附件[:：]?(数据来源)?$|^附件[:：]数据来源/.test(line)) appendix = true;
    if (line.length === 0 || appendix || line.startsWith("☐")) return;
    const m1 = L1.exec(line);
    const m2 = L2.exec(line);
    const m3 = L3.exec(line);
    if (m1) levels.splice(0, 3, `${m1[1]}、`, "", "");
    else if (m2) levels.splice(1, 2, `（${m2[1]}）`, "");
    else if (m3) levels[2] = `${m3[1]}.`;
    const section = levels.join("");
    const lineItem = itemIn(ctx, line, true);
    for (const sentence of line.split(/(?<=[。！？；;])/)) {
      const sItem = itemIn(ctx, sentence, false) ?? lineItem;
      const sIndicator = sItem ? null : indicatorIn(ctx, sentence);
      // Amounts and rates belong to a line item or the whole fund; an indicator named 预算执行率 does not own them.
      const money: Claim["about"] = sItem ? { kind: "item", fact: sItem } : { kind: "whole" };
      const about: Claim["about"] = sIndicator ? { kind: "indicator", fact: sIndicator } : money;
      const tableUnit = (sItem ?? ctx.whole)?.unit ?? "万元";
      const base = { sentence, section, line: index + 1, about };
      const moneyBase = { ...base, about: money };
      // Clauses end at ，；： and at an ASCII comma that is no thousands separator.
      for (const clause of sentence.split(/，|,(?!\d{3})|；|;|：|:|。/)) {
        NUMBER.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = NUMBER.exec(clause)) !== null) {
          const [whole, ordinal, digits = "", unit] = m;
          const before = clause.slice(0, m.index);
          const after = clause.slice(m.index + whole.length);
          if (ordinal || /[\d.A-Za-z!]$/.test(before)) continue; // 1.5.27, F20 in 工作表!F20
          const value = Number(digits.replace(/,/g, ""));
          const written = decimalsIn(digits.replace(/,/g, ""));
          if (!Number.isFinite(value)) continue;
          const kind = kindBefore(before);
          if (unit === undefined) {
            // 预算收入51.13，: an amount with its unit left off (a year, a date or a 文号 is no amount).
            if ((kind === "budget" || kind === "actual" || kind === "initialBudget") && after === "" && !/[年月日号]$/.test(before)) {
              claims.push({ ...moneyBase, kind, value, text: digits, unit: null, decimals: written, missingUnit: true });
            }
            continue;
          }
          if (unit === "万" && after !== "" && !/^[，,。；;、)）]/.test(after)) continue; // 2万名, 207万字: a count
          if (AMOUNT_UNITS.has(unit)) {
            const k: Claim["kind"] = kind === "budget" || kind === "actual" || kind === "initialBudget" ? kind : "amount";
            claims.push({ ...(k === "amount" ? base : moneyBase), kind: k, value: toTableUnit(value, unit, tableUnit), text: digits + unit, unit, decimals: amountDecimals(written, unit, tableUnit), missingUnit: false });
          } else if (unit === "%" || unit === "‰") {
            const scale = unit === "%" ? 100 : 1000;
            claims.push({ ...(kind === "rate" ? moneyBase : base), kind: kind === "rate" ? "rate" : "percent", value: roundNoise(value / scale), text: digits + unit, unit, decimals: written + (unit === "%" ? 2 : 3), missingUnit: false });
          } else if (unit === "分") {
            // 分值5分, 满分10分: a weight, not a score anyone claims.
            if (/(分值|满分|权重|权数)[为是]?$/.test(before.slice(-4)) || /(分值|满分|权重)[^得]*$/.test(before)) continue;
            claims.push({ ...base, kind: "score", value, text: digits + unit, unit, decimals: written, missingUnit: false });
          } else {
            claims.push({ ...base, kind: "count", value, text: digits + unit, unit, decimals: 0, missingUnit: false });
          }
        }
        CN_COUNT.lastIndex = 0;
        while ((m = CN_COUNT.exec(clause)) !== null) {
          const [whole, ordinal, numeral = "", unit = ""] = m;
          const value = parseChineseNumeral(numeral);
          // 两重点一重大 is a name, not a count: only a numeral standing alone counts.
          const prev = clause.charAt(m.index - 1);
          if (ordinal || value === undefined || /[一二三四五六七八九十两]/.test(prev)) continue;
          claims.push({ ...base, kind: "count", value, text: whole, unit, decimals: 0, missingUnit: false });
        }
      }
      GRADE.lastIndex = 0;
      let g: RegExpExecArray | null;
      while ((g = GRADE.exec(sentence)) !== null) {
        const word = g[2] as string;
        const grade = word.startsWith("优") ? "优" : word.startsWith("良") ? "良" : word.startsWith("中") ? "中" : "差";
        claims.push({ ...base, kind: "grade", value: 0, text: word, unit: null, decimals: 0, grade, missingUnit: false });
      }
    }
  });
  return claims;
}

function field(fact: AmountFact, kind: ClaimKind | "percent" | "amount"): Fact | null {
  switch (kind) {
    case "budget":
      return fact.budget;
    case "initialBudget":
      return fact.initialBudget ?? fact.budget;
    case "actual":
      return fact.actual;
    case "rate":
      return fact.rate;
    default:
      return null;
  }
}

function agrees(claim: Claim, value: number): boolean {
  return Math.abs(claim.value - value) <= tolerance(Math.max(0, claim.decimals));
}

function shownWithUnit(f: Fact, unit: string | null): string {
  return unit && !f.percent && !/[元%]$/.test(f.text) ? f.text + unit : f.text;
}

function make<C extends ReportCode>(code: C, params: ReportParams[C], claim: Pick<Claim, "sentence" | "section" | "line"> | null, at: { sheet: string; cell: string } | null): ReportFinding {
  const rule = ruleOf(code);
  const f = { rule, severity: REPORT_SEVERITY[rule], code, params, sentence: claim?.sentence ?? "", section: claim?.section ?? "", line: claim?.line ?? 0 } as ReportFinding;
  if (at) {
    f.sheet = at.sheet;
    f.cell = at.cell;
  }
  return f;
}

function subjectOf(claim: Claim, ctx: Context): AmountFact | null {
  if (claim.about.kind === "item") return claim.about.fact;
  if (claim.about.kind === "whole") return ctx.whole;
  return null;
}

/** Compares the report's claims with the form. `reportText` is the report, one paragraph a line. */
export function crosscheckReport(reportText: string, facts: WorkbookFacts): CrosscheckResult {
  const ctx: Context = { facts, items: facts.lineItems, indicators: facts.indicators, whole: facts.funds ?? facts.lineTotal };
  const claims = findClaims(reportText, facts);
  const findings: ReportFinding[] = [];
  const groups = new Map<string, { claim: Claim; fact: AmountFact }[]>();
  const isAmount = (k: Claim["kind"]): k is "budget" | "initialBudget" | "actual" | "rate" => k === "budget" || k === "initialBudget" || k === "actual" || k === "rate";

  for (const claim of claims) {
    const subject = subjectOf(claim, ctx);
    if (claim.missingUnit) {
      const cell = subject ? field(subject, claim.kind) : null;
      findings.push(make("report-missing-unit", { item: subject?.kind === "item" ? subject.name : "", what: claim.kind as ClaimKind, stated: claim.text, unit: subject?.unit ?? "万元" }, claim, cell));
      continue;
    }
    if (isAmount(claim.kind) && subject) {
      const cell = field(subject, claim.kind);
      if (!cell || typeof cell.value !== "number") continue;
      const key = `${subject.sheet}!${subject.row}|${claim.kind}`;
      const list = groups.get(key) ?? [];
      list.push({ claim, fact: subject });
      groups.set(key, list);
      // A budget that is the form's 年初预算数 is no mismatch; it may still be inconsistent below.
      const alternatives = [cell.value, ...(claim.kind === "budget" && typeof subject.initialBudget?.value === "number" ? [subject.initialBudget.value] : [])];
      if (claim.kind === "rate" && subject.computedRate !== null) alternatives.push(subject.computedRate);
      if (!alternatives.some((v) => agrees(claim, v))) {
        findings.push(make("report-number-mismatch", { item: subject.kind === "item" ? subject.name : "", what: claim.kind, stated: claim.text, shown: shownWithUnit(cell, subject.unit) }, claim, cell));
      }
      continue;
    }
    if (claim.kind === "score") {
      // A draft's own 【请核对】 already tells the author; the marker stays until it is dealt with.
      if (claim.sentence.includes("【请核对")) continue;
      if (claim.about.kind === "indicator") {
        const i = claim.about.fact;
        if (i.ruleScore !== null && !agrees(claim, i.ruleScore)) {
          findings.push(make("report-score-claim.indicator", { item: i.name, stated: fmtNum(claim.value, 4), computed: fmtNum(i.ruleScore) }, claim, i.score ?? null));
        }
        continue;
      }
      if (facts.rulesTotal === null || !/总分|总体得分|得分为|综合得分|自评得分|测评/.test(claim.sentence) || /执行率得分/.test(claim.sentence)) continue;
      if (!agrees(claim, facts.rulesTotal)) {
        findings.push(make("report-score-claim.total", { stated: fmtNum(claim.value, 4), computed: fmtNum(facts.rulesTotal), form: facts.statedTotal?.text ?? "" }, claim, facts.statedTotal));
      }
      continue;
    }
    if (claim.kind === "grade" && facts.rulesGrade !== null && facts.rulesTotal !== null && claim.grade !== facts.rulesGrade) {
      findings.push(make("report-score-claim.grade", { stated: claim.text, computed: facts.rulesGrade, score: fmtNum(facts.rulesTotal) }, claim, facts.statedGrade ?? facts.statedTotal));
    }
  }

  for (const list of groups.values()) {
    const first = list[0];
    if (!first) continue;
    const other = list.find((x) => Math.abs(x.claim.value - first.claim.value) > tolerance(Math.min(x.claim.decimals, first.claim.decimals)));
    if (!other) continue;
    const subject = first.fact;
    const kind = first.claim.kind;
    const cell = field(subject, kind) as Fact;
    const alt = kind === "budget" ? subject.initialBudget : kind === "initialBudget" ? subject.budget : null;
    findings.push(
      make(
        "report-inconsistent",
        {
          item: subject.kind === "item" ? subject.name : "",
          what: kind as ClaimKind,
          first: first.claim.text,
          firstAt: first.claim.section || `第${first.claim.line}行`,
          second: other.claim.text,
          shown: shownWithUnit(cell, subject.unit),
          otherShown: alt ? shownWithUnit(alt, subject.unit) : "",
          otherLabel: alt ? alt.label : "",
        },
        other.claim,
        cell,
      ),
    );
  }

  const text = squash(foldDigits(reportText));
  for (const it of facts.lineItems) {
    if (!(it.unmet || it.lowExecution) || mentions(text, it.name)) continue;
    const at = it.unmet ? it.status ?? it.rate : it.rate ?? it.actual;
    const rate = it.computedRate ?? (typeof it.rate?.value === "number" ? it.rate.value : null);
    if (it.unmet) findings.push(make("report-unmentioned.unmet", { item: it.name }, null, at));
    else findings.push(make("report-unmentioned.low-execution", { item: it.name, rate: rate === null ? "" : fmtRate(rate) }, null, at));
  }
  for (const i of facts.indicators) {
    if (i.shortfall === null || mentions(text, i.name)) continue;
    findings.push(make("report-unmentioned.unmet", { item: i.name }, null, i.actual ?? i.target));
  }
  const w = facts.funds;
  if (w?.lowExecution && !claims.some((c) => c.kind === "rate" && c.about.kind === "whole")) {
    findings.push(make("report-unmentioned.low-execution", { item: "", rate: w.computedRate === null ? "" : fmtRate(w.computedRate) }, null, w.rate ?? w.actual));
  }
  findings.sort((a, b) => (a.line || Infinity) - (b.line || Infinity));
  return { claims, findings };
}
