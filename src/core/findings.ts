/**
 * Findings as plain typed data: a rule id, where, a message code and that code's typed parameters.
 * No text and no language: hosts render a finding through a message book (core/messages) when they
 * show it, in the viewer's language. Each code declares its own parameters, so a rule that passes the
 * wrong ones does not compile.
 */
import type { Grade } from "./scoring/scoring";

export type Severity = "error" | "warning" | "info";

/** Stable rule ids (domain.md §5 plus the further rules). They appear in JSON reports and tests. */
export const RULE_IDS = [
  "low-execution",
  "unmet-target",
  "rate-mismatch",
  "total-mismatch",
  "weight-sum",
  "score-mismatch",
  "missing-explanation",
  "grade-mismatch",
  "target-exceeded",
  "non-numeric-actual",
  "unit-mismatch",
  "over-budget",
  "execution-cap",
  "rule-based-total",
  "unsupported-score",
  "recognition",
  "typed-total",
  "short-sum",
  "inconsistent-formula",
  "hardcoded-constant",
  "number-as-text",
  "stale-values",
  "hidden-rows",
  "external-link",
  "target-changed",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** A figure with what it takes to show it as the form does: amounts keep the decimals their cell displays. */
export type Quantity =
  | { readonly kind: "amount"; readonly value: number; readonly decimals: number }
  /** A fraction (0.836), shown as a percentage with `decimals` places after the point. */
  | { readonly kind: "rate"; readonly value: number; readonly decimals: number }
  /** Points, shown with up to two decimals. */
  | { readonly kind: "score"; readonly value: number }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly text: string };

export const amount = (value: number, decimals: number): Quantity => ({ kind: "amount", value, decimals });
export const rate = (value: number, decimals = 2): Quantity => ({ kind: "rate", value, decimals });
export const points = (value: number): Quantity => ({ kind: "score", value });
export const plain = (value: number): Quantity => ({ kind: "number", value });
export const text = (value: string): Quantity => ({ kind: "text", text: value });

/** The number behind a quantity, or its text: what JSON reports carry as `expected` / `actual`. */
export function quantityValue(q: Quantity): number | string {
  return q.kind === "text" ? q.text : q.value;
}

/** A row's target and actual as the form writes them. */
interface Compared {
  item: string;
  target: string;
  actual: string;
}

export type Band = "achieved" | "partial" | "not";

/** How the rules computed an indicator's score, for the message to show the sum. */
export type ScoreFormula =
  | { kind: "full"; weight: number }
  /** weight × numerator ÷ denominator; `percent` when target and actual are percentages. */
  | { kind: "ratio"; weight: number; numerator: number; denominator: number; percent: boolean }
  | { kind: "zero" }
  | { kind: "weight"; weight: number };

