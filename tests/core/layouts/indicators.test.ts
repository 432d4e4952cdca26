import { a1, parseA1 } from "../../../src/core/grid/grid";
import type { IndicatorBlock } from "../../../src/core/layouts/blocks";
import { detectBlocks } from "../../../src/core/layouts/detect";
import { audit, cells, grid, padded, placedAt, type SheetSpec, textOf } from "../../helpers/grid";
import * as forms from "../../helpers/real-forms";
import { changed, CLEAN_INDICATORS, indicators } from "../../helpers/sheets";

function indicatorBlock(spec: SheetSpec): IndicatorBlock {
  const model = detectBlocks(grid(spec));
  expect(model.blocks.map((b) => b.kind)).toEqual(["indicators"]);
  return model.blocks[0] as IndicatorBlock;
}

/** Unmet row 2 with full marks, and 总分 at row 10. */
const TABLE = (): SheetSpec => indicators(changed({ 0: { target: "286座", actual: "253座", score: 20, note: "停产" } }), { total: { weight: 100, score: 100 } });
const TABLE_FINDINGS = ["E2 unmet-target.numeric", "G2 score-mismatch.quantitative", "G10 rule-based-total"];

const shifted = (list: string[], rows: number, cols: number): string[] =>
  list.map((s) => {
    const [cell, code] = s.split(" ") as [string, string];
    const p = parseA1(cell) as { row: number; col: number };
    return `${a1(p.row + rows, p.col + cols)} ${code}`;
  });

