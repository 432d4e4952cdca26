/**
 * Real header strings, as published provincial, county and grant-programme forms write them, each with
 * the role it names (null: read past). A new synonym is one line in the vocabulary and one row here.
 */
import { classifyHeader } from "../../../src/core/layouts/headers";
import { gradeWord, matchHeader, normalizeHeader } from "../../../src/core/vocabulary";
import type { Role } from "../../../src/core/vocabulary";

const TABLE: [string, Role | null][] = [
  // The table of misread provincial headers.
  ["执行率权重", "weight"],
  // Found by the evaluation corpus (tests/eval): department forms' 考核指标, 年度目标 and 执行金额.
  ["考核指标", "level3"],
  ["年度目标", "target"],
  ["执行金额", "amountActual"],
  // Long headers are headers when their bracketed note is set aside; long prose is not.
  ["偏差原因分析及改进措施（对未达到年度指标值的指标须逐项说明原因）", "explanation"],
  ["实际完成值（填写实际达到的数值，须与年度指标值的计量单位保持一致）", "indicatorActual"],
  ["本项目年初预算一百万元，全年执行数为九十五万元，执行率为百分之九十五", null],
  ["执行率得分", "score"],
  ["执行率得分（分）", "score"],
  ["指标权重（分）", "weight"],
  ["权数", "weight"],
  ["全年实际值（B）", "indicatorActual"],
  ["全年完成值", "indicatorActual"],
  ["扣分原因和其他说明", "explanation"],
  ["得分系数（%）", null],
  ["年初指标值", "initialTarget"],
  ["调整指标值", "target"],
  ["预算数(A)", "budget"],
  ["执行数(B)", "amountActual"],
  ["执行率(B/A)", "rate"],
  ["得分(20分*执行率)", "score"],
  // English headers in everyday words.
  ["Item", "name"],
  ["Allocation (RMB)", "budget"],
  ["Amount spent", "amountActual"],
  ["Spend rate", "rate"],
  ["Achieved?", "status"],
  ["Comments", "explanation"],
  ["Disbursed", "amountActual"],
  // A budget line names the item (issue 9 evaluation: "Budget item" was read as a second budget column).
  ["Budget item", "name"],
  ["Value", "target"],
  ["Actual value", "indicatorActual"],
  ["Budget line", "name"],
  ["Expenditure item", "name"],
  ["Funds utilised", "amountActual"],
  ["Funds utilized", "amountActual"],
  ["Utilisation", "rate"],
  ["Disbursement", "amountActual"],
  ["Disbursement rate", "rate"],
  ["Budget", "budget"],
  ["Budget (USD)", "budget"],
  ["Approved budget", "budget"],
  ["Allocated", "budget"],
  ["Appropriation", "budget"],
  ["Original budget", "initialBudget"],
  ["Revised budget", "fullBudget"],
  ["Adjusted budget", "fullBudget"],
  ["Actual", "amountActual"],
  ["Actuals", "amountActual"],
  ["Actual spending", "amountActual"],
  ["Expenditure", "amountActual"],
  ["Expenditures (RMB)", "amountActual"],
  ["Spent", "amountActual"],
  ["Amount paid", "amountActual"],
  ["Execution rate", "rate"],
  ["Execution rate (%)", "rate"],
  ["Percent spent", "rate"],
  ["Utilisation", "rate"],
  ["Burn rate", "rate"],
  ["Status", "status"],
  ["Target met", "status"],
  ["Met?", "status"],
  ["Completed", "status"],
  ["Notes", "explanation"],
  ["Remarks", "explanation"],
  ["Reason", "explanation"],
  ["Reasons for deviation", "explanation"],
  ["Explanation", "explanation"],
  ["Justification", "explanation"],
  ["Line item", "name"],
  ["Project", "name"],
  ["Activity", "name"],
  ["Description", "name"],
  ["Component", "name"],
  ["No.", "seq"],
  ["#", "seq"],
  ["Level 1", "level1"],
  ["Level 2", "level2"],
  ["Level 3", "level3"],
  ["Indicator", "level3"],
  ["Indicator name", "level3"],
  ["KPI", "level3"],
  ["Target", "target"],
  ["Target value", "target"],
  ["Planned value", "target"],
  ["Original target", "initialTarget"],
  ["Actual value", "indicatorActual"],
  ["Achieved value", "indicatorActual"],
  ["Result", "indicatorActual"],
  ["Outcome", "indicatorActual"],
  ["Weight", "weight"],
  ["Weighting", "weight"],
  ["Points", "weight"],
  ["Max score", "weight"],
  ["Score", "score"],
  ["Self score", "score"],
  ["Grade", "grade"],
  ["Rating", "grade"],
  ["Unit", "unit"],
  ["Operator", "operator"],
  ["Scoring criteria", null],
  ["Coefficient", null],
  ["Ｂｕｄｇｅｔ", "budget"],
  // Budget words (domain.md §1, §6).
  ["预算数", "budget"],
  ["预算收入", "budget"],
  ["预算金额（万元）", "budget"],
  ["预算资金", "budget"],
  ["预算", "budget"],
  ["年度预算数(万元)", "budget"],
  ["预算内", "budget"],
  ["预算安排", "budget"],
  ["年初预算数", "initialBudget"],
  ["年初预算", "initialBudget"],
  ["年初预算(数)", "initialBudget"],
  ["全年预算数", "fullBudget"],
  ["调整后预算数", "fullBudget"],
  ["调整预算数(A)", "fullBudget"],
  ["全年(调整)预算数", "fullBudget"],
  ["全年预算数（A）", "fullBudget"],
  ["预 算 数", "budget"],
  // Spending.
  ["实际支出", "amountActual"],
  ["执行数", "amountActual"],
  ["全年执行数", "amountActual"],
  ["全年执行数（B）", "amountActual"],
  ["预算执行数", "amountActual"],
  ["支出数", "amountActual"],
  ["决算数", "amountActual"],
  ["实际执行", "amountActual"],
  ["支出金额", "amountActual"],
  ["执行数\n（万元）", "amountActual"],
  ["实际拨付", "amountActual"],
  // Rates.
  ["执行率", "rate"],
  ["预算执行率", "rate"],
  ["执行率(%)", "rate"],
  ["执行率（%）", "rate"],
  ["预算执行率%", "rate"],
  ["执行进度", "rate"],
  ["支出进度", "rate"],
  // Weights and scores.
  ["分值", "weight"],
  ["权重", "weight"],
  ["权重（%）", "weight"],
  ["满分", "weight"],
  ["分值（分）", "weight"],
  ["得分", "score"],
  ["自评得分", "score"],
  ["指标得分(分)", "score"],
  ["考评得分", "score"],
  ["评分", "score"],
  ["自评分", "score"],
  ["得分系数", null],
  // Targets, operators, units, actuals.
  ["年度指标值", "target"],
  ["指标值", "target"],
  ["指标值(A)", "target"],
  ["目标值", "target"],
  ["年初目标值(A)", "initialTarget"],
  ["年度指标值（A）", "target"],
  ["指标性质", "operator"],
  ["度量单位", "unit"],
  ["计量单位", "unit"],
  ["单位", "unit"],
  ["实际完成值", "indicatorActual"],
  ["实际完成值(B)", "indicatorActual"],
  ["实际完成值（B）", "indicatorActual"],
  ["完成值", "indicatorActual"],
  ["实际值", "indicatorActual"],
  ["实际完成数", "indicatorActual"],
  // Explanations and status.
  ["偏差原因分析及改进措施", "explanation"],
  ["未完成原因分析", "explanation"],
  ["未完成原因分析(及改进措施)", "explanation"],
  ["未完成原因", "explanation"],
  ["原因", "explanation"],
  ["情况说明", "explanation"],
  ["备注", "explanation"],
  ["说明", "explanation"],
  ["偏差原因分析\n及改进措施", "explanation"],
  ["绩效目标完成情况", "status"],
  ["完成情况", "status"],
  ["是否完成", "status"],
  ["是否达标", "status"],
  // Indicator labels.
  ["一级指标", "level1"],
  ["一级", "level1"],
  ["二级指标", "level2"],
  ["二级", "level2"],
  ["三级指标", "level3"],
  ["三级", "level3"],
  ["指标名称", "level3"],
  ["绩效指标", null],
  ["指标内容", "level3"],
  ["自评等级", "grade"],
  ["评价等级", "grade"],
  ["绩效等级", "grade"],
  ["等级", "grade"],
  // Names and numbering.
  ["序号", "seq"],
  ["项目名称", "name"],
  ["项目", "name"],
  ["名称", "name"],
  ["支出项目", "name"],
  ["明细项目", "name"],
  // Others to read past.
  ["是否核心指标", null],
  ["评分标准", null],
  ["报表编号", null],
  ["项目资金（万元）", null],
  ["单位：万元", null],
  ["合计", null],
  ["小计", null],
  ["年度总体目标", null],
  ["主管部门", null],
  ["因机构改革未执行", null],
  ["2019年度青岛市应急管理局安全生产专项资金项目支出执行情况表（单位：万元）", null],
];