/** Every message code and its parameters. Rates are fractions; amounts come with the decimals their cells show. */
export interface FindingParams {
  "low-execution": { item: string; rate: number; threshold: number };
  "low-execution.no-budget": { item: string };
  "unmet-target.declared": { item: string; status: string };
  "unmet-target.numeric": Compared;
  "unmet-target.partial": Compared;
  "unmet-target.qualitative": Compared;
  "unmet-target.deadline": Compared;
  "rate-mismatch": { item: string; stated: number; statedDecimals: number; computed: number };
  "total-mismatch.amount": { item: string; column: string; stated: number; computed: number; decimals: number };
  "total-mismatch.score": { item: string; stated: number; computed: number; decimals: number };
  "weight-sum": { sum: number; expected: number };
  "weight-sum.group": { group: string; sum: number; expected: number };
  "score-mismatch.over-weight": { item: string; stated: number; weight: number };
  "score-mismatch.quantitative": { item: string; computed: number; stated: number; formula: ScoreFormula };
  "score-mismatch.qualitative": { item: string; actual: string; band: Band; ceiling: number; stated: number };
  "score-mismatch.execution": { computed: number; weight: number; rate: number; stated: number };
  "missing-explanation.unmet": { item: string };
  "missing-explanation.low-rate": { item: string; rate: number; threshold: number };
  "grade-mismatch": { score: number; expected: Grade; stated: string };
  "target-exceeded": Compared & { ratio: number };
  "non-numeric-actual": Compared;
  "unit-mismatch": Compared;
  "unit-mismatch.amount": { item: string; tableUnit: string; value: number; unit: string };
  "over-budget": { item: string; actual: number; budget: number; decimals: number };
  "execution-cap": { rate: number; cap: number; score: number };
  "rule-based-total": { computed: number; stated: number };
  "weight-sum.label": { group: string; sum: number; expected: number };
  "unsupported-score.repeats-target": { item: string; target: string; actual: string };
  "unsupported-score.no-basis": { item: string; stated: number };
  "recognition.block-not-read": { expected: "indicators" | "line-items"; found: string[]; missing: string[] };
  "recognition.not-filled": { rows: number };
  /** A typed number (a fraction shown as a percentage when `percent`) where the same role next to it is a formula; `neighbour` is one such cell. */
  "typed-total": { item: string; column: string; value: number; percent: boolean; neighbour: string; neighbourFormula: string };
  /** A total's formula that leaves out item rows (`rows`, 1-based sheet rows). */
  "short-sum.missing": { item: string; formula: string; rows: number[] };
  /** A total's formula that counts `rows` twice, through the subtotals or totals in `via`. */
  "short-sum.double": { item: string; formula: string; rows: number[]; via: number[] };
  /** `usual` is the column's usual formula written for this cell; `count` cells have it. */
  "inconsistent-formula": { item: string; formula: string; usual: string; count: number };
  "hardcoded-constant": { item: string; formula: string; constant: number };
  "number-as-text": { item: string; column: string; text: string; value: number };
  /** …and the SUM at `total` (its formula `formula`) leaves it out. */
  "number-as-text.sum": { item: string; column: string; text: string; value: number; total: string; formula: string };
  /** The workbook calculates manually; `formulas` is the number of formula cells on the sheet that says so. */
  "stale-values.manual": { formulas: number };
  /** Formulas saved without results: `count` of them, the first `cells`, how many computed, and the first of those that could not be. */
  "stale-values.no-result": { count: number; cells: string[]; computed: number; failed: string[] };
  /**
   * Hidden item rows of a block, and whether the block's total takes them in: by its formula, or by
   * its value when it has none ("unknown" when neither tells).
   */
  "hidden-rows.rows": { rows: number[]; total: string | null; includes: "all" | "none" | "some" | "unknown" };
  "hidden-rows.columns": { columns: string[]; headers: string[] };
  /** `book` as the formula names it (a file name, or the file's [n] index resolved where the host knows it). */
  "external-link": { formula: string; book: string };
  /**
   * The funds block's execution score cell is empty although its rows give a rate: the rate and the score the rules
   * give; `fromParts` when the rate comes from the rows under a 年度资金总额 left at 0 or blank.
   */
  "score-mismatch.execution-missing": { computed: number; weight: number; rate: number; fromParts: boolean };
  /**
   * 年初指标值 changed to a different 调整指标值 with no reason given. `direction`: eased (a lower bar for a
   * higher-is-better target, a higher cap for a lower-is-better one), tightened, or changed (not comparable as numbers).
   */
  "target-changed": { item: string; initial: string; adjusted: string; direction: TargetChange };
}

/** How an adjusted target moved from the one set at the start of the year. */
export type TargetChange = "eased" | "tightened" | "changed";

export type FindingCode = keyof FindingParams;

/** Every code, in report order: for parity tests and for hosts that list them. */
export const FINDING_CODES = [
  "low-execution",
  "low-execution.no-budget",
  "unmet-target.declared",
  "unmet-target.numeric",
  "unmet-target.partial",
  "unmet-target.qualitative",
  "unmet-target.deadline",
  "rate-mismatch",
  "total-mismatch.amount",
  "total-mismatch.score",
  "weight-sum",
  "weight-sum.group",
  "score-mismatch.over-weight",
  "score-mismatch.quantitative",
  "score-mismatch.qualitative",
  "score-mismatch.execution",
  "missing-explanation.unmet",
  "missing-explanation.low-rate",
  "grade-mismatch",
  "target-exceeded",
  "non-numeric-actual",
  "unit-mismatch",
  "unit-mismatch.amount",
  "over-budget",
  "execution-cap",
  "rule-based-total",
  "weight-sum.label",
  "unsupported-score.repeats-target",
  "unsupported-score.no-basis",
  "recognition.block-not-read",
  "recognition.not-filled",
  "typed-total",
  "short-sum.missing",
  "short-sum.double",
  "inconsistent-formula",
  "hardcoded-constant",
  "number-as-text",
  "number-as-text.sum",
  "stale-values.manual",
  "stale-values.no-result",
  "hidden-rows.rows",
  "hidden-rows.columns",
  "external-link",
  "score-mismatch.execution-missing",
  "target-changed",
] as const satisfies readonly FindingCode[];

/** What a rule reports for one code; runAudit adds the rule id, sheet and address. */
export type Detail<C extends FindingCode = FindingCode> = {
  [K in C]: {
    code: K;
    params: FindingParams[K];
    /** Overrides the rule's default severity (weights off the default are only a warning, say). */
    severity?: Severity;
    expected?: Quantity;
    actual?: Quantity;
  };
}[C];

export interface Location {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell that carries the problem. */
  cell: string;
  /** 1-based sheet row and column of `cell`. */
  row: number;
  column: number;
}

/** One problem at one cell, as data. */
export type Finding<C extends FindingCode = FindingCode> = { [K in C]: Location & Detail<K> & { severity: Severity } }[C];
