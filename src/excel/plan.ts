/**
 * What a highlight paints: host's per-cell marks, moved to the cell Excel shows for a merged range,
 * each with where its current fill and font arrive, and the record and paint worked out per cell.
 */
import type { CellRange } from "../core/grid/grid";
import type { Finding, Lang } from "../core/types";
import { planMarks, type CellMark, type HighlightWarning } from "../host";
import type { CellBackup, FillState } from "./backup";
import { GRADIENTS, isLight, SEVERITY_FONT, severityFill } from "./colours";
import { annotatedNote, type Annotations } from "./notes";
import type { Paint } from "./paint";

/** One cell to mark. */
export interface Target {
  sheet: string;
  cell: string;
  /** backupKey(sheet, cell). */
  key: string;
  row: number;
  col: number;
  mark: CellMark;
  /** Where its current fill and font arrive after the reads. */
  segment?: Segment;
}

/** Consecutive-ish target rows of one column, read with one getCellProperties. */
export interface Segment {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

export const PROPS_TO_READ: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
    font: { color: true },
  },
};

/**
 * The cells to mark, one per cell in the findings' order. Findings on sheets that are gone (or on
 * our own record) are left out with a missing-sheet warning each.
 */
export function planTargets(
  findings: readonly Finding[],
  lang: Lang,
  merges: ReadonlyMap<string, readonly CellRange[]> | undefined,
  sheets: ReadonlySet<string>,
  warnings: HighlightWarning[],
): Target[] {
  return planMarks(findings, lang, merges, sheets, warnings);
}

/** Target rows of each column, split where more than `gap` rows lie between two targets. */
export function columnSegments(targets: readonly Target[], gap: number): Segment[] {
  const byColumn = new Map<string, Target[]>();
  for (const t of targets) {
    const id = `${t.sheet}\u0000${t.col}`;
    const list = byColumn.get(id);
    if (list) list.push(t);
    else byColumn.set(id, [t]);
  }
  const segments: Segment[] = [];
  for (const list of byColumn.values()) {
    list.sort((x, y) => x.row - y.row);
    let seg: Segment | undefined;
    for (const t of list) {
      if (!seg || t.row - seg.bottom > gap) {
        seg = { sheet: t.sheet, col: t.col, top: t.row, bottom: t.row };
        segments.push(seg);
      }
      seg.bottom = t.row;
      t.segment = seg;
    }
  }
  return segments;
}

const NO_FILL: FillState = Object.freeze({ color: "#FFFFFF", pattern: "None" });

/** The target's fill and font as read by its segment's getCellProperties. */
function cellProps(t: Target): { fill: FillState; font: string } {
  const seg = t.segment;
  const p = seg?.props?.value[t.row - seg.top]?.[0];
  const fill = p?.format?.fill;
  const font = p?.format?.font?.color ?? "#000000";
  const pattern = fill?.pattern ?? "None";
  // Most cells have no fill: share one (frozen) state rather than build one per cell.
  if (pattern === "None" && !fill?.tintAndShade) return { fill: NO_FILL, font };
  const state: FillState = { color: fill?.color ?? "#FFFFFF", pattern };
  if (fill?.patternColor) state.patternColor = fill.patternColor;
  if (fill?.tintAndShade) state.tintAndShade = fill.tintAndShade;
  if (fill?.patternTintAndShade) state.patternTintAndShade = fill.patternTintAndShade;
  return { fill: state, font };
}

export interface CellPlanInput {
  lang: Lang;
  /** The previous record by backupKey: a cell marked before keeps its true original from there. */
  previous: ReadonlyMap<string, CellBackup>;
  annotations: Annotations;
  notes: boolean;
}

/** Per target: what to record (the user's originals) and what to paint. */
export function planCells(targets: readonly Target[], input: CellPlanInput, warnings: HighlightWarning[]): { records: CellBackup[]; paints: Paint[] } {
  const records: CellBackup[] = [];
  const paints: Paint[] = [];
  for (const t of targets) {
    const prior = input.previous.get(t.key);
    const current = cellProps(t);
    const fill = prior ? prior.fill : current.fill;
    const font = prior?.font ?? current.font;
    const record: CellBackup = { sheet: t.sheet, cell: t.cell, fill };
    const paint: Paint = { sheet: t.sheet, cell: t.cell, row: t.row, col: t.col };
    if (GRADIENTS.has(fill.pattern)) warnings.push({ code: "gradient-fill", sheet: t.sheet, cell: t.cell });
    else paint.fill = severityFill(t.mark.severity);
    if (isLight(font)) {
      record.font = font;
      paint.font = SEVERITY_FONT[t.mark.severity];
    }
    if (input.notes && !input.annotations.comments.has(t.key)) {
      const existing = input.annotations.notes.get(t.key);
      const original = prior && prior.note !== undefined ? prior.note : existing ? existing.content : null; // guarded: notesSupported()
      record.note = original;
      paint.note = { text: annotatedNote(t.mark, input.lang, original), existing };
    } else {
      if (input.notes) warnings.push({ code: "comment-cell", sheet: t.sheet, cell: t.cell });
      // A note we wrote earlier stays until notes can be written again; so does its original.
      if (prior?.note !== undefined) record.note = prior.note;
    }
    records.push(record);
    paints.push(paint);
  }
  return { records, paints };
}