describe("the header vocabulary: real header strings and their roles", () => {
  it("has at least 150 cases", () => expect(TABLE.length).toBeGreaterThanOrEqual(150));

  it.each(TABLE)("%p is %p", (text, role) => {
    expect(classifyHeader(text)).toBe(role);
  });

  it("overriding words win: 系数 over 得分, 权重 and 得分 over 执行率", () => {
    expect(matchHeader("得分系数（%）")?.role).toBe("ignore");
    expect(matchHeader("执行率权重")?.role).toBe("weight");
    expect(matchHeader("执行率得分")?.role).toBe("score");
  });
});

describe("normalizeHeader sets units, markers and points aside", () => {
  it("keeps the unit and drops the (A)/(B) markers", () => {
    expect(normalizeHeader("预算数（万元）")).toMatchObject({ key: "预算数", unit: "万元" });
    expect(normalizeHeader("执行率(B/A)")).toMatchObject({ key: "执行率", markers: ["B/A"] });
    expect(normalizeHeader("预算执行率%")).toMatchObject({ key: "预算执行率", unit: "%" });
    expect(normalizeHeader("Allocation (RMB)")).toMatchObject({ key: "allocation", unit: "元", words: ["allocation"] });
  });

  it("reads the points a header states: 得分(20分*执行率) carries 20", () => {
    expect(normalizeHeader("得分(20分*执行率)")).toMatchObject({ key: "得分", points: 20 });
    expect(normalizeHeader("得分").points).toBeNull();
  });

  it("folds full-width forms and line breaks", () => {
    expect(normalizeHeader("Ａｍｏｕｎｔ\nspent").words).toEqual(["amount", "spent"]);
  });
});

describe("grade words (found by the evaluation corpus, tests/eval)", () => {
  it.each([
    ["优秀", "优"],
    ["良好", "良"],
    ["Excellent", "优"],
    ["Good", "良"],
    ["Fair", "中"],
    ["Average", "中"],
    ["Poor", "差"],
    ["good ", "良"],
  ])("%p is %p", (text, grade) => {
    expect(gradeWord(text)).toBe(grade);
  });

  it("words that are no grade stay none", () => {
    for (const t of ["Goods", "Done", "完成", ""]) expect(gradeWord(t)).toBeUndefined();
  });
});
