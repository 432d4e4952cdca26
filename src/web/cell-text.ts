/** How the preview shows a cell: the core's cell text, plus alignment and width for the grid. */
import type { CellValue } from "../core/grid/grid";

export { cellText } from "../core/grid/cell-text";

/** True for values the preview right-aligns, as spreadsheets do. */
export function isNumeric(value: CellValue): boolean {
  return typeof value === "number" || value instanceof Date;
}

/** Rough display width in "narrow character" units: CJK and full-width characters count double. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/** Px per character of Excel's column width (the maximum digit width of its default font, 11 pt). */
const PX_PER_CHAR = 7;

/** A column width as the file stores it (characters, padding included) in px, as Excel draws it: 9.140625 (shown as 8.43) → 64. */
export function excelWidthPx(chars: number): number {
  if (chars <= 0) return 0;
  return Math.trunc(((256 * chars + Math.trunc(128 / PX_PER_CHAR)) / 256) * PX_PER_CHAR);
}
