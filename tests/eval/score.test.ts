/** The evaluation's arithmetic on a small synthetic set: hits, misses, false alarms, precision, recall and F. */
import { renderEval } from "./print";
import { LAYOUT_RULE, matches, ruleScore, scoreCases } from "./score";
import type { CaseResult, EvalCase, Found } from "./types";

const found = (rule: string, cell: string, code = rule, severity: Found["severity"] = "error", sheet = "Sheet1"): Found => ({
  rule,
  sheet,
  cell,
  row: Number(cell.replace(/^[A-Z]+/, "")),
  code,
  severity,
});

const base: Pick<EvalCase, "classes" | "title" | "sheets"> = { classes: [], title: "", sheets: [{ rows: [] }] };

/** Case A: 2 expected low-execution (one found), 1 expected rate-mismatch with a code (found with another code). */
const caseA: EvalCase = {
  ...base,
  id: "A",
  expect: [
    { rule: "low-execution", cell: "E3" },
    { rule: "low-execution", cell: "E4" },
    { rule: "rate-mismatch", cell: "E5", code: "rate-mismatch" },
  ],
  judges: ["total-mismatch"],
  layouts: { Sheet1: "line-items" },
};
const resultA: CaseResult = {
  findings: [
    found("low-execution", "E3"),
    found("rate-mismatch", "E5", "rate-mismatch.other"),
    found("total-mismatch", "D9", "total-mismatch.amount"), // judged, not expected: a false alarm
    found("over-budget", "D3"), // not judged: counted apart
  ],
  layouts: { Sheet1: "indicators" }, // wrong layout: a miss and a false alarm of (layout)
};

/** Case B: nothing expected; a must-not of a rule it does not judge, hit; an allowed finding. */
const caseB: EvalCase = {
  ...base,
  id: "B",
  expect: [{ rule: "unmet-target", row: 7 }],
  mustNot: [{ rule: "weight-sum", severity: "error" }],
  allowed: [{ rule: "unmet-target", cell: "E8" }],
};
const resultB: CaseResult = {
  findings: [found("unmet-target", "F7", "unmet-target.numeric", "warning"), found("unmet-target", "E8"), found("weight-sum", "F1"), found("weight-sum", "A2", "weight-sum.group", "warning")],
  layouts: {},
};

describe("scoreCases", () => {
  const score = scoreCases([
    { case: caseA, result: resultA },
    { case: caseB, result: resultB },
  ]);
  const byRule = Object.fromEntries(score.rules.map((r) => [r.rule, r]));

  it("counts hits, misses and false alarms per rule", () => {
    expect(byRule["low-execution"]).toMatchObject({ tp: 1, fn: 1, fp: 0, precision: 1, recall: 0.5 });
    // The rate-mismatch at E5 has another code than expected: a miss, and (its rule judged) a false alarm.
    expect(byRule["rate-mismatch"]).toMatchObject({ tp: 0, fn: 1, fp: 1, precision: 0, recall: 0, f: 0 });
    expect(byRule["total-mismatch"]).toMatchObject({ tp: 0, fn: 0, fp: 1, precision: 0, recall: null });
    expect(byRule["unmet-target"]).toMatchObject({ tp: 1, fn: 0, fp: 0 });
    expect(byRule["weight-sum"]).toMatchObject({ tp: 0, fn: 0, fp: 1 });
    expect(byRule[LAYOUT_RULE]).toMatchObject({ tp: 0, fn: 1, fp: 1 });
  });

  it("a must-not at severity error leaves warnings of the rule alone; allowed findings are no false alarms", () => {
    expect(score.falseAlarms.filter((a) => a.caseId === "B").map((a) => a.finding.cell)).toEqual(["F1"]);
  });

  it("lists every rule a case names, found or not, and no rule nobody named", () => {
    expect(score.rules.map((r) => r.rule)).toEqual([LAYOUT_RULE, "low-execution", "rate-mismatch", "total-mismatch", "unmet-target", "weight-sum"]);
  });

  it("sums the rules into the overall figures: precision, recall and F", () => {
    // hits 2; misses 1 + 1 + 1 (layout) = 3; false alarms 1 (rate) + 1 (total) + 1 (weight) + 1 (layout) = 4
    expect(score.overall).toMatchObject({ tp: 2, fn: 3, fp: 4 });
    expect(score.overall.precision).toBeCloseTo(2 / 6);
    expect(score.overall.recall).toBeCloseTo(2 / 5);
    expect(score.overall.f).toBeCloseTo(4 / 11);
  });

  it("lists the misses and the false alarms, must-nots marked", () => {
    expect(score.misses.map((m) => `${m.caseId} ${m.expected.rule} ${m.expected.cell ?? m.expected.sheet}`)).toEqual(["A low-execution E4", "A rate-mismatch E5", `A ${LAYOUT_RULE} Sheet1`]);
    expect(score.falseAlarms.map((a) => `${a.caseId} ${a.finding.code} ${a.finding.cell} ${a.reason}`)).toEqual(["A rate-mismatch.other E5 unexpected", "A total-mismatch.amount D9 unexpected", "B weight-sum F1 must-not"]);
  });

  it("counts the findings of rules a case does not judge apart, not as false alarms", () => {
    expect(score.notJudged).toEqual({ "over-budget": 1, "weight-sum": 1 });
  });

  it("F is 2PR/(P+R)", () => {
    const r = ruleScore("x", 3, 1, 2);
    expect(r.precision).toBeCloseTo(0.6);
    expect(r.recall).toBeCloseTo(0.75);
    expect(r.f).toBeCloseTo((2 * 0.6 * 0.75) / 1.35);
    expect(ruleScore("x", 0, 2, 2).f).toBe(0);
  });
});

