import type { ReportMessages } from "./codes";

const item = (s: string): string => (s ? `「${s}」` : "");

export const reportZhCN: ReportMessages = {
  lang: "zh-CN",
  what: { budget: "预算数", initialBudget: "年初预算数", actual: "执行数", rate: "执行率", score: "得分", count: "数量", grade: "等级" },
  findings: {
    "report-number-mismatch": (p) => `${item(p.item)}报告中的${reportZhCN.what[p.what]}为 ${p.stated}，自评表为 ${p.shown}`,
    "report-inconsistent": (p) =>
      `${item(p.item)}${reportZhCN.what[p.what]}在报告中前后不一致：${p.firstAt}写作 ${p.first}，此处写作 ${p.second}；自评表${reportZhCN.what[p.what]}为 ${p.shown}${p.otherShown ? `，${p.otherLabel}为 ${p.otherShown}` : ""}`,
    "report-missing-unit": (p) => `${item(p.item)}${reportZhCN.what[p.what]} ${p.stated} 没有写单位（自评表单位为${p.unit}）`,
    "report-score-claim.total": (p) => `报告称总分 ${p.stated} 分，按评分规则计算为 ${p.computed} 分${p.form ? `（自评表填报 ${p.form} 分）` : ""}`,
    "report-score-claim.grade": (p) => `报告称等级为“${p.stated}”，按评分规则总分 ${p.score} 分对应“${p.computed}”`,
    "report-score-claim.indicator": (p) => `${item(p.item)}报告称得分 ${p.stated} 分，按评分规则应得 ${p.computed} 分`,
    "report-unmentioned.unmet": (p) => `${item(p.item)}绩效目标未完成，报告中未提及`,
    "report-unmentioned.low-execution": (p) => `${item(p.item)}预算执行率为 ${p.rate}，偏低，报告中未提及`,
  },
};
