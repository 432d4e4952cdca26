/** The cross-check's findings: stable rule ids, message codes and the typed parameters of each. */
import type { Lang, Severity } from "../types";

export const REPORT_RULE_IDS = ["report-number-mismatch", "report-inconsistent", "report-missing-unit", "report-score-claim", "report-unmentioned"] as const;

export type ReportRuleId = (typeof REPORT_RULE_IDS)[number];

/** What kind of figure a claim is, for the messages. */
export type ClaimKind = "budget" | "initialBudget" | "actual" | "rate" | "score" | "count" | "grade";

export interface ReportParams {
  /** A figure that differs from its cell: 「X」预算收入 written 17, the cell shows 17.00. */
  "report-number-mismatch": { item: string; what: ClaimKind; stated: string; shown: string };
  /** One figure given two values in the same report. */
  "report-inconsistent": { item: string; what: ClaimKind; first: string; firstAt: string; second: string; shown: string; otherShown: string; otherLabel: string };
  "report-missing-unit": { item: string; what: ClaimKind; stated: string; unit: string };
  /** A total the rules do not give (the form may state it, or not). */
  "report-score-claim.total": { stated: string; computed: string; form: string };
  "report-score-claim.grade": { stated: string; computed: string; score: string };
  "report-score-claim.indicator": { item: string; stated: string; computed: string };
  "report-unmentioned.unmet": { item: string };
  "report-unmentioned.low-execution": { item: string; rate: string };
}

export type ReportCode = keyof ReportParams;

export const REPORT_CODES: readonly ReportCode[] = [
  "report-number-mismatch",
  "report-inconsistent",
  "report-missing-unit",
  "report-score-claim.total",
  "report-score-claim.grade",
  "report-score-claim.indicator",
  "report-unmentioned.unmet",
  "report-unmentioned.low-execution",
];

/** A finding of the cross-check, as plain data like the audit's: which sentence, which cell. */
export type ReportFinding = {
  [C in ReportCode]: {
    rule: ReportRuleId;
    severity: Severity;
    code: C;
    params: ReportParams[C];
    /** The report's sentence the claim is in (empty for report-unmentioned). */
    sentence: string;
    /** Section numbers above the sentence (二、（一）19.), as the report numbers them. */
    section: string;
    /** 1-based line of the report text. */
    line: number;
    sheet?: string;
    cell?: string;
  };
}[ReportCode];

export function ruleOf(code: ReportCode): ReportRuleId {
  return code.split(".")[0] as ReportRuleId;
}

export const REPORT_SEVERITY: Record<ReportRuleId, Severity> = {
  "report-number-mismatch": "error",
  "report-inconsistent": "error",
  "report-missing-unit": "warning",
  "report-score-claim": "error",
  "report-unmentioned": "warning",
};

/** Message texts per code: a Record, so a missing text is a compile error. */
export type ReportMessages = {
  lang: Lang;
  findings: { [C in ReportCode]: (p: ReportParams[C]) => string };
  what: Record<ClaimKind, string>;
};
