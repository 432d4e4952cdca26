/**
 * The evaluation corpus: generated workbooks laid out as published forms are, one case per workbook,
 * each a variant of one or more classes of issue 9 (tests/eval/classes.ts), with what a reviewer from the
 * finance bureau would report on it (domain.md) and what would be a false alarm.
 *
 * Adding a case: build its sheet (tests/helpers/real-forms.ts or sheets.ts), list the classes it is a
 * variant of, the findings it expects (rule, cell, and code where it matters), its must-nots, and any rule
 * it judges without expecting a finding of it (then every finding of that rule there is a false alarm).
 */
import type { RuleId } from "../../src/core/types";
import { placedAt, shiftCell, type SheetSpec } from "../helpers/grid";
import * as forms from "../helpers/real-forms";
import { changed, CLEAN_INDICATORS, indicators, PROSE } from "../helpers/sheets";
import type { EvalCase, Expectation } from "./types";

const at = (rule: RuleId, cell: string, code?: string, why?: string): Expectation => ({ rule, cell, ...(code ? { code } : {}), ...(why ? { why } : {}) });
const onRow = (rule: RuleId, row: number, why?: string): Expectation => ({ rule, row, ...(why ? { why } : {}) });
const anywhere = (rule: RuleId, why?: string): Expectation => ({ rule, ...(why ? { why } : {}) });
/** No error-level finding of the rule: off-default weights that add up are a warning at most. */
const noError = (rule: RuleId): Expectation => ({ rule, severity: "error" });
const warnings = (rule: RuleId): Expectation => ({ rule, severity: "warning" });
const moved = (e: Expectation, rows: number, cols: number): Expectation => (e.cell ? { ...e, cell: shiftCell(e.cell, rows, cols) } : e);

/** The rules of domain.md §5: judged on every case that claims a sheet is clean of them. */
const CORE: RuleId[] = ["low-execution", "unmet-target", "rate-mismatch", "total-mismatch", "weight-sum", "score-mismatch", "missing-explanation", "grade-mismatch"];
const INDICATOR_RULES: RuleId[] = ["unmet-target", "total-mismatch", "score-mismatch", "missing-explanation", "grade-mismatch"];
const FUNDS_RULES: RuleId[] = ["low-execution", "rate-mismatch", "total-mismatch", "score-mismatch"];

const sheet = (spec: SheetSpec, name = "Sheet1"): SheetSpec[] => [{ ...spec, sheet: name }];

const ENGLISH_EXPECT = [
  at("low-execution", "D2", undefined, "50% executed"),
  at("unmet-target", "E2", "unmet-target.declared"),
  at("missing-explanation", "F2", undefined, "unmet, no comment"),
  at("rate-mismatch", "D3", undefined, "190/200 is 95%, 90% stated"),
  at("missing-explanation", "F4", "missing-explanation.low-rate", "75% with no comment"),
];

const english: EvalCase[] = [
  {
    id: "en-line-items",
    classes: ["c01-english-headers", "mh-english-line-items"],
    title: "Item, Allocation (RMB), Amount spent, Spend rate, Achieved?, Comments",
    sheets: sheet(forms.englishLineItems()),
    judges: CORE,
    expect: ENGLISH_EXPECT,
    layouts: { Sheet1: "line-items" },
  },
  {
    id: "en-line-items-offset",
    classes: ["c01-english-headers", "mh-english-line-items"],
    title: "Activity, Approved budget, Disbursed, Execution rate, Status, Remarks, at B3",
    sheets: sheet(placedAt(forms.englishLineItems({ words: ["Activity", "Approved budget", "Disbursed", "Execution rate", "Status", "Remarks"] }), "B3")),
    judges: CORE,
    expect: ENGLISH_EXPECT.map((e) => moved(e, 2, 1)),
    layouts: { Sheet1: "line-items" },
  },
  {
    id: "en-line-items-plain",
    classes: ["c01-english-headers"],
    title: "Budget item, Budget, Actual, Rate, Completed, Notes",
    sheets: sheet(forms.englishLineItems({ words: ["Budget item", "Budget", "Actual", "Rate", "Completed", "Notes"] })),
    judges: CORE,
    expect: ENGLISH_EXPECT,
    layouts: { Sheet1: "line-items" },
  },
  {
    id: "en-line-items-budget-line",
    classes: ["c01-english-headers", "mh-english-line-items"],
    title: "Budget line, Approved budget, Funds utilised, Utilization %, Achieved (Y/N), Remarks / reasons",
    sheets: sheet(forms.englishLineItems({ words: ["Budget line", "Approved budget", "Funds utilised", "Utilization %", "Achieved (Y/N)", "Remarks / reasons"] })),
    judges: CORE,
    expect: ENGLISH_EXPECT,
    layouts: { Sheet1: "line-items" },
  },
  {
    id: "en-indicators",
    classes: ["c01-english-headers"],
    title: "English indicator table: 80 of ≥100 trained, full marks, no reason",
    sheets: sheet(forms.englishIndicators()),
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "D2"), at("score-mismatch", "F2", "score-mismatch.quantitative", "50 × 80/100 = 40"), at("missing-explanation", "G2")],
    layouts: { Sheet1: "indicators" },
  },
];

english.push({
  id: "en-national-form",
  classes: ["c01-english-headers", "c04-two-row-headers"],
  title: "the national form in English: Initial/Revised budget, Actual expenditure, Total score",
  sheets: sheet(forms.englishNationalForm()),
  judges: [...FUNDS_RULES, ...INDICATOR_RULES],
  expect: [
    at("score-mismatch", "H3", "score-mismatch.execution", "10 × 80/100 = 8"),
    at("unmet-target", "E8"),
    at("score-mismatch", "G8", "score-mismatch.quantitative", "30 × 1800/2000 = 27"),
    at("missing-explanation", "H8"),
  ],
  mustNot: [at("rate-mismatch", "G3", undefined, "80% is 80/100, on the revised budget")],
  layouts: { Sheet1: "self-evaluation" },
});

english.push({
  id: "en-two-row-target",
  classes: ["c01-english-headers", "c04-two-row-headers"],
  title: "Annual target over Operator | Value | Unit; 90% against ≥95% with full marks",
  sheets: sheet(forms.englishTwoRowTarget()),
  judges: [...INDICATOR_RULES, "weight-sum"],
  expect: [at("unmet-target", "F4"), at("score-mismatch", "H4", "score-mismatch.quantitative", "30 × 90/95 = 28.42"), at("missing-explanation", "I4")],
  layouts: { Sheet1: "indicators" },
});

