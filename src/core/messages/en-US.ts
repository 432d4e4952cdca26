import type { ScoreFormula, TargetChange } from "../types";
import type { Role } from "../layouts/headers";
import type { MessageBook } from "./codes";
import type { NumberFormat } from "./format";
import { listed, rowRuns } from "./lists";

const rowList = (r: readonly number[]): string => {
  const runs = rowRuns(r);
  const l = listed(runs, ", ");
  return `${runs.length === 1 && !runs[0]?.includes("–") ? "row" : "rows"} ${l.text}${l.more ? " and more" : ""}`;
};
const cellList = (c: readonly string[], total = c.length): string => {
  const l = listed(c, ", ");
  return l.more || total > c.length ? `${l.text} and others` : l.text;
};
const INCLUDES = {
  all: (t: string) => `; the total at ${t} includes them`,
  none: (t: string) => `; the total at ${t} leaves them out`,
  some: (t: string) => `; the total at ${t} includes only some of them`,
  unknown: (t: string) => `; check whether the total at ${t} should include them`,
} as const;
const item = (name: string): string => (name ? `"${name}": ` : "");

const TARGET_CHANGE: Record<TargetChange, string> = { eased: " (an easier target)", tightened: " (a harder target)", changed: "" };
const BAND = { achieved: "achieved", partial: "partly achieved", not: "not achieved" } as const;

function formula(f: ScoreFormula, n: NumberFormat): string {
  const x = (v: number, percent: boolean): string => (percent ? n.rate(v) : n.number(v));
  switch (f.kind) {
    case "full":
      return `${n.number(f.weight)} × 100%`;
    case "ratio":
      return `${n.number(f.weight)} × ${x(f.numerator, f.percent)} ÷ ${x(f.denominator, f.percent)}`;
    case "zero":
      return "0";
    case "weight":
      return n.number(f.weight);
  }
}

const ROLE_NAMES: Record<Role, string> = {
  seq: "No.",
  name: "item",
  initialBudget: "initial budget",
  fullBudget: "full-year budget",
  budget: "budget",
  amountActual: "actual spending",
  rate: "execution rate",
  status: "target status",
  explanation: "explanation",
  level1: "first-level indicator",
  level2: "second-level indicator",
  level3: "indicator",
  target: "target",
  initialTarget: "original target",
  operator: "operator",
  unit: "unit",
  indicatorActual: "actual value",
  weight: "weight",
  score: "score",
  grade: "grade",
};

