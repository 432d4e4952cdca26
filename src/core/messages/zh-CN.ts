import type { ScoreFormula, TargetChange } from "../types";
import type { Role } from "../layouts/headers";
import type { MessageBook } from "./codes";
import type { NumberFormat } from "./format";
import { listed, rowRuns } from "./lists";

/** 第 4–11、43 行 style row lists. */
const rows = (r: readonly number[]): string => {
  const l = listed(rowRuns(r), "、");
  return l.more ? `${l.text} 等` : l.text;
};
const cellList = (c: readonly string[], total = c.length): string => {
  const l = listed(c, "、");
  return l.more || total > c.length ? `${l.text} 等` : l.text;
};
const INCLUDES = {
  all: (t: string) => `；${t} 的合计包含这些行`,
  none: (t: string) => `；${t} 的合计不包含这些行`,
  some: (t: string) => `；${t} 的合计只包含其中一部分`,
  unknown: (t: string) => `，请核实 ${t} 的合计是否应包含这些行`,
} as const;

/** 「名称」 prefix when the row has a name. */
const item = (name: string): string => (name ? `「${name}」` : "");

const TARGET_CHANGE: Record<TargetChange, string> = { eased: "（目标放宽）", tightened: "（目标收紧）", changed: "" };
const BAND = { achieved: "达成", partial: "部分达成", not: "未达成" } as const;

function formula(f: ScoreFormula, n: NumberFormat): string {
  const x = (v: number, percent: boolean): string => (percent ? n.rate(v) : n.number(v));
  switch (f.kind) {
    case "full":
      return `${n.number(f.weight)} × 100%`;
    case "ratio":
      return `${n.number(f.weight)} × ${x(f.numerator, f.percent)} ÷ ${x(f.denominator, f.percent)}`;
    case "zero":
      return "0";
    case "weight":
      return n.number(f.weight);
  }
}

const ROLE_NAMES: Record<Role, string> = {
  seq: "序号",
  name: "项目名称",
  initialBudget: "年初预算数",
  fullBudget: "全年预算数",
  budget: "预算数",
  amountActual: "执行数",
  rate: "执行率",
  status: "完成情况",
  explanation: "情况说明",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  target: "指标值",
  initialTarget: "年初指标值",
  operator: "指标性质",
  unit: "度量单位",
  indicatorActual: "实际完成值",
  weight: "分值",
  score: "得分",
  grade: "等级",
};

