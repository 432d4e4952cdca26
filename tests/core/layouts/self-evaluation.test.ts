import { a1, parseA1 } from "../../../src/core/grid/grid";
import type { AmountBlock, IndicatorBlock } from "../../../src/core/layouts/blocks";
import { detectBlocks } from "../../../src/core/layouts/detect";
import { audit, cells, grid, padded, placedAt, type SheetSpec } from "../../helpers/grid";
import { changed, FORM_INDICATORS, selfEvaluationForm } from "../../helpers/sheets";

/** The chengde-like form: execution score 9.7 (8.36 by the rule), 253 of 286 mines with full marks. */
const FORM = (): SheetSpec & { totalRow: number } =>
  selfEvaluationForm(
    { initial: 206.4, full: 206.632, actual: 172.743, rate: 0.836, score: 9.7 },
    changed({ 0: { target: "286座", actual: "253座", score: 20, note: "部分矿山停产" } }, FORM_INDICATORS),
    { total: { weight: 100, score: 99.7 } },
  );
const FORM_FINDINGS = ["I6 score-mismatch.execution", "F13 unmet-target.numeric", "H13 score-mismatch.quantitative", "H20 rule-based-total"];

const shifted = (list: string[], rows: number, cols: number): string[] =>
  list.map((s) => {
    const [cell, code] = s.split(" ") as [string, string];
    const p = parseA1(cell) as { row: number; col: number };
    return `${a1(p.row + rows, p.col + cols)} ${code}`;
  });

function blocksOf(spec: SheetSpec): [AmountBlock, IndicatorBlock] {
  const model = detectBlocks(grid(spec));
  expect(model.blocks.map((b) => b.kind)).toEqual(["funds", "indicators"]);
  return model.blocks as [AmountBlock, IndicatorBlock];
}

