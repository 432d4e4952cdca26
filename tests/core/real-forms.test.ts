/** The must-hold rows of issue 9 (real forms), each as a test on a sheet laid out as published forms are. */
import { detectBlocks } from "../../src/core/layouts/detect";
import { explainSheet } from "../../src/core/layouts/explain";
import type { IndicatorBlock } from "../../src/core/layouts/blocks";
import { audit, cells, grid } from "../helpers/grid";
import * as forms from "../helpers/real-forms";

const codes = (spec: Parameters<typeof audit>[0], options: Parameters<typeof audit>[1] = {}): string[] => cells(audit(spec, options).findings);

describe("issue 9 must hold", () => {
  it("English line items (Item, Allocation (RMB), Amount spent, Spend rate, Achieved?, Comments) are audited as a Chinese sheet", () => {
    const r = audit(forms.englishLineItems());
    expect(r.layout).toBe("line-items");
    const found = cells(r.findings);
    expect(found).toEqual(expect.arrayContaining(["D2 low-execution", "E2 unmet-target.declared", "F2 missing-explanation.unmet", "D3 rate-mismatch", "F4 missing-explanation.low-rate"]));
    expect(found.filter((c) => c.includes("total-mismatch"))).toEqual([]);
  });

  it("a funds block broken down by source and again by kind, both correct: no total-mismatch", () => {
    expect(codes(forms.fundsTwice()).filter((c) => c.includes("total-mismatch"))).toEqual([]);
  });

  it("— but each breakdown is still checked on its own", () => {
    const spec = forms.fundsTwice();
    (spec.rows[6] as unknown[])[3] = 130; // 项目支出 全年预算数 130: 基本 80 + 项目 130 ≠ 200
    expect(codes(spec).filter((c) => c.includes("total-mismatch"))).toEqual(["D2 total-mismatch.amount"]);
  });

  it("a total left at 0 above the row that holds the money is a total mismatch", () => {
    expect(codes(forms.zeroTotal())).toEqual(expect.arrayContaining(["C2 total-mismatch.amount", "D2 total-mismatch.amount", "E2 total-mismatch.amount"]));
  });

  it("a 合计 of the indicator block's own rows above a funds block is right; the 总分 is checked with the execution score", () => {
    expect(codes(forms.ownTotalAboveFunds()).filter((c) => /total-mismatch|weight-sum/.test(c))).toEqual([]);
    expect(codes(forms.ownTotalAboveFunds({ overall: 90 })).filter((c) => /total-mismatch/.test(c))).toEqual(["G6 total-mismatch.score"]);
  });

  it("≤50万元 target, 52万元 actual, weight 5, stated 5: unmet-target and score-mismatch (the rules give 4.81)", () => {
    const found = codes(forms.costOverrun()).filter((c) => /^[A-Z]+2 /.test(c));
    expect(found).toEqual(expect.arrayContaining(["E2 unmet-target.numeric", "G2 score-mismatch.quantitative"]));
    const f = audit(forms.costOverrun()).findings.find((x) => x.code === "score-mismatch.quantitative");
    expect(f?.params).toMatchObject({ computed: expect.closeTo(4.8077, 3) });
  });

  it("same, with the score tolerance set to whole points: unmet-target only", () => {
    const found = codes(forms.costOverrun(), { scoreTolerance: 1 }).filter((c) => /^[A-Z]+2 /.test(c) && !c.includes("missing-explanation"));
    expect(found).toEqual(["E2 unmet-target.numeric"]);
  });

  it("评价等级 良 under the second of two stacked indicator blocks whose total is 78: grade-mismatch", () => {
    const model = detectBlocks(grid(forms.stackedBlocks()));
    expect(model.blocks.map((b) => b.kind)).toEqual(["indicators", "indicators"]);
    expect(codes(forms.stackedBlocks()).filter((c) => c.includes("grade-mismatch"))).toEqual(["B13 grade-mismatch"]);
    expect(codes(forms.stackedBlocks("中")).filter((c) => c.includes("grade-mismatch") || c.includes("total-mismatch"))).toEqual([]);
  });

  it("产出指标(50分) whose 三级 weights add up to 45: weight-sum", () => {
    expect(codes(forms.labelWeights())).toEqual(expect.arrayContaining(["A2 weight-sum.label"]));
    expect(codes(forms.labelWeights([20, 15, 15])).filter((c) => c.includes("weight-sum"))).toEqual([]);
  });

  it("指标2 / …… placeholder rows with no values: no finding on them, not counted", () => {
    const r = audit(forms.placeholders());
    expect(r.findings.filter((f) => f.row === 3 || f.row === 4)).toEqual([]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const b = detectBlocks(grid(forms.placeholders())).blocks[0] as IndicatorBlock;
    expect(b.rows.map((x) => x.row)).toEqual([2, 5, 6, 7]);
    expect(b.placeholders).toEqual([3, 4]);
  });

  it.each(["无", "暂无", "/", "—", "0", "-"])("an unmet target whose explanation cell holds %p: missing-explanation", (token) => {
    expect(codes(forms.emptyExplanation(token))).toContain("H2 missing-explanation.unmet");
  });

  it("a real explanation is one", () => {
    expect(codes(forms.emptyExplanation("材料价格上涨，超出预算 2 万元"))).not.toContain("H2 missing-explanation.unmet");
  });

  it("the national form with a two-row indicator header: the block is read; score-mismatch on both; unmet-target and missing-explanation on the second", () => {
    const found = codes(forms.twoRowNationalForm());
    expect(found).toEqual(expect.arrayContaining(["I9 score-mismatch.quantitative", "I10 score-mismatch.quantitative", "G10 unmet-target.numeric", "J10 missing-explanation.unmet"]));
    expect(found.filter((c) => /^[A-Z]+9 /.test(c) && !c.includes("weight-sum.group"))).toEqual(["I9 score-mismatch.quantitative"]);
    // The goals block (年度总体目标) holds bare numbers: never read as a rate row.
    expect(found.filter((c) => /rate-mismatch|low-execution|total-mismatch/.test(c))).toEqual([]);
  });

  it("a form whose indicator block cannot be read is never summarised as clean: the finding says it was not read", () => {
    const r = audit(forms.unreadableIndicators());
    expect(r.findings.length).toBeGreaterThan(0);
    expect(cells(r.findings)).toContain("A3 recognition.block-not-read");
    // Its rows are not read as funds rows either.
    expect(cells(r.findings).filter((c) => /low-execution|rate-mismatch/.test(c))).toEqual([]);
  });

  it("a form never filled in is reported as not filled in", () => {
    expect(codes(forms.neverFilled())).toContain("E1 recognition.not-filled");
  });

  it("an actual that repeats the target with its operator, and a score with neither target nor actual, are findings", () => {
    expect(codes(forms.unsupportedScores())).toEqual(expect.arrayContaining(["E2 unsupported-score.repeats-target", "G3 unsupported-score.no-basis"]));
  });

  it("--explain on a prose sheet says it found no header row, and which words it looked for", () => {
    const account = explainSheet(grid(forms.PROSE_SHEET));
    expect(account.blocks).toEqual([]);
    expect(account.noHeader?.lookedFor.budget).toContain("预算数");
    expect(account.noHeader?.lookedFor.amountActual).toContain("执行数");
  });

  it("--map assigning budget and actual on an unrecognised sheet: that sheet is audited", () => {
    expect(audit(forms.unknownHeaders()).layout).toBe("unrecognised");
    const r = audit(forms.unknownHeaders(), { mapping: { name: 1, budget: 2, amountActual: 3 } });
    expect(r.layout).toBe("line-items");
    expect(cells(r.findings)).toContain("C2 low-execution");
  });
});