export const zhCN: MessageBook = {
  lang: "zh-CN",
  findings: {
    "low-execution": (p, n) => `${item(p.item)}预算执行率为 ${n.rate(p.rate)}，低于 ${n.rate(p.threshold, 0)}`,
    "low-execution.no-budget": (p) => `${item(p.item)}预算数为 0 或为空，无法计算执行率（这不等于执行率为 0%），请核实预算数`,
    "unmet-target.declared": (p) => `${item(p.item)}绩效目标完成情况填报为“${p.status}”`,
    "unmet-target.numeric": (p) => `${item(p.item)}实际完成值 ${p.actual} 未达到目标 ${p.target}`,
    "unmet-target.partial": (p) => `${item(p.item)}实际完成情况“${p.actual}”只是部分达成目标“${p.target}”`,
    "unmet-target.qualitative": (p) => `${item(p.item)}实际完成情况“${p.actual}”未达成目标“${p.target}”`,
    "unmet-target.deadline": (p) => `${item(p.item)}完成时间 ${p.actual} 晚于目标时限“${p.target}”`,
    "rate-mismatch": (p, n) => `${item(p.item)}填报的执行率 ${n.rate(p.stated, p.statedDecimals)} 与执行数 ÷ 预算数 = ${n.rate(p.computed)} 不一致`,
    "total-mismatch.amount": (p, n) =>
      `${item(p.item)}${p.column}填报为 ${n.amount(p.stated, p.decimals)}，与各明细之和 ${n.amount(p.computed, p.decimals)} 不一致（相差 ${n.amount(Math.abs(p.stated - p.computed), p.decimals)}）`,
    "total-mismatch.score": (p, n) =>
      `${item(p.item)}填报的总分 ${n.amount(p.stated, p.decimals)} 与各项得分之和 ${n.amount(p.computed, p.decimals)} 不一致（相差 ${n.amount(Math.abs(p.stated - p.computed), p.decimals)}）`,
    "weight-sum": (p, n) => `各项分值合计为 ${n.score(p.sum)}，应为 ${n.score(p.expected)}`,
    "weight-sum.group": (p, n) => `一级指标「${p.group}」分值合计为 ${n.score(p.sum)}，与通常的 ${n.score(p.expected)} 分不同，请确认是否符合当地要求`,
    "score-mismatch.over-weight": (p, n) => `${item(p.item)}得分 ${n.number(p.stated)} 高于该项分值 ${n.number(p.weight)}`,
    "score-mismatch.quantitative": (p, n) => `${item(p.item)}按评分规则应得 ${n.score(p.computed)} 分（${formula(p.formula, n)}），填报为 ${n.number(p.stated)} 分`,
    "score-mismatch.qualitative": (p, n) =>
      `${item(p.item)}“${p.actual}”属于${BAND[p.band]}档，最高可得 ${n.number(p.ceiling)} 分，填报为 ${n.number(p.stated)} 分`,
    "score-mismatch.execution": (p, n) =>
      `预算执行率得分应为 ${n.score(p.computed)} 分（${n.score(p.weight)} × ${n.rate(p.rate)}），填报为 ${n.number(p.stated)} 分`,
    "missing-explanation.unmet": (p) => `${item(p.item)}目标未完成，但未填写偏差原因或情况说明`,
    "missing-explanation.low-rate": (p, n) => `${item(p.item)}执行率为 ${n.rate(p.rate)}，低于 ${n.rate(p.threshold, 0)}，但未填写情况说明`,
    "grade-mismatch": (p, n) => `总分 ${n.score(p.score)} 对应等级为“${p.expected}”，填报为“${p.stated}”`,
    "target-exceeded": (p, n) => `${item(p.item)}实际完成值 ${p.actual} 达到目标 ${p.target} 的 ${n.rate(p.ratio, 0)}，目标可能定得偏低`,
    "non-numeric-actual": (p) => `${item(p.item)}目标“${p.target}”是数值，实际完成值却是“${p.actual}”，无法比较`,
    "unit-mismatch": (p) => `${item(p.item)}目标“${p.target}”与实际完成值“${p.actual}”单位不同，无法比较`,
    "unit-mismatch.amount": (p, n) => `${item(p.item)}金额“${n.number(p.value)}${p.unit}”的单位与本表的“${p.tableUnit}”不同，未计入执行率和合计`,
    "over-budget": (p, n) => `${item(p.item)}执行数 ${n.amount(p.actual, p.decimals)} 超过预算数 ${n.amount(p.budget, p.decimals)}`,
    "execution-cap": (p, n) => `预算执行率为 ${n.rate(p.rate)}，按当地规定总分不应超过 ${n.score(p.cap)} 分，填报为 ${n.score(p.score)} 分`,
    "rule-based-total": (p, n) => `按评分规则计算的总分为 ${n.score(p.computed)} 分（填报 ${n.score(p.stated)} 分）`,
    "weight-sum.label": (p, n) => `「${p.group}」标明 ${n.score(p.expected)} 分，其下各项分值合计为 ${n.score(p.sum)} 分`,
    "unsupported-score.repeats-target": (p) => `${item(p.item)}实际完成值“${p.actual}”照抄了目标“${p.target}”（带比较符号），没有填报实际完成了多少，不能据此给满分`,
    "unsupported-score.no-basis": (p, n) => `${item(p.item)}既没有目标值也没有实际完成值，却给了 ${n.number(p.stated)} 分，得分没有依据`,
    "recognition.block-not-read": (p) =>
      `这里像是${p.expected === "indicators" ? "绩效指标表" : "明细表"}的表头，但未能读取：${p.found.length > 0 ? `找到了${p.found.map((r) => `「${ROLE_NAMES[r as Role] ?? r}」`).join("")}列，` : ""}没有找到${p.missing.map((r) => `「${ROLE_NAMES[r as Role] ?? r}」`).join("")}列。这部分未审核，可用 --map 指定列`,
    "recognition.not-filled": (p) => `指标表的 ${p.rows} 项指标都没有填写实际完成值和得分：这张表尚未填报，无法审核`,
    "typed-total": (p, n) =>
      `${item(p.item)}${p.column}是手工填写的数字 ${p.percent ? n.rate(p.value, 4) : n.number(p.value)}，而同类单元格 ${p.neighbour} 是公式 ${p.neighbourFormula}；明细修改后它不会随之更新`,
    "short-sum.missing": (p) => `${item(p.item)}公式 ${p.formula} 少了第 ${rows(p.rows)} 行`,
    "short-sum.double": (p) => `${item(p.item)}公式 ${p.formula} 重复计算了第 ${rows(p.rows)} 行（第 ${rows(p.via)} 行的小计或合计已包含它们）`,
    "inconsistent-formula": (p) => `${item(p.item)}公式 ${p.formula} 与本列其他 ${p.count} 个单元格的公式不一致，按同列的规律应为 ${p.usual}`,
    "hardcoded-constant": (p, n) => `${item(p.item)}公式 ${p.formula} 中直接写入了数字 ${n.number(p.constant)}，相关数据变化后结果不会随之更新，建议改为引用单元格`,
    "number-as-text": (p) => `${item(p.item)}${p.column}“${p.text}”是以文本形式存储的数字，Excel 的 SUM 等函数会跳过它`,
    "number-as-text.sum": (p, n) =>
      `${item(p.item)}${p.column}“${p.text}”是以文本形式存储的数字：Excel 的 SUM 会跳过它，${p.total} 的公式 ${p.formula} 因此少算了 ${n.number(p.value)}`,
    "stale-values.manual": (p) =>
      `工作簿的计算模式为“手动”，${p.formulas > 0 ? `本表 ${p.formulas} 个公式` : "公式"}显示的结果可能不是最新的；审核使用的是文件中保存的值，请按 F9 重新计算并保存后再审核`,
    "stale-values.no-result": (p) =>
      `本表有 ${p.count} 个公式没有保存计算结果（${cellList(p.cells, p.count)}），显示的值可能不是最新的` +
      (p.computed === p.count ? "；审核已按公式重新算出这些值" : p.computed > 0 ? `；审核按公式算出了其中 ${p.computed} 个的值` : "") +
      (p.count > p.computed ? `；另有 ${p.count - p.computed} 个（${cellList(p.failed, p.count - p.computed)}）无法计算，未参与核对` : ""),
    "hidden-rows.rows": (p) => `第 ${rows(p.rows)} 行被隐藏${p.total ? INCLUDES[p.includes](p.total) : "，请确认是否有意隐藏"}`,
    "hidden-rows.columns": (p) => `第 ${p.columns.join("、")} 列${p.headers.some(Boolean) ? `（${p.headers.filter(Boolean).join("、")}）` : ""}被隐藏，审核照常读取了其中的数据`,
    "external-link": (p) => `公式 ${p.formula} 引用了另一个工作簿 ${p.book}：该文件移动、改名或更新后，这里的值可能过时或无法计算`,
    "score-mismatch.execution-missing": (p, n) =>
      `预算执行率没有得分：${p.fromParts ? "年度资金总额未填，按其下各项资金计算，" : ""}执行率为 ${n.rate(p.rate)}，应得 ${n.score(p.computed)} 分（${n.score(p.weight)} × ${n.rate(p.rate)}）`,
    "target-changed": (p) => `${item(p.item)}指标值由年初的“${p.initial}”调整为“${p.adjusted}”${TARGET_CHANGE[p.direction]}，但未说明调整原因`,
  },
  rules: {
    "low-execution": "执行率过低",
    "unmet-target": "目标未完成",
    "rate-mismatch": "执行率计算不符",
    "total-mismatch": "合计不符",
    "weight-sum": "分值合计不为 100",
    "score-mismatch": "得分不符合评分规则",
    "missing-explanation": "缺少情况说明",
    "grade-mismatch": "等级与总分不符",
    "target-exceeded": "目标明显偏低",
    "non-numeric-actual": "实际值不是数值",
    "unit-mismatch": "单位不一致",
    "over-budget": "支出超预算",
    "execution-cap": "按执行率限制总分",
    "rule-based-total": "按规则计算的总分",
    "unsupported-score": "得分缺少依据",
    "recognition": "表格未能完整识别",
    "typed-total": "合计手工填写",
    "short-sum": "求和范围不全",
    "inconsistent-formula": "公式与同列不一致",
    "hardcoded-constant": "公式中写死数字",
    "number-as-text": "文本格式的数字",
    "stale-values": "公式结果可能未更新",
    "hidden-rows": "隐藏的行或列",
    "external-link": "引用其他工作簿",
    "target-changed": "指标值调整未说明",
  },
  severity: { error: "错误", warning: "警告", info: "提示" },
  band: BAND,
  grade: { 优: "优", 良: "良", 中: "中", 差: "差" },
  layout: {
    "line-items": "项目明细表",
    "self-evaluation": "项目支出绩效自评表",
    indicators: "绩效指标表",
    mixed: "多个表格",
    unrecognised: "未识别的表格布局，未审核",
    empty: "空工作表",
  },
  roles: ROLE_NAMES,
  blocks: { "line-items": "项目明细表", funds: "项目资金", indicators: "绩效指标" },
  readings: { item: "明细", category: "分类", subtotal: "小计", total: "合计", placeholder: "占位行（不计）", explanation: "原因说明", grade: "等级" },
  problems: {
    empty: () => "单元格为空",
    "not-a-number": (t) => `“${t}”不是数字`,
    "bad-target": (t) => `无法识别目标值“${t}”`,
    "bad-date": (t) => `“${t}”不是有效日期`,
    "no-budget": () => "预算数为 0 或为空，无法计算执行率",
    "unit-mismatch": (t, o) => `“${t}”与“${o}”单位不同，无法比较`,
    "cannot-judge": (t) => `无法根据“${t}”判断目标是否完成`,
    "bad-weight": (t) => `分值“${t}”无效`,
    "bad-score": (t) => `得分“${t}”无效`,
    "shape-mismatch": () => "各参数区域的行列数不一致",
    "error-value": (t) => `单元格含有错误值 ${t}`,
  },
  inputErrors: {
    "not-xlsx": "这不是 Excel .xlsx 文件。",
    "legacy-xls": "这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再审核。",
    encrypted: "文件设有打开密码，请在 Excel 或 WPS 中取消密码并保存后再审核。",
    corrupt: "文件已损坏，或不是有效的 .xlsx 文件，无法读取。",
    empty: "文件是空的（0 字节）。",
    xlsb: "这是 .xlsb 二进制工作簿，请在 Excel 或 WPS 中另存为 .xlsx 后再审核。",
    ods: "这是 OpenDocument 表格（.ods），请在 WPS 或 LibreOffice 中另存为 .xlsx 后再审核。",
    doctype: "文件中的{part}含有 DOCTYPE 声明（可能借实体扩展或外部实体读取本机文件），已拒绝读取。Excel 和 WPS 保存的文件不会有这种声明。",
    "limit-part-size": "{part}解压后超过 {limit} MB，可能是压缩炸弹，已拒绝读取。",
    "limit-total-size": "文件解压后总计超过 {limit} MB，可能是压缩炸弹，已拒绝读取。",
    "limit-ratio": "{part}的压缩比超过 {limit} 倍，可能是压缩炸弹，已拒绝读取。",
    "limit-cells": "工作簿的单元格超过 {limit} 个，已停止读取。",
    "limit-shared-strings": "共享字符串表超过 {limit} 条，已停止读取。",
    "limit-time": "读取超过 {limit} 秒仍未完成，已停止。",
  },
  parts: { sheet: "工作表 XML（{part}）", sharedStrings: "共享字符串表（{part}）", other: "部件 {part}", unknown: "一个部件" },
  exports: {
    resultsSheet: "审核结果",
    headers: { file: "文件", sheet: "工作表", cell: "单元格", severity: "严重程度", rule: "规则", message: "问题说明", expected: "期望值", actual: "实际值" },
    noFindings: "未发现问题。",
    noteSeparator: "──── 绩效审核 ────",
    noteAuthor: "绩效审核",
  },
};
