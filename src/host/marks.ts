/**
 * Findings → per-cell marks: which cells a highlight paints, in which colour, with which note text.
 * One builder and one colour table for every host (Excel, the highlighted copy, the web preview, WPS).
 */
import { messages, renderFinding } from "../core/messages";
import type { Finding, Lang, Severity } from "../core/types";

/** Light fills by severity, as ARGB: readable under dark text, and the same in every host. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

/** Most serious first: the order of groups and counts everywhere. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** The more serious of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return RANK[b] > RANK[a] ? b : a;
}

/** Severity ranking for sorting: error before warning before info. */
export function severityOrder(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

export interface CellMark {
  sheet: string;
  cell: string;
  row: number;
  column: number;
  /** The most serious severity among the cell's findings. */
  severity: Severity;
  /** ARGB fill for that severity. */
  fill: string;
  /** One line per finding, "[错误] …", in the viewer's language. */
  lines: string[];
  findings: Finding[];
}

/** One mark per flagged cell, in the order cells first appear among the findings. */
export function buildMarks(findings: readonly Finding[], lang: Lang): CellMark[] {
  const words = messages(lang);
  const byCell = new Map<string, CellMark>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    const line = `[${words.severity[f.severity]}] ${renderFinding(f, lang)}`;
    const mark = byCell.get(key);
    if (!mark) {
      byCell.set(key, { sheet: f.sheet, cell: f.cell, row: f.row, column: f.column, severity: f.severity, fill: SEVERITY_FILL[f.severity], lines: [line], findings: [f] });
      continue;
    }
    mark.severity = worse(mark.severity, f.severity);
    mark.fill = SEVERITY_FILL[mark.severity];
    mark.lines.push(line);
    mark.findings.push(f);
  }
  return [...byCell.values()];
}

/** A mark's note: the cell's own note (if any), the separator, then the findings. */
export function noteText(mark: CellMark, lang: Lang, original = ""): string {
  const ours = mark.lines.join("\n");
  return original ? `${original}\n${messages(lang).exports.noteSeparator}\n${ours}` : ours;
}