english.push(
  {
    id: "en-grade-placeholders",
    classes: ["c01-english-headers", "c03-grade-rows", "c11-placeholders"],
    title: "English: Indicator 2 and ... left in, Total score 78, Grade Good",
    sheets: sheet(forms.englishGradeAndPlaceholders()),
    judges: [...INDICATOR_RULES, "weight-sum", "unsupported-score", "recognition"],
    expect: [at("grade-mismatch", "B9", undefined, "78 is 中 (fair)"), at("unmet-target", "D2"), at("unmet-target", "D5"), at("unmet-target", "D7")],
    mustNot: [onRow("unsupported-score", 3), onRow("unsupported-score", 4), onRow("recognition", 3), onRow("recognition", 4)],
  },
  {
    id: "en-grade-right",
    classes: ["c01-english-headers", "c03-grade-rows"],
    title: "English: Total score 78, Grade Fair",
    sheets: sheet(forms.englishGradeAndPlaceholders("Fair")),
    judges: ["grade-mismatch"],
    expect: [],
  },
);

const provincial: EvalCase[] = [
  {
    id: "prov-hubei-funds",
    classes: ["c02-provincial-header-words", "c10-execution-weight"],
    title: "预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率): 80% executed, 20 stated",
    sheets: sheet(forms.hubeiFunds()),
    judges: FUNDS_RULES,
    expect: [at("score-mismatch", "F2", "score-mismatch.execution", "20 × 80% = 16")],
  },
  {
    id: "prov-indicator-words",
    classes: ["c02-provincial-header-words"],
    title: "年度指标值（A） | 全年实际值（B） | 指标权重（分） | 指标得分（分） | 扣分原因和其他说明",
    sheets: sheet(forms.provincialIndicators()),
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "E2"), at("score-mismatch", "G2", "score-mismatch.quantitative", "20 × 90/100 = 18"), at("missing-explanation", "H2")],
    layouts: { Sheet1: "indicators" },
  },
  {
    id: "prov-department-words",
    classes: ["c02-provincial-header-words"],
    title: "考核指标 | 年度目标 | 完成值 | 权重 | 评分 | 扣分说明",
    sheets: sheet(forms.departmentIndicatorWords()),
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "E2"), at("score-mismatch", "G2", "score-mismatch.quantitative", "30 × 85/100 = 25.5"), at("missing-explanation", "H2")],
    layouts: { Sheet1: "indicators" },
  },
  {
    id: "prov-actual-as-situation",
    classes: ["c02-provincial-header-words"],
    title: "the actual column headed 实际完成情况",
    sheets: sheet(forms.departmentIndicatorWords("实际完成情况")),
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "E2"), at("score-mismatch", "G2", "score-mismatch.quantitative", "30 × 85/100 = 25.5"), at("missing-explanation", "H2")],
    layouts: { Sheet1: "indicators" },
  },
  {
    id: "prov-progress-line-items",
    classes: ["c02-provincial-header-words", "c17-rates-text-formulas"],
    title: "支出项目 | 预算安排数 | 执行金额 | 支出进度% (percent points) | 备注",
    sheets: sheet(forms.progressLineItems()),
    judges: CORE,
    expect: [at("low-execution", "E4", undefined, "27/60 = 45%"), at("missing-explanation", "F4", "missing-explanation.low-rate")],
    layouts: { Sheet1: "line-items" },
  },
  {
    id: "prov-coefficient",
    classes: ["c02-provincial-header-words"],
    title: "执行率权重 | 执行率得分（分）; 权数 and 得分系数（%） beside 得分",
    sheets: sheet(forms.coefficientColumns()),
    judges: ["score-mismatch", "unmet-target", "missing-explanation", "rate-mismatch"],
    expect: [at("score-mismatch", "F2", "score-mismatch.execution", "10 × 75% = 7.5"), at("unmet-target", "E5")],
    mustNot: [5, 6, 7, 8].map((r) => onRow("score-mismatch", r, "得分系数 is a coefficient, not a score")),
  },
  {
    id: "prov-adjusted-target",
    classes: ["c02-provincial-header-words"],
    title: "年初指标值 next to 调整指标值: the adjusted one is the target",
    sheets: sheet(forms.adjustedTargets()),
    judges: [...INDICATOR_RULES, "weight-sum", "target-changed"],
    expect: [at("target-changed", "E2", undefined, "target lowered from ≥100户 to ≥80户 with no explanation")],
    mustNot: [
      onRow("unmet-target", 2, "85 meets the adjusted ≥80"),
      onRow("unmet-target", 3, "45 meets the adjusted ≥40"),
      onRow("target-changed", 3, "the change is explained"),
      onRow("target-changed", 4, "≥90% both times: no change"),
    ],
  },
  {
    id: "prov-adjusted-target-done",
    classes: ["c02-provincial-header-words"],
    title: "年初指标值 | 调整指标值 | 全年完成值",
    sheets: sheet(forms.adjustedTargets("全年完成值")),
    judges: [...INDICATOR_RULES, "weight-sum", "target-changed"],
    expect: [at("target-changed", "E2", undefined, "target lowered with no explanation")],
    mustNot: [onRow("unmet-target", 2), onRow("unmet-target", 3), onRow("target-changed", 3, "the change is explained")],
  },
];

provincial.push(
  {
    id: "two-row-budget-header",
    classes: ["c04-two-row-headers", "c02-provincial-header-words"],
    title: "预算数 over 年初预算数 | 调整后预算数 in a line-item table; row 4 at 75% with no reason, row 5 on the wrong base",
    sheets: sheet(forms.twoRowBudgetHeader()),
    judges: CORE,
    expect: [at("missing-explanation", "G4", "missing-explanation.low-rate"), at("rate-mismatch", "F5", undefined, "114% is 57/50 on the initial budget; 57/60 is 95%")],
    mustNot: [onRow("rate-mismatch", 3, "78/80 on the adjusted budget")],
    layouts: { Sheet1: "line-items" },
  },
  {
    id: "categories-subtotals",
    classes: ["c07-block-own-total", "c17-rates-text-formulas"],
    title: "一、/二、 categories with 小计 rows; the second 小计 states 47 where 46, the 合计 191 where 189",
    sheets: sheet(forms.categoriesAndSubtotals()),
    judges: CORE,
    expect: [at("total-mismatch", "D11", undefined, "27 + 19 = 46"), at("total-mismatch", "D12", undefined, "143 + 46 = 189")],
    allowed: [onRow("rate-mismatch", 11), onRow("rate-mismatch", 12)],
    layouts: { Sheet1: "line-items" },
  },
);

