import type { CellValue, Grid } from "../grid/grid";
import { normalizeText } from "../parse/number";
import { parseActual, parseTarget } from "../parse/target";
import { indicatorScore } from "../scoring/scoring";
import {
  breakdownFamily,
  CATEGORY_LABEL,
  gradeWord,
  headerSized,
  isBreakdownStart,
  isEmptyExplanation,
  isExplanationRowLabel,
  isGoalsLabel,
  isGradeLabel,
  isOverallTotalLabel,
  isPlaceholderName,
  isSubtotalLabel,
  isTotalLabel,
  matchHeader,
  normalizeHeader,
  stripNamePrefix,
  weightInLabel,
  type Role,
} from "../vocabulary";
import type {
  AmountBlock,
  AmountRow,
  AmountRowKind,
  Block,
  Columns,
  HeaderCell,
  IndicatorBlock,
  IndicatorRow,
  IndicatorTotal,
  LabelWeight,
  SheetModel,
  StatedGrade,
  UnreadBlock,
} from "./blocks";
import { AmountRowsBuilder } from "./amount-rows";
import { formatPrecision, isBlank, readNum, readText, unitsClash, type Num } from "./read";
import { AMOUNT_HINTS, INDICATOR_HINTS, LAYOUT_SPECS, type LayoutSpec } from "./specs";

/** Longest header row we look at; wider rows are data, not headers. */
const MAX_HEADER_COLS = 40;

/** Column roles a user assigned to a sheet (--map "Sheet!D=actual"), by role; `ignored`: columns to read past (D=ignore). */
export type ColumnMap = Partial<Record<Role, number>> & { ignored?: readonly number[] };

export interface DetectOptions {
  /** Roles assigned by the user; they win over the header words. */
  map?: ColumnMap;
}

interface HeaderHit {
  row: number;
  /** The first data row: one below the header, two below a two-row header. */
  dataRow: number;
  columns: Columns;
  unit: string | null;
  kind: "amount" | "indicators";
  spec: LayoutSpec;
  cells: HeaderCell[];
  /** Points stated in the header: 得分(20分*执行率) → 20 at its column; 绩效指标(90分) → 90. */
  scorePoints: number | null;
  labelPoints: LabelPoints | null;
}

/** Points written in a label (绩效指标(90分)) and the cell that says so. */
interface LabelPoints {
  points: number;
  row: number;
  col: number;
}

interface RowRoles {
  columns: Columns;
  count: number;
  unit: string | null;
  cells: HeaderCell[];
  scorePoints: number | null;
  labelPoints: LabelPoints | null;
}

function readRoles(grid: Grid, row: number, map: ColumnMap | undefined): RowRoles {
  const columns: Columns = {};
  const cells: HeaderCell[] = [];
  let unit: string | null = null;
  let labelUnit: string | null = null;
  let scorePoints: number | null = null;
  let labelPoints: LabelPoints | null = null;
  let count = 0;
  const last = Math.min(grid.lastCol, grid.firstCol + MAX_HEADER_COLS);
  const mappedCols = new Map<number, Role>();
  if (map) for (const [role, col] of Object.entries(map)) if (typeof col === "number") mappedCols.set(col, role as Role);
  const ignored = map?.ignored;
  for (let c = grid.firstCol; c <= last; c++) {
    if (grid.isMergedFollower(row, c)) continue;
    const v = grid.raw(row, c);
    if (typeof v !== "string" || v.trim() === "") continue;
    if (ignored?.includes(c)) {
      cells.push({ row, col: c, text: v, role: null, mapped: true });
      continue;
    }
    const h = headerSized(v) ? normalizeHeader(v) : null;
    const u = h?.unit ?? null;
    const mapped = mappedCols.get(c);
    const m = mapped ? { role: mapped } : matchHeader(v);
    const role = m === null || m.role === "ignore" ? null : m.role;
    if (role === null) {
      // 项目资金（万元） labels the form's funds block without naming a column; its unit still counts.
      if (u && u !== "%" && labelUnit === null) labelUnit = u;
      // 绩效指标(90分): a label naming no column states the points of the block under it.
      const p = h?.points ?? weightInLabel(v);
      if (p !== null && labelPoints === null) labelPoints = { points: p, row, col: c };
      // Read past (ignored words, or none the vocabulary knows): listed, so a user can say what it holds.
      if (h !== null) cells.push({ row, col: c, text: v, role: null });
      continue;
    }
    cells.push(mapped ? { row, col: c, text: v, role, mapped: true } : { row, col: c, text: v, role });
    if (columns[role] !== undefined) continue;
    columns[role] = c;
    count++;
    if (role === "score" && h?.points != null) scorePoints = h.points;
    if (u && u !== "%" && unit === null) unit = u;
  }
  return { columns, count, unit: unit ?? labelUnit, cells, scorePoints, labelPoints };
}

