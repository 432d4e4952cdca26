import { computeMissing } from "./formula/computed";
import { a1, type Grid } from "./grid/grid";
import { detectBlocks, type ColumnMap } from "./layouts/detect";
import type { SheetModel } from "./layouts/blocks";
import { explainModel } from "./layouts/explain";
import type { Rule } from "./rules/rule";
import { DEFAULT_AUDIT_SETTINGS, type AuditSettings, type Finding, type LayoutKind, type SheetReport } from "./types";

export interface AuditOptions {
  /** The rules to run, in report order: `DEFAULT_RULES` from core/rules, or a selection (`rulesById`). */
  rules: readonly Rule[];
  /** Thresholds; anything left out takes its default. */
  settings?: Partial<AuditSettings>;
  /** Findings to leave out, by key (see findingKey and legacyFindingKey). */
  accepted?: ReadonlySet<string>;
  /** Column roles the user assigned to this sheet (--map, the pane's role picker); they win over header words. */
  mapping?: ColumnMap;
}

/**
 * A stable identity for a finding, used to remember accepted (ignored) findings across audits and
 * languages: the rule, the cell, the code and the figures that make up the problem, so a changed
 * figure at the same cell is a new problem rather than one already accepted.
 */
export function findingKey(f: Finding): string {
  const figures = [f.expected, f.actual].map((q) => (q === undefined ? "" : q.kind === "text" ? q.text : String(q.value)));
  return `${legacyFindingKey(f)}|${figures.join("|")}`;
}

/** The key of earlier versions (rule, sheet, cell, code): workbooks saved by them keep their accepted findings. */
export function legacyFindingKey(f: Pick<Finding, "rule" | "sheet" | "cell" | "code">): string {
  return `${f.rule}|${f.sheet}|${f.cell}|${f.code}`;
}

export function isAccepted(f: Finding, accepted: ReadonlySet<string> | undefined): boolean {
  return accepted !== undefined && accepted.size > 0 && (accepted.has(findingKey(f)) || accepted.has(legacyFindingKey(f)));
}

function layoutOf(model: SheetModel, grid: Grid): LayoutKind {
  const kinds = new Set(model.blocks.map((b) => b.kind));
  if (kinds.size === 0) return hasContent(grid) ? "unrecognised" : "empty";
  if (kinds.has("funds") && kinds.has("indicators")) return kinds.has("line-items") ? "mixed" : "self-evaluation";
  if (kinds.size > 1) return "mixed";
  if (kinds.has("indicators")) return "indicators";
  return kinds.has("funds") ? "self-evaluation" : "line-items";
}

function hasContent(grid: Grid): boolean {
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    for (let c = grid.firstCol; c <= grid.lastCol; c++) {
      const v = grid.raw(r, c);
      if (v !== null && v !== "") return true;
    }
  }
  return false;
}

/**
 * A rule's raw finding as a Finding: its fields but row and col, in their order, then rule, severity, sheet,
 * cell, row and column. Copied by hand: object rest and spread take ~10 µs a finding in V8, most of a large audit.
 */
function findingOf(raw: ReturnType<Rule["check"]> extends Iterable<infer R> ? R : never, rule: Rule, sheet: string): Finding {
  const f: Record<string, unknown> = {};
  for (const k of Object.keys(raw)) if (k !== "row" && k !== "col") f[k] = (raw as unknown as Record<string, unknown>)[k];
  f.rule = rule.id;
  f.severity = raw.severity ?? rule.defaultSeverity;
  f.sheet = sheet;
  f.cell = a1(raw.row, raw.col);
  f.row = raw.row;
  f.column = raw.col;
  return f as unknown as Finding;
}

/**
 * Audits one sheet: recognises its blocks by header words, runs the given rules, and returns plain
 * findings (codes and typed parameters, no text). Reads the grid only; never throws for bad data.
 */
export function runAudit(grid: Grid, options: AuditOptions): SheetReport {
  const settings: AuditSettings = { ...DEFAULT_AUDIT_SETTINGS };
  for (const [k, v] of Object.entries(options.settings ?? {})) if (v !== undefined) (settings as unknown as Record<string, unknown>)[k] = v;
  // Formulas saved without results get a computed value first, so every rule reads the same figures.
  const evaluation = computeMissing(grid);
  const model = detectBlocks(evaluation.grid, options.mapping ? { map: options.mapping } : {});
  const findings: Finding[] = [];
  const ctx = { grid: evaluation.grid, model, settings, evaluation };
  for (const rule of options.rules) {
    for (const raw of rule.check(ctx)) {
      const f = findingOf(raw, rule, grid.sheet);
      if (!isAccepted(f, options.accepted)) findings.push(f);
    }
  }
  findings.sort((x, y) => x.row - y.row || x.column - y.column);
  const stats = { rowsScanned: grid.rowCount, errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") stats.errors++;
    else if (f.severity === "warning") stats.warnings++;
    else stats.infos++;
  }
  const blocks = model.blocks.map((b) => ({
    kind: b.kind,
    headerRow: b.headerRow,
    lastRow: b.rows.length > 0 ? (b.rows[b.rows.length - 1] as { row: number }).row : b.headerRow,
    rows: b.rows.length,
  }));
  return { sheet: grid.sheet, layout: layoutOf(model, grid), blocks, findings, stats, account: explainModel(evaluation.grid, model) };
}
