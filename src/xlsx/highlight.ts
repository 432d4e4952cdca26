/**
 * Findings → what the patching writer takes (marks and a results table), and the highlighted copy
 * itself. `highlightRequest` is the one place that knows about findings; it is meant to give way to
 * the host's marks builder, leaving patch/ untouched.
 */
import type { Finding, Lang, Severity, SheetReport } from "../core/types";
import { xlsxLabels } from "./labels";
import type { ReadLimits } from "./limits";
import { patchWorkbook } from "./patch/patch";
import type { CellMark, PatchRequest, ResultCell } from "./patch/types";

/** Fill colours by severity (ARGB), the same light tints Excel's own "good/bad/neutral" styles use. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The number format of a flagged cell, so expected and actual show as the cell does (0.6 as 60.00%). */
export type FormatOf = (sheet: string, row: number, col: number) => string | undefined;

/** One mark per flagged cell (worst severity's fill, every message in the note) and the results table. */
export function highlightRequest(reports: readonly SheetReport[], lang: Lang, formatOf: FormatOf = () => undefined): PatchRequest {
  const labels = xlsxLabels(lang);
  const all: Finding[] = [];
  const marks: CellMark[] = [];
  for (const report of reports) {
    const findings = [...report.findings].sort((a, b) => a.row - b.row || a.column - b.column);
    all.push(...findings);
    const byCell = new Map<string, Finding[]>();
    for (const f of findings) {
      const key = `${f.sheet}\u0000${f.row}:${f.column}`;
      const list = byCell.get(key);
      if (list) list.push(f);
      else byCell.set(key, [f]);
    }
    for (const group of byCell.values()) {
      const first = group[0] as Finding;
      let worst: Severity = first.severity;
      for (const f of group) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
      marks.push({
        sheet: first.sheet,
        row: first.row,
        col: first.column,
        fill: SEVERITY_FILL[worst],
        note: group.map((f) => `[${labels.severity[f.severity]}] ${f.message}`).join("\n"),
      });
    }
  }
  const h = labels.headers;
  const rows: ResultCell[][] =
    all.length === 0
      ? [[labels.noFindings]]
      : all.map((f) => {
          const format = formatOf(f.sheet, f.row, f.column);
          const shown = (v: number | string | undefined): ResultCell =>
            v === undefined ? null : typeof v === "number" && format && format !== "General" ? { number: v, format } : v;
          return [
            f.sheet,
            { text: f.cell, sheet: f.sheet, cell: f.cell },
            { text: labels.severity[f.severity], fill: SEVERITY_FILL[f.severity] },
            f.rule,
            f.message,
            shown(f.expected),
            shown(f.actual),
          ];
        });
  return {
    marks,
    results: { name: labels.resultsSheet, header: [h.sheet, h.cell, h.severity, h.rule, h.message, h.expected, h.actual], rows, widths: [18, 10, 10, 20, 70, 14, 14] },
    noteSeparator: labels.noteSeparator,
    author: lang === "zh-CN" ? "绩效审核" : "Jixiao audit",
  };
}

/** The original package with the findings marked and a results sheet added. The input bytes are not touched. */
export function writeHighlightedCopy(original: Uint8Array, reports: readonly SheetReport[], lang: Lang, formatOf?: FormatOf, limits?: ReadLimits): Uint8Array {
  return patchWorkbook(original, highlightRequest(reports, lang, formatOf), limits).bytes;
}

/** `#'Sheet name'!D44`: the sheet name quoted, its single quotes doubled. */
export function internalLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}