function specHolds(spec: LayoutSpec, columns: Columns, count: number): boolean {
  return count >= spec.minRoles && spec.needs.every((any) => any.some((r) => columns[r] !== undefined));
}

/** A spec's stand-ins: 实际完成情况 (read as a status) is the actual of an indicator table that has no 实际完成值. */
function standIn(spec: LayoutSpec, columns: Columns, cells: HeaderCell[], map: ColumnMap | undefined): HeaderCell[] {
  let out = cells;
  for (const [missing, by] of spec.standIns ?? []) {
    const col = columns[by];
    if (columns[missing] !== undefined || col === undefined || map?.[by] !== undefined) continue;
    columns[missing] = col;
    delete columns[by];
    out = out.map((c) => (c.col === col && c.role === by ? { ...c, role: missing } : c));
  }
  return out;
}

/** 年度指标值 over 指标性质 | 指标值 | 度量单位: the row below names the columns inside the merged header cell. */
function subHeader(grid: Grid, row: number, top: RowRoles, map: ColumnMap | undefined): RowRoles | null {
  if (row + 1 > grid.lastRow) return null;
  const below = readRoles(grid, row + 1, map);
  if (below.count === 0) return null;
  for (let c = grid.firstCol; c <= Math.min(grid.lastCol, grid.firstCol + MAX_HEADER_COLS); c++) if (typeof grid.value(row + 1, c) === "number") return null;
  const spans: { left: number; right: number }[] = [];
  for (const cell of below.cells) {
    if (cell.role === null) continue;
    const m = grid.mergeAt(row, cell.col);
    const topEmpty = grid.value(row, cell.col) === null || grid.value(row, cell.col) === "";
    if (m && m.top === row && m.bottom === row && m.right > m.left) spans.push({ left: m.left, right: m.right });
    else if (!topEmpty) return null; // a second header of its own, not a sub-header
  }
  const columns: Columns = { ...top.columns };
  for (const [role, col] of Object.entries(top.columns) as [Role, number][]) {
    if (spans.some((s) => col >= s.left && col <= s.right)) delete columns[role];
  }
  for (const [role, col] of Object.entries(below.columns) as [Role, number][]) columns[role] = col;
  const cells = [...top.cells.filter((c) => !spans.some((s) => c.col >= s.left && c.col <= s.right)), ...below.cells];
  return { ...top, columns, count: Object.keys(columns).length, cells };
}

function readHeader(grid: Grid, row: number, map: ColumnMap | undefined, unread: UnreadBlock[] | null): HeaderHit | null {
  const top = readRoles(grid, row, map);
  if (top.count < 2) return null;
  const candidates: [RowRoles, number][] = [];
  const sub = subHeader(grid, row, top, map);
  if (sub) candidates.push([sub, row + 2]);
  candidates.push([top, row + 1]);
  for (const [roles, dataRow] of candidates) {
    const columns = { ...roles.columns };
    if (columns.target === undefined && columns.initialTarget !== undefined) {
      columns.target = columns.initialTarget; // 年初指标值 alone is the target
      delete columns.initialTarget;
    }
    for (const spec of LAYOUT_SPECS) {
      if (!specHolds(spec, columns, roles.count)) continue;
      const cells = standIn(spec, columns, roles.cells, map);
      return { row, dataRow, columns, unit: roles.unit, kind: spec.kind, spec, cells, scorePoints: roles.scorePoints, labelPoints: roles.labelPoints };
    }
  }
  if (unread) {
    // Header words of a layout, but not enough of them: say which were found and which were missing.
    const read = sub ?? top;
    const roles = read.columns;
    const found = Object.keys(roles) as Role[];
    const indicatorHints = found.filter((r) => INDICATOR_HINTS.includes(r)).length;
    const amountHints = found.filter((r) => AMOUNT_HINTS.includes(r)).length;
    const spec = indicatorHints >= 2 ? LAYOUT_SPECS[1] : amountHints >= 1 && found.length >= 2 ? LAYOUT_SPECS[0] : undefined;
    if (spec) {
      const missing = spec.needs.filter((any) => !any.some((r) => roles[r] !== undefined)).map((any) => any[0] as Role);
      unread.push({ expected: spec.id === "indicators" ? "indicators" : "line-items", row, found, missing, cells: read.cells });
    }
  }
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
    if (!fallback.text || isTotalLabel(t) || isSubtotalLabel(t) || isGoalsLabel(t)) fallback = { text: t, col: m ? m.left : c };
  }
  return fallback;
}

