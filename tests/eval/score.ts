/**
 * Scoring of the evaluation: per rule, expectations met (true positives), expectations not met (misses)
 * and findings a reviewer would call wrong (false alarms).
 *
 * Counting policy (printed in the header of `npm run eval`):
 * - A finding meets an expectation when rule, sheet and cell agree (any cell of the row, where the
 *   expectation names a row), and the code too when the expectation gives one.
 * - Each case judges the rules it expects plus those it lists in `judges`. A finding of a judged rule
 *   that meets no expectation and is not `allowed` is a false alarm.
 * - A finding that hits a must-not is a false alarm whatever rule it is of.
 * - Findings of rules a case does not judge are not silently dropped: they are counted as "not judged"
 *   and left out of precision, since the case makes no claim about them.
 * - Each sheet with a stated layout is one expectation of the pseudo-rule `(layout)`: a wrong layout is
 *   a miss and a false alarm.
 */
import type { CaseResult, EvalCase, Expectation, Found } from "./types";

export const LAYOUT_RULE = "(layout)";

export interface RuleScore {
  rule: string;
  tp: number;
  fn: number;
  fp: number;
  precision: number | null;
  recall: number | null;
  f: number | null;
}

export interface Miss {
  caseId: string;
  /** The expectation not met (`(layout)` for a sheet read as the wrong layout). */
  expected: Omit<Expectation, "rule" | "sheet"> & { rule: string; sheet: string };
}

export interface FalseAlarm {
  caseId: string;
  finding: Found;
  /** "must-not" when it hit a must-not, "unexpected" when its rule is judged and nothing expected it. */
  reason: "must-not" | "unexpected";
}

export interface Score {
  rules: RuleScore[];
  overall: RuleScore;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
  /** Findings of rules their case does not judge, by rule. */
  notJudged: Record<string, number>;
  errors: { caseId: string; error: string }[];
}

export function matches(f: Found, e: Expectation, defaultSheet: string): boolean {
  if (f.rule !== e.rule || f.sheet !== (e.sheet ?? defaultSheet)) return false;
  if (e.cell !== undefined && f.cell !== e.cell) return false;
  if (e.cell === undefined && e.row !== undefined && f.row !== e.row) return false;
  if (e.severity !== undefined && f.severity !== e.severity) return false;
  return e.code === undefined || f.code === e.code;
}

/** The rules a case makes a claim about: what it expects, what it forbids, what it judges. */
export function rulesNamed(c: EvalCase): string[] {
  return [...new Set([...c.expect.map((e) => e.rule), ...(c.mustNot ?? []).map((e) => e.rule), ...(c.judges ?? [])])];
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

export function ruleScore(rule: string, tp: number, fn: number, fp: number): RuleScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { rule, tp, fn, fp, precision, recall, f };
}

type Tally = Map<string, { tp: number; fn: number; fp: number }>;

function tally(t: Tally, rule: string): { tp: number; fn: number; fp: number } {
  let x = t.get(rule);
  if (!x) t.set(rule, (x = { tp: 0, fn: 0, fp: 0 }));
  return x;
}

function scoreCase(c: EvalCase, r: CaseResult, t: Tally, out: Score): void {
  const sheet0 = c.sheets[0]?.sheet ?? "Sheet1";
  const judged = new Set<string>([...c.expect.map((e) => e.rule), ...(c.judges ?? [])]);
  for (const e of c.expect) {
    if (r.findings.some((f) => matches(f, e, sheet0))) tally(t, e.rule).tp++;
    else {
      tally(t, e.rule).fn++;
      out.misses.push({ caseId: c.id, expected: { ...e, sheet: e.sheet ?? sheet0 } });
    }
  }
  for (const f of r.findings) {
    if ((c.mustNot ?? []).some((m) => matches(f, m, sheet0))) {
      tally(t, f.rule).fp++;
      out.falseAlarms.push({ caseId: c.id, finding: f, reason: "must-not" });
    } else if (!judged.has(f.rule)) {
      out.notJudged[f.rule] = (out.notJudged[f.rule] ?? 0) + 1;
    } else if (!c.expect.some((e) => matches(f, e, sheet0)) && !(c.allowed ?? []).some((e) => matches(f, e, sheet0))) {
      tally(t, f.rule).fp++;
      out.falseAlarms.push({ caseId: c.id, finding: f, reason: "unexpected" });
    }
  }
  for (const [sheet, layout] of Object.entries(c.layouts ?? {})) {
    const got = r.layouts[sheet];
    if (got === layout) tally(t, LAYOUT_RULE).tp++;
    else {
      tally(t, LAYOUT_RULE).fn++;
      tally(t, LAYOUT_RULE).fp++;
      out.misses.push({ caseId: c.id, expected: { rule: LAYOUT_RULE, sheet, why: `expected layout ${layout}, read as ${got ?? "nothing"}` } });
    }
  }
}

/** Scores each case's result against its claims. Every rule a case names appears in the table, found or not. */
export function scoreCases(runs: readonly { case: EvalCase; result: CaseResult }[]): Score {
  const t: Tally = new Map();
  const out: Score = { rules: [], overall: ruleScore("overall", 0, 0, 0), misses: [], falseAlarms: [], notJudged: {}, errors: [] };
  for (const { case: c, result } of runs) {
    for (const rule of rulesNamed(c)) tally(t, rule);
    if (result.error !== undefined) out.errors.push({ caseId: c.id, error: result.error });
    scoreCase(c, result, t, out);
  }
  out.rules = [...t.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([rule, x]) => ruleScore(rule, x.tp, x.fn, x.fp));
  const sum = (k: "tp" | "fn" | "fp"): number => out.rules.reduce((s, x) => s + x[k], 0);
  out.overall = ruleScore("overall", sum("tp"), sum("fn"), sum("fp"));
  return out;
}
