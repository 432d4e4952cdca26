import { classifyHeader, headerKey } from "../../../src/core/layouts/headers";
import { formatPrecision, tolerance } from "../../../src/core/layouts/read";

describe("classifyHeader: columns are recognised by their words (domain.md §1, §3, §4)", () => {
  it.each([
    // budget (预算数, 预算收入, 年初预算, 全年预算数, 调整后预算数, 预算金额, Budget)
    ["预算数", "budget"],
    ["预算收入", "budget"],
    ["预算金额（万元）", "budget"],
    ["Budget", "budget"],
    ["年初预算数", "initialBudget"],
    ["年初预算", "initialBudget"],
    ["全年预算数", "fullBudget"],
    ["调整后预算数", "fullBudget"],
    // spending (实际支出, 执行数, 全年执行数, 预算执行数, 支出数, Actual)
    ["实际支出", "amountActual"],
    ["执行数", "amountActual"],
    ["全年执行数", "amountActual"],
    ["预算执行数", "amountActual"],
    ["支出数", "amountActual"],
    ["Actual", "amountActual"],
    // rates, status, explanation
    ["执行率", "rate"],
    ["预算执行率", "rate"],
    ["Execution rate", "rate"],
    ["绩效目标完成情况", "status"],
    ["Target met", "status"],
    ["情况说明", "explanation"],
    ["原因", "explanation"],
    ["备注", "explanation"],
    ["未完成原因", "explanation"],
    ["未完成原因分析", "explanation"],
    ["偏差原因分析及改进措施", "explanation"],
    ["Notes", "explanation"],
    // indicator block
    ["一级指标", "level1"],
    ["二级指标", "level2"],
    ["三级指标", "level3"],
    ["年度指标值", "target"],
    ["指标值", "target"],
    ["Target", "target"],
    ["实际完成值", "indicatorActual"],
    ["Actual value", "indicatorActual"],
    ["分值", "weight"],
    ["权重", "weight"],
    ["权重（%）", "weight"],
    ["Weight", "weight"],
    ["得分", "score"],
    ["Score", "score"],
    ["指标性质", "operator"],
    ["度量单位", "unit"],
    ["序号", "seq"],
    ["项目名称", "name"],
    ["Line item", "name"],
    ["自评等级", "grade"],
  ])("%p is %p", (text, role) => {
    expect(classifyHeader(text)).toBe(role);
  });

  it("full-width forms, spaces and line breaks in headers do not matter", () => {
    expect(classifyHeader("预 算 数")).toBe("budget");
    expect(classifyHeader("执行数\n（万元）")).toBe("amountActual");
    expect(classifyHeader("Ｂｕｄｇｅｔ")).toBe("budget");
  });

  it("prose, titles and long text are not headers", () => {
    for (const t of ["", "2019年度青岛市应急管理局安全生产专项资金项目支出执行情况", "单位：万元", "因机构改革未执行", "合计", "小计"]) {
      expect(classifyHeader(t)).toBeNull();
    }
  });

  it("headerKey keeps the unit written in brackets", () => {
    expect(headerKey("预算数（万元）")).toEqual({ key: "预算数", unit: "万元" });
    expect(headerKey("实际支出(元)")).toEqual({ key: "实际支出", unit: "元" });
    expect(headerKey("执行率（%）").unit).toBe("%");
    expect(headerKey("项目名称").unit).toBeNull();
  });
});

describe("formatPrecision: the decimals a number format shows", () => {
  it.each([
    ["0.00", 2, false],
    ["#,##0.00", 2, false],
    ["0.00%", 2, true],
    ["0%", 0, true],
    ["0", 0, false],
    ["0.000_ ", 3, false],
    ['#,##0.00"万元"', 2, false],
    ["0.00;[Red]-0.00", 2, false],
  ] as const)("%p shows %p decimals (percent: %p)", (format, decimals, percent) => {
    expect(formatPrecision(format)).toEqual({ decimals, percent });
  });

  it("General and text formats leave the decision to the value", () => {
    expect(formatPrecision("General")).toEqual({ decimals: null, percent: false });
    expect(formatPrecision("@")).toEqual({ decimals: null, percent: false });
  });

  it("tolerance is half a unit in the last shown place", () => {
    expect(tolerance(2)).toBeCloseTo(0.005, 8);
    expect(tolerance(0)).toBeCloseTo(0.5, 8);
    expect(tolerance(4)).toBeCloseTo(0.00005, 8);
  });
});
