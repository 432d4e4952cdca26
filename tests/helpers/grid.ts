/**
 * Builds Grids for the engine tests from a compact description of a sheet, either directly or through
 * a real ExcelJS .xlsx round trip and the readGrids adapter, so both paths can be fed the same sheet.
 *
 *   const g = grid({
 *     at: "A3",                          // where rows[0][0] sits (default A1)
 *     rows: [["序号", "项目名称", "预算数", "执行数", "执行率"], [1, "甲", 100, 50, 0.5]],
 *     formats: { "E4": "0.00%", "C4:D4": "0.00" },   // sheet addresses or ranges
 *     merges: ["A1:E1"],
 *   });
 */
import * as ExcelJS from "exceljs";
import { a1, Grid, parseA1, type CellRange, type CellValue, type WorkbookFacts } from "../../src/core/grid/grid";
import { runAudit } from "../../src/core/audit";
import type { ColumnMap } from "../../src/core/layouts/detect";
import { renderFinding } from "../../src/core/messages";
import { DEFAULT_RULES, rulesById } from "../../src/core/rules";
import { quantityValue, type AuditSettings, type Finding, type Lang, type RuleId, type SheetReport } from "../../src/core/types";

/** What the engine tests set: thresholds, rule ids (default: the default rules) and accepted keys. */
export type TestOptions = Partial<AuditSettings> & { rules?: readonly RuleId[]; accepted?: ReadonlySet<string>; mapping?: ColumnMap };
import { readGrids } from "./exceljs-read";

export interface SheetSpec {
  sheet?: string;
  /** Row-major values; `rows[0][0]` is the cell at `at`. `undefined` and `null` leave a cell empty. */
  rows: (CellValue | undefined)[][];
  /** Sheet address of `rows[0][0]` (default `A1`). */
  at?: string;
  /** Number formats by sheet address (`E4`) or range (`E4:E43`). */
  formats?: Record<string, string>;
  /** Merged ranges as A1 text (`A1:G1`). */
  merges?: string[];
  /** Formulas by sheet address (`E5: "=D5/C5"`); the value in `rows` is the saved result (null: none saved). */
  formulas?: Record<string, string>;
  /** Hidden sheet rows and columns (1-based numbers). */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** What the host knows of the workbook (calculation mode, links). */
  workbook?: WorkbookFacts;
}

function cellAt(address: string): { row: number; col: number } {
  const p = parseA1(address);
  if (!p) throw new Error(`test helper: bad cell address ${address}`);
  return p;
}

