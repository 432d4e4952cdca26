import type { CellValue, Grid } from "../grid/grid";
import { normalizeText } from "../parse/number";
import { parseActual, parseTarget } from "../parse/target";
import { indicatorScore } from "../scoring/scoring";
import type { AmountBlock, AmountRow, AmountRowKind, Block, Columns, IndicatorBlock, IndicatorRow, SheetModel, StatedGrade } from "./blocks";
import { classifyHeader, headerKey, type Role } from "./headers";
import { formatPrecision, isBlank, readNum, readText, unitsClash } from "./read";

/** Longest header row we look at; wider rows are data, not headers. */
const MAX_HEADER_COLS = 40;

interface HeaderHit {
  row: number;
  columns: Columns;
  unit: string | null;
  kind: "amount" | "indicators";
}

const AMOUNT_ROLES: Role[] = ["budget", "fullBudget", "initialBudget", "amountActual", "rate"];
const INDICATOR_ROLES: Role[] = ["target", "indicatorActual", "weight", "score"];

function readHeader(grid: Grid, row: number): HeaderHit | null {
  const columns: Columns = {};
  let unit: string | null = null;
  let labelUnit: string | null = null;
  let count = 0;
  const last = Math.min(grid.lastCol, grid.firstCol + MAX_HEADER_COLS);
  for (let c = grid.firstCol; c <= last; c++) {
    if (grid.isMergedFollower(row, c)) continue;
    const v = grid.raw(row, c);
    if (typeof v !== "string") continue;
    const u = headerKey(v).unit;
    const role = classifyHeader(v);
    if (role === null) {
      // 项目资金（万元） labels the form's funds block without naming a column; its unit still counts.
      if (u && u !== "%" && labelUnit === null) labelUnit = u;
      continue;
    }
    if (columns[role] !== undefined) continue;
    columns[role] = c;
    count++;
    if (u && u !== "%" && unit === null) unit = u;
  }
  unit ??= labelUnit;
  if (count < 2) return null;
  const hasBudget = columns.budget !== undefined || columns.fullBudget !== undefined || columns.initialBudget !== undefined;
  if (hasBudget && columns.amountActual !== undefined) return { row, columns, unit, kind: "amount" };
  const judged = columns.indicatorActual !== undefined || columns.score !== undefined || columns.weight !== undefined;
  if (columns.target !== undefined && judged && count >= 3) return { row, columns, unit, kind: "indicators" };
  return null;
}

/** A unit note in the rows just above a header: 单位：万元, 金额单位：元. */
function unitNote(grid: Grid, headerRow: number): string | null {
  for (let r = headerRow - 1; r >= Math.max(grid.firstRow, headerRow - 3); r--) {
    for (let c = grid.firstCol; c <= Math.min(grid.lastCol, grid.firstCol + MAX_HEADER_COLS); c++) {
      const v = grid.raw(r, c);
      if (typeof v !== "string") continue;
      const m = /单位[:：]?\s*(万元|千元|亿元|元)/.exec(normalizeText(v));
      if (m) return m[1] ?? null;
    }
  }
  return null;
}

/** True when a data row of this block has a number in one of its value columns (so it is no header). */
function hasNumbers(grid: Grid, row: number, cols: number[]): boolean {
  for (const c of cols) {
    const v = grid.value(row, c);
    if (typeof v === "number") return true;
  }
  return false;
}

const TOTAL_LABEL = /^(合计|总计|总额|共计|total|grandtotal|总分|总得分|综合得分|年度资金总额|资金总额)/i;
const SUBTOTAL_LABEL = /小计|subtotal/i;
const CATEGORY_LABEL = /^([一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）])/;

function label(grid: Grid, row: number, cols: Columns, firstValueCol: number): { text: string; col: number | undefined } {
  const named = readText(grid, row, cols.name);
  if (named && !grid.isMergedFollower(row, cols.name as number)) return { text: named, col: cols.name };
  // 合计 often sits in the 序号 column, and the funds block labels its rows left of the numbers.
  let fallback: { text: string; col: number | undefined } = { text: named, col: cols.name };
  for (let c = firstValueCol - 1; c >= grid.firstCol; c--) {
    const t = readText(grid, row, c);
    if (!t) continue;
    const m = grid.mergeAt(row, c);
    const isBlockLabel = m !== undefined && m.bottom > m.top && m.top < row; // 项目资金（万元） spanning the rows
    if (isBlockLabel) continue;
    if (!fallback.text || TOTAL_LABEL.test(normalizeText(t)) || SUBTOTAL_LABEL.test(t)) fallback = { text: t, col: m ? m.left : c };
  }
  return fallback;
}

