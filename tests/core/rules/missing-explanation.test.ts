import { cells, expectFinding, findingsOf, type SheetSpec } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, indicators, lineItems, type LineItem } from "../../helpers/sheets";

const RULE = "missing-explanation";

const item = (name: string, budget: unknown, actual: unknown, status: unknown, note: unknown): LineItem =>
  ({ name, budget, actual, rate: null, status, note }) as LineItem;

describe("missing-explanation", () => {
  describe("finds the problem", () => {
    it("a line item declared 未完成 with an empty 情况说明, at the explanation cell", () => {
      const spec = lineItems([item("安全执法服装购置", 132, 132, "未完成", null)]);
      expectFinding(RULE, spec, { cell: "G2", severity: "warning", code: "missing-explanation.unmet", mentions: ["安全执法服装购置"] });
    });

    it("a line item below 90% with no explanation, naming the rate and the threshold", () => {
      const spec = lineItems([item("消防员招录工作经费", 100, 80, "完成", "")]);
      expectFinding(RULE, spec, { cell: "G2", severity: "warning", code: "missing-explanation.low-rate", mentions: ["80%", "90%"] });
    });

    it("an unmet indicator whose 偏差原因 cell is empty", () => {
      const spec = indicators(changed({ 0: { target: "1期", actual: "0期", score: 0 } }));
      expectFinding(RULE, spec, { cell: "H2", severity: "warning", code: "missing-explanation.unmet", mentions: ["检查矿山数量"] });
    });

    it("a partly met indicator with no explanation", () => {
      const spec = indicators(changed({ 3: { target: "完成", actual: "基本完成", score: 8 } }));
      expect(cells(findingsOf(RULE, spec))).toEqual(["H5 missing-explanation.unmet"]);
    });

    it("English headers: Notes is the explanation column", () => {
      const spec = { rows: [["Line item", "Budget", "Actual", "Target met", "Notes"], ["Training", 100, 50, "No", ""]] };
      expectFinding(RULE, spec, { cell: "E2", severity: "warning", code: "missing-explanation.unmet", mentions: ["Training"] });
    });

    it("the provincial form's 未完成原因分析 column", () => {
      const spec = {
        rows: [
          ["三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "权重", "得分", "未完成原因分析"],
          ["检查数量", "≥", 4, "座", 3, 100, 75, null],
        ],
      };
      expectFinding(RULE, spec, { cell: "H2", severity: "warning", code: "missing-explanation.unmet" });
    });
  });

  describe("stays silent on clean data", () => {
    it("every shortfall explained", () => {
      const spec = lineItems([item("甲", 132, 0, "未完成", "因标准未下发无法执行"), item("乙", 100, 80, "完成", "结余资金收回")]);
      expect(findingsOf(RULE, spec)).toEqual([]);
      const ind = indicators(changed({ 0: { target: "1期", actual: "0期", score: 0, note: "因机构改革未开展" } }));
      expect(findingsOf(RULE, ind)).toEqual([]);
    });

    it("met targets and full execution need no explanation", () => {
      expect(findingsOf(RULE, lineItems([item("甲", 100, 100, "完成", null), item("乙", 100, 95, "完成", "")]))).toEqual([]);
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS))).toEqual([]);
    });

    it("a layout without an explanation column is never asked for one", () => {
      const spec = { rows: [["项目名称", "预算数", "执行数", "绩效目标完成情况"], ["甲", 100, 10, "未完成"]] };
      expect(findingsOf(RULE, spec)).toEqual([]);
      const ind = { rows: [["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["甲", "≥1次", "0次", 10, 0]] };
      expect(findingsOf(RULE, ind)).toEqual([]);
    });

    it("subtotal and total rows are not asked for explanations", () => {
      const spec = lineItems([item("甲", 100, 100, "完成", "x"), { name: "合计", labelInSeq: true, budget: 200, actual: 100, note: null }]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("— and / in the explanation cell count as empty", () => {
      const spec = lineItems([item("甲", 100, 50, "完成", "—"), item("乙", 100, 50, "完成", "/")]);
      expect(cells(findingsOf(RULE, spec))).toEqual(["G2 missing-explanation.low-rate", "G3 missing-explanation.low-rate"]);
    });

    it("an explanation cell holding an error value is not an empty one", () => {
      const spec = lineItems([item("甲", 100, 50, "完成", { error: "#N/A" })]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("no rate can be computed from a zero budget, so it asks for nothing", () => {
      const spec = lineItems([item("甲", 0, 0, "完成", null), item("乙", { error: "#DIV/0!" }, 5, "完成", null), item("丙", "/", "/", "完成", null)]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("the threshold", () => {
    it("exactly 90% needs no explanation; 89.99% does", () => {
      const spec = lineItems([item("甲", 100, 90, "完成", null), item("乙", 100, 89.99, "完成", null)]);
      expect(cells(findingsOf(RULE, spec))).toEqual(["G3 missing-explanation.low-rate"]);
      expectFinding(RULE, spec, { cell: "G3", severity: "warning", mentions: ["89.99%", "90%"] });
    });

    it("exactly 90% with float noise in the division (0.18 ÷ 0.2) needs none either", () => {
      expect(findingsOf(RULE, lineItems([item("甲", 0.2, 0.18, "完成", null), item("乙", 0.4, 0.36, "完成", null)]))).toEqual([]);
    });

    it("honours options.explainRate", () => {
      const spec = lineItems([item("甲", 100, 85, "完成", null)]);
      expect(cells(findingsOf(RULE, spec))).toEqual(["G2 missing-explanation.low-rate"]);
      expect(findingsOf(RULE, spec, { explainRate: 0.8 })).toEqual([]);
      expectFinding(RULE, lineItems([item("甲", 100, 93, "完成", null)]), { cell: "G2", severity: "warning", mentions: ["93%", "95%"] }, { explainRate: 0.95 });
    });
  });
});

describe("missing-explanation: a funds block explains its execution on the 年度资金总额 row", () => {
  // 年度资金总额 carries the execution score; its rate is the one explained. 其中 rows are parts of it.
  const funds = (total: [number, number, number], reason: string, parts: [string, number, number, number][]): SheetSpec => ({
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "偏差原因"],
      ["", "年度资金总额", ...total, 10, null, null, reason],
      ...parts.map(([name, a, b, c]) => ["", name, a, b, c]),
    ],
  });

  it("86% executed with the 偏差原因 of the total left empty: a warning at the total's explanation cell", () => {
    const spec = funds([100, 100, 86], "", [["其中：当年财政拨款", 100, 100, 86]]);
    expectFinding(RULE, spec, { cell: "I2", severity: "warning", code: "missing-explanation.low-rate", mentions: ["86%", "90%"] });
    expect(cells(findingsOf(RULE, spec))).toEqual(["I2 missing-explanation.low-rate"]);
  });

  it("is silent when the total gives the reason: its 其中 rows are not explained apart", () => {
    const spec = funds([100, 100, 86], "部分采购延至次年", [["其中：当年财政拨款", 60, 60, 46], ["其他资金", 40, 40, 40]]);
    expect(findingsOf(RULE, spec)).toEqual([]);
  });

  it("a total left at 0 is judged by the breakdown under it that holds the money", () => {
    expect(cells(findingsOf(RULE, funds([0, 0, 0], "", [["其中：当年财政拨款", 120, 120, 96]])))).toEqual(["I2 missing-explanation.low-rate"]);
    expect(findingsOf(RULE, funds([0, 0, 0], "", [["其中：当年财政拨款", 120, 120, 118]]))).toEqual([]);
  });

  it("line items are still explained row by row", () => {
    const spec = lineItems([item("甲", 100, 80, "完成", ""), item("乙", 100, 95, "完成", "")]);
    expect(cells(findingsOf(RULE, spec))).toEqual(["G2 missing-explanation.low-rate"]);
  });
});