const grades: EvalCase[] = [
  {
    id: "grade-under-score",
    classes: ["c03-grade-rows"],
    title: "评价等级 under the 得分 column: 优 for 84",
    sheets: sheet(forms.gradeUnderScore()),
    judges: INDICATOR_RULES,
    expect: [at("grade-mismatch", "G7", undefined, "84 is 良"), at("unmet-target", "E2"), at("unmet-target", "E3")],
  },
  {
    id: "grade-under-score-right",
    classes: ["c03-grade-rows"],
    title: "绩效等级 良 for 84: right",
    sheets: sheet(forms.gradeUnderScore("绩效等级", "良")),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "E2"), at("unmet-target", "E3")],
  },
  {
    id: "grade-national-table",
    classes: ["c03-grade-rows"],
    title: "自评等级 良 under a 总分 of 95",
    sheets: sheet(indicators(changed({ 0: { actual: "3座", score: 15, note: "一座停产" } }), { total: { weight: 100, score: 95 }, grade: "良" })),
    judges: INDICATOR_RULES,
    expect: [at("grade-mismatch", "B11", undefined, "95 is 优"), at("unmet-target", "E2")],
  },
];

grades.push(
  {
    id: "grade-inline",
    classes: ["c03-grade-rows", "c05-typesetting-symbols"],
    title: "自评等级：优秀 written in one cell under a 总分 of 87; a deadline missed",
    sheets: sheet(forms.inlineGradeAndDeadline()),
    judges: INDICATOR_RULES,
    expect: [
      at("grade-mismatch", "A7", undefined, "87 is 良"),
      at("unmet-target", "E2", "unmet-target.deadline"),
      at("score-mismatch", "G2", undefined, "a missed deadline does not earn full marks"),
      at("missing-explanation", "H2"),
      at("unmet-target", "E4"),
    ],
  },
  {
    id: "grade-inline-right",
    classes: ["c03-grade-rows"],
    title: "评价等级为良好 under the same 总分",
    sheets: sheet(forms.inlineGradeAndDeadline("评价等级为良好")),
    judges: ["grade-mismatch"],
    expect: [],
  },
);

const twoRow: EvalCase[] = [
  {
    id: "two-row-national",
    classes: ["c04-two-row-headers", "mh-two-row-national", "goals-block-as-text"],
    title: "年度指标值 over 指标性质 | 指标值 | 度量单位; ═100% missed at 98% with full marks",
    sheets: sheet(forms.twoRowNationalForm()),
    judges: [...INDICATOR_RULES, ...FUNDS_RULES],
    expect: [
      at("score-mismatch", "I9", "score-mismatch.quantitative", "met, 45 of 50"),
      at("score-mismatch", "I10", "score-mismatch.quantitative", "40 × 98/100 = 39.2"),
      at("unmet-target", "G10"),
      at("missing-explanation", "J10"),
    ],
    mustNot: [onRow("rate-mismatch", 6, "goals block"), onRow("low-execution", 6, "goals block")],
    layouts: { Sheet1: "self-evaluation" },
  },
  {
    id: "two-row-national-right",
    classes: ["c04-two-row-headers", "mh-two-row-national"],
    title: "the same form scored right, the miss explained",
    sheets: sheet(forms.twoRowNationalForm({ firstScore: 50, secondScore: 39.2, reason: "检测设备故障两天" })),
    judges: [...INDICATOR_RULES, ...FUNDS_RULES],
    expect: [at("unmet-target", "G10")],
    layouts: { Sheet1: "self-evaluation" },
  },
  {
    id: "two-row-group-over-levels",
    classes: ["c04-two-row-headers"],
    title: "绩效指标 over 一级 | 二级 | 三级, 分值 before 年度指标值",
    sheets: sheet(forms.groupOverLevels()),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "F3"), at("score-mismatch", "G3", "score-mismatch.quantitative", "60 × 15/20 = 45"), at("missing-explanation", "H3")],
    layouts: { Sheet1: "indicators" },
  },
  {
    id: "two-row-provincial",
    classes: ["c04-two-row-headers", "c02-provincial-header-words"],
    title: "指标性质 | 指标值 | 度量单位 under a title, 权重 | 自评得分 | 未完成原因分析",
    sheets: sheet(forms.twoRowProvincial()),
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "G5"), at("score-mismatch", "I5", "score-mismatch.quantitative", "20 × 90/100 = 18"), at("missing-explanation", "J5")],
    mustNot: [noError("weight-sum")],
    allowed: [warnings("weight-sum")],
    layouts: { Sheet1: "indicators" },
  },
];

const symbols: EvalCase[] = [
  {
    id: "sym-operators",
    classes: ["c05-typesetting-symbols"],
    title: "≧ ≦ ＝ ═, 指标1： prefixes, line feeds in headers and labels",
    sheets: sheet(forms.typesetSymbols()),
    judges: [...INDICATOR_RULES],
    expect: [at("unmet-target", "E2"), at("score-mismatch", "G2", undefined, "20 × 90/100 = 18"), at("unmet-target", "E3"), at("score-mismatch", "G3", undefined, "10 × 5/6 = 8.33")],
    mustNot: [noError("weight-sum")],
    layouts: { Sheet1: "indicators" },
  },
  {
    id: "sym-funds-labels",
    classes: ["c05-typesetting-symbols"],
    title: "年度资金\\n总额, 其中：当年财政 拨款; stated 80% where 90%",
    sheets: sheet(forms.spacedFundsLabels()),
    judges: FUNDS_RULES,
    expect: [at("rate-mismatch", "G2", undefined, "90/100")],
    layouts: { Sheet1: "self-evaluation" },
  },
];

