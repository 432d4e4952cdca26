import { cells, expectFinding, findingsOf, figures } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, indicators } from "../../helpers/sheets";

const RULE = "non-numeric-actual";

describe("non-numeric-actual", () => {
  describe("finds the problem", () => {
    it("完成 against ≥30万元: a warning at the actual, quoting both", () => {
      const spec = indicators(changed({ 2: { target: "≥30万元", actual: "完成" } }));
      const f = expectFinding(RULE, spec, { cell: "E4", severity: "warning", code: "non-numeric-actual", mentions: ["≥30万元", "完成"] });
      expect(figures(f)).toMatchObject({ expected: "≥30万元", actual: "完成" });
    });

    it("prose against a number, and 已完成 against ≥95%", () => {
      const spec = indicators(changed({ 0: { target: "≥4座", actual: "按计划推进" }, 6: { target: "≥95%", actual: "已完成" } }));
      expect(cells(findingsOf(RULE, spec))).toEqual(["E2 non-numeric-actual", "E8 non-numeric-actual"]);
    });

    it("the split provincial target (≥ | 4 | 座) against a word", () => {
      const spec = { rows: [["三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "权重", "得分"], ["检查数量", "≥", 4, "座", "已完成", 100, 100]] };
      expectFinding(RULE, spec, { cell: "E2", severity: "warning", mentions: ["≥4座", "已完成"] });
    });
  });

  describe("stays silent on clean data", () => {
    it("numbers against numbers, words against words", () => {
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS))).toEqual([]);
      expect(findingsOf(RULE, indicators(changed({ 0: { target: "≥4座", actual: 4 }, 3: { target: "完成", actual: "基本完成", score: 8 } })))).toEqual([]);
    });

    it("a deadline target with a date actual is not a numeric target", () => {
      expect(findingsOf(RULE, indicators(changed({ 3: { target: "2019年12月31日前", actual: "2019年12月20日" } })))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("an empty actual, —, / or an error value is not a word", () => {
      const spec = indicators(changed({ 0: { actual: null }, 1: { actual: "—" }, 2: { actual: "/" }, 6: { actual: { error: "#N/A" } } }));
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("an empty or unreadable target leaves nothing to compare against", () => {
      const spec = indicators(changed({ 0: { target: "—", actual: "完成" }, 1: { target: { error: "#REF!" }, actual: "完成" } }));
      expect(findingsOf(RULE, spec)).toEqual([]);
    });
  });

  describe("the edge", () => {
    it("numbers written with full-width digits or separators are numbers", () => {
      expect(findingsOf(RULE, indicators(changed({ 0: { target: "≥1,000座", actual: "１,２００座" } })))).toEqual([]);
    });

    it("a number behind a qualifier the parser knows (累计6座) is still a number", () => {
      expect(findingsOf(RULE, indicators(changed({ 0: { target: "≥4座", actual: "累计6座" } })))).toEqual([]);
    });
  });
});