/** `A1:G1` (or a single `A1`) as a CellRange. */
export function range(text: string): CellRange {
  const [from, to] = text.split(":");
  const a = cellAt(from as string);
  const b = to ? cellAt(to) : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function* cellsOf(r: CellRange): Generator<{ row: number; col: number }> {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield { row, col };
}

/** The same sheet as a Grid, with its origin at `at` (as Office.js gives a used range). */
export function grid(spec: SheetSpec): Grid {
  const origin = cellAt(spec.at ?? "A1");
  const rows: CellValue[][] = spec.rows.map((r) => r.map((v) => (v === undefined ? null : v)));
  let formats: (string | null)[][] | undefined;
  for (const [where, format] of Object.entries(spec.formats ?? {})) {
    formats ??= rows.map((r) => r.map(() => null));
    for (const { row, col } of cellsOf(range(where))) {
      const i = row - origin.row;
      const j = col - origin.col;
      if (i < 0 || j < 0) throw new Error(`test helper: format at ${a1(row, col)} is before the origin ${spec.at}`);
      while (formats.length <= i) formats.push([]);
      const line = formats[i] as (string | null)[];
      while (line.length <= j) line.push(null);
      line[j] = format;
    }
  }
  const init: ConstructorParameters<typeof Grid>[0] = {
    sheet: spec.sheet ?? "Sheet1",
    rows,
    merges: (spec.merges ?? []).map(range),
    origin,
  };
  if (formats) init.formats = formats;
  if (spec.formulas) {
    const formulas: (string | null)[][] = [];
    for (const [where, f] of Object.entries(spec.formulas)) {
      const { row, col } = cellAt(where);
      const i = row - origin.row;
      const j = col - origin.col;
      if (i < 0 || j < 0) throw new Error(`test helper: formula at ${where} is before the origin ${spec.at}`);
      while (formulas.length <= i) formulas.push([]);
      const line = formulas[i] as (string | null)[];
      while (line.length <= j) line.push(null);
      line[j] = f.startsWith("=") ? f : `=${f}`;
    }
    init.formulas = formulas;
  }
  if (spec.hiddenRows) init.hiddenRows = spec.hiddenRows;
  if (spec.hiddenCols) init.hiddenCols = spec.hiddenCols;
  if (spec.workbook) init.workbook = spec.workbook;
  return new Grid(init);
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.sheet ?? "Sheet1");
  const origin = cellAt(spec.at ?? "A1");
  spec.rows.forEach((line, i) => {
    line.forEach((v, j) => {
      if (v === null || v === undefined) return;
      ws.getCell(origin.row + i, origin.col + j).value = v as ExcelJS.CellValue;
    });
  });
  // A formula keeps the value in `rows` as its saved result (none when that cell is empty).
  for (const [where, f] of Object.entries(spec.formulas ?? {})) {
    const cell = ws.getCell(where);
    const result = cell.value;
    const formula = f.startsWith("=") ? f.slice(1) : f;
    cell.value = (result === null || result === undefined ? { formula } : { formula, result }) as ExcelJS.CellValue;
  }
  for (const [where, format] of Object.entries(spec.formats ?? {})) {
    for (const { row, col } of cellsOf(range(where))) ws.getCell(row, col).numFmt = format;
  }
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  for (const row of spec.hiddenRows ?? []) ws.getRow(row).hidden = true;
  for (const col of spec.hiddenCols ?? []) ws.getColumn(col).hidden = true;
}

