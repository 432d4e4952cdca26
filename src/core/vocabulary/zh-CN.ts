/**
 * The Chinese words the engine recognises. Order matters in HEADERS: the first entry that holds wins,
 * so overriding words come first (得分系数 is no score; 执行率权重 a weight; 预算执行数 spending, not budget).
 */
import type { LabelWords, RoleWords } from "./types";

export const HEADERS_ZH: readonly RoleWords[] = [
  // Columns to read past: a coefficient is not a score, the scoring criteria are prose.
  { role: "ignore", words: ["系数", "评分标准", "评分办法", "计分方法", "评分细则", "是否核心", "报表编号", "盖章"] },
  // Explanations: 偏差原因分析及改进措施, 未完成原因分析, 扣分原因和其他说明, 情况说明, 备注.
  { role: "explanation", words: ["原因", "说明", "改进措施", "整改措施", "备注"] },
  // Weights before scores and rates: 执行率权重, 指标权重（分）, 权数, 分值, 满分.
  { role: "weight", words: ["权重", "权数", "分值", "满分", "标准分"] },
  // Scores: 得分, 自评得分, 执行率得分（分）, 得分(20分*执行率), 评分.
  { role: "score", words: ["得分", "评分", "自评分", "考评分"] },
  { role: "grade", exact: ["等级", "自评等级", "评价等级", "绩效等级", "综合等级", "评定等级"] },
  // Rates: 执行率, 执行率(B/A), 预算执行率%, 支出进度.
  { role: "rate", words: ["执行率", "执行进度", "支出进度", "支付进度"] },
  // A status column (完成/未完成) in line-item tables.
  { role: "status", words: ["完成情况", "是否完成", "是否达成", "是否达标", "是否实现", "达成情况"] },
  { role: "level1", words: ["一级指标"], exact: ["一级"] },
  { role: "level2", words: ["二级指标"], exact: ["二级"] },
  { role: "level3", words: ["三级指标", "指标名称", "指标内容", "考核指标"], exact: ["三级", "指标", "具体指标"] },
  // 年初指标值 is the target only when no adjusted one stands beside it.
  { role: "initialTarget", words: ["年初指标值", "年初目标值", "原指标值", "年初指标"] },
  { role: "target", words: ["指标值", "目标值", "年度目标值"], exact: ["目标", "年度指标", "年度目标"], unless: ["实际"] },
  { role: "operator", words: ["指标性质", "运算符", "运算关系", "比较符"], exact: ["符号", "性质"] },
  { role: "unit", words: ["度量单位", "计量单位", "指标单位"], exact: ["单位"] },
  // Actual values of indicators: 实际完成值(B), 全年实际值（B）, 全年完成值.
  { role: "indicatorActual", words: ["实际完成值", "完成值", "实际值", "实际完成数", "实际达到值"], exact: ["实际完成"] },
  { role: "initialBudget", words: ["年初预算"] },
  // 全年(调整)预算数 reads 全年预算数 once its brackets are set aside.
  { role: "fullBudget", words: ["全年预算", "调整后预算", "调整预算"] },
  // Spending before budget: 预算执行数 is spending.
  { role: "amountActual", words: ["执行数", "实际支出", "支出数", "决算数", "实际执行", "支出金额", "支出额", "实际使用", "已支出", "实际拨付", "执行金额"] },
  { role: "budget", words: ["预算数", "预算收入", "预算金额", "预算资金", "预算安排", "安排资金", "预算内"], exact: ["预算", "预算额"] },
  { role: "name", words: ["项目名称", "明细", "支出项目", "事项", "资金名称", "项目内容"], exact: ["项目", "名称", "内容"] },
  { role: "seq", exact: ["序号", "编号", "行次"] },
];

export const LABELS_ZH: LabelWords = {
  total: ["合计", "总计", "总额", "共计", "总分", "总得分", "综合得分", "自评总分", "年度资金总额", "资金总额"],
  overallTotal: ["总分", "总得分", "综合得分", "自评总分"],
  subtotal: ["小计"],
  breakdown: ["其中"],
  breakdownFamilies: {
    source: ["财政拨款", "财政资金", "上年结转", "结转资金", "其他资金", "单位资金", "财政专户", "自筹", "社会资金", "专项资金"],
    kind: ["基本支出", "项目支出", "人员经费", "公用经费"],
  },
  // By source the list is whole once 其他资金 is in it; by kind once both 基本支出 and 项目支出 are.
  breakdownClosers: { source: ["其他"], kind: ["基本支出&项目支出"] },
  goals: ["年度总体目标", "总体目标", "预期目标", "实际完成情况", "年度绩效目标"],
  gradeLabels: ["等级", "自评等级", "评价等级", "绩效等级", "综合等级", "评定等级", "自评结果等级"],
  grades: { 优: "优", 优秀: "优", 良: "良", 良好: "良", 中: "中", 合格: "中", 中等: "中", 差: "差", 较差: "差", 不合格: "差" },
  explanationRows: ["偏差大或目标未完成原因分析", "未完成原因及改进措施", "偏差原因分析", "未完成原因", "原因分析", "偏差原因"],
  // None of these explains anything: 0, /, —, 无, 暂无, -.
  emptyExplanations: ["0", "/", "／", "—", "——", "-", "--", "无", "暂无", "没有", "无。", "空", "略", "不适用"],
  bandPartial: ["基本", "部分", "大部分", "大部", "初步"],
  bandNot: ["未", "没有", "否", "不合格", "不达标", "不及时", "未按时", "无法", "×"],
  bandAchieved: [
    "已", "全部", "全面", "均已", "按时", "及时", "按期", "如期", "达成", "完成", "建立", "建成", "实现", "合格", "达标", "是", "√",
    "有效", "良好", "满意", "正常", "符合", "通过", "明显", "显著", "较好", "提高", "提升", "降低", "下降", "减少", "改善", "增加", "增长", "优", "健全",
  ],
};

/** Placeholder rows left in a template: 指标1, 指标2, ……, XX指标. */
export const PLACEHOLDERS_ZH: readonly RegExp[] = [/^指标\d+$/, /^[….。·．]+$/, /^(xx|XX|××)+指标$/, /^指标名称\d*$/];

/** The prefix in 指标1：培训人次, dropped from the indicator's name. */
export const NAME_PREFIX_ZH = /^指标\d+[:：]/;

/** A weight written in a label: 产出指标(50分), 预算执行情况（10分）. */
export const WEIGHT_IN_LABEL_ZH = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;
