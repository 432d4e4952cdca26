import { cells, expectFinding, findingsOf, type SheetSpec } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, FORM_INDICATORS, indicators, selfEvaluationForm } from "../../helpers/sheets";

const RULE = "weight-sum";

describe("weight-sum", () => {
  describe("finds the problem", () => {
    it("weights that add up to 95 with no stated total: an error at the 分值 header", () => {
      const spec = indicators(changed({ 0: { weight: 15, score: 15 } }));
      expectFinding(RULE, spec, { cell: "F1", severity: "error", code: "weight-sum", mentions: ["95", "100"] });
      expect(cells(findingsOf(RULE, spec))).toEqual(["F1 weight-sum"]);
    });

    it("weights that do not add up to the stated total: an error at the total's 分值 cell", () => {
      const spec = indicators(changed({ 0: { weight: 25, score: 20 } }), { total: { weight: 100, score: 100 } });
      expectFinding(RULE, spec, { cell: "F10", severity: "error", code: "weight-sum", mentions: ["105", "100"] });
    });

    it("weights off the national split but summing to 100 are only a warning, per first-level group", () => {
      // 产出 60, 效益 20: a locality may do this, so it is a warning to check.
      const spec = indicators(changed({ 0: { weight: 30, score: 30 }, 4: { weight: 5, score: 5 } }), { total: { weight: 100, score: 100 } });
      const f = expectFinding(RULE, spec, { cell: "A2", severity: "warning", code: "weight-sum.group", mentions: ["产出指标", "60", "50"] });
      expect(f.rule).toBe("weight-sum");
      expect(cells(findingsOf(RULE, spec))).toEqual(["A2 weight-sum.group", "A6 weight-sum.group"]);
    });

    it("the provincial form calls the weight 权重", () => {
      const spec = {
        rows: [
          ["一级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "权重", "得分"],
          ["产出指标", "检查数量", "≥", 4, "座", 4, 60, 60],
          ["效益指标", "事故起数", "≤", 0, "起", 0, 30, 30],
        ],
      };
      expectFinding(RULE, spec, { cell: "G1", severity: "error", mentions: ["90", "100"] });
    });

    it("the form counts the funds block's 10 points: indicators summing to 100 plus 10 is 110", () => {
      const spec = selfEvaluationForm({ initial: 100, full: 100, actual: 100, rate: 1, score: 10 }, changed({ 0: { weight: 30, score: 30 } }, FORM_INDICATORS), { total: { weight: 100, score: 110 } });
      expectFinding(RULE, spec, { cell: `G${spec.totalRow}`, severity: "error", mentions: ["110", "100"] });
    });
  });

  describe("stays silent on clean data", () => {
    it("the default split 50/30/10/10, with and without a stated total", () => {
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS))).toEqual([]);
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS, { total: { weight: 100, score: 100 } }))).toEqual([]);
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS, { merged: false }))).toEqual([]);
    });

    it("the self-evaluation form: 90 in the indicator block plus 10 in the funds block", () => {
      const spec = selfEvaluationForm({ initial: 100, full: 100, actual: 100, rate: 1, score: 10 }, FORM_INDICATORS, { total: { weight: 100, score: 100 } });
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a local variant with first-level groups we don't know (成本指标 as its own group) is not second-guessed", () => {
      const spec = indicators([
        { l1: "产出指标", l2: "数量指标", name: "检查矿山数量", target: "≥4座", actual: "4座", weight: 20, score: 20 },
        { l2: "质量指标", name: "报告出具率", target: "100%", actual: "100%", weight: 10, score: 10 },
        { l2: "时效指标", name: "完成及时性", target: "及时", actual: "及时", weight: 10, score: 10 },
        { l1: "成本指标", l2: "经济成本指标", name: "单位成本", target: "≤20万元", actual: "18万元", weight: 20, score: 20 },
        { l1: "效益指标", l2: "社会效益指标", name: "较大事故起数", target: "0起", actual: "0起", weight: 10, score: 10 },
        { l2: "可持续影响指标", name: "举报机制", target: "建立", actual: "已建立", weight: 10, score: 10 },
        { l1: "满意度指标", l2: "服务对象满意度指标", name: "满意度", target: "≥90%", actual: "95%", weight: 10, score: 10 },
        { l1: "预算执行", l2: "预算执行率", name: "预算执行率", target: "100%", actual: "100%", weight: 10, score: 10 },
      ]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a table with no weights at all is not a weight problem", () => {
      const spec = { rows: [["三级指标", "年度指标值", "实际完成值", "得分"], ["甲", "≥1", 1, 10]] };
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("weights of —, / or an error value are ignored, not summed as 0 into a false alarm", () => {
      const spec = indicators([...CLEAN_INDICATORS, { name: "备注行", target: "—", actual: "—", weight: "—", score: "—" }]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("weights written as text (１０, 10分) count", () => {
      const spec = indicators(changed({ 6: { weight: "１０" }, 7: { weight: "10分" } }));
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("an error value or words in a weight cell make the sum unknown: no false alarm", () => {
      const spec = indicators(changed({ 6: { weight: { error: "#N/A" } } }));
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(findingsOf(RULE, spec)).toEqual([]);
      expect(findingsOf(RULE, indicators(changed({ 6: { weight: "待定" } })))).toEqual([]);
    });
  });

  describe("the threshold", () => {
    it("100.00 is fine; 99.99 and 100.01 are not", () => {
      expect(findingsOf(RULE, indicators(changed({ 0: { weight: 19.99 }, 1: { weight: 10.01 } })))).toEqual([]);
      expect(cells(findingsOf(RULE, indicators(changed({ 0: { weight: 19.99 } }))))).toEqual(["F1 weight-sum"]);
      expect(cells(findingsOf(RULE, indicators(changed({ 0: { weight: 20.01 } }))))).toEqual(["F1 weight-sum"]);
    });

    it("weights adding to 99.6 under a stated total of 100 do not add up to 100", () => {
      const spec = indicators(changed({ 0: { weight: 19.6, score: 19.6 } }), { total: { weight: 100, score: 99.6 } });
      expectFinding(RULE, spec, { cell: "F10", severity: "error", mentions: ["99.6", "100"] });
    });
  });
});

describe("weight-sum: a block's label weight with a 合计 that agrees with the rows", () => {
  const header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
  // 年度绩效目标1(40分) and 年度绩效目标2(label) stacked, the second's weights (and its 合计) adding up to 30 + w.
  const goals = (label: number, w: number): SheetSpec => ({
    rows: [
      ["年度绩效目标1(40分)"],
      header,
      ["产出指标", "数量指标", "培训人次", "≥100人次", "100人次", 20, 20, ""],
      ["效益指标", "社会效益指标", "知晓率", "≥90%", "95%", 20, 20, ""],
      ["合计", "", "", "", "", 40, 40, ""],
      [],
      [`年度绩效目标2(${label}分)`],
      header,
      ["产出指标", "数量指标", "检查次数", "≥50次", "50次", 30, 30, ""],
      ["效益指标", "社会效益指标", "整改率", "100%", "100%", w, w, ""],
      ["合计", "", "", "", "", 30 + w, 30 + w, ""],
    ],
  });

  it("年度绩效目标2(60分) over weights of 55 (its 合计 55 agreeing): an error at the label cell", () => {
    const spec = goals(60, 25);
    expectFinding(RULE, spec, { cell: "A7", severity: "error", code: "weight-sum", mentions: ["55", "60"] });
    expect(cells(findingsOf(RULE, spec))).toEqual(["A7 weight-sum"]);
  });

  it("is silent on the label when the rows add up to it", () => {
    expect(findingsOf(RULE, goals(60, 30))).toEqual([]);
  });

  it("a 合计 that disagrees with the rows is reported at the 合计, not again at a label that agrees with it", () => {
    const spec = goals(60, 25);
    (spec.rows[10] as SheetSpec["rows"][number])[5] = 60;
    expect(cells(findingsOf(RULE, spec))).toEqual(["F11 weight-sum"]);
  });
});
