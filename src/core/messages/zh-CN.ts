import type { MessageBook } from "./codes";

const s = (v: unknown): string => (v === undefined || v === null ? "" : String(v));
/** 「名称」 prefix when the row has a name. */
const item = (v: unknown): string => (s(v) ? `「${s(v)}」` : "");
const band = (v: unknown): string => ({ achieved: "达成", partial: "部分达成", not: "未达成" } as Record<string, string>)[s(v)] ?? s(v);

export const zhCN: MessageBook = {
  lang: "zh-CN",
  findings: {
    "low-execution": (p) => `${item(p.item)}预算执行率为 ${s(p.rate)}，低于 ${s(p.threshold)}`,
    "low-execution.no-budget": (p) => `${item(p.item)}预算数为 0 或为空，无法计算执行率（这不等于执行率为 0%），请核实预算数`,
    "unmet-target.declared": (p) => `${item(p.item)}绩效目标完成情况填报为“${s(p.status)}”`,
    "unmet-target.numeric": (p) => `${item(p.item)}实际完成值 ${s(p.actual)} 未达到目标 ${s(p.target)}`,
    "unmet-target.partial": (p) => `${item(p.item)}实际完成情况“${s(p.actual)}”只是部分达成目标“${s(p.target)}”`,
    "unmet-target.qualitative": (p) => `${item(p.item)}实际完成情况“${s(p.actual)}”未达成目标“${s(p.target)}”`,
    "unmet-target.deadline": (p) => `${item(p.item)}完成时间 ${s(p.actual)} 晚于目标时限“${s(p.target)}”`,
    "rate-mismatch": (p) => `${item(p.item)}填报的执行率 ${s(p.stated)} 与执行数 ÷ 预算数 = ${s(p.computed)} 不一致`,
    "total-mismatch.amount": (p) => `${item(p.item)}${s(p.column)}填报为 ${s(p.stated)}，与各明细之和 ${s(p.computed)} 不一致（相差 ${s(p.diff)}）`,
    "total-mismatch.weight": (p) => `${item(p.item)}填报的分值合计 ${s(p.stated)} 与各项分值之和 ${s(p.computed)} 不一致`,
    "total-mismatch.score": (p) => `${item(p.item)}填报的总分 ${s(p.stated)} 与各项得分之和 ${s(p.computed)} 不一致（相差 ${s(p.diff)}）`,
    "weight-sum": (p) => `各项分值合计为 ${s(p.sum)}，应为 ${s(p.expected)}`,
    "weight-sum.group": (p) => `一级指标「${s(p.group)}」分值合计为 ${s(p.sum)}，与通常的 ${s(p.expected)} 分不同，请确认是否符合当地要求`,
    "score-mismatch.over-weight": (p) => `${item(p.item)}得分 ${s(p.stated)} 高于该项分值 ${s(p.weight)}`,
    "score-mismatch.quantitative": (p) =>
      `${item(p.item)}按评分规则应得 ${s(p.computed)} 分（${s(p.formula)}），填报为 ${s(p.stated)} 分`,
    "score-mismatch.qualitative": (p) =>
      `${item(p.item)}“${s(p.actual)}”属于${band(p.band)}档，最高可得 ${s(p.ceiling)} 分，填报为 ${s(p.stated)} 分`,
    "score-mismatch.execution": (p) =>
      `预算执行率得分应为 ${s(p.computed)} 分（${s(p.weight)} × ${s(p.rate)}），填报为 ${s(p.stated)} 分`,
    "missing-explanation.unmet": (p) => `${item(p.item)}目标未完成，但未填写偏差原因或情况说明`,
    "missing-explanation.low-rate": (p) => `${item(p.item)}执行率为 ${s(p.rate)}，低于 ${s(p.threshold)}，但未填写情况说明`,
    "grade-mismatch": (p) => `总分 ${s(p.score)} 对应等级为“${s(p.expected)}”，填报为“${s(p.stated)}”`,
    "target-exceeded": (p) => `${item(p.item)}实际完成值 ${s(p.actual)} 达到目标 ${s(p.target)} 的 ${s(p.ratio)}，目标可能定得偏低`,
    "non-numeric-actual": (p) => `${item(p.item)}目标“${s(p.target)}”是数值，实际完成值却是“${s(p.actual)}”，无法比较`,
    "unit-mismatch": (p) => `${item(p.item)}目标“${s(p.target)}”与实际完成值“${s(p.actual)}”单位不同，无法比较`,
    "unit-mismatch.amount": (p) => `${item(p.item)}金额“${s(p.actual)}”的单位与本表的“${s(p.target)}”不同，未计入执行率和合计`,
    "over-budget": (p) => `${item(p.item)}执行数 ${s(p.actual)} 超过预算数 ${s(p.budget)}`,
    "execution-cap": (p) => `预算执行率为 ${s(p.rate)}，按当地规定总分不应超过 ${s(p.cap)} 分，填报为 ${s(p.score)} 分`,
    "rule-based-total": (p) => `按评分规则计算的总分为 ${s(p.computed)} 分（填报 ${s(p.stated)} 分）`,
  },
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
  words: {
    severity: { error: "错误", warning: "警告", info: "提示" },
    band: { achieved: "达成", partial: "部分达成", not: "未达成" },
    layout: {
      "line-items": "项目明细表",
      "self-evaluation": "项目支出绩效自评表",
      indicators: "绩效指标表",
      mixed: "多个表格",
      unrecognised: "未识别的表格布局，未审核",
      empty: "空工作表",
    },
  },
};