symbols.push(
  {
    id: "sym-spaced-headers-total-first",
    classes: ["c05-typesetting-symbols", "c07-block-own-total"],
    title: "预 算 数 / 执 行 数 typeset with spaces; 合  计 first, stating 300 where the items add up to 290",
    sheets: sheet(forms.totalFirstSpacedHeaders()),
    judges: CORE,
    expect: [
      at("total-mismatch", "D2", undefined, "190 + 70 + 30 = 290"),
      at("low-execution", "E4", undefined, "70/150 = 46.67%"),
      at("missing-explanation", "F5", "missing-explanation.low-rate", "60% with no remark"),
    ],
    allowed: [onRow("rate-mismatch", 2, "75% of the stated 300; 290/400 is 72.5%")],
    layouts: { Sheet1: "line-items" },
  },
  {
    id: "sym-long-explanation-header",
    classes: ["c05-typesetting-symbols", "c12-empty-explanation-tokens"],
    title: "an explanation header of 32 characters over an unmet target with no reason",
    sheets: sheet(forms.longExplanationHeader()),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "E2"), at("missing-explanation", "H2")],
  },
);

const breakdowns: EvalCase[] = [
  {
    id: "double-breakdown",
    classes: ["c06-double-breakdown", "mh-funds-two-breakdowns"],
    title: "年度资金总额 by source and again by kind, both right",
    sheets: sheet(forms.fundsTwice()),
    judges: FUNDS_RULES,
    expect: [],
    mustNot: [anywhere("total-mismatch")],
  },
  {
    id: "double-breakdown-wrong-kind",
    classes: ["c06-double-breakdown"],
    title: "the by-kind breakdown wrong in 全年预算数 (80 + 130 ≠ 200)",
    sheets: sheet(((): SheetSpec => {
      const spec = forms.fundsTwice();
      (spec.rows[6] as unknown[])[3] = 130;
      return spec;
    })()),
    judges: FUNDS_RULES,
    expect: [at("total-mismatch", "D2")],
    mustNot: [at("total-mismatch", "C2"), at("total-mismatch", "E2")],
  },
  {
    id: "double-breakdown-department",
    classes: ["c06-double-breakdown", "mh-funds-two-breakdowns"],
    title: "部门整体: 本年财政拨款 / 财政专户管理资金 / 单位资金, then 基本支出 / 项目支出",
    sheets: sheet(forms.departmentFundsTwice()),
    judges: FUNDS_RULES,
    expect: [],
    mustNot: [anywhere("total-mismatch")],
  },
];

const ownTotals: EvalCase[] = [
  {
    id: "own-total-above-funds",
    classes: ["c07-block-own-total", "mh-own-total-above-funds"],
    title: "合计 of the indicator rows (90), 总分 with the execution score (100), funds block below",
    sheets: sheet(forms.ownTotalAboveFunds()),
    judges: [...INDICATOR_RULES, ...FUNDS_RULES],
    expect: [],
    mustNot: [noError("weight-sum")],
  },
  {
    id: "own-total-above-funds-wrong-overall",
    classes: ["c07-block-own-total", "mh-own-total-above-funds"],
    title: "the same, 总分 stated 90 (execution score left out)",
    sheets: sheet(forms.ownTotalAboveFunds({ overall: 90 })),
    judges: [...INDICATOR_RULES, ...FUNDS_RULES],
    expect: [at("total-mismatch", "G6", "total-mismatch.score")],
    mustNot: [at("total-mismatch", "G5"), noError("weight-sum")],
  },
  {
    id: "own-total-national",
    classes: ["c07-block-own-total"],
    title: "funds block, indicator 合计 84 of its own rows, 总分 93.5 with the execution score",
    sheets: sheet(forms.ownTotalNational()),
    judges: [...INDICATOR_RULES, ...FUNDS_RULES],
    expect: [at("unmet-target", "E7")],
    mustNot: [noError("weight-sum")],
  },
  {
    id: "own-total-national-overall-missing-execution",
    classes: ["c07-block-own-total"],
    title: "the same, 总分 84: the execution score 9.5 left out",
    sheets: sheet(forms.ownTotalNational(84)),
    judges: [...INDICATOR_RULES, ...FUNDS_RULES],
    expect: [at("unmet-target", "E7"), at("total-mismatch", "G10", "total-mismatch.score", "84 + 9.5 = 93.5")],
    mustNot: [at("total-mismatch", "G9"), noError("weight-sum")],
  },
];

const goals: EvalCase[] = [
  {
    id: "goals-bare-numbers",
    classes: ["goals-block-as-text"],
    title: "年度总体目标 holding 120 and 60",
    sheets: sheet(forms.goalsWithNumbers()),
    judges: CORE,
    expect: [],
  },
  {
    id: "goals-numbers-as-text",
    classes: ["goals-block-as-text"],
    title: "年度总体目标 holding the texts 100 and 95",
    sheets: sheet(forms.goalsWithNumbers("100", "95")),
    judges: CORE,
    expect: [],
  },
];

const zeroAndEmpty: EvalCase[] = [
  {
    id: "zero-total",
    classes: ["zero-total-above-money"],
    title: "年度资金总额 0 | 0 | 0 over 其中：当年财政拨款 120 | 118.5 | 117.2",
    sheets: sheet(forms.zeroTotal()),
    judges: ["total-mismatch", "score-mismatch", "rate-mismatch"],
    expect: [at("total-mismatch", "C2"), at("total-mismatch", "D2"), at("total-mismatch", "E2"), at("score-mismatch", "H2", undefined, "no execution score: the rule gives 10 × 117.2/118.5 = 9.89")],
  },
  {
    id: "zero-total-form",
    classes: ["zero-total-above-money"],
    title: "a whole form with 年度资金总额 0 over sub-rows of 100 | 100 | 95",
    sheets: sheet(forms.zeroTotalForm()),
    judges: ["total-mismatch", "score-mismatch", "rate-mismatch"],
    expect: [at("total-mismatch", "C3"), at("total-mismatch", "D3"), at("total-mismatch", "E3"), at("score-mismatch", "H3", undefined, "no execution score: the rule gives 9.5")],
    allowed: [at("total-mismatch", "G11", undefined, "the 总分 lacks the execution score")],
  },
  {
    id: "never-filled",
    classes: ["never-filled"],
    title: "targets and weights present, every 完成值 and 得分 empty",
    sheets: sheet(forms.neverFilled()),
    judges: ["unmet-target", "score-mismatch", "missing-explanation"],
    expect: [at("recognition", "E1", "recognition.not-filled")],
  },
  {
    id: "never-filled-form",
    classes: ["never-filled"],
    title: "the national form: funds filled, the indicator block never",
    sheets: sheet(forms.neverFilledForm()),
    judges: ["unmet-target", "score-mismatch", "missing-explanation"],
    expect: [at("recognition", "E4", "recognition.not-filled")],
  },
];

