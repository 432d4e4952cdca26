/** host/settings: the one validator, and rules added after a workbook's settings were saved. */
import { DEFAULT_RULE_IDS } from "../../src/core/rules";
import { RULE_IDS } from "../../src/core/types";
import { runAudit } from "../../src/core/audit";
import { auditOptionsOf, DEFAULT_SETTINGS, normaliseSettings, parseSettings, settingsProblems, storedSettings } from "../../src/host";
import { cells, grid } from "../helpers/grid";
import { costOverrun } from "../helpers/real-forms";

const OLD_DEFAULTS = ["low-execution", "unmet-target", "rate-mismatch", "total-mismatch", "weight-sum", "score-mismatch", "missing-explanation", "grade-mismatch", "target-exceeded", "non-numeric-actual", "unit-mismatch", "over-budget", "rule-based-total"];

describe("parseSettings", () => {
  it("falls back to the defaults for anything missing, out of range or unknown", () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ lowRate: 2, explainRate: "x", rules: ["nope"] })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ lowRate: 0.95, explainRate: 0.9 }).lowRate).toBe(DEFAULT_SETTINGS.lowRate); // low above explain
  });

  it("settings saved by version 0.1 keep what was turned off and get the rules added since, at their default", () => {
    const saved = { lowRate: 0.5, explainRate: 0.8, rules: OLD_DEFAULTS.filter((id) => id !== "over-budget") };
    const s = parseSettings(JSON.parse(JSON.stringify(saved)));
    expect(s.rules).not.toContain("over-budget");
    expect(s.rules).not.toContain("execution-cap"); // off by default then and now
    const added = DEFAULT_RULE_IDS.filter((id) => !OLD_DEFAULTS.includes(id));
    expect(added.length).toBeGreaterThan(0);
    for (const id of added) expect(s.rules).toContain(id);
  });

  it("settings saved now remember the rules they knew: a rule turned off stays off, and they round-trip", () => {
    const now = { ...DEFAULT_SETTINGS, rules: DEFAULT_SETTINGS.rules.filter((id) => id !== "typed-total" && id !== "low-execution") };
    const stored = JSON.parse(JSON.stringify(storedSettings(now)));
    expect(stored.known).toEqual([...RULE_IDS]);
    expect(parseSettings(stored)).toEqual(now);
  });
});

describe("score tolerance and execution weight (issue 9 §4)", () => {
  it("default to 0.01 and 10 points, the core's defaults", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ scoreTolerance: 0.01, executionWeight: 10 });
  });

  it("round-trip through what hosts store", () => {
    const chosen = { ...DEFAULT_SETTINGS, scoreTolerance: 1 as const, executionWeight: 20 };
    const stored = JSON.parse(JSON.stringify(storedSettings(chosen)));
    expect(stored).toMatchObject({ scoreTolerance: 1, executionWeight: 20 });
    expect(parseSettings(stored)).toEqual(chosen);
    expect(normaliseSettings(stored)).toEqual(chosen);
  });

  it("settings stored by an earlier version, without them, open with the defaults and keep the rest", () => {
    const old = { lowRate: 0.5, explainRate: 0.8, rules: ["low-execution", "weight-sum"], known: [...RULE_IDS] };
    expect(parseSettings(old)).toEqual({ lowRate: 0.5, explainRate: 0.8, rules: ["low-execution", "weight-sum"], scoreTolerance: 0.01, executionWeight: 10 });
  });

  it.each([
    [{ scoreTolerance: 0.5, executionWeight: 0 }],
    [{ scoreTolerance: "1", executionWeight: "20" }],
    [{ scoreTolerance: null, executionWeight: 101 }],
    [{ scoreTolerance: -1, executionWeight: Number.NaN }],
  ])("invalid stored values fall back to their defaults, the valid ones stay: %p", (bad) => {
    const s = parseSettings({ lowRate: 0.5, explainRate: 0.8, rules: ["low-execution"], known: [...RULE_IDS], ...bad });
    expect(s).toEqual({ lowRate: 0.5, explainRate: 0.8, rules: ["low-execution"], scoreTolerance: 0.01, executionWeight: 10 });
  });

  it("a bad threshold order resets the thresholds only", () => {
    const s = parseSettings({ lowRate: 0.95, explainRate: 0.9, rules: ["low-execution"], known: [...RULE_IDS], scoreTolerance: 0.1, executionWeight: 15 });
    expect(s).toMatchObject({ lowRate: 0.6, explainRate: 0.9, scoreTolerance: 0.1, executionWeight: 15 });
  });

  it("settingsProblems names each bad field", () => {
    const ok = { lowRate: 0.6, explainRate: 0.9, rules: ["low-execution"], scoreTolerance: 0.01, executionWeight: 10 };
    expect(settingsProblems(ok)).toEqual({});
    expect(settingsProblems({ ...ok, scoreTolerance: 0.05, executionWeight: 0 })).toEqual({ scoreTolerance: "range", executionWeight: "range" });
    expect(settingsProblems({ ...ok, scoreTolerance: undefined, executionWeight: undefined })).toEqual({ scoreTolerance: "number", executionWeight: "number" });
    expect(settingsProblems({ ...ok, executionWeight: 100 })).toEqual({});
  });

  it("reach the audit through auditOptionsOf: whole points leave the 4.81 scored 5 alone", () => {
    const at = (s: typeof DEFAULT_SETTINGS) => cells(runAudit(grid(costOverrun()), auditOptionsOf(s)).findings).filter((c) => /^[A-Z]+2 /.test(c) && !c.includes("missing-explanation"));
    expect(auditOptionsOf(DEFAULT_SETTINGS).settings).toMatchObject({ scoreTolerance: 0.01, executionWeight: 10 });
    expect(at(DEFAULT_SETTINGS)).toEqual(["E2 unmet-target.numeric", "G2 score-mismatch.quantitative"]);
    expect(at({ ...DEFAULT_SETTINGS, scoreTolerance: 1 })).toEqual(["E2 unmet-target.numeric"]);
  });

  it("the execution weight is used where the form states none", () => {
    const form = { rows: [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"], ["", "年度资金总额", 100, 100, 80, 0.8, 16]] };
    const scoreCodes = (weight: number) => runAudit(grid(form), auditOptionsOf({ ...DEFAULT_SETTINGS, executionWeight: weight })).findings.filter((f) => f.rule === "score-mismatch").map((f) => f.cell);
    expect(scoreCodes(10)).toEqual(["G2"]); // 16 > 10 × 80%
    expect(scoreCodes(20)).toEqual([]); // 20 × 80% = 16
  });
});