function rowKind(text: string, hasValues: boolean): AmountRowKind | null {
  if (isTotalLabel(text)) return "total";
  if (isSubtotalLabel(text)) return "subtotal";
  if (CATEGORY_LABEL.test(normalizeText(text))) return "category";
  return hasValues ? "item" : null;
}

/** An explanation cell's text: "" when blank or a token that explains nothing (0, /, —, 无, 暂无). */
function explanationAt(grid: Grid, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const v = grid.value(row, col);
  if (isBlank(v)) return "";
  const t = text(v);
  return isEmptyExplanation(t) ? "" : t;
}

/** Under a funds total, which breakdown each item belongs to (by source, by kind), as its words or the 其中 row above say. */
function markBreakdowns(rows: AmountRow[]): void {
  let family: string | null = null;
  for (const row of rows) {
    if (row.kind === "total") family = null;
    else if (row.kind === "item") {
      const f = breakdownFamily(row.name);
      if (f !== null) family = f;
      else if (isBreakdownStart(row.name)) family = "other";
      row.breakdown = family;
    }
  }
}

function buildAmountBlock(grid: Grid, hit: HeaderHit, endRow: number): AmountBlock {
  const cols = hit.columns;
  const budgetCol = cols.fullBudget ?? cols.budget ?? cols.initialBudget;
  const initialCol = cols.fullBudget !== undefined ? cols.initialBudget : undefined;
  const valueCols = [budgetCol, initialCol, cols.amountActual, cols.rate, cols.weight, cols.score].filter((c): c is number => c !== undefined);
  const firstValueCol = Math.min(...valueCols);
  // Columns in AMOUNT_NUMBERS order: budget, initialBudget, actual, rate, weight, score.
  const table = new AmountRowsBuilder([budgetCol, initialCol, cols.amountActual, cols.rate, cols.weight, cols.score], endRow - hit.dataRow + 1);
  const rows = table.rows;
  const unit = unitNote(grid, hit.row) ?? hit.unit;
  let funds = cols.weight !== undefined || cols.score !== undefined;
  let lastRow = endRow;
  let executionWeight: number | null = hit.scorePoints;
  for (let r = hit.dataRow; r <= endRow; r++) {
    const { text: name, col } = label(grid, r, cols, firstValueCol);
    // The goals block (年度总体目标) ends the funds block: its cells are prose even when they hold numbers.
    if (hit.spec.endsAtGoals && name && isGoalsLabel(name)) {
      lastRow = r - 1;
      break;
    }
    const budget = readNum(grid, r, budgetCol);
    const actual = readNum(grid, r, cols.amountActual);
    const rate = readNum(grid, r, cols.rate);
    const hasValues = budget !== null || actual !== null || rate !== null;
    const kind = rowKind(name, hasValues);
    if (kind === null) continue;
    if (name.includes("资金总额")) funds = true;
    const initialBudget = readNum(grid, r, initialCol);
    let weight = readNum(grid, r, cols.weight);
    if (kind === "total" && weight === null) {
      const p = weightInLabel(name);
      if (p !== null && col !== undefined) weight = { value: p, decimals: 0, row: r, col, unit: null, percent: false };
    }
    if (kind === "total" && weight !== null && executionWeight === null) executionWeight = weight.value;
    if (kind === "total" && weight === null && hit.scorePoints !== null && cols.score !== undefined) {
      weight = { value: hit.scorePoints, decimals: 0, row: hit.row, col: cols.score, unit: null, percent: false };
    }
    const facts = {
      row: r,
      kind,
      name,
      nameCol: col,
      status: readText(grid, r, cols.status),
      explanation: explanationAt(grid, r, cols.explanation),
      // Amounts with no unit of their own are all in the table's: no clash, and no list built for each row.
      unitClash: (budget?.unit ?? initialBudget?.unit ?? actual?.unit ?? null) !== null && unitsClash([budget, initialBudget, actual], unit),
    };
    table.add(facts, [budget, initialBudget, actual, rate, weight, readNum(grid, r, cols.score)]);
  }
  if (funds) markBreakdowns(rows);
  const headerRows = hit.dataRow > hit.row + 1 ? [hit.row, hit.row + 1] : [hit.row];
  return {
    kind: funds ? "funds" : "line-items",
    headerRow: hit.row,
    columns: cols,
    unit,
    rows,
    headerRows,
    firstDataRow: hit.dataRow,
    lastRow,
    headerCells: hit.cells,
    executionWeight: funds ? executionWeight : null,
  };
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
function splitTarget(grid: Grid, row: number, cols: Columns, col = cols.target): CellValue {
  const value = cellForParse(grid, row, col);
  if (cols.operator === undefined && cols.unit === undefined) return value;
  const op = readText(grid, row, cols.operator);
  const unit = readText(grid, row, cols.unit);
  let v = text(value);
  if (v === "" || isBlank(v)) return v;
  if (unit && !v.endsWith(unit) && /\d$/.test(v)) v += unit;
  const opText = /^定性|^定量/.test(op) ? "" : op;
  return opText + v;
}

function actualCell(grid: Grid, row: number, cols: Columns): CellValue {
  const v = cellForParse(grid, row, cols.indicatorActual);
  const unit = readText(grid, row, cols.unit);
  if (unit && typeof v === "number") return `${v}${unit}`;
  if (unit && typeof v === "string" && /\d$/.test(v.trim()) && !isBlank(v)) return `${v.trim()}${unit}`;
  return v;
}

/** The first non-empty text right of a label cell: where a bottom explanation row or a grade row holds its value. */
function valueRightOf(grid: Grid, row: number, col: number): { col: number; text: string } {
  const m = grid.mergeAt(row, col);
  const from = (m ? m.right : col) + 1;
  for (let c = from; c <= Math.min(grid.lastCol, from + MAX_HEADER_COLS); c++) {
    if (grid.isMergedFollower(row, c)) continue;
    const v = grid.value(row, c);
    if (!isBlank(v)) return { col: c, text: text(v) };
  }
  return { col: from, text: "" };
}

function buildIndicatorBlock(grid: Grid, hit: HeaderHit, endRow: number): IndicatorBlock {
  const cols = hit.columns;
  const rows: IndicatorRow[] = [];
  const totals: IndicatorTotal[] = [];
  const placeholders: number[] = [];
  const labelWeights: LabelWeight[] = [];
  let explanationRow: IndicatorBlock["explanationRow"] = null;
  let grade: StatedGrade | null = null;
  let level1 = "";
  let level2 = "";
  let group1: LabelWeight | null = null;
  let group2: LabelWeight | null = null;
  const labelCols = [cols.level1, cols.level2, cols.level3, cols.name].filter((c): c is number => c !== undefined);
  const firstLabelCol = labelCols.length > 0 ? Math.min(...labelCols) : grid.firstCol;
  const lastLabelCol = Math.max(firstLabelCol, ...labelCols);
  for (let r = hit.dataRow; r <= endRow; r++) {
    // 总分 may sit in any label column, or in a merge that starts left of them; so may 自评等级 and the explanation row.
    let totalLabel = "";
    let special: { kind: "grade" | "explanation"; col: number } | null = null;
    for (let c = grid.firstCol; c <= lastLabelCol; c++) {
      if (grid.isMergedFollower(r, c) && grid.mergeAt(r, c)?.top !== r) continue;
      const t = readText(grid, r, c);
      if (!t) continue;
      if (isTotalLabel(t)) totalLabel ||= t;
      else if (isGradeLabel(t)) special ??= { kind: "grade", col: c };
      else if (isExplanationRowLabel(t)) special ??= { kind: "explanation", col: c };
    }
    const weight = readNum(grid, r, cols.weight);
    const score = readNum(grid, r, cols.score);
    if (totalLabel) {
      totals.push({ row: r, label: totalLabel, overall: isOverallTotalLabel(totalLabel), weight, score });
      // 总分 | 86 | 等级 | 良 on one row.
      for (let c = lastLabelCol + 1; c <= Math.min(grid.lastCol, grid.firstCol + MAX_HEADER_COLS) && grade === null; c++) {
        const t = readText(grid, r, c);
        if (t && isGradeLabel(t)) {
          const v = valueRightOf(grid, r, c);
          const g = gradeWord(v.text);
          if (g) grade = { grade: g, row: r, col: v.col };
        }
      }
      continue;
    }
    if (special?.kind === "grade") {
      const v = valueRightOf(grid, r, special.col);
      const g = gradeWord(v.text);
      if (g && grade === null) grade = { grade: g, row: r, col: v.col };
      continue;
    }
    if (special?.kind === "explanation") {
      const v = valueRightOf(grid, r, special.col);
      explanationRow = { row: r, col: v.col, text: isEmptyExplanation(v.text) ? "" : v.text };
      continue;
    }
    // Merged 一级/二级 labels read as their master; blank ones are inherited from the row above.
    const l1 = readText(grid, r, cols.level1);
    const l2 = readText(grid, r, cols.level2);
    if (l1 && l1 !== level1) {
      level1 = l1;
      level2 = "";
      const p = weightInLabel(l1);
      group1 = p === null ? null : { group: l1, level: 1, stated: p, row: r, col: cols.level1 as number, rows: [] };
      if (group1) labelWeights.push(group1);
      group2 = null;
    }
    if (l2 && l2 !== level2) {
      const p = weightInLabel(l2);
      group2 = p === null ? null : { group: l2, level: 2, stated: p, row: r, col: cols.level2 as number, rows: [] };
      if (group2) labelWeights.push(group2);
    }
    if (l2) level2 = l2;
    // 调整指标值 is the target; where it is left blank, the 年初指标值 stands.
    const initialValue = cols.initialTarget === undefined ? null : splitTarget(grid, r, cols, cols.initialTarget);
    const adjustedValue = splitTarget(grid, r, cols);
    const targetValue = isBlank(adjustedValue) && !isBlank(initialValue) ? initialValue : adjustedValue;
    const actualValue = actualCell(grid, r, cols);
    const targetText = text(targetValue);
    const actualText = text(actualValue);
    const rawName = readText(grid, r, cols.level3 ?? cols.name);
    if (isBlank(targetValue) && isBlank(actualValue) && weight === null && score === null) {
      if (rawName) placeholders.push(r);
      continue;
    }
    // 指标2 / …… left in from the template, with nothing reported: not an indicator.
    if (isPlaceholderName(rawName) && isBlank(actualValue) && score === null) {
      placeholders.push(r);
      continue;
    }
    // A bare 0 means "no more than 0" (domain.md §2); parseTarget gives that for the text "0" only.
    const target = isBlank(targetValue) ? null : parseTarget(targetValue === 0 ? "0" : targetValue);
    const actual = isBlank(actualValue) ? null : parseActual(actualValue);
    const result = target?.ok && actual?.ok ? indicatorScore(target.value, actual.value, weight?.value ?? 1) : null;
    group1?.rows.push(r);
    group2?.rows.push(r);
    rows.push({
      row: r,
      level1,
      level2,
      name: stripNamePrefix(rawName) || l2 || level2,
      targetText,
      target,
      actual,
      actualText,
      weight,
      score,
      status: readText(grid, r, cols.status),
      explanation: explanationAt(grid, r, cols.explanation),
      result,
      targetCol: cols.target,
      actualCol: cols.indicatorActual,
      ...(cols.initialTarget === undefined ? {} : { initialTargetText: text(initialValue), initialTargetCol: cols.initialTarget }),
    });
  }
  const first = totals[0];
  const total = first ? { row: first.row, weight: first.weight, score: first.score, overall: first.overall, label: first.label } : null;
  return {
    kind: "indicators",
    headerRow: hit.row,
    columns: cols,
    rows,
    total,
    totals,
    headerRows: hit.dataRow > hit.row + 1 ? [hit.row, hit.row + 1] : [hit.row],
    firstDataRow: hit.dataRow,
    lastRow: endRow,
    headerCells: hit.cells,
    placeholders,
    explanationRow,
    labelWeights,
    ...statedWeightOf(hit.labelPoints ?? labelAbove(grid, hit.row)),
    grade,
  };
}

/** 绩效指标(90分) or 年度绩效目标1(40分) in the row just above a header: the block's stated weight. */
function labelAbove(grid: Grid, headerRow: number): LabelPoints | null {
  const r = headerRow - 1;
  if (r < grid.firstRow) return null;
  for (let c = grid.firstCol; c <= Math.min(grid.lastCol, grid.firstCol + 4); c++) {
    const t = readText(grid, r, c);
    if (t && !isTotalLabel(t)) {
      const p = weightInLabel(t);
      if (p !== null) return { points: p, row: r, col: c };
    }
  }
  return null;
}

function statedWeightOf(p: LabelPoints | null): Pick<IndicatorBlock, "statedWeight" | "statedWeightAt"> {
  return { statedWeight: p?.points ?? null, statedWeightAt: p ? { row: p.row, col: p.col } : null };
}

/** A grade stated on the sheet: a 等级 label with 优/良/中/差 beside it, or inline (自评等级：优). */
function findGrades(grid: Grid, blocks: Block[]): StatedGrade[] {
  const found: StatedGrade[] = [];
  const seen = new Set<string>();
  const add = (g: StatedGrade): void => {
    const k = `${g.row}:${g.col}`;
    if (!seen.has(k)) {
      seen.add(k);
      found.push(g);
    }
  };
  for (const b of blocks) {
    if (b.kind !== "indicators") continue;
    if (b.grade) add(b.grade);
    if (b.columns.grade === undefined) continue;
    for (let r = b.headerRow + 1; r <= grid.lastRow; r++) {
      const g = gradeWord(readText(grid, r, b.columns.grade));
      if (g) {
        add({ grade: g, row: r, col: b.columns.grade });
        break;
      }
    }
  }
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    for (let c = grid.firstCol; c <= Math.min(grid.lastCol, grid.firstCol + MAX_HEADER_COLS); c++) {
      const v = grid.raw(r, c);
      if (typeof v !== "string" || v.length > 16 || v.indexOf("等级") < 0) continue;
      const inline = /等级(?:为|是|[:：])\s*(优秀|良好|优|良|中等|中|合格|较差|差)/.exec(v);
      if (inline) {
        add({ grade: gradeWord(inline[1] as string) as string, row: r, col: c });
        continue;
      }
      if (!isGradeLabel(v)) continue;
      for (let k = c + 1; k <= Math.min(grid.lastCol, c + 6); k++) {
        if (grid.isMergedFollower(r, k)) continue;
        const g = gradeWord(readText(grid, r, k));
        if (g) {
          add({ grade: g, row: r, col: k });
          break;
        }
        if (!isBlank(grid.value(r, k))) break;
      }
    }
  }
  return found.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Grades stated in a block's rows or just below its end, for blocks that did not find one themselves. */
function attachGrades(blocks: Block[], grades: StatedGrade[]): void {
  blocks.forEach((b, i) => {
    if (b.kind !== "indicators" || b.grade) return;
    const from = b.total?.row ?? b.headerRow;
    const next = blocks.slice(i + 1).find((x) => x.headerRow > b.headerRow);
    const to = next ? next.headerRow - 1 : Number.MAX_SAFE_INTEGER;
    b.grade = grades.find((g) => g.row >= from && g.row <= to) ?? null;
  });
}

/**
 * Finds every block on a sheet by its header words, in order from the top, and reads its rows.
 * Inside a block, rows that carry numbers in the block's value columns are data, so the
 * header search costs nothing per data row and the pass stays linear.
 */
export function detectBlocks(grid: Grid, options: DetectOptions = {}): SheetModel {
  const hits: HeaderHit[] = [];
  const unread: UnreadBlock[] = [];
  let current: HeaderHit | null = null;
  let valueCols: number[] = [];
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    if (current && r < current.dataRow) continue;
    if (current && hasNumbers(grid, r, valueCols)) continue;
    const hit = readHeader(grid, r, options.map, unread);
    if (!hit) continue;
    hits.push(hit);
    current = hit;
    valueCols = hit.spec.valueRoles.map((role) => hit.columns[role]).filter((c): c is number => c !== undefined);
  }
  const blocks: Block[] = hits.map((hit, i) => {
    // A header that could not be read still ends the block above it: its rows are not that block's data.
    const nextUnread = unread.find((u) => u.row > hit.row)?.row ?? Number.MAX_SAFE_INTEGER;
    const end = Math.min(hits[i + 1]?.row ?? grid.lastRow + 1, nextUnread) - 1;
    return hit.kind === "amount" ? buildAmountBlock(grid, hit, end) : buildIndicatorBlock(grid, hit, end);
  });
  const grades = findGrades(grid, blocks);
  attachGrades(blocks, grades);
  // A header read as a block is not also unread; nor is one inside a block that was read.
  const covered = (row: number): boolean => blocks.some((b) => (b.headerRows ?? [b.headerRow]).includes(row));
  const missed = unread.filter((u) => !covered(u.row));
  return { blocks, grade: grades[0] ?? null, grades, unread: missed };
}

/** The numbers a rule needs when the sheet states none: a Num at a cell. */
export function numAt(value: number, row: number, col: number): Num {
  return { value, decimals: 0, row, col, unit: null, percent: false };
}
