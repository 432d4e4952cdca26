/** Findings as the rows of a results table (the 审核结果 sheet and the CSV), in the viewer's language. */
import { messages, renderFinding, renderQuantity, ruleTitle } from "../core/messages";
import type { Finding, Lang } from "../core/types";

export interface ResultRow {
  sheet: string;
  cell: string;
  severity: string;
  rule: string;
  message: string;
  expected: string;
  actual: string;
}

export const RESULT_COLUMNS = ["sheet", "cell", "severity", "rule", "message", "expected", "actual"] as const satisfies readonly (keyof ResultRow)[];

export function resultRow(f: Finding, lang: Lang): ResultRow {
  return {
    sheet: f.sheet,
    cell: f.cell,
    severity: messages(lang).severity[f.severity],
    rule: ruleTitle(f.rule, lang),
    message: renderFinding(f, lang),
    expected: renderQuantity(f.expected, lang),
    actual: renderQuantity(f.actual, lang),
  };
}

/** The header row, in the order of RESULT_COLUMNS. */
export function resultHeaders(lang: Lang): string[] {
  const h = messages(lang).exports.headers;
  return RESULT_COLUMNS.map((c) => h[c]);
}
