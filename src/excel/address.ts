/** A1 text as Office.js wants it: quoted sheet names, RangeAreas address lists, and back again. */
import { a1, type CellRange } from "../core/grid/grid";

/** `'Sheet name'`: quoted, single quotes doubled; valid for any sheet name. */
export function quoteSheet(sheet: string): string {
  return sheet.includes("'") ? `'${sheet.replace(/'/g, "''")}'` : `'${sheet}'`;
}

/** `'Sheet'!D44`, as a hyperlink's documentReference or a workbook-level address. */
export function sheetAddress(sheet: string, cell: string): string {
  return `${quoteSheet(sheet)}!${cell}`;
}

/**
 * getRanges() fails on long address lists at a limit Microsoft does not state (office-js#5198 saw
 * failures from about 8,000 characters / 500 areas), so lists stay far below that.
 */
export const MAX_AREAS_PER_ADDRESS = 100;
export const MAX_ADDRESS_LENGTH = 2000;

/**
 * Comma-separated address lists for getRanges(): consecutive rows of one column become one area
 * (`D5:D9`), and no list exceeds MAX_AREAS_PER_ADDRESS areas or MAX_ADDRESS_LENGTH characters.
 */
export function areaLists(cells: readonly { row: number; col: number }[]): string[] {
  const sorted = [...cells].sort((x, y) => x.col - y.col || x.row - y.row);
  const areas: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as { row: number; col: number };
    let last = first;
    let j = i + 1;
    for (; j < sorted.length; j++) {
      const next = sorted[j] as { row: number; col: number };
      if (next.col !== first.col || next.row > last.row + 1) break;
      last = next;
    }
    areas.push(last.row === first.row ? a1(first.row, first.col) : `${a1(first.row, first.col)}:${a1(last.row, first.col)}`);
    i = j;
  }
  const lists: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const area of areas) {
    if (current.length > 0 && (current.length >= MAX_AREAS_PER_ADDRESS || length + area.length + 1 > MAX_ADDRESS_LENGTH)) {
      lists.push(current.join(","));
      current = [];
      length = 0;
    }
    current.push(area);
    length += area.length + 1;
  }
  if (current.length > 0) lists.push(current.join(","));
  return lists;
}

const AREA = /(?:^|,)\s*(?:(?:'(?:[^']|'')*'|[^'!,]+)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?(?=\s*(?:,|$))/g;

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** The rectangles of a RangeAreas address such as `Sheet1!A1:G1, 'My sheet'!B3:C4`. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of address.matchAll(AREA)) {
    const top = Number(m[2]);
    const left = columnNumber(m[1] as string);
    const bottom = m[4] !== undefined ? Number(m[4]) : top;
    const right = m[3] !== undefined ? columnNumber(m[3]) : left;
    out.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }
  return out;
}