describe("stand-alone indicator table", () => {
  it("header at row 1", () => {
    const report = audit(TABLE());
    expect(report.layout).toBe("indicators");
    expect(cells(report.findings)).toEqual(TABLE_FINDINGS);
  });

  it.each(["A7", "C1", "C7"])("placed at %s, the same findings, moved", (at) => {
    const p = parseA1(at) as { row: number; col: number };
    const moved = placedAt(TABLE(), at);
    const expected = shifted(TABLE_FINDINGS, p.row - 1, p.col - 1);
    expect(cells(audit(moved).findings)).toEqual(expected);
    expect(cells(audit(padded(moved)).findings)).toEqual(expected);
  });

  it("under a merged title (header at row 2)", () => {
    const spec = indicators(CLEAN_INDICATORS, { title: "2019年度绩效指标完成情况", total: { weight: 100, score: 100 } });
    expect(indicatorBlock(spec)).toMatchObject({ headerRow: 2, total: { row: 11 } });
    expect(audit(spec).findings).toEqual([]);
  });

  it.each([
    ["merged downward", true],
    ["written on the first row only, unmerged", "first"],
    ["repeated on every row", false],
  ] as const)("一级/二级 labels %s are inherited the same way", (_name, how) => {
    let spec: SheetSpec;
    if (how === "first") {
      spec = indicators(CLEAN_INDICATORS);
      spec = { ...spec, merges: [] };
    } else {
      spec = indicators(CLEAN_INDICATORS, { merged: how });
    }
    const b = indicatorBlock(spec);
    expect(b.rows.map((r) => `${r.level1}/${r.level2}`)).toEqual([
      "产出指标/数量指标",
      "产出指标/数量指标",
      "产出指标/质量指标",
      "产出指标/时效指标",
      "效益指标/社会效益指标",
      "效益指标/可持续影响指标",
      "满意度指标/服务对象满意度指标",
      "预算执行/预算执行率",
    ]);
    expect(audit(spec).findings).toEqual([]);
  });

  it("— and / in the target and actual are empty; the row's weight still counts", () => {
    const spec = indicators(changed({ 2: { target: "—", actual: "/" }, 3: { target: "/", actual: "—" } }));
    const b = indicatorBlock(spec);
    expect(b.rows[2]).toMatchObject({ target: null, actual: null, weight: { value: 10 } });
    // A score on a row with neither target nor actual has nothing behind it (issue 9, class 18).
    expect(cells(audit(spec).findings)).toEqual(["G4 unsupported-score.no-basis", "G5 unsupported-score.no-basis"]);
  });

  it("error values in value cells: no crash, no false alarm", () => {
    const spec = indicators(changed({ 0: { actual: { error: "#N/A" } }, 1: { target: { error: "#REF!" } }, 2: { score: { error: "#DIV/0!" } }, 3: { weight: { error: "#VALUE!" } } }));
    expect(() => audit(spec)).not.toThrow();
    expect(audit(spec).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("full-width digits and separators in targets and actuals", () => {
    const spec = indicators(changed({ 0: { target: "≥２,０００条", actual: "1,999条", score: 19.99 } }));
    expect(cells(audit(spec).findings)).toEqual(["E2 unmet-target.numeric", "H2 missing-explanation.unmet"]);
  });
});

describe("provincial variant: 指标性质 | 指标值 | 度量单位, 权重, 未完成原因分析", () => {
  const PROVINCIAL: SheetSpec = {
    rows: [
      ["2019年度项目绩效目标自评表"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "权重", "得分", "未完成原因分析"],
      ["产出指标", "数量指标", "检查矿山数量", "≥", 286, "座", 253, 30, 30, null],
      [null, "质量指标", "报告出具率", "=", 100, "%", 100, 10, 10, null],
      [null, "成本指标", "排查服务费", "≤", 206.4, "万元", 172.743, 10, 10, null],
      ["效益指标", "社会效益指标", "较大事故起数", "≤", 0, "起", 0, 30, 30, null],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥", 90, "%", 96, 10, 10, null],
      ["预算执行", "预算执行率", "预算执行率", "=", 100, "%", 83.6, 10, 8.36, "部分资金结转"],
      ["合计", null, null, null, null, null, null, 100, 98.36, null],
    ],
    merges: ["A1:J1", "A3:A5"],
  };

  it("joins operator, value and unit into one target and reads 权重 and 未完成原因分析", () => {
    const b = indicatorBlock(PROVINCIAL);
    expect(b.columns).toMatchObject({ operator: 4, target: 5, unit: 6, indicatorActual: 7, weight: 8, score: 9, explanation: 10 });
    expect(b.rows.map((r) => r.targetText)).toEqual(["≥286座", "=100%", "≤206.4万元", "≤0起", "≥90%", "=100%"]);
    expect(b.total).toMatchObject({ row: 9, weight: { value: 100 }, score: { value: 98.36 } });
  });

  it("finds the unmet target, the wrong score and the missing explanation", () => {
    expect(cells(audit(PROVINCIAL).findings)).toEqual([
      "G3 unmet-target.numeric",
      "I3 score-mismatch.quantitative",
      "J3 missing-explanation.unmet",
      "G8 unmet-target.numeric",
      "I9 rule-based-total",
    ]);
    const f = audit(PROVINCIAL).findings.find((x) => x.cell === "I3");
    expect(textOf(f, "en-US")).toContain("26.54"); // 30 × 253 ÷ 286
  });

  it("a 定性 operator is not part of the target", () => {
    const spec = { rows: [["三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "权重", "得分"], ["制度建设", "定性", "建立", null, "已建立", 100, 100]] };
    expect(indicatorBlock(spec).rows[0]?.targetText).toBe("建立");
    expect(audit(spec).findings).toEqual([]);
  });
});

describe("English headers", () => {
  const EN: SheetSpec = {
    rows: [
      ["Level 1", "Level 2", "Indicator", "Target", "Actual value", "Weight", "Score", "Notes"],
      ["Output", "Quantity", "Mines inspected", "≥286", 253, 50, 50, null],
      [null, "Quality", "Reports issued", "100%", "100%", 30, 30, null],
      ["Satisfaction", "Beneficiaries", "Satisfaction", "≥90%", "95%", 10, 10, null],
      ["Budget", "Execution", "Execution rate", "100%", "100%", 10, 10, null],
      ["Total", null, null, null, null, 100, 100, null],
    ],
    merges: ["A2:A3"],
  };

  it("Target | Actual value | Weight | Score | Notes are recognised", () => {
    const b = indicatorBlock(EN);
    expect(b.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, target: 4, indicatorActual: 5, weight: 6, score: 7, explanation: 8 });
    expect(b.rows[1]?.level1).toBe("Output");
    expect(b.total?.row).toBe(6);
  });

  it("findings as for the Chinese table, messages in either language", () => {
    expect(cells(audit(EN).findings)).toEqual(["E2 unmet-target.numeric", "G2 score-mismatch.quantitative", "H2 missing-explanation.unmet", "G6 rule-based-total"]);
    const en = audit(EN).findings.find((f) => f.cell === "G2");
    expect(textOf(en)).toContain("44.23"); // 50 × 253 ÷ 286
  });
});

describe("an actual column headed as a status (found by the evaluation corpus, tests/eval)", () => {
  const words = (actualHeader: string): SheetSpec => ({
    rows: [
      ["一级指标", "二级指标", "考核指标", "年度目标", actualHeader, "权重", "评分", "扣分说明"],
      ["产出指标", "数量指标", "政策宣传场次", "≥100场", "85场", 30, 30, ""],
      ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "93%", 70, 70, ""],
    ],
  });

  it.each(["实际完成情况", "完成情况", "指标完成情况"])("%s is the block's actual when no 实际完成值 stands beside it", (header) => {
    const b = indicatorBlock(words(header));
    expect(b.columns.indicatorActual).toBe(5);
    expect(b.columns.status).toBeUndefined();
    expect(b.headerCells?.find((c) => c.col === 5)?.role).toBe("indicatorActual");
    expect(cells(audit(words(header)).findings).filter((c) => !c.includes("weight-sum.group"))).toEqual(["E2 unmet-target.numeric", "G2 score-mismatch.quantitative", "H2 missing-explanation.unmet"]);
  });

  it("beside a 实际完成值 column, 完成情况 stays a status", () => {
    const spec = words("实际完成值");
    (spec.rows[0] as string[]).push("完成情况");
    const b = indicatorBlock(spec);
    expect(b.columns.indicatorActual).toBe(5);
    expect(b.columns.status).toBe(9);
  });

  it("a status column the user mapped stays a status", () => {
    const model = detectBlocks(grid(words("完成情况")), { map: { status: 5 } });
    const b = model.blocks[0] as IndicatorBlock;
    expect(b.columns.status).toBe(5);
  });
});

describe("年初指标值 beside 调整指标值 (found by the evaluation corpus, tests/eval)", () => {
  it("the adjusted one is the target; the first is kept as written, for a rule to ask whether the change is explained", () => {
    const b = indicatorBlock(forms.adjustedTargets());
    expect(b.rows.map((r) => [r.targetText, r.initialTargetText])).toEqual([
      ["≥80户", "≥100户"],
      ["≥40人次", "≥50人次"],
      ["≥90%", "≥90%"],
      ["≥90%", "≥90%"],
      ["100%", "100%"],
    ]);
  });

  it("a table with one target column has no initial target", () => {
    expect(indicatorBlock(indicators(CLEAN_INDICATORS)).rows.every((r) => r.initialTargetText === undefined)).toBe(true);
  });
});

describe("a block's stated weight and the label that states it (found by the evaluation corpus, tests/eval)", () => {
  it("年度绩效目标2(60分) above the second block: 60, at A7", () => {
    const blocks = detectBlocks(grid(forms.stackedLabelGoals())).blocks as IndicatorBlock[];
    expect(blocks.map((b) => [b.statedWeight, b.statedWeightAt])).toEqual([
      [40, { row: 1, col: 1 }],
      [60, { row: 7, col: 1 }],
    ]);
  });

  it("绩效指标(90分) in the header row: 90, at that header cell", () => {
    const b = detectBlocks(grid(forms.statedIndicatorTotal())).blocks.find((x) => x.kind === "indicators") as IndicatorBlock;
    expect([b.statedWeight, b.statedWeightAt]).toEqual([90, { row: 4, col: 1 }]);
  });

  it("none stated: none", () => {
    const b = indicatorBlock(indicators(CLEAN_INDICATORS));
    expect([b.statedWeight, b.statedWeightAt]).toEqual([null, null]);
  });
});
