import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, indicators, lineItems } from "../../helpers/sheets";

const RULE = "unmet-target";

/** CLEAN_INDICATORS row i sits on sheet row i + 2 (header at row 1); 实际完成值 is column E. */
const at = (i: number): string => `E${i + 2}`;

describe("unmet-target", () => {
  describe("finds the problem", () => {
    it("a quantity below a higher-is-better target, naming both numbers", () => {
      const spec = indicators(changed({ 0: { target: "286座", actual: "253座", score: 17.69 } }));
      expectFinding(RULE, spec, { cell: at(0), severity: "warning", code: "unmet-target.numeric", mentions: ["253", "286", "检查矿山数量"] });
    });

    it("0 done against ≥1 (an activity that did not happen)", () => {
      const spec = indicators(changed({ 1: { target: "≥1次", actual: "0次", score: 0 } }));
      expectFinding(RULE, spec, { cell: at(1), severity: "warning", code: "unmet-target.numeric", mentions: ["0次", "≥1次"] });
    });

    it("a cost above a lower-is-better cap, and accidents against a target of 0", () => {
      const spec = indicators(
        changed({
          2: { target: "≤206.4万元", actual: "210万元", score: 9.83 },
          4: { target: "0起", actual: "1起", score: 0 },
        }),
      );
      expectFinding(RULE, spec, { cell: at(2), severity: "warning", code: "unmet-target.numeric", mentions: ["210万元", "≤206.4万元"] });
      expectFinding(RULE, spec, { cell: at(4), severity: "warning", code: "unmet-target.numeric", mentions: ["1起", "0起"] });
    });

    it("qualitative: 未完成 is unmet, 基本完成 only partly met", () => {
      const spec = indicators(
        changed({
          3: { target: "完成", actual: "未完成", score: 5 },
          5: { target: "完成", actual: "基本完成", score: 12 },
        }),
      );
      expectFinding(RULE, spec, { cell: at(3), severity: "warning", code: "unmet-target.qualitative", mentions: ["未完成"] });
      expectFinding(RULE, spec, { cell: at(5), severity: "warning", code: "unmet-target.partial", mentions: ["基本完成"] });
    });

    it("a deadline missed", () => {
      const spec = indicators(changed({ 3: { target: "2019年12月31日前", actual: "2020年1月15日", score: 0 } }));
      expectFinding(RULE, spec, { cell: at(3), severity: "warning", code: "unmet-target.deadline", mentions: ["2019年12月31日前"] });
    });

    it("a line item declared 未完成 in the status column, at the status cell", () => {
      const spec = lineItems([
        { name: "安全执法服装购置", budget: 132, actual: 0, rate: 0, status: "未完成", note: "标准未下发" },
        { name: "乙", budget: 10, actual: 10, rate: 1, status: "完成", note: "x" },
        { name: "丙", budget: 10, actual: 10, rate: 1, status: "部分完成", note: "x" },
      ]);
      expectFinding(RULE, spec, { cell: "F2", severity: "warning", code: "unmet-target.declared", mentions: ["未完成", "安全执法服装购置"] });
      expect(cells(findingsOf(RULE, spec))).toEqual(["F2 unmet-target.declared", "F4 unmet-target.declared"]);
    });

    it("an indicator table with a status column, where the actual cannot be judged, takes the declared status", () => {
      const spec = {
        rows: [
          ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "是否完成"],
          ["宣传覆盖面", "广泛", "较广", 10, 8, "未完成"],
        ],
      };
      expectFinding(RULE, spec, { cell: "F2", severity: "warning", code: "unmet-target.declared", mentions: ["未完成"] });
    });
  });

  describe("stays silent on clean data", () => {
    it("says nothing for the clean indicator set (≥, =, ≤ 0, qualitative, percentages all met)", () => {
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS))).toEqual([]);
    });

    it("met targets of every kind", () => {
      const spec = indicators(
        changed({
          0: { target: "≥2000条", actual: "3099条" },
          1: { target: "≤206.4万元", actual: "172.743万元" },
          2: { target: "低于上年", actual: "低于上年" },
          3: { target: "2019年12月31日前", actual: "2019年12月20日" },
          5: { target: "12月底前", actual: "12月底" },
          6: { target: "不低于90%", actual: "96%" },
        }),
      );
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("line items marked 完成 and tables without a status column", () => {
      expect(findingsOf(RULE, lineItems([{ name: "甲", budget: 10, actual: 10, rate: 1, status: "完成", note: "x" }]))).toEqual([]);
      expect(findingsOf(RULE, { rows: [["项目名称", "预算数", "执行数"], ["甲", 10, 0]] })).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("—, /, an empty actual, an error value or prose are not unmet targets", () => {
      const spec = indicators(
        changed({
          0: { actual: "—" },
          1: { actual: "/" },
          2: { actual: null },
          3: { actual: { error: "#N/A" } },
          4: { target: "—", actual: "0起" },
          6: { actual: "详见附件" },
        }),
      );
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("empty or unknown status words in a line-item table are not declarations", () => {
      const spec = lineItems([
        { name: "甲", budget: 10, actual: 10, rate: 1, status: "", note: "x" },
        { name: "乙", budget: 10, actual: 10, rate: 1, status: "—", note: "x" },
        { name: "丙", budget: 10, actual: 10, rate: 1, status: { error: "#REF!" }, note: "x" },
        { name: "丁", budget: 10, actual: 10, rate: 1, status: "见说明", note: "x" },
      ]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("category, subtotal and total rows are never declared unmet", () => {
      const spec = lineItems([
        { name: "一、培训", noSeq: true, status: "未完成" },
        { name: "甲", budget: 10, actual: 10, rate: 1, status: "完成", note: "x" },
        { name: "合计", labelInSeq: true, budget: 10, actual: 10, rate: 1, status: "未完成" },
      ]);
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("the threshold", () => {
    it("≥90%: 90% is met, 89.99% is not", () => {
      const met = indicators(changed({ 6: { actual: "90%" } }));
      const unmet = indicators(changed({ 6: { actual: "89.99%", score: 10 } }));
      expect(findingsOf(RULE, met)).toEqual([]);
      expectFinding(RULE, unmet, { cell: at(6), severity: "warning", code: "unmet-target.numeric", mentions: ["89.99%", "≥90%"] });
    });

    it("≤206.4: 206.4 is met, 206.41 is not", () => {
      expect(findingsOf(RULE, indicators(changed({ 1: { target: "≤206.4万元", actual: "206.4万元" } })))).toEqual([]);
      expect(cells(findingsOf(RULE, indicators(changed({ 1: { target: "≤206.4万元", actual: "206.41万元" } }))))).toEqual([`${at(1)} unmet-target.numeric`]);
    });

    it("a bare number is higher-is-better: 286 done of 286 is met, 285 is not", () => {
      expect(findingsOf(RULE, indicators(changed({ 0: { target: 286, actual: 286 } })))).toEqual([]);
      expect(cells(findingsOf(RULE, indicators(changed({ 0: { target: 286, actual: 285 } }))))).toEqual([`${at(0)} unmet-target.numeric`]);
    });

    it("a target of 0 accidents is met only by 0", () => {
      expect(findingsOf(RULE, indicators(changed({ 4: { target: "0起", actual: 0 } })))).toEqual([]);
      expect(findingsOf(RULE, indicators(changed({ 4: { target: 0, actual: 1 } }))).map((f) => f.cell)).toEqual([at(4)]);
    });

    it("percentages stored as numbers with a % format are read as percentages", () => {
      const base = indicators(changed({ 6: { target: 0.9, actual: 0.8999 } }));
      const spec = { ...base, formats: { D8: "0%", E8: "0.00%" } };
      expectFinding(RULE, spec, { cell: "E8", severity: "warning", mentions: ["89.99%", "90%"] });
      const met = { ...indicators(changed({ 6: { target: 0.9, actual: 0.9 } })), formats: { D8: "0%", E8: "0.00%" } };
      expect(findingsOf(RULE, met)).toEqual([]);
    });
  });
});