export const enUS: MessageBook = {
  lang: "en-US",
  findings: {
    "low-execution": (p, n) => `${item(p.item)}execution rate ${n.rate(p.rate)} is below ${n.rate(p.threshold, 0)}`,
    "low-execution.no-budget": (p) => `${item(p.item)}the budget is zero or empty, so there is no execution rate (which is not a 0% rate); check the budget`,
    "unmet-target.declared": (p) => `${item(p.item)}target status is recorded as "${p.status}"`,
    "unmet-target.numeric": (p) => `${item(p.item)}actual ${p.actual} does not meet the target ${p.target}`,
    "unmet-target.partial": (p) => `${item(p.item)}"${p.actual}" only partly meets the target "${p.target}"`,
    "unmet-target.qualitative": (p) => `${item(p.item)}"${p.actual}" does not meet the target "${p.target}"`,
    "unmet-target.deadline": (p) => `${item(p.item)}completed ${p.actual}, after the deadline "${p.target}"`,
    "rate-mismatch": (p, n) => `${item(p.item)}stated execution rate ${n.rate(p.stated, p.statedDecimals)} differs from actual ÷ budget = ${n.rate(p.computed)}`,
    "total-mismatch.amount": (p, n) =>
      `${item(p.item)}${p.column ? p.column + " " : ""}total ${n.amount(p.stated, p.decimals)} differs from the sum of the items, ${n.amount(p.computed, p.decimals)} (off by ${n.amount(Math.abs(p.stated - p.computed), p.decimals)})`,
    "total-mismatch.score": (p, n) =>
      `${item(p.item)}stated total score ${n.amount(p.stated, p.decimals)} differs from the sum of the scores, ${n.amount(p.computed, p.decimals)} (off by ${n.amount(Math.abs(p.stated - p.computed), p.decimals)})`,
    "weight-sum": (p, n) => `weights add up to ${n.score(p.sum)}, not ${n.score(p.expected)}`,
    "weight-sum.group": (p, n) => `first-level group "${p.group}" carries ${n.score(p.sum)} points instead of the usual ${n.score(p.expected)}; check it follows local rules`,
    "score-mismatch.over-weight": (p, n) => `${item(p.item)}score ${n.number(p.stated)} is above the weight ${n.number(p.weight)}`,
    "score-mismatch.quantitative": (p, n) => `${item(p.item)}the rules give ${n.score(p.computed)} (${formula(p.formula, n)}), but ${n.number(p.stated)} is stated`,
    "score-mismatch.qualitative": (p, n) =>
      `${item(p.item)}"${p.actual}" is in the ${BAND[p.band]} band, worth at most ${n.number(p.ceiling)}, but ${n.number(p.stated)} is stated`,
    "score-mismatch.execution": (p, n) =>
      `execution score should be ${n.score(p.computed)} (${n.score(p.weight)} × ${n.rate(p.rate)}), but ${n.number(p.stated)} is stated`,
    "missing-explanation.unmet": (p) => `${item(p.item)}target not met and no explanation given`,
    "missing-explanation.low-rate": (p, n) => `${item(p.item)}execution rate ${n.rate(p.rate)} is below ${n.rate(p.threshold, 0)} and no explanation is given`,
    "grade-mismatch": (p, n) => `total score ${n.score(p.score)} means grade "${p.expected}", but "${p.stated}" is stated`,
    "target-exceeded": (p, n) => `${item(p.item)}actual ${p.actual} is ${n.rate(p.ratio, 0)} of the target ${p.target}; the target may be set too low`,
    "non-numeric-actual": (p) => `${item(p.item)}the target "${p.target}" is a number but the actual is "${p.actual}"`,
    "unit-mismatch": (p) => `${item(p.item)}the target "${p.target}" and the actual "${p.actual}" use different units`,
    "unit-mismatch.amount": (p, n) => `${item(p.item)}the amount "${n.number(p.value)}${p.unit}" is not in this table's unit (${p.tableUnit}); left out of rates and totals`,
    "over-budget": (p, n) => `${item(p.item)}actual spending ${n.amount(p.actual, p.decimals)} exceeds the budget ${n.amount(p.budget, p.decimals)}`,
    "execution-cap": (p, n) => `with execution at ${n.rate(p.rate)} the total may not exceed ${n.score(p.cap)}, but ${n.score(p.score)} is stated`,
    "rule-based-total": (p, n) => `the rules give a total of ${n.score(p.computed)} (stated: ${n.score(p.stated)})`,
    "weight-sum.label": (p, n) => `"${p.group}" states ${n.score(p.expected)} points, but the weights under it add up to ${n.score(p.sum)}`,
    "unsupported-score.repeats-target": (p) => `${item(p.item)}the actual "${p.actual}" repeats the target "${p.target}" with its operator instead of reporting what was achieved; full marks are not supported`,
    "unsupported-score.no-basis": (p, n) => `${item(p.item)}a score of ${n.number(p.stated)} is given on a row with neither a target nor an actual value`,
    "recognition.block-not-read": (p) =>
      `This looks like the header of ${p.expected === "indicators" ? "an indicator table" : "a line-item table"} but it could not be read: ${p.found.length > 0 ? `found ${p.found.map((r) => ROLE_NAMES[r as Role] ?? r).join(", ")}; ` : ""}no ${p.missing.map((r) => ROLE_NAMES[r as Role] ?? r).join(" or ")} column. This part was not audited; assign the columns with --map`,
    "recognition.not-filled": (p) => `None of the ${p.rows} indicators has an actual value or a score: the form has not been filled in and cannot be audited`,
    "typed-total": (p, n) =>
      `${item(p.item)}${p.column} is a typed number, ${p.percent ? n.rate(p.value, 4) : n.number(p.value)}, where the same cell at ${p.neighbour} is the formula ${p.neighbourFormula}; it will not follow changes to the items`,
    "short-sum.missing": (p) => `${item(p.item)}the formula ${p.formula} leaves out ${rowList(p.rows)}`,
    "short-sum.double": (p) => `${item(p.item)}the formula ${p.formula} counts ${rowList(p.rows)} twice (the subtotal or total in ${rowList(p.via)} already includes them)`,
    "inconsistent-formula": (p) => `${item(p.item)}the formula ${p.formula} differs from the other ${p.count} cells of its column; following them it would be ${p.usual}`,
    "hardcoded-constant": (p, n) => `${item(p.item)}the formula ${p.formula} has the number ${n.number(p.constant)} typed into it; it will not follow changes to the data, so refer to a cell instead`,
    "number-as-text": (p) => `${item(p.item)}${p.column} "${p.text}" is a number stored as text, which Excel's SUM and similar functions skip`,
    "number-as-text.sum": (p, n) =>
      `${item(p.item)}${p.column} "${p.text}" is a number stored as text: Excel's SUM skips it, so the formula ${p.formula} at ${p.total} is short by ${n.number(p.value)}`,
    "stale-values.manual": (p) =>
      `the workbook calculates manually, so the results of ${p.formulas > 0 ? `the ${p.formulas} formulas on this sheet` : "its formulas"} may not be current; the audit used the values saved in the file. Press F9 to recalculate and save before auditing`,
    "stale-values.no-result": (p) =>
      `${p.count === 1 ? "1 formula on this sheet has" : `${p.count} formulas on this sheet have`} no saved result (${cellList(p.cells, p.count)}), so the values shown may not be current` +
      (p.computed === p.count ? `; the audit computed ${p.count === 1 ? "it" : "them"} from the formula${p.count === 1 ? "" : "s"}` : p.computed > 0 ? `; the audit computed ${p.computed} of them from their formulas` : "") +
      (p.count > p.computed ? `; ${p.count - p.computed} (${cellList(p.failed, p.count - p.computed)}) could not be computed and were not checked` : ""),
    "hidden-rows.rows": (p) => `${rowList(p.rows).replace(/^r/, "R")} ${p.rows.length === 1 ? "is" : "are"} hidden${p.total ? INCLUDES[p.includes](p.total) : "; check that this is intended"}`,
    "hidden-rows.columns": (p) =>
      `column${p.columns.length === 1 ? "" : "s"} ${p.columns.join(", ")}${p.headers.some(Boolean) ? ` (${p.headers.filter(Boolean).join(", ")})` : ""} ${p.columns.length === 1 ? "is" : "are"} hidden; the audit read ${p.columns.length === 1 ? "it" : "them"} as usual`,
    "external-link": (p) => `the formula ${p.formula} takes its value from another workbook, ${p.book}: if that file is moved, renamed or updated, this value may be out of date or fail`,
    "score-mismatch.execution-missing": (p, n) =>
      `the execution score is missing: ${p.fromParts ? "the total funding row is left blank, and the rows under it give " : ""}an execution rate of ${n.rate(p.rate)}, worth ${n.score(p.computed)} (${n.score(p.weight)} × ${n.rate(p.rate)})`,
    "target-changed": (p) => `${item(p.item)}the target set at the start of the year, "${p.initial}", was adjusted to "${p.adjusted}"${TARGET_CHANGE[p.direction]} with no reason given`,
  },
  rules: {
    "low-execution": "Low execution rate",
    "unmet-target": "Target not met",
    "rate-mismatch": "Execution rate miscalculated",
    "total-mismatch": "Total doesn't add up",
    "weight-sum": "Weights don't add up to 100",
    "score-mismatch": "Score doesn't follow the scoring rules",
    "missing-explanation": "Missing explanation",
    "grade-mismatch": "Grade doesn't match the total score",
    "target-exceeded": "Target set too low",
    "non-numeric-actual": "Actual value isn't a number",
    "unit-mismatch": "Units don't match",
    "over-budget": "Spending over budget",
    "execution-cap": "Total score capped by execution rate",
    "rule-based-total": "Total score by the rules",
    "unsupported-score": "Score without basis",
    "recognition": "Part of the sheet not read",
    "typed-total": "Typed-over total",
    "short-sum": "SUM range short",
    "inconsistent-formula": "Inconsistent formula",
    "hardcoded-constant": "Number typed into a formula",
    "number-as-text": "Number stored as text",
    "stale-values": "Values may be stale",
    "hidden-rows": "Hidden rows or columns",
    "external-link": "Link to another workbook",
    "target-changed": "Target adjusted without a reason",
  },
  severity: { error: "error", warning: "warning", info: "info" },
  band: BAND,
  grade: { 优: "优 (excellent)", 良: "良 (good)", 中: "中 (fair)", 差: "差 (poor)" },
  layout: {
    "line-items": "line-item table",
    "self-evaluation": "project self-evaluation form",
    indicators: "indicator table",
    mixed: "several tables",
    unrecognised: "layout not recognised; not audited",
    empty: "empty sheet",
  },
  roles: ROLE_NAMES,
  blocks: { "line-items": "line items", funds: "funds block", indicators: "indicators" },
  readings: { item: "items", category: "categories", subtotal: "subtotals", total: "totals", placeholder: "placeholders (not counted)", explanation: "explanation", grade: "grade" },
  problems: {
    empty: () => "The cell is empty",
    "not-a-number": (t) => `'${t}' is not a number`,
    "bad-target": (t) => `The target '${t}' cannot be read`,
    "bad-date": (t) => `'${t}' is not a valid date`,
    "no-budget": () => "The budget is zero or empty, so there is no execution rate",
    "unit-mismatch": (t, o) => `'${t}' and '${o}' use different units`,
    "cannot-judge": (t) => `Cannot tell from '${t}' whether the target was met`,
    "bad-weight": (t) => `The weight '${t}' is not valid`,
    "bad-score": (t) => `The score '${t}' is not valid`,
    "shape-mismatch": () => "The argument ranges have different sizes",
    "error-value": (t) => `The cell holds the error ${t}`,
  },
  inputErrors: {
    "not-xlsx": "this is not an Excel .xlsx file.",
    "legacy-xls": "this is a legacy .xls file; save it as .xlsx in Excel or WPS and audit that.",
    encrypted: "the file is password-protected; remove the password in Excel or WPS, save it, and audit it again.",
    corrupt: "the file is damaged or is not a valid .xlsx file.",
    empty: "the file is empty (0 bytes).",
    xlsb: "this is an .xlsb binary workbook; save it as .xlsx in Excel or WPS and audit that.",
    ods: "this is an OpenDocument spreadsheet (.ods); save it as .xlsx in WPS or LibreOffice and audit that.",
    doctype: "{part} declares a DOCTYPE (a way to expand entities or read local files), so the file was refused. Files saved by Excel or WPS never have one.",
    "limit-part-size": "{part} inflates to more than {limit} MB, which looks like a zip bomb; the file was refused.",
    "limit-total-size": "the file inflates to more than {limit} MB in total, which looks like a zip bomb; the file was refused.",
    "limit-ratio": "{part} is compressed more than {limit} to 1, which looks like a zip bomb; the file was refused.",
    "limit-cells": "the workbook has more than {limit} cells; reading stopped.",
    "limit-shared-strings": "the shared-string table has more than {limit} entries; reading stopped.",
    "limit-time": "reading took longer than {limit} seconds; stopped.",
  },
  parts: { sheet: "the sheet XML ({part})", sharedStrings: "the shared-string table ({part})", other: "the part {part}", unknown: "a part of the file" },
  exports: {
    resultsSheet: "Audit results",
    headers: { file: "File", sheet: "Sheet", cell: "Cell", severity: "Severity", rule: "Rule", message: "Message", expected: "Expected", actual: "Actual" },
    noFindings: "No problems found.",
    noteSeparator: "──── Jixiao audit ────",
    noteAuthor: "Jixiao",
  },
};