const fullMarks: EvalCase[] = [
  {
    id: "cost-overrun",
    classes: ["c08-full-marks-unmet", "mh-cost-overrun"],
    title: "≤50万元, 52万元 spent, weight 5, stated 5",
    sheets: sheet(forms.costOverrun()),
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "E2", "unmet-target.numeric"), at("score-mismatch", "G2", "score-mismatch.quantitative", "5 × 50/52 = 4.81"), at("missing-explanation", "H2")],
  },
  {
    id: "cost-overrun-whole-points",
    classes: ["c08-full-marks-unmet", "mh-cost-overrun-whole-points"],
    title: "the same with the score tolerance at whole points",
    sheets: sheet(forms.costOverrun()),
    settings: { scoreTolerance: 1 },
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "E2", "unmet-target.numeric"), at("missing-explanation", "H2")],
    mustNot: [at("score-mismatch", "G2")],
  },
  {
    id: "cost-overrun-offset",
    classes: ["c08-full-marks-unmet", "mh-cost-overrun"],
    title: "the cost overrun placed at C4",
    sheets: sheet(placedAt(forms.costOverrun(), "C4")),
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "G5", "unmet-target.numeric"), at("score-mismatch", "I5", "score-mismatch.quantitative"), at("missing-explanation", "J5")],
  },
  {
    id: "cost-overrun-whole-points-offset",
    classes: ["c08-full-marks-unmet", "mh-cost-overrun-whole-points"],
    title: "the cost overrun at C4, whole points",
    sheets: sheet(placedAt(forms.costOverrun(), "C4")),
    settings: { scoreTolerance: 1 },
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "G5", "unmet-target.numeric"), at("missing-explanation", "J5")],
    mustNot: [at("score-mismatch", "I5")],
  },
  {
    id: "small-shortfall",
    classes: ["c08-full-marks-unmet"],
    title: "≥100% at 98% with 20 of 20 (the rule gives 19.6)",
    sheets: sheet(forms.smallShortfall()),
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "E2"), at("score-mismatch", "G2", "score-mismatch.quantitative")],
  },
  {
    id: "small-shortfall-tenths",
    classes: ["c08-full-marks-unmet"],
    title: "the same scored 19.6, tolerance 0.1",
    sheets: sheet(forms.smallShortfall(19.6)),
    settings: { scoreTolerance: 0.1 },
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "E2")],
  },
  {
    id: "langfang-whole-points",
    classes: ["c08-full-marks-unmet", "c10-execution-weight"],
    title: "86% executed, 9 of 10 stated, tolerance 1 (Langfang rounds)",
    sheets: sheet(forms.fundsWithWeight(10, 86, 9)),
    settings: { scoreTolerance: 1 },
    judges: [...FUNDS_RULES, "missing-explanation"],
    expect: [],
    mustNot: [onRow("missing-explanation", 3, "其中 is a part of the total, whose row is explained")],
  },
  {
    id: "langfang-default-tolerance",
    classes: ["c08-full-marks-unmet", "c10-execution-weight"],
    title: "86% executed, 9 of 10 stated, two decimals (the rule gives 8.6)",
    sheets: sheet(forms.fundsWithWeight(10, 86, 9)),
    judges: [...FUNDS_RULES, "missing-explanation"],
    expect: [at("score-mismatch", "H2", "score-mismatch.execution")],
    mustNot: [onRow("missing-explanation", 3, "其中 is a part of the total, whose row is explained")],
  },
  {
    id: "funds-total-unexplained",
    classes: ["c10-execution-weight", "c12-empty-explanation-tokens"],
    title: "年度资金总额 at 86% scored 8.6, its 偏差原因 left empty",
    sheets: sheet(forms.fundsWithWeight(10, 86, 8.6, "")),
    judges: [...FUNDS_RULES, "missing-explanation"],
    expect: [at("missing-explanation", "I2", "missing-explanation.low-rate", "below 90% with no reason")],
    allowed: [onRow("missing-explanation", 3)],
  },
];

const labelWeights: EvalCase[] = [
  {
    id: "label-weights-short",
    classes: ["c09-label-weights", "mh-label-weight-sum"],
    title: "产出指标(50分) whose 三级 weights add up to 45",
    sheets: sheet(forms.labelWeights()),
    judges: INDICATOR_RULES,
    expect: [at("weight-sum", "A2", "weight-sum.label")],
    allowed: [anywhere("weight-sum", "the whole block adds up to 95")],
  },
  {
    id: "label-weights-over",
    classes: ["c09-label-weights", "mh-label-weight-sum"],
    title: "产出指标(50分) whose 三级 weights add up to 55",
    sheets: sheet(forms.labelWeights([20, 20, 15])),
    judges: INDICATOR_RULES,
    expect: [at("weight-sum", "A2", "weight-sum.label")],
    allowed: [anywhere("weight-sum", "the whole block adds up to 105")],
  },
  {
    id: "label-weights-right",
    classes: ["c09-label-weights"],
    title: "产出指标(50分) with 20 + 15 + 15",
    sheets: sheet(forms.labelWeights([20, 15, 15])),
    judges: INDICATOR_RULES,
    expect: [],
    mustNot: [anywhere("weight-sum")],
  },
  {
    id: "label-weights-full-width",
    classes: ["c09-label-weights"],
    title: "产出指标（60分） right, 效益指标（30分） adding up to 25",
    sheets: sheet(forms.fullWidthLabelWeights()),
    judges: INDICATOR_RULES,
    expect: [at("weight-sum", "A4", "weight-sum.label")],
    mustNot: [{ rule: "weight-sum", cell: "A2", severity: "error" }],
    allowed: [anywhere("weight-sum", "the whole block adds up to 95; 60 is off the default split")],
  },
  {
    id: "label-weights-stacked-goals",
    classes: ["c09-label-weights", "c14-stacked-blocks"],
    title: "年度绩效目标1(40分) right, 年度绩效目标2(60分) adding up to 55",
    sheets: sheet(forms.stackedLabelGoals()),
    judges: INDICATOR_RULES,
    expect: [at("weight-sum", "A7")],
    mustNot: [at("weight-sum", "A1"), onRow("weight-sum", 5), onRow("total-mismatch", 5), onRow("total-mismatch", 11)],
    allowed: [anywhere("weight-sum", "the two goals add up to 95")],
  },
];

labelWeights.push({
  id: "label-weights-indicator-header",
  classes: ["c09-label-weights"],
  title: "绩效指标(90分) in the indicator header of a national form, the weights adding up to 85",
  sheets: sheet(forms.statedIndicatorTotal()),
  judges: INDICATOR_RULES,
  expect: [onRow("weight-sum", 4, "绩效指标(90分) states 90; 45 + 30 + 10 = 85")],
  allowed: [warnings("weight-sum")],
});