describe("national project self-evaluation form (项目支出绩效自评表)", () => {
  it("is recognised as one form with a funds block and an indicator block", () => {
    const report = audit(FORM());
    expect(report.layout).toBe("self-evaluation");
    expect(report.blocks).toEqual([
      { kind: "funds", headerRow: 5, lastRow: 9, rows: 4 },
      { kind: "indicators", headerRow: 12, lastRow: 19, rows: 7 },
    ]);
    expect(cells(report.findings)).toEqual(FORM_FINDINGS);
  });

  it.each(["C7", "A10", "B3"])("placed at %s (after other content), it gives the same findings, moved", (at) => {
    const p = parseA1(at) as { row: number; col: number };
    const moved = placedAt(FORM(), at);
    const expected = shifted(FORM_FINDINGS, p.row - 1, p.col - 1);
    expect(cells(audit(moved).findings)).toEqual(expected);
    expect(cells(audit(padded(moved)).findings)).toEqual(expected);
  });

  describe("the funds block", () => {
    it("reads 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, with 年度资金总额 as its total row", () => {
      const [funds] = blocksOf(FORM());
      expect(funds.columns).toMatchObject({ initialBudget: 4, fullBudget: 5, amountActual: 6, weight: 7, rate: 8, score: 9 });
      expect(funds.unit).toBe("万元");
      expect(funds.rows.map((r) => [r.row, r.kind, r.name])).toEqual([
        [6, "total", "年度资金总额"],
        [7, "item", "其中：当年财政拨款"],
        [8, "item", "上年结转资金"],
        [9, "item", "其他资金"],
      ]);
      const total = funds.rows[0];
      expect(total).toMatchObject({ budget: { value: 206.632 }, initialBudget: { value: 206.4 }, actual: { value: 172.743 }, weight: { value: 10 }, score: { value: 9.7 } });
    });

    it("the rate uses 全年预算数, not 年初预算数: 83.60% is right, 83.69% is the wrong base", () => {
      expect(cells(audit(FORM(), { rules: ["rate-mismatch"] }).findings)).toEqual([]);
      const wrongBase = selfEvaluationForm({ initial: 206.4, full: 206.632, actual: 172.743, rate: 0.8369, score: 8.36 }, FORM_INDICATORS);
      expect(cells(audit(wrongBase, { rules: ["rate-mismatch"] }).findings)).toEqual(["H6 rate-mismatch"]);
    });

    it("an amount in 元 in the 项目资金（万元） block is a unit mismatch", () => {
      const spec = FORM();
      (spec.rows[7] as unknown[])[5] = "1727430元"; // F8: 上年结转资金, 全年执行数
      expect(cells(audit(spec, { rules: ["unit-mismatch"] }).findings)).toEqual(["F8 unit-mismatch.amount"]);
    });

    it("the — in the sub-rows' 分值/执行率/得分 cells are empty, not text to complain about", () => {
      const [funds] = blocksOf(FORM());
      for (const r of funds.rows.slice(1)) expect([r.weight, r.rate, r.score]).toEqual([null, null, null]);
    });

    it("the sub-rows add up to 年度资金总额; a wrong total is reported there", () => {
      const spec = FORM();
      (spec.rows[5] as unknown[])[5] = 180; // F6: 全年执行数 of 年度资金总额
      expect(cells(audit(spec, { rules: ["total-mismatch"] }).findings)).toEqual(["F6 total-mismatch.amount"]);
    });

    it("a partial breakdown (其中 one source, no 其他资金 row) is not added up", () => {
      const spec = FORM();
      spec.rows.splice(7, 2, [null, null, null, null, null, null, null, null, null], [null, null, null, null, null, null, null, null, null]);
      (spec.rows[6] as unknown[]).splice(3, 3, 150, 150, 120); // 其中：当年财政拨款 covers only part of 206.632
      expect(cells(audit(spec, { rules: ["total-mismatch"] }).findings)).toEqual([]);
    });
  });

  describe("the indicator block", () => {
    it("inherits merged 一级/二级 labels downward", () => {
      const [, ind] = blocksOf(FORM());
      expect(ind.rows.map((r) => [r.row, r.level1, r.level2, r.name])).toEqual([
        [13, "产出指标", "数量指标", "检查矿山数量"],
        [14, "产出指标", "数量指标", "培训期数"],
        [15, "产出指标", "质量指标", "报告出具率"],
        [16, "产出指标", "时效指标", "完成及时性"],
        [17, "效益指标", "社会效益指标", "较大事故起数"],
        [18, "效益指标", "可持续影响指标", "举报机制"],
        [19, "满意度指标", "服务对象满意度指标", "受益对象满意度"],
      ]);
    });

    it("reads the 总分 row (merged across the label columns) as the block's total", () => {
      const [, ind] = blocksOf(FORM());
      expect(ind.total).toMatchObject({ row: 20, weight: { value: 100 }, score: { value: 99.7 } });
    });

    it("— and / in targets, actuals and explanation cells are empty", () => {
      const spec = selfEvaluationForm(
        { initial: 100, full: 100, actual: 100, rate: 1, score: 10 },
        changed({ 0: { note: "—" }, 1: { note: "/" }, 2: { target: "—", actual: "/", score: 10 } }, FORM_INDICATORS),
        { total: { weight: 100, score: 100 } },
      );
      const [, ind] = blocksOf(spec);
      expect(ind.rows.slice(0, 3).map((r) => [r.explanation, r.target, r.actual])).toEqual([
        ["", expect.anything(), expect.anything()],
        ["", expect.anything(), expect.anything()],
        ["", null, null],
      ]);
      // The score on the row with neither target nor actual has nothing behind it (issue 9, class 18).
      expect(audit(spec).findings.map((f) => f.code)).toEqual(["unsupported-score.no-basis"]);
    });

    it("a clean form has no findings at all", () => {
      const spec = selfEvaluationForm({ initial: 200, full: 200, actual: 200, rate: 1, score: 10 }, FORM_INDICATORS, { total: { weight: 100, score: 100 } });
      expect(audit(spec).findings).toEqual([]);
    });
  });

  it("the indicator block alone, as the form prints it (no funds block), is an indicator table", () => {
    const spec = FORM();
    const rows = spec.rows.slice(11);
    const report = audit({ rows, merges: [] });
    expect(report.layout).toBe("indicators");
    // Without the funds block its 10 points and 9.7 are missing: the weights add up to 90, the scores to 90.
    expect(cells(report.findings)).toEqual(["F2 unmet-target.numeric", "H2 score-mismatch.quantitative", "G9 weight-sum", "H9 total-mismatch.score", "H9 rule-based-total"]);
  });
});
