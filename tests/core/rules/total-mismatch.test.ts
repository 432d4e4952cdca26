import { cells, expectFinding, findingsOf, figures, type SheetSpec } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, FORM_INDICATORS, indicators, lineItems, selfEvaluationForm, type LineItem } from "../../helpers/sheets";

const RULE = "total-mismatch";

const it_ = (name: string, budget: unknown, actual: unknown): LineItem =>
  ({ name, budget, actual, rate: null, status: "完成", note: "x" }) as LineItem;
const total = (budget: unknown, actual: unknown, label = "合计"): LineItem => ({ name: label, labelInSeq: true, budget, actual }) as LineItem;

describe("total-mismatch", () => {
  describe("finds the problem", () => {
    it("a 合计 amount that is not the sum of the items (1465.45 against 1465.44), at the total cell", () => {
      const spec = lineItems([it_("甲", 1000, 1000.01), it_("乙", 940, 465.43), total(1940, 1465.45)]);
      const f = expectFinding(RULE, spec, { cell: "D4", severity: "error", code: "total-mismatch.amount", mentions: ["1465.45", "1465.44", "0.01"] });
      expect(figures(f)).toMatchObject({ expected: 1465.44, actual: 1465.45 });
      expect(cells(findingsOf(RULE, spec))).toEqual(["D4 total-mismatch.amount"]);
    });

    it("a wrong 小计 is reported at the subtotal, and the grand total that agrees with the items is not", () => {
      const spec = lineItems([
        { name: "一、执法检查", noSeq: true },
        it_("甲", 100, 95),
        it_("乙", 50, 50),
        { name: "小计", noSeq: true, budget: 160, actual: 145 },
        { name: "二、宣传教育", noSeq: true },
        it_("丙", 40, 40),
        { name: "小计", noSeq: true, budget: 40, actual: 40 },
        total(190, 185),
      ]);
      expectFinding(RULE, spec, { cell: "C5", severity: "error", mentions: ["160", "150"] });
      expect(cells(findingsOf(RULE, spec))).toEqual(["C5 total-mismatch.amount"]);
    });

    it("a category row carrying group sums is checked against its items", () => {
      const spec = lineItems([
        { name: "一、执法检查", noSeq: true, budget: 150, actual: 140 },
        it_("甲", 100, 95),
        it_("乙", 50, 50),
        { name: "二、宣传教育", noSeq: true, budget: 40, actual: 40 },
        it_("丙", 40, 40),
        total(190, 185),
      ]);
      expectFinding(RULE, spec, { cell: "D2", severity: "error", mentions: ["140", "145"] });
      expect(cells(findingsOf(RULE, spec))).toEqual(["D2 total-mismatch.amount"]);
    });

    it("the 总分 of an indicator table that is not the sum of the scores (84.75 against 82.55)", () => {
      const spec = indicators(changed({ 0: { score: 12.55 }, 1: { score: 0 } }), { total: { weight: 100, score: 84.75 } });
      // 100 - 20 + 12.55 - 10 + 0 = 82.55
      expectFinding(RULE, spec, { cell: "G10", severity: "error", code: "total-mismatch.score", mentions: ["84.75", "82.55", "2.2"] });
    });

    it("the form's 总分 counts the funds block's execution score", () => {
      // 90 from the indicators + 9.5 from the funds block = 99.5, not 99.7.
      const spec = selfEvaluationForm({ initial: 200, full: 200, actual: 190, rate: 0.95, score: 9.5 }, FORM_INDICATORS, { total: { weight: 100, score: 99.7 } });
      expectFinding(RULE, spec, { cell: `H${spec.totalRow}`, severity: "error", mentions: ["99.7", "99.5"] });
    });
  });

  describe("stays silent on clean data", () => {
    it("totals and subtotals that agree, with 合计 in the 序号 column", () => {
      const spec = lineItems(
        [
          { name: "一、执法检查", noSeq: true },
          it_("甲", 17, 13),
          it_("乙", 25.9, 17.01),
          { name: "小计", noSeq: true, budget: 42.9, actual: 30.01 },
          { name: "二、宣传", noSeq: true, budget: 10, actual: 7.42 },
          it_("丙", 10, 7.42),
          total(52.9, 37.43),
        ],
        { title: "2019年度项目支出明细", unit: "单位：万元" },
      );
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("the clean indicator set with its 总分, and the form's 总分 including the execution score", () => {
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS, { total: { weight: 100, score: 100 } }))).toEqual([]);
      const form = selfEvaluationForm({ initial: 206.4, full: 206.632, actual: 172.743, rate: 0.836, score: 9.7 }, FORM_INDICATORS, { total: { weight: 100, score: 99.7 } });
      expect(findingsOf(RULE, form)).toEqual([]);
    });

    it("a table without total rows has nothing to add up", () => {
      expect(findingsOf(RULE, lineItems([it_("甲", 10, 5), it_("乙", 10, 5)]))).toEqual([]);
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS))).toEqual([]);
    });

    it("float noise in the sum is not a mismatch (0.1 + 0.2 = 0.3)", () => {
      expect(findingsOf(RULE, lineItems([it_("甲", 0.1, 0.1), it_("乙", 0.2, 0.2), total(0.3, 0.3)]))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("a total cell holding —, an error value or prose is not compared", () => {
      const spec = lineItems([it_("甲", 10, 5), it_("乙", 10, 5), total("—", { error: "#DIV/0!" })]);
      expect(findingsOf(RULE, spec)).toEqual([]);
      expect(findingsOf(RULE, lineItems([it_("甲", 10, 5), total("见附表", "/")]))).toEqual([]);
    });

    it("blank and dashed item cells count as nothing", () => {
      const spec = lineItems([it_("甲", 10, 5), it_("乙", 10, "—"), it_("丙", 10, null), total(30, 5)]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("an item whose amount is an error value makes the sum unknown: no false alarm at the total", () => {
      const spec = lineItems([it_("甲", 10, 5), it_("乙", 10, { error: "#REF!" }), total(20, 8)]);
      expect(findingsOf(RULE, spec)).toEqual([]);
      // The other column can still be checked.
      const bad = lineItems([it_("甲", 10, 5), it_("乙", 10, { error: "#REF!" }), total(25, 8)]);
      expect(cells(findingsOf(RULE, bad))).toEqual(["C4 total-mismatch.amount"]);
    });

    it("amounts as text with separators and full-width digits add up like numbers", () => {
      const spec = lineItems([it_("甲", "1,000.00", "１２３"), it_("乙", "940.00", 877), total("1,940.00", "1,000.00")], { amountFormat: null });
      expect(findingsOf(RULE, spec)).toEqual([]);
      const bad = lineItems([it_("甲", "1,000.00", "１２３"), it_("乙", "940.00", 877), total("1,940.00", "1,000.01")], { amountFormat: null });
      expectFinding(RULE, bad, { cell: "D4", severity: "error", mentions: ["1000.01", "1000"] });
    });

    it("scores of — count as nothing; an error value in a score makes the sum unknown", () => {
      const spec = indicators(changed({ 3: { weight: "—", score: "—" } }), { total: { score: 90 } });
      expect(findingsOf(RULE, spec)).toEqual([]);
      const err = indicators(changed({ 3: { score: { error: "#VALUE!" } } }), { total: { score: 100 } });
      expect(findingsOf(RULE, err)).toEqual([]);
    });
  });

  describe("rounding (the threshold)", () => {
    it("1465.45 shown as 0.00 against items adding to 1465.44 IS a finding; against 1465.446 it is NOT", () => {
      const off = lineItems([it_("甲", 1000, 1000), it_("乙", 940, 465.44), total(1940, 1465.45)]);
      expect(cells(findingsOf(RULE, off))).toEqual(["D4 total-mismatch.amount"]);
      const rounded = lineItems([it_("甲", 1000, 1000.003), it_("乙", 940, 465.443), total(1940, 1465.45)], { amountFormat: "0.00" });
      expect(findingsOf(RULE, rounded)).toEqual([]);
    });

    it("the same stated 1465.45 under General shows two decimals, so 1465.446 still rounds to it", () => {
      const spec = lineItems([it_("甲", 1000, 1000.003), it_("乙", 940, 465.443), total(1940, 1465.45)], { amountFormat: null });
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a total shown with no decimals (format 0) tolerates half a unit", () => {
      const spec = lineItems([it_("甲", 10.3, 5), it_("乙", 10.1, 5), total(20, 10)], { amountFormat: "0" });
      expect(findingsOf(RULE, spec)).toEqual([]);
      const off = lineItems([it_("甲", 10.3, 5), it_("乙", 10.3, 5), total(20, 10)], { amountFormat: "0" });
      expect(cells(findingsOf(RULE, off))).toEqual(["C4 total-mismatch.amount"]);
    });
  });
});

describe("total-mismatch: a 合计 placed first, above its items", () => {
  // 合  计 as the first data row (as some county forms print it), over 190 + 70 + 30 = 290 executed.
  const totalFirst = (actual: number, budget = 400, below: SheetSpec["rows"] = []): SheetSpec => ({
    rows: [
      ["序号", "项目名称", "预算数", "执行数", "执行率", "备注"],
      ["合  计", "", budget, actual, 0.75, ""],
      [1, "环境整治", 200, 190, 0.95, ""],
      [2, "污水处理", 150, 70, 0.4667, "管网工程延期"],
      [3, "垃圾清运", 50, 30, 0.6, ""],
      ...below,
    ],
  });

  it("adds up the items below it: 300 stated where they add up to 290, at the total cell", () => {
    const spec = totalFirst(300);
    expectFinding(RULE, spec, { cell: "D2", severity: "error", code: "total-mismatch.amount", mentions: ["300", "290"] });
    expect(cells(findingsOf(RULE, spec))).toEqual(["D2 total-mismatch.amount"]);
  });

  it("is silent when it states what its items add up to", () => {
    expect(findingsOf(RULE, totalFirst(290))).toEqual([]);
  });

  it("takes in its items up to the next total, which adds up every item above it", () => {
    // 总计 at the foot adds up all items, the first 合计 only those down to it: both right here, then the first wrong.
    const foot = [["总计", "", 400, 290, 0.725, ""]];
    expect(findingsOf(RULE, totalFirst(290, 400, foot))).toEqual([]);
    expect(cells(findingsOf(RULE, totalFirst(290, 410, foot)))).toEqual(["C2 total-mismatch.amount"]);
  });

  it("the funds block's 年度资金总额 is still added up only by its breakdowns (其中 alone may list a part)", () => {
    const spec = {
      rows: [
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", 100, 100, 90, 10, 0.9, 9],
        ["", "其中：当年财政拨款", 80, 80, 72],
      ],
    };
    expect(findingsOf(RULE, spec)).toEqual([]);
  });
});