labelWeights.push(
  {
    id: "label-weights-indicator-header-15",
    classes: ["c09-label-weights", "c10-execution-weight"],
    title: "绩效指标(90分) over weights of 85, the funds block weighing 15: 100 in all, but not what the label says",
    sheets: sheet(forms.statedIndicatorTotal(15)),
    judges: INDICATOR_RULES,
    expect: [onRow("weight-sum", 4, "绩效指标(90分) states 90; 45 + 30 + 10 = 85")],
    allowed: [warnings("weight-sum")],
  },
  {
    id: "label-weights-indicator-header-right",
    classes: ["c09-label-weights", "c10-execution-weight"],
    title: "绩效指标（85分） over weights of 85, the funds block weighing 15",
    sheets: sheet(forms.statedIndicatorTotal(15, "绩效指标（85分）")),
    judges: INDICATOR_RULES,
    expect: [],
    mustNot: [noError("weight-sum")],
    allowed: [warnings("weight-sum")],
  },
);

const executionWeight: EvalCase[] = [
  {
    id: "execution-weight-column",
    classes: ["c10-execution-weight"],
    title: "分值 20 on 年度资金总额, 90% executed, 9 stated (the rule gives 18)",
    sheets: sheet(forms.fundsWithWeight(20, 90, 9)),
    judges: FUNDS_RULES,
    expect: [at("score-mismatch", "H2", "score-mismatch.execution")],
  },
  {
    id: "execution-weight-label",
    classes: ["c10-execution-weight", "c09-label-weights"],
    title: "预算执行情况(20分): 95% with 20 stated",
    sheets: sheet(forms.executionLabelWeight()),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "E5"), at("score-mismatch", "G5", undefined, "20 × 95% = 19")],
    mustNot: [noError("weight-sum")],
  },
];

const placeholderCases: EvalCase[] = [
  {
    id: "placeholders",
    classes: ["c11-placeholders", "mh-placeholder-rows"],
    title: "指标2 and …… rows between real indicators",
    sheets: sheet(forms.placeholders()),
    judges: [...CORE, "unsupported-score"],
    expect: [],
  },
  {
    id: "placeholders-form",
    classes: ["c11-placeholders", "mh-placeholder-rows"],
    title: "指标1, 指标3 and 其他 with nothing else, in a national form",
    sheets: sheet(forms.placeholdersForm()),
    judges: [...CORE, "unsupported-score"],
    expect: [at("unmet-target", "E5")],
    mustNot: [onRow("recognition", 6), onRow("recognition", 7), onRow("recognition", 9)],
  },
];

const explanations: EvalCase[] = [
  {
    id: "explanation-none",
    classes: ["c12-empty-explanation-tokens", "mh-explanation-none"],
    title: "the cost overrun scored 4.81, its explanation 无",
    sheets: sheet(forms.emptyExplanation("无")),
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "E2"), at("missing-explanation", "H2", "missing-explanation.unmet")],
  },
  {
    id: "explanation-none-offset",
    classes: ["c12-empty-explanation-tokens", "mh-explanation-none"],
    title: "the same at B3, explanation 暂无",
    sheets: sheet(placedAt(forms.emptyExplanation("暂无"), "B3")),
    judges: [...INDICATOR_RULES, "weight-sum"],
    expect: [at("unmet-target", "F4"), at("missing-explanation", "I4", "missing-explanation.unmet")],
  },
  {
    id: "explanation-tokens",
    classes: ["c12-empty-explanation-tokens"],
    title: "line items at 80% explained by 暂无, /, —, 0, -",
    sheets: sheet(forms.tokenExplanations()),
    judges: CORE,
    expect: [2, 3, 4, 5, 6].map((r) => at("missing-explanation", `F${r}`, "missing-explanation.low-rate")),
  },
  {
    id: "explanation-row-empty",
    classes: ["c13-explanation-row"],
    title: "偏差大或目标未完成原因分析 as the block's bottom row, empty",
    sheets: sheet(forms.explanationRow()),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "E2"), onRow("missing-explanation", 6, "the reason row is empty")],
  },
  {
    id: "explanation-row-filled",
    classes: ["c13-explanation-row"],
    title: "未完成原因及改进措施 as the bottom row, filled",
    sheets: sheet(forms.explanationRow("未完成原因及改进措施", "两户拒绝改造，已纳入明年计划")),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "E2")],
  },
  {
    id: "explanation-row-token",
    classes: ["c13-explanation-row", "c12-empty-explanation-tokens"],
    title: "偏差大或目标未完成原因分析 holding 无",
    sheets: sheet(forms.explanationRow("偏差大或目标未完成原因分析", "无")),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "E2"), onRow("missing-explanation", 6)],
  },
];

explanations.push(
  {
    id: "en-explanation-row-empty",
    classes: ["c13-explanation-row", "c01-english-headers"],
    title: "English: Reasons for deviation as an empty bottom row under a missed target",
    sheets: sheet(forms.englishExplanationRow()),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "D2"), onRow("missing-explanation", 5)],
  },
  {
    id: "en-explanation-row-na",
    classes: ["c13-explanation-row", "c12-empty-explanation-tokens"],
    title: "English: Reasons for deviation holding N/A",
    sheets: sheet(forms.englishExplanationRow("N/A")),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "D2"), onRow("missing-explanation", 5)],
  },
);

const stacked: EvalCase[] = [
  {
    id: "stacked-grade",
    classes: ["c14-stacked-blocks", "mh-stacked-grade", "c03-grade-rows"],
    title: "评价等级 良 under the second of two stacked blocks, whose total is 78",
    sheets: sheet(forms.stackedBlocks()),
    judges: INDICATOR_RULES,
    expect: [
      at("grade-mismatch", "B13", undefined, "78 is 中"),
      at("unmet-target", "E4"),
      at("score-mismatch", "G4", "score-mismatch.quantitative", "40 × 85/90 = 37.78"),
      at("unmet-target", "E10"),
      at("unmet-target", "E11"),
    ],
  },
  {
    id: "stacked-grade-right",
    classes: ["c14-stacked-blocks", "mh-stacked-grade"],
    title: "the same with 评价等级 中",
    sheets: sheet(forms.stackedBlocks("中")),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "E4"), at("score-mismatch", "G4", "score-mismatch.quantitative"), at("unmet-target", "E10"), at("unmet-target", "E11")],
  },
  {
    id: "stacked-projects",
    classes: ["c14-stacked-blocks"],
    title: "two projects, the first 合计 97 of 95.83, the second in 权重/自评得分 words with 绩效等级 优",
    sheets: sheet(forms.stackedProjects()),
    judges: INDICATOR_RULES,
    expect: [at("total-mismatch", "G7", "total-mismatch.score"), at("unmet-target", "E3"), at("unmet-target", "E14")],
  },
];

