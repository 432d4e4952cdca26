/**
 * Findings → per-cell marks: which cells a highlight paints, in which colour, with which note text.
 * One builder and one colour table for every host (Excel, the highlighted copy, the web preview, WPS).
 */
import { messages, renderFinding } from "../core/messages";
import { a1, type CellRange } from "../core/grid/grid";
import type { Finding, Lang, Severity } from "../core/types";
import { backupKey } from "./backup";
import type { HighlightWarning } from "./contract";
import { BACKUP_SHEET } from "./sheets";

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

/** A cell to mark, keyed as its backup record is (backupKey). */
export interface PlannedMark {
  sheet: string;
  cell: string;
  key: string;
  row: number;
  col: number;
  mark: CellMark;
}

/**
 * The cells a highlight marks, one per cell. A spreadsheet shows a merged range with its top-left
 * cell's fill and note, so a finding inside one moves there first; findings on sheets that are gone
 * (or on our own backup sheet) are left out with a missing-sheet warning each.
 */
export function planMarks(
  findings: readonly Finding[],
  lang: Lang,
  merges: ReadonlyMap<string, readonly CellRange[]> | undefined,
  sheets: { has(name: string): boolean },
  warnings: HighlightWarning[],
): PlannedMark[] {
  const missing = new Set<string>();
  const shown: Finding[] = [];
  for (const f of findings) {
    if (!sheets.has(f.sheet) || f.sheet === BACKUP_SHEET) missing.add(f.sheet);
    else shown.push(atShownCell(f, merges?.get(f.sheet)));
  }
  for (const sheet of missing) warnings.push({ code: "missing-sheet", sheet });
  return buildMarks(shown, lang).map((mark) => ({ sheet: mark.sheet, cell: mark.cell, key: backupKey(mark.sheet, mark.cell), row: mark.row, col: mark.column, mark }));
}

function atShownCell(f: Finding, merges: readonly CellRange[] | undefined): Finding {
  for (const m of merges ?? []) {
    if (f.row < m.top || f.row > m.bottom || f.column < m.left || f.column > m.right) continue;
    if (f.row === m.top && f.column === m.left) return f;
    return { ...f, cell: a1(m.top, m.left), row: m.top, column: m.left };
  }
  return f;
}