/** The sheets as the bytes of a real .xlsx written by ExcelJS; unnamed sheets are Sheet1, Sheet2, … */
export async function workbookBytes(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  specs.forEach((s, i) => writeSheet(wb, { ...s, sheet: s.sheet ?? `Sheet${i + 1}` }));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sheets written to a real .xlsx with ExcelJS, loaded back, and converted by readGrids. */
export async function workbookGrids(specs: SheetSpec[]): Promise<Grid[]> {
  const buf = await workbookBytes(specs);
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.load(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  return readGrids(wb2);
}

export async function workbookGrid(spec: SheetSpec): Promise<Grid> {
  const [g] = await workbookGrids([spec]);
  if (!g) throw new Error("test helper: the workbook came back without a sheet");
  return g;
}

/** runAudit on a described sheet. */
export function audit(spec: SheetSpec | Grid, options: TestOptions = {}): SheetReport {
  const { rules, accepted, mapping, ...settings } = options;
  return runAudit(spec instanceof Grid ? spec : grid(spec), { rules: rules ? rulesById(rules) : DEFAULT_RULES, settings, ...(accepted ? { accepted } : {}), ...(mapping ? { mapping } : {}) });
}

/** The findings of one rule, running only that rule (plus nothing else). */
export function findingsOf(rule: RuleId, spec: SheetSpec | Grid, options: TestOptions = {}): Finding[] {
  return audit(spec, { ...options, rules: [rule] }).findings;
}

/** `cell code` pairs, the compact way to compare finding lists. */
export function cells(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.cell} ${f.code}`);
}

/** Findings of one rule in a report. */
export function byRule(report: SheetReport, rule: RuleId): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** Every rule id, default-on or not. */
export { RULE_IDS } from "../../src/core/types";

/** Shifts a spec by whole rows/columns: the same table placed elsewhere on the sheet. */
export function placedAt(spec: SheetSpec, at: string): SheetSpec {
  const from = cellAt(spec.at ?? "A1");
  const to = cellAt(at);
  const dr = to.row - from.row;
  const dc = to.col - from.col;
  const move = (address: string): string => {
    const p = cellAt(address);
    return a1(p.row + dr, p.col + dc);
  };
  const moveRange = (text: string): string => text.split(":").map(move).join(":");
  const formats: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec.formats ?? {})) formats[moveRange(k)] = v;
  return { ...spec, at, formats, merges: (spec.merges ?? []).map(moveRange) };
}

/** Moves a finding's A1 address by the same shift (for comparing findings of a moved table). */
export function shiftCell(address: string, rows: number, cols: number): string {
  const p = cellAt(address);
  return a1(p.row + rows, p.col + cols);
}

export interface Expected {
  cell: string;
  severity: "error" | "warning" | "info";
  code?: string;
  /** Texts (numbers, names) that both the zh-CN and the en-US message must contain. */
  mentions?: string[];
}

/**
 * Runs one rule in both languages and checks the finding at `expected.cell`: rule id, severity, address,
 * row and column, code, and that each message mentions the key numbers. Returns the zh-CN finding.
 */
export function expectFinding(rule: RuleId, spec: SheetSpec | Grid, expected: Expected, options: TestOptions = {}): Finding {
  const g = spec instanceof Grid ? spec : grid(spec);
  const found = findingsOf(rule, g, options).filter((f) => f.cell === expected.cell);
  expect(found).toHaveLength(1);
  const f = found[0] as Finding;
  const at = parseA1(expected.cell) as { row: number; col: number };
  expect(f).toMatchObject({ rule, severity: expected.severity, sheet: g.sheet, cell: expected.cell, row: at.row, column: at.col });
  if (expected.code) expect(f.code).toBe(expected.code);
  // The same data renders in both books, each in its own language and with the same figures.
  const zh = renderFinding(f, "zh-CN");
  const en = renderFinding(f, "en-US");
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(en).toMatch(/[a-z]{3,}/);
  for (const m of expected.mentions ?? []) {
    expect(zh).toContain(m);
    expect(en).toContain(m);
  }
  return f;
}

/** The same sheet with its origin at A1: the rows and columns before `at` are empty (as ExcelJS reads it). */
export function padded(spec: SheetSpec): SheetSpec {
  const o = cellAt(spec.at ?? "A1");
  const rows: (CellValue | undefined)[][] = [];
  for (let i = 1; i < o.row; i++) rows.push([]);
  for (const r of spec.rows) rows.push([...new Array<null>(o.col - 1).fill(null), ...r]);
  return { ...spec, at: "A1", rows };
}

/** A finding's expected and actual figures as plain numbers or text (what `--json` reports). */
export function figures(f: Finding | undefined): { expected: number | string | undefined; actual: number | string | undefined } {
  return { expected: f?.expected ? quantityValue(f.expected) : undefined, actual: f?.actual ? quantityValue(f.actual) : undefined };
}

/** A finding's message as a viewer in `lang` reads it. */
export function textOf(f: Finding | undefined, lang: Lang = "zh-CN"): string | undefined {
  return f ? renderFinding(f, lang) : undefined;
}

/**
 * A Grid as a reader of it sees it: every cell's value, number format and formula, the merges, the
 * hidden rows and columns, the column widths. For comparing Grids that came different ways (the page
 * rebuilds them from a worker's messages) without tying the test to how a Grid stores them.
 */
export function gridView(g: Grid): unknown {
  const cells: unknown[] = [];
  for (let r = g.firstRow; r <= g.lastRow; r++) {
    for (let c = g.firstCol; c <= g.lastCol; c++) {
      const v = g.raw(r, c);
      const f = g.format(r, c);
      const formula = g.formula(r, c);
      if (v !== null || f !== "General" || formula) cells.push([r, c, v instanceof Date ? `date:${v.toISOString()}` : v, f, formula ?? null]);
    }
  }
  const hiddenRows: number[] = [];
  for (let r = g.firstRow; r <= g.lastRow; r++) if (g.isRowHidden(r)) hiddenRows.push(r);
  const cols: unknown[] = [];
  for (let c = g.firstCol; c <= g.lastCol; c++) cols.push([c, g.isColHidden(c), g.columnWidth(c) ?? null]);
  return { sheet: g.sheet, firstRow: g.firstRow, firstCol: g.firstCol, lastRow: g.lastRow, lastCol: g.lastCol, merges: g.merges, visibility: g.visibility, hiddenRows, cols, cells };
}