stacked.push({
  id: "stacked-projects-with-funds",
  classes: ["c14-stacked-blocks", "c10-execution-weight"],
  title: "two whole projects (funds + indicators) on one sheet; the second states 10 for 90% executed",
  sheets: sheet(forms.twoProjectsWithFunds()),
  judges: [...INDICATOR_RULES, ...FUNDS_RULES],
  expect: [at("score-mismatch", "H12", "score-mismatch.execution", "10 × 90% = 9")],
  mustNot: [at("score-mismatch", "H3"), onRow("total-mismatch", 8), onRow("total-mismatch", 17, "its 总分 100 is the sum of the stated scores")],
});

const offDefault: EvalCase[] = [
  {
    id: "weights-ninety",
    classes: ["c15-off-default-weights"],
    title: "产出 60, 效益 30, no 满意度; the funds block carries 10",
    sheets: sheet(forms.ninetyNoSatisfaction()),
    judges: [...INDICATOR_RULES, ...FUNDS_RULES],
    expect: [],
    mustNot: [noError("weight-sum")],
    allowed: [warnings("weight-sum")],
  },
  {
    id: "weights-equal-shares",
    classes: ["c15-off-default-weights"],
    title: "4 × 22.5 and the execution 10",
    sheets: sheet(forms.equalShares()),
    judges: INDICATOR_RULES,
    expect: [],
    mustNot: [noError("weight-sum")],
    allowed: [warnings("weight-sum")],
  },
];

offDefault.push({
  id: "weights-ninety-stand-alone",
  classes: ["c15-off-default-weights", "c11-placeholders"],
  title: "产出 60 + 效益 30 under a 合计 of 90, no funds block; XX指标 / 指标名称1 left in",
  sheets: sheet(forms.ninetyStandAlone()),
  judges: [...INDICATOR_RULES, "unsupported-score"],
  expect: [],
  mustNot: [noError("weight-sum"), onRow("recognition", 5)],
  allowed: [warnings("weight-sum")],
});

const qualitative: EvalCase[] = [
  {
    id: "qualitative-prefixes",
    classes: ["c16-qualitative-prefixes"],
    title: "基本健全, 基本建成, 部分完成, 未建立, 未达标",
    sheets: sheet(forms.qualitativeBands()),
    judges: ["score-mismatch", "unmet-target", "missing-explanation"],
    expect: [
      at("score-mismatch", "G2", "score-mismatch.qualitative", "基本健全: at most 8"),
      at("score-mismatch", "G4", "score-mismatch.qualitative", "部分完成: at most 8"),
      at("unmet-target", "E5", undefined, "未建立"),
      at("unmet-target", "E6", undefined, "未达标"),
      at("score-mismatch", "G6", "score-mismatch.qualitative", "未达标: at most 6"),
      at("missing-explanation", "H6"),
    ],
    mustNot: [at("score-mismatch", "G3"), at("score-mismatch", "G5")],
    allowed: [at("unmet-target", "E2"), at("unmet-target", "E3"), at("unmet-target", "E4"), at("missing-explanation", "H2")],
  },
  {
    id: "qualitative-prefixes-2",
    classes: ["c16-qualitative-prefixes"],
    title: "基本达标 with full marks, 部分达成 within its band, 未达成 with full marks",
    sheets: sheet(forms.qualitativeBands2()),
    judges: ["score-mismatch", "unmet-target", "missing-explanation"],
    expect: [at("score-mismatch", "G2", "score-mismatch.qualitative"), at("unmet-target", "E4"), at("score-mismatch", "G4", "score-mismatch.qualitative"), at("missing-explanation", "H4")],
    mustNot: [at("score-mismatch", "G3"), onRow("unmet-target", 5), onRow("score-mismatch", 5)],
    allowed: [at("unmet-target", "E2"), at("unmet-target", "E3")],
  },
];

qualitative.push({
  id: "qualitative-line-item-status",
  classes: ["c16-qualitative-prefixes"],
  title: "line items whose 完成情况 reads 部分完成 and 基本完成 with no note",
  sheets: sheet(forms.lineItemsPartialStatus()),
  judges: CORE,
  expect: [
    at("unmet-target", "F2"),
    at("missing-explanation", "G2", "missing-explanation.unmet"),
    at("low-execution", "E4"),
    at("unmet-target", "F4"),
    at("unmet-target", "F5"),
    at("missing-explanation", "G5", "missing-explanation.unmet"),
  ],
  mustNot: [onRow("unmet-target", 3)],
});

const readingValues: EvalCase[] = [
  {
    id: "rates-percent-points",
    classes: ["c17-rates-text-formulas"],
    title: "执行率（%） in percent points, amounts as text with separators",
    sheets: sheet(forms.percentPointRates()),
    judges: CORE,
    expect: [at("low-execution", "E3"), at("rate-mismatch", "E4", undefined, "60,000 / 80,000 is 75%")],
    layouts: { Sheet1: "line-items" },
  },
  {
    id: "rates-text-and-formulas",
    classes: ["c17-rates-text-formulas"],
    title: "rates typed as text, formulas with saved results",
    sheets: sheet(forms.textRatesAndFormulas()),
    judges: CORE,
    expect: [at("rate-mismatch", "E4", undefined, "60/80 is 75%")],
    layouts: { Sheet1: "line-items" },
  },
];

readingValues.push(
  {
    id: "percent-actuals-as-numbers",
    classes: ["c17-rates-text-formulas"],
    title: "≥90% targets met by 0.95, 95 and \"95\"; 0.85 against ≥90% missed with full marks",
    sheets: sheet(forms.percentActualsAsNumbers()),
    judges: INDICATOR_RULES,
    expect: [at("unmet-target", "E5"), at("score-mismatch", "G5", undefined, "20 × 85/90 = 18.89"), at("missing-explanation", "H5")],
    mustNot: [onRow("unmet-target", 2), onRow("unmet-target", 3), onRow("unmet-target", 4)],
  },
  {
    id: "amounts-with-units",
    classes: ["c17-rates-text-formulas"],
    title: "amounts typed as 120万元 and 1,200.00万元; row 3 states 90% where 75%",
    sheets: sheet(forms.amountsWithUnits()),
    judges: CORE,
    expect: [at("rate-mismatch", "E3", undefined, "900/1200 = 75%")],
    layouts: { Sheet1: "line-items" },
  },
);

