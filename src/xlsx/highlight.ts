/**
 * Findings → what the patching writer takes (marks and a results table), and the highlighted copy
 * itself. The words and colours come from the host's marks builder and result rows, so the copy says
 * what the task pane and the CLI say; patch/ knows nothing of findings.
 */
import { messages } from "../core/messages";
import type { Finding, Lang, SheetReport } from "../core/types";
import { buildMarks, resultHeaders, resultRow, SEVERITY_FILL } from "../host";
import type { ReadLimits } from "./limits";
import { patchWorkbook } from "./patch/patch";
import type { CellMark, PatchRequest, ResultCell } from "./patch/types";

const WIDTHS = [18, 10, 10, 20, 70, 14, 14];

/** One mark per flagged cell (worst severity's fill, every message in the note) and the results table. */
export function highlightRequest(reports: readonly SheetReport[], lang: Lang): PatchRequest {
  const all: Finding[] = reports.flatMap((r) => [...r.findings].sort((a, b) => a.row - b.row || a.column - b.column));
  const marks: CellMark[] = buildMarks(all, lang).map((m) => ({ sheet: m.sheet, row: m.row, col: m.column, fill: m.fill, note: m.lines.join("\n") }));
  const words = messages(lang).exports;
  const rows: ResultCell[][] =
    all.length === 0
      ? [[words.noFindings]]
      : all.map((f) => {
          const r = resultRow(f, lang);
          // Expected and actual as the flagged cell shows them (8.36, 60%, 1465.45), never a raw float.
          return [r.sheet, { text: f.cell, sheet: f.sheet, cell: f.cell }, { text: r.severity, fill: SEVERITY_FILL[f.severity] }, r.rule, r.message, r.expected || null, r.actual || null];
        });
  return {
    marks,
    results: { name: words.resultsSheet, header: resultHeaders(lang), rows, widths: WIDTHS },
    noteSeparator: words.noteSeparator,
    author: words.noteAuthor,
  };
}

/** The original package with the findings marked and a results sheet added. The input bytes are not touched. */
export function writeHighlightedCopy(original: Uint8Array, reports: readonly SheetReport[], lang: Lang, limits?: ReadLimits): Uint8Array {
  return patchWorkbook(original, highlightRequest(reports, lang), limits).bytes;
}

/** `#'Sheet name'!D44`: the sheet name quoted, its single quotes doubled. */
export function internalLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}
