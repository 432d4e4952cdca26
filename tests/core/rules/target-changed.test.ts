import { audit, cells, expectFinding, figures, findingsOf, textOf } from "../../helpers/grid";
import { adjustedRows, adjustedTargets, UNCHANGED } from "../../helpers/adjusted-targets";
import { targetChange } from "../../../src/core/rules/target-changed";

const RULE = "target-changed";

/** Row i of UNCHANGED sits on sheet row i + 2; 调整指标值 is column E. */
const adjustedCell = (i: number): string => `E${i + 2}`;

describe("target-changed", () => {
  describe("finds the problem", () => {
    it("≥100人次 at the start of the year lowered to ≥80人次, no reason: a warning at the adjusted target, naming both", () => {
      const spec = adjustedTargets(adjustedRows({ 0: { adjusted: "≥80人次", actual: "85人次" } }));
      const f = expectFinding(RULE, spec, { cell: adjustedCell(0), severity: "warning", code: "target-changed", mentions: ["≥100人次", "≥80人次", "培训人次"] });
      expect(f.params).toMatchObject({ direction: "eased" });
      expect(figures(f)).toEqual({ expected: "≥100人次", actual: "≥80人次" });
      expect(textOf(f)).toContain("目标放宽");
      expect(textOf(f, "en-US")).toContain("easier target");
    });

    it("a cost cap raised is eased too; a cap lowered or a count raised is tightened", () => {
      const spec = adjustedTargets(adjustedRows({ 0: { adjusted: "≥120人次" }, 2: { adjusted: "≤60万元" } }));
      const found = findingsOf(RULE, spec);
      expect(cells(found)).toEqual([`${adjustedCell(0)} target-changed`, `${adjustedCell(2)} target-changed`]);
      expect(found.map((f) => (f.params as { direction: string }).direction)).toEqual(["tightened", "eased"]);
      const lowered = findingsOf(RULE, adjustedTargets(adjustedRows({ 2: { adjusted: "≤40万元", actual: "38万元" } })));
      expect(lowered.map((f) => (f.params as { direction: string }).direction)).toEqual(["tightened"]);
    });

    it("a deadline moved, a qualitative target reworded, a unit changed: changed", () => {
      const spec = adjustedTargets(adjustedRows({ 3: { adjusted: "2024年3月底前" }, 1: { initial: "建立", adjusted: "基本建立", actual: "基本建立" }, 2: { adjusted: "≤50万元/年" } }));
      const found = findingsOf(RULE, spec);
      expect(cells(found)).toEqual([adjustedCell(1), adjustedCell(2), adjustedCell(3)].map((c) => `${c} target-changed`));
      for (const f of found) expect(f.params).toMatchObject({ direction: "changed" });
      expect(textOf(found[0])).toBe("「检查次数」指标值由年初的“建立”调整为“基本建立”，但未说明调整原因");
    });

    it("the adjusted value is the target the indicator is judged by: 85 against ≥80 is met, against ≥100 it would not be", () => {
      const report = audit(adjustedTargets(adjustedRows({ 0: { adjusted: "≥80人次", actual: "85人次" } })));
      expect(report.findings.filter((f) => f.rule === "unmet-target")).toEqual([]);
      const before = audit(adjustedTargets(adjustedRows({ 0: { adjusted: "≥100人次", actual: "85人次", score: 34 } })));
      expect(cells(before.findings.filter((f) => f.rule === "unmet-target"))).toEqual(["F2 unmet-target.numeric"]);
    });
  });

  describe("stays silent on clean data", () => {
    it("every target kept as set (调整指标值 repeating 年初指标值)", () => {
      expect(findingsOf(RULE, adjustedTargets(UNCHANGED))).toEqual([]);
    });

    it("the same target written another way: 100% and ≥100%, 不少于10次 and ≥10次, full-width digits, spaces", () => {
      const spec = adjustedTargets(adjustedRows({ 0: { initial: "100%", adjusted: "≥100%", actual: "100%" }, 1: { initial: "不少于10次", adjusted: "≥１０次" }, 3: { adjusted: "2023年 12月底前" } }));
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a change with its reason in the explanation column", () => {
      const spec = adjustedTargets(adjustedRows({ 0: { adjusted: "≥80人次", actual: "85人次", note: "受疫情影响，经批准调减培训人次" } }));
      expect(findingsOf(RULE, spec)).toEqual([]);
    });

    it("a change with its reason in the block's explanation row (no explanation column)", () => {
      const explained = adjustedTargets(adjustedRows({ 0: { adjusted: "≥80人次", actual: "85人次" } }), { explanationRow: "年中经批准调减培训人次" });
      expect(findingsOf(RULE, explained)).toEqual([]);
      const empty = adjustedTargets(adjustedRows({ 0: { adjusted: "≥80人次", actual: "85人次" } }), { explanationRow: "" });
      expect(cells(findingsOf(RULE, empty))).toEqual([`${adjustedCell(0)} target-changed`]);
    });

    it("a table with only one target column (指标值) has nothing to compare", () => {
      const spec = adjustedTargets(adjustedRows({}));
      const rows = spec.rows.map((r) => [...r.slice(0, 3), ...r.slice(4)]);
      rows[0] = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
      expect(findingsOf(RULE, { ...spec, rows })).toEqual([]);
    });

    it("can be turned off", () => {
      const spec = adjustedTargets(adjustedRows({ 0: { adjusted: "≥80人次", actual: "85人次" } }));
      expect(audit(spec, { rules: ["unmet-target"] }).findings.filter((f) => f.rule === RULE)).toEqual([]);
    });
  });

  describe("empty cells, text and error values", () => {
    it("a blank 调整指标值 means no adjustment: the 年初指标值 stands, and is the target judged", () => {
      const spec = adjustedTargets(adjustedRows({ 1: { adjusted: null, actual: "9次", score: 27 } }));
      expect(findingsOf(RULE, spec)).toEqual([]);
      expect(cells(findingsOf("unmet-target", spec))).toEqual(["F3 unmet-target.numeric"]);
    });

    it("a blank 年初指标值, —, / or an error value in either column raise nothing and do not throw", () => {
      const spec = adjustedTargets(
        adjustedRows({ 0: { initial: null, adjusted: "≥80人次" }, 1: { initial: "—", adjusted: "≥8次" }, 2: { initial: "/", adjusted: "≤60万元" }, 3: { initial: { error: "#N/A" }, adjusted: "2024年3月底前" } }),
      );
      expect(() => findingsOf(RULE, spec)).not.toThrow();
      expect(findingsOf(RULE, spec)).toEqual([]);
      const errorAdjusted = adjustedTargets(adjustedRows({ 0: { adjusted: { error: "#REF!" } } }));
      expect(() => findingsOf(RULE, errorAdjusted)).not.toThrow();
    });

    it("an explanation of 无 or — is no explanation", () => {
      for (const note of ["无", "—", "/"]) {
        const spec = adjustedTargets(adjustedRows({ 0: { adjusted: "≥80人次", actual: "85人次", note } }));
        expect(cells(findingsOf(RULE, spec))).toEqual([`${adjustedCell(0)} target-changed`]);
      }
    });

    it("bare numbers: 95 against 90 under a percent format are read as the cells show them", () => {
      const spec = { ...adjustedTargets(adjustedRows({ 0: { initial: 0.95, adjusted: 0.9, actual: "92%" } })), formats: { D2: "0%", E2: "0%" } };
      const found = findingsOf(RULE, spec);
      expect(cells(found)).toEqual([`${adjustedCell(0)} target-changed`]);
      expect(found[0]?.params).toMatchObject({ initial: "95%", adjusted: "90%", direction: "eased" });
    });
  });

  describe("the edge: how big a change is a change", () => {
    it("any difference in the figure counts, however small; a unit on one side only does not", () => {
      expect(targetChange("≥95%", "≥94.9%")).toBe("eased");
      expect(targetChange("≥95%", "≥95.0%")).toBeNull();
      expect(targetChange("≥10", "≥10次")).toBeNull();
      expect(targetChange("≥10次", "≥10个")).toBe("changed");
      expect(targetChange("=100%", "=98%")).toBe("changed");
      expect(targetChange("≥2次", "每月≥2次")).toBe("changed");
      expect(targetChange("≤50万元", "≤50.01万元")).toBe("eased");
    });
  });
});
