import type { CellValue, Grid } from "../grid/grid";
import { decimalsOf, isEmptyMarkText, parseQuantityText } from "../parse/number";

/** A number read from a cell, with where it is and how precisely the sheet shows it. */
export interface Num {
  value: number;
  /** Decimal places shown (of `value`, so 0.00% gives 4); sets the rounding tolerance. */
  decimals: number;
  row: number;
  col: number;
  /** Unit written in the cell text (`万元`), if any. */
  unit: string | null;
  /** True when the cell showed a percentage (format or text), so `value` is a fraction. */
  percent: boolean;
}

const formatCache = new Map<string, { decimals: number | null; percent: boolean }>();

/**
 * Decimal places and percent-ness of an Excel number format, from its first section:
 * `0.00%` → 2 places and percent, `#,##0.000` → 3, `General` → unknown (the value decides).
 */
export function formatPrecision(format: string): { decimals: number | null; percent: boolean } {
  const cached = formatCache.get(format);
  if (cached) return cached;
  let result: { decimals: number | null; percent: boolean };
  if (!format || /^general$/i.test(format) || format === "@") {
    result = { decimals: null, percent: false };
  } else {
    const first = (format.split(";")[0] ?? "")
      .replace(/"[^"]*"/g, "")
      .replace(/\[[^\]]*\]/g, "")
      .replace(/\\./g, "")
      .replace(/_./g, "");
    const percent = first.includes("%");
    const dot = first.indexOf(".");
    let places = 0;
    if (dot >= 0) {
      for (let i = dot + 1; i < first.length && /[0#?]/.test(first[i] as string); i++) places++;
    }
    result = /[0#?]/.test(first) ? { decimals: places, percent } : { decimals: null, percent: false };
  }
  formatCache.set(format, result);
  return result;
}

/** Half a unit in the last shown decimal place: the most a rounded figure can differ from the truth. */
export function tolerance(decimals: number): number {
  return 0.5 * Math.pow(10, -decimals) + 1e-9;
}

/**
 * Reads a number from a cell: a number (precision from its format, or its own digits under General)
 * or numeric text such as `1,465.45`, `75.54%`, `１２３`. Empty marks (—, /) and prose give null.
 */
export function readNum(grid: Grid, row: number, col: number | undefined): Num | null {
  if (col === undefined) return null;
  const v = grid.value(row, col);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return null;
    const f = formatPrecision(grid.format(row, col));
    const decimals = f.decimals === null ? decimalsOf(v) : f.decimals + (f.percent ? 2 : 0);
    return { value: v, decimals, row, col, unit: null, percent: f.percent };
  }
  if (typeof v === "string") {
    if (v.length === 0 || v.length > 40) return null;
    const q = parseQuantityText(v);
    if (!q.ok) return null;
    if (q.value.unit !== null && q.value.unit !== "%" && q.value.unit !== "‰" && !/^[万亿千]?元$|^分$/.test(q.value.unit)) return null;
    const percent = q.value.unit === "%";
    return {
      value: q.value.value,
      decimals: q.value.decimals ?? decimalsOf(q.value.value),
      row,
      col,
      unit: percent || q.value.unit === "分" ? null : q.value.unit,
      percent,
    };
  }
  return null;
}

/** Text of a cell for labels: trimmed, full-width folded; numbers and dates give "". */
export function readText(grid: Grid, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const v = grid.value(row, col);
  return typeof v === "string" ? v.trim() : "";
}

/** True when a cell holds nothing a reader would count as content (blank, —, /). */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") return v.trim().length === 0 || isEmptyMarkText(v);
  return false;
}

/** True when two amounts of a row are in different units, a bare amount being in the table's unit. */
export function unitsClash(nums: (Num | null)[], tableUnit: string | null): boolean {
  let seen: string | null = null;
  for (const n of nums) {
    const u = n ? (n.unit ?? tableUnit) : null;
    if (u === null) continue;
    if (seen !== null && u !== seen) return true;
    seen = u;
  }
  return false;
}
