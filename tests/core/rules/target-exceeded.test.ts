import { cells, expectFinding, findingsOf } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, indicators } from "../../helpers/sheets";

const RULE = "target-exceeded";

describe("target-exceeded", () => {
  describe("finds the problem", () => {
    it("6 done against ≥4 (150%): a warning at the actual, naming the ratio and both values", () => {
      const spec = indicators(changed({ 0: { target: "≥4座", actual: "6座" } }));
      expectFinding(RULE, spec, { cell: "E2", severity: "warning", code: "target-exceeded", mentions: ["150%", "6座", "≥4座"] });
    });

    it("3099 against ≥2000 (155%), a bare-number target, and a percentage target", () => {
      const spec = indicators(changed({ 0: { target: "≥2000条", actual: "3099条" }, 1: { target: 10, actual: 20 }, 6: { target: "≥60%", actual: "90%" } }));
      expect(cells(findingsOf(RULE, spec))).toEqual(["E2 target-exceeded", "E3 target-exceeded", "E8 target-exceeded"]);
    });

    it("does not change the score: a full score for an exceeded target is fine (score-mismatch stays silent)", () => {
      const spec = indicators(changed({ 0: { target: "≥4座", actual: "6座" } }));
      expect(findingsOf("score-mismatch", spec)).toEqual([]);
    });
  });

  describe("stays silent on clean data", () => {
    it("targets met without a big margin", () => {
      expect(findingsOf(RULE, indicators(CLEAN_INDICATORS))).toEqual([]);
      expect(findingsOf(RULE, indicators(changed({ 0: { target: "≥4座", actual: "5座" } })))).toEqual([]);
    });

    it("lower-is-better and equal targets are never 'exceeded'", () => {
      const spec = indicators(changed({ 0: { target: "≤200万元", actual: "50万元" }, 4: { target: "0起", actual: "0起" }, 2: { target: "=100%", actual: "100%" } }));
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("unmet targets are not exceeded ones", () => {
      expect(findingsOf(RULE, indicators(changed({ 0: { target: "286座", actual: "253座", score: 17.69 } })))).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("—, /, error values, prose and a ≥0 target (no ratio) raise nothing", () => {
      const spec = indicators(
        changed({
          0: { actual: "—" },
          1: { actual: { error: "#DIV/0!" } },
          2: { actual: "/" },
          3: { actual: "超额完成" },
          4: { target: "≥0个", actual: "5个" },
          6: { target: "—", actual: "99%" },
        }),
      );
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("full-width digits in the actual are read", () => {
      expect(cells(findingsOf(RULE, indicators(changed({ 0: { target: "≥4座", actual: "６座" } }))))).toEqual(["E2 target-exceeded"]);
    });
  });

  describe("the threshold", () => {
    it("exactly 130% is far over target; 129.9% is not", () => {
      expect(cells(findingsOf(RULE, indicators(changed({ 1: { target: "≥10期", actual: "13期" } }))))).toEqual(["E3 target-exceeded"]);
      expect(findingsOf(RULE, indicators(changed({ 1: { target: "≥10期", actual: "12.99期" } })))).toEqual([]);
      // 11.7 ÷ 9 is 1.2999999999999998 in floating point; it is still 130%.
      expect(cells(findingsOf(RULE, indicators(changed({ 1: { target: "≥9期", actual: "11.7期" } }))))).toEqual(["E3 target-exceeded"]);
    });

    it("honours options.exceedRatio", () => {
      const spec = indicators(changed({ 0: { target: "≥4座", actual: "6座" } }));
      expect(findingsOf(RULE, spec, { exceedRatio: 2 })).toEqual([]);
      expectFinding(RULE, indicators(changed({ 0: { target: "≥4座", actual: "5座" } })), { cell: "E2", severity: "warning", mentions: ["125%"] }, { exceedRatio: 1.2 });
    });
  });
});