describe("matches", () => {
  it("needs rule, sheet and cell (or row) to agree, and code and severity where given", () => {
    const f = found("score-mismatch", "G7", "score-mismatch.qualitative", "error", "绩效指标");
    expect(matches(f, { rule: "score-mismatch", sheet: "绩效指标", cell: "G7" }, "x")).toBe(true);
    expect(matches(f, { rule: "score-mismatch", cell: "G7" }, "绩效指标")).toBe(true);
    expect(matches(f, { rule: "score-mismatch", cell: "G7" }, "Sheet1")).toBe(false);
    expect(matches(f, { rule: "score-mismatch", sheet: "绩效指标", cell: "G8" }, "")).toBe(false);
    expect(matches(f, { rule: "score-mismatch", sheet: "绩效指标", row: 7 }, "")).toBe(true);
    expect(matches(f, { rule: "score-mismatch", sheet: "绩效指标", code: "score-mismatch.quantitative" }, "")).toBe(false);
    expect(matches(f, { rule: "score-mismatch", sheet: "绩效指标", severity: "warning" }, "")).toBe(false);
    expect(matches(f, { rule: "total-mismatch", sheet: "绩效指标", cell: "G7" }, "")).toBe(false);
  });
});

describe("renderEval", () => {
  const score = scoreCases([{ case: caseA, result: resultA }]);
  const fixtures = [{ fixture: "f.xlsx", kind: "must" as const, claim: "x", held: true }];

  it("prints the policy, the table, the misses and false alarms, and MISSED below 100%", () => {
    const { text, missed, fixturesHold } = renderEval({ score, cases: 1, fixtures });
    expect(text).toContain("Findings of rules a case does not judge are counted apart");
    expect(text).toMatch(/low-execution\s+1\s+1\s+0\s+100\.0%\s+50\.0%/);
    expect(text).toContain("A: low-execution at Sheet1!E4");
    expect(text).toContain("A: total-mismatch.amount at Sheet1!D9");
    expect(text).toContain("MISSED");
    expect(missed).toBe(true);
    expect(fixturesHold).toBe(true);
    expect(text).toContain("musts 1/1");
  });

  it("says the goal is met when nothing is missed, and reports a broken fixture claim", () => {
    const clean = scoreCases([{ case: { ...caseA, expect: [{ rule: "low-execution", cell: "E3" }], judges: [], layouts: {} }, result: { findings: [found("low-execution", "E3")], layouts: {} } }]);
    const ok = renderEval({ score: clean, cases: 1, fixtures });
    expect(ok.missed).toBe(false);
    expect(ok.text).not.toContain("MISSED");
    const broken = renderEval({ score: clean, cases: 1, fixtures: [{ ...fixtures[0]!, held: false }] });
    expect(broken.fixturesHold).toBe(false);
    expect(broken.text).toContain("BROKEN f.xlsx");
  });
});