function rowKind(text: string, hasValues: boolean): AmountRowKind | null {
  const t = normalizeText(text);
  if (TOTAL_LABEL.test(t)) return "total";
  if (SUBTOTAL_LABEL.test(t)) return "subtotal";
  if (CATEGORY_LABEL.test(t)) return "category";
  return hasValues ? "item" : null;
}

function buildAmountBlock(grid: Grid, hit: HeaderHit, endRow: number): AmountBlock {
  const cols = hit.columns;
  const budgetCol = cols.fullBudget ?? cols.budget ?? cols.initialBudget;
  const initialCol = cols.fullBudget !== undefined ? cols.initialBudget : undefined;
  const valueCols = [budgetCol, initialCol, cols.amountActual, cols.rate, cols.weight, cols.score].filter((c): c is number => c !== undefined);
  const firstValueCol = Math.min(...valueCols);
  const rows: AmountRow[] = [];
  const unit = unitNote(grid, hit.row) ?? hit.unit;
  let funds = cols.weight !== undefined || cols.score !== undefined;
  for (let r = hit.row + 1; r <= endRow; r++) {
    const budget = readNum(grid, r, budgetCol);
    const actual = readNum(grid, r, cols.amountActual);
    const rate = readNum(grid, r, cols.rate);
    const hasValues = budget !== null || actual !== null || rate !== null;
    const { text, col } = label(grid, r, cols, firstValueCol);
    const kind = rowKind(text, hasValues);
    if (kind === null) continue;
    if (/资金总额/.test(text)) funds = true;
    const explanation = cols.explanation === undefined ? null : isBlank(grid.value(r, cols.explanation)) ? "" : String(grid.value(r, cols.explanation));
    const initialBudget = readNum(grid, r, initialCol);
    rows.push({
      row: r,
      kind,
      name: text,
      nameCol: col,
      budget,
      initialBudget,
      actual,
      rate,
      weight: readNum(grid, r, cols.weight),
      score: readNum(grid, r, cols.score),
      status: readText(grid, r, cols.status),
      explanation,
      unitClash: unitsClash([budget, initialBudget, actual], unit),
    });
  }
  return { kind: funds ? "funds" : "line-items", headerRow: hit.row, columns: cols, unit, rows };
}

function isDateFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[yd]/i.test(f) || /年|月|日/.test(format);
}

/** A value cell as the parsers should see it: percentages as text with %, date serials as dates. */
function cellForParse(grid: Grid, row: number, col: number | undefined): CellValue {
  if (col === undefined) return null;
  const v = grid.value(row, col);
  if (typeof v !== "number") return v;
  const format = grid.format(row, col);
  const f = formatPrecision(format);
  if (f.percent) return `${Number((v * 100).toPrecision(12))}%`;
  if (f.decimals === null && format !== "General" && isDateFormat(format)) {
    return new Date(Math.round((v - 25569) * 86400000));
  }
  return v;
}

function text(v: CellValue): string {
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") return v.error;
  return String(v).trim();
}

/** The target when a provincial form splits it over operator, value and unit columns. */
function splitTarget(grid: Grid, row: number, cols: Columns): CellValue {
  const value = cellForParse(grid, row, cols.target);
  if (cols.operator === undefined && cols.unit === undefined) return value;
  const op = readText(grid, row, cols.operator);
  const unit = readText(grid, row, cols.unit);
  let v = text(value);
  if (v === "" || isBlank(v)) return v;
  if (unit && !v.endsWith(unit) && /\d$/.test(v)) v += unit;
  const opText = op === "定性" || op === "定量" ? "" : op;
  return opText + v;
}

function actualCell(grid: Grid, row: number, cols: Columns): CellValue {
  const v = cellForParse(grid, row, cols.indicatorActual);
  const unit = readText(grid, row, cols.unit);
  if (unit && typeof v === "number") return `${v}${unit}`;
  return v;
}

