/** What the patching writer is asked to do, as plain data: no findings, no severities, no languages. */

/** Colour and note one cell. `fill` is ARGB (`FFFFC7CE`); `note` is added below any note already there. */
export interface CellMark {
  sheet: string;
  row: number;
  col: number;
  fill: string;
  note: string;
}

/** A link to a cell of the workbook, shown as `text`. */
export interface LinkCell {
  text: string;
  sheet: string;
  cell: string;
}

/** A number shown in a number format (e.g. the flagged cell's own). */
export interface FormattedNumber {
  number: number;
  format: string;
}

/** Text on a coloured background. */
export interface FilledText {
  text: string;
  fill: string;
}

export type ResultCell = string | number | LinkCell | FormattedNumber | FilledText | null;

/** The sheet added to the copy: a bold, frozen header row, then `rows`. */
export interface ResultsTable {
  /** Wanted name; `name (2)` etc. when the workbook already has a sheet of that name. */
  name: string;
  header: string[];
  rows: ResultCell[][];
  /** Column widths in characters. */
  widths?: number[];
}

export interface PatchRequest {
  marks: readonly CellMark[];
  results?: ResultsTable;
  /** Put between a cell's own note and the text added to it. */
  noteSeparator: string;
  /** Author shown for new notes. */
  author: string;
}

export interface PatchResult {
  bytes: Uint8Array;
  /** Name the results sheet got, if one was added. */
  resultsSheet?: string;
}