const unsupported: EvalCase[] = [
  {
    id: "unsupported-scores",
    classes: ["c18-unsupported-score"],
    title: "≥266米 as the actual; a score with neither target nor actual",
    sheets: sheet(forms.unsupportedScores()),
    judges: ["unsupported-score"],
    expect: [at("unsupported-score", "E2", "unsupported-score.repeats-target"), at("unsupported-score", "G3", "unsupported-score.no-basis")],
  },
  {
    id: "unsupported-scores-form",
    classes: ["c18-unsupported-score"],
    title: "不低于95% as the actual; / and — with 40 points, in a national form",
    sheets: sheet(forms.unsupportedScoresForm()),
    judges: ["unsupported-score"],
    expect: [at("unsupported-score", "E5", "unsupported-score.repeats-target"), at("unsupported-score", "G6", "unsupported-score.no-basis")],
  },
];

const recognition: EvalCase[] = [
  {
    id: "unreadable-block",
    classes: ["mh-unreadable-block", "c04-two-row-headers"],
    title: "an indicator header with no target column (预期 | 实际完成 | 分数 | 评定)",
    sheets: sheet(forms.unreadableIndicators()),
    judges: FUNDS_RULES,
    expect: [at("recognition", "A3", "recognition.block-not-read")],
  },
  {
    id: "unreadable-block-2",
    classes: ["mh-unreadable-block"],
    title: "考核内容 | 考核指标 | 完成情况 | 分数 under a funds block",
    sheets: sheet(forms.unreadableIndicators2()),
    judges: FUNDS_RULES,
    expect: [at("recognition", "A4", "recognition.block-not-read")],
  },
  {
    id: "prose-sheet",
    classes: ["mh-explain-prose"],
    title: "a report pasted as prose",
    sheets: sheet(forms.PROSE_SHEET, "自评报告"),
    judges: CORE,
    expect: [],
    layouts: { 自评报告: "unrecognised" },
  },
  {
    id: "prose-report",
    classes: ["mh-explain-prose"],
    title: "a longer report with figures in its sentences, beside a clean indicator table",
    sheets: [{ ...PROSE, sheet: "报告" }, { ...indicators(CLEAN_INDICATORS), sheet: "指标" }],
    judges: CORE,
    expect: [],
    layouts: { 报告: "unrecognised", 指标: "indicators" },
  },
  {
    id: "map-unrecognised",
    classes: ["mh-map-unrecognised"],
    title: "--map Sheet1!A=name,B=budget,C=actual on headers no vocabulary knows",
    sheets: sheet(forms.unknownHeaders()),
    maps: { Sheet1: { name: 1, budget: 2, amountActual: 3 } },
    judges: ["low-execution", "rate-mismatch"],
    expect: [at("low-execution", "C2")],
    layouts: { Sheet1: "line-items" },
  },
  {
    id: "map-unrecognised-english",
    classes: ["mh-map-unrecognised", "c01-english-headers"],
    title: "--map with a rate column on Line | Envelope | Burn | Pct",
    sheets: sheet(forms.unknownEnglishHeaders()),
    maps: { Sheet1: { name: 1, budget: 2, amountActual: 3, rate: 4 } },
    judges: ["low-execution", "rate-mismatch"],
    expect: [at("low-execution", "D2"), at("rate-mismatch", "D3", undefined, "45/50 is 90%")],
    layouts: { Sheet1: "line-items" },
  },
];

const wholeWorkbooks: EvalCase[] = [
  {
    id: "workbook-three-sheets",
    classes: ["c14-stacked-blocks", "mh-explain-prose", "c07-block-own-total"],
    title: "one workbook: line items with 小计, stacked indicator blocks, a prose sheet",
    sheets: [
      { ...forms.categoriesAndSubtotals(), sheet: "支出明细" },
      { ...forms.stackedBlocks(), sheet: "绩效指标" },
      { ...PROSE, sheet: "自评报告" },
    ],
    judges: CORE,
    expect: [
      { rule: "total-mismatch", sheet: "支出明细", cell: "D11" },
      { rule: "total-mismatch", sheet: "支出明细", cell: "D12" },
      { rule: "grade-mismatch", sheet: "绩效指标", cell: "B13" },
      { rule: "unmet-target", sheet: "绩效指标", cell: "E4" },
      { rule: "score-mismatch", sheet: "绩效指标", cell: "G4" },
      { rule: "unmet-target", sheet: "绩效指标", cell: "E10" },
      { rule: "unmet-target", sheet: "绩效指标", cell: "E11" },
    ],
    allowed: [
      { rule: "rate-mismatch", sheet: "支出明细", row: 11 },
      { rule: "rate-mismatch", sheet: "支出明细", row: 12 },
      { rule: "weight-sum", sheet: "绩效指标", severity: "warning" },
    ],
    layouts: { 支出明细: "line-items", 绩效指标: "indicators", 自评报告: "unrecognised" },
  },
  {
    id: "two-row-national-offset",
    classes: ["c04-two-row-headers", "mh-two-row-national"],
    title: "the two-row national form placed at C5",
    sheets: sheet(placedAt(forms.twoRowNationalForm(), "C5")),
    judges: [...INDICATOR_RULES, ...FUNDS_RULES],
    expect: [at("score-mismatch", "K13"), at("score-mismatch", "K14"), at("unmet-target", "I14"), at("missing-explanation", "L14")],
    layouts: { Sheet1: "self-evaluation" },
  },
];

export const CORPUS: readonly EvalCase[] = [
  ...english,
  ...provincial,
  ...grades,
  ...twoRow,
  ...symbols,
  ...breakdowns,
  ...ownTotals,
  ...goals,
  ...zeroAndEmpty,
  ...fullMarks,
  ...labelWeights,
  ...executionWeight,
  ...placeholderCases,
  ...explanations,
  ...stacked,
  ...offDefault,
  ...qualitative,
  ...readingValues,
  ...unsupported,
  ...recognition,
  ...wholeWorkbooks,
];