function buildIndicatorBlock(grid: Grid, hit: HeaderHit, endRow: number): IndicatorBlock {
  const cols = hit.columns;
  const rows: IndicatorRow[] = [];
  let total: IndicatorBlock["total"] = null;
  let level1 = "";
  let level2 = "";
  const labelCols = [cols.level1, cols.level2, cols.level3, cols.name].filter((c): c is number => c !== undefined);
  const firstLabelCol = labelCols.length > 0 ? Math.min(...labelCols) : grid.firstCol;
  for (let r = hit.row + 1; r <= endRow; r++) {
    // 总分 may sit in any label column, or in a merge that starts left of them.
    let isTotal = false;
    for (let c = grid.firstCol; c <= Math.max(firstLabelCol, ...labelCols); c++) {
      const t = readText(grid, r, c);
      if (t && TOTAL_LABEL.test(normalizeText(t))) isTotal = true;
    }
    const weight = readNum(grid, r, cols.weight);
    const score = readNum(grid, r, cols.score);
    if (isTotal) {
      if (total === null) total = { row: r, weight, score };
      continue;
    }
    // Merged 一级/二级 labels read as their master; blank ones are inherited from the row above.
    const l1 = readText(grid, r, cols.level1);
    const l2 = readText(grid, r, cols.level2);
    if (l1 && l1 !== level1) {
      level1 = l1;
      level2 = "";
    }
    if (l2) level2 = l2;
    const targetValue = splitTarget(grid, r, cols);
    const actualValue = actualCell(grid, r, cols);
    const targetText = text(targetValue);
    const actualText = text(actualValue);
    if (isBlank(targetValue) && isBlank(actualValue) && weight === null && score === null) continue;
    // A bare 0 means "no more than 0" (domain.md §2); parseTarget gives that for the text "0" only.
    const target = isBlank(targetValue) ? null : parseTarget(targetValue === 0 ? "0" : targetValue);
    const actual = isBlank(actualValue) ? null : parseActual(actualValue);
    const result = target?.ok && actual?.ok ? indicatorScore(target.value, actual.value, weight?.value ?? 1) : null;
    rows.push({
      row: r,
      level1,
      level2,
      name: readText(grid, r, cols.level3 ?? cols.name) || l2 || level2,
      targetText,
      target,
      actual,
      actualText,
      weight,
      score,
      status: readText(grid, r, cols.status),
      explanation: cols.explanation === undefined ? null : isBlank(grid.value(r, cols.explanation)) ? "" : text(grid.value(r, cols.explanation)),
      result,
      targetCol: cols.target,
      actualCol: cols.indicatorActual,
    });
  }
  return { kind: "indicators", headerRow: hit.row, columns: cols, rows, total };
}

const GRADES: Record<string, string> = { 优: "优", 优秀: "优", 良: "良", 良好: "良", 中: "中", 合格: "中", 中等: "中", 差: "差", 较差: "差", 不合格: "差" };

/** A grade stated on the sheet: a 等级 label with 优/良/中/差 beside it, or inline (自评等级：优). */
function findGrade(grid: Grid, blocks: Block[]): StatedGrade | null {
  for (const b of blocks) {
    if (b.kind !== "indicators" || b.columns.grade === undefined) continue;
    for (let r = b.headerRow + 1; r <= grid.lastRow; r++) {
      const g = GRADES[readText(grid, r, b.columns.grade)];
      if (g) return { grade: g, row: r, col: b.columns.grade };
    }
  }
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    for (let c = grid.firstCol; c <= Math.min(grid.lastCol, grid.firstCol + MAX_HEADER_COLS); c++) {
      const v = grid.raw(r, c);
      if (typeof v !== "string" || v.length > 16 || v.indexOf("等级") < 0) continue;
      const inline = /等级(?:为|是|[:：])\s*(优秀|良好|优|良|中等|中|合格|较差|差)/.exec(v);
      if (inline) return { grade: GRADES[inline[1] as string] as string, row: r, col: c };
      if (!/^(自评|评价|绩效|综合)?等级[:：]?$/.test(v.trim())) continue;
      for (let k = c + 1; k <= Math.min(grid.lastCol, c + 6); k++) {
        if (grid.isMergedFollower(r, k)) continue;
        const g = GRADES[readText(grid, r, k)];
        if (g) return { grade: g, row: r, col: k };
        if (!isBlank(grid.value(r, k))) break;
      }
    }
  }
  return null;
}

/**
 * Finds every block on a sheet by its header words, in order from the top, and reads its rows.
 * Inside a block, rows that carry numbers in the block's value columns are data, so the
 * header search costs nothing per data row and the pass stays linear.
 */
export function detectBlocks(grid: Grid): SheetModel {
  const hits: HeaderHit[] = [];
  let current: HeaderHit | null = null;
  let valueCols: number[] = [];
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    if (current && hasNumbers(grid, r, valueCols)) continue;
    const hit = readHeader(grid, r);
    if (!hit) continue;
    hits.push(hit);
    current = hit;
    const roles = hit.kind === "amount" ? AMOUNT_ROLES : INDICATOR_ROLES;
    valueCols = roles.map((role) => hit.columns[role]).filter((c): c is number => c !== undefined);
  }
  const blocks: Block[] = hits.map((hit, i) => {
    const end = (hits[i + 1]?.row ?? grid.lastRow + 1) - 1;
    return hit.kind === "amount" ? buildAmountBlock(grid, hit, end) : buildIndicatorBlock(grid, hit, end);
  });
  return { blocks, grade: findGrade(grid, blocks) };
}

