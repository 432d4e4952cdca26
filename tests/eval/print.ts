/** The text `npm run eval` prints: the counting policy, the per-rule table, the misses and false alarms, and the fixture claims. */
import type { EvalRun } from "./harness";
import type { RuleScore } from "./score";

const pct = (x: number | null): string => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const f2 = (x: number | null): string => (x === null ? "—" : x.toFixed(2));

export const POLICY = [
  "Counting: a finding meets an expectation when rule, sheet and cell agree (and the code, where the case gives one).",
  "Each case judges the rules it expects plus those it lists; a finding of a judged rule that nothing expects is a false alarm,",
  "and so is any finding that hits a must-not. Findings of rules a case does not judge are counted apart (not judged), not in precision.",
  "(layout) is one expectation per sheet whose layout the case states.",
];

function row(r: RuleScore, width: number): string {
  return `${r.rule.padEnd(width)}  ${String(r.tp).padStart(4)}  ${String(r.fn).padStart(4)}  ${String(r.fp).padStart(4)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(7)}  ${f2(r.f).padStart(5)}`;
}

export function renderEval(run: EvalRun): { text: string; missed: boolean; fixturesHold: boolean } {
  const { score } = run;
  const width = Math.max(20, ...score.rules.map((r) => r.rule.length));
  const lines: string[] = [`jixiao evaluation: ${run.cases} generated workbooks, written as .xlsx, read by src/xlsx and audited with the default rules`, ...POLICY, ""];
  lines.push(`${"rule".padEnd(width)}  ${"hit".padStart(4)}  ${"miss".padStart(4)}  ${"FA".padStart(4)}  ${"precision".padStart(9)}  ${"recall".padStart(7)}  ${"F".padStart(5)}`);
  for (const r of score.rules) lines.push(row(r, width));
  lines.push(row(score.overall, width), "");
  const notJudged = Object.entries(score.notJudged).map(([k, v]) => `${k} ${v}`);
  lines.push(`not judged (rules their case makes no claim about): ${notJudged.length ? notJudged.join(", ") : "none"}`);
  for (const e of score.errors) lines.push(`input error on ${e.caseId}: ${e.error}`);
  lines.push("", `misses (expected, not found): ${score.misses.length}`);
  for (const m of score.misses) {
    const e = m.expected;
    lines.push(`  ${m.caseId}: ${e.rule}${e.code ? ` ${e.code}` : ""} at ${e.sheet}!${e.cell ?? (e.row !== undefined ? `row ${e.row}` : "*")}${e.why ? ` (${e.why})` : ""}`);
  }
  lines.push("", `false alarms (found, not expected, or a must-not): ${score.falseAlarms.length}`);
  for (const a of score.falseAlarms) lines.push(`  ${a.caseId}: ${a.finding.code} at ${a.finding.sheet}!${a.finding.cell} [${a.finding.severity}]${a.reason === "must-not" ? " — a must-not" : ""}`);
  const missed = score.misses.length > 0 || score.falseAlarms.length > 0 || score.errors.length > 0;
  lines.push("", missed ? `MISSED: precision ${pct(score.overall.precision)}, recall ${pct(score.overall.recall)} (goal 100% and 100%): ${score.misses.length} misses, ${score.falseAlarms.length} false alarms` : "goal met: precision and recall 100%");
  lines.push("", "golden fixtures (../shared/fixtures/README.md):");
  const broken = run.fixtures.filter((c) => !c.held);
  for (const c of broken) lines.push(`  BROKEN ${c.fixture}: ${c.kind} ${c.claim}`);
  const count = (k: string): string => `${run.fixtures.filter((c) => c.kind === k && c.held).length}/${run.fixtures.filter((c) => c.kind === k).length}`;
  lines.push(`  musts ${count("must")}, must-nots ${count("must-not")}, layouts ${count("layout")}: ${broken.length === 0 ? "unchanged" : "CHANGED (a regression)"}`);
  return { text: lines.join("\n"), missed, fixturesHold: broken.length === 0 };
}
