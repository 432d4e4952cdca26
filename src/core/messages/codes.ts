import type { ProblemCode } from "../parse/result";
import type { Lang, MessageParams } from "../types";

/** Every finding message code. A rule may use its id or a more specific variant. */
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
  "total-mismatch.weight",
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
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export const PROBLEM_CODES: readonly ProblemCode[] = [
  "empty",
  "not-a-number",
  "bad-target",
  "bad-date",
  "no-budget",
  "unit-mismatch",
  "cannot-judge",
  "bad-weight",
  "bad-score",
  "shape-mismatch",
  "error-value",
];

/** Text for one language: a function per code, so a missing message is a type error. */
export interface MessageBook {
  lang: Lang;
  findings: Record<FindingCode, (p: MessageParams) => string>;
  problems: Record<ProblemCode, (text: string, other: string) => string>;
  /** Labels used inside messages and reports. */
  words: {
    severity: Record<"error" | "warning" | "info", string>;
    band: Record<"achieved" | "partial" | "not", string>;
    layout: Record<"line-items" | "self-evaluation" | "indicators" | "mixed" | "unrecognised" | "empty", string>;
  };
}
