import { a1, type Grid } from "./grid/grid";
import { detectBlocks } from "./layouts/detect";
import { findingMessage } from "./messages";
import { ALL_RULES, DEFAULT_RULE_IDS } from "./rules";
import type { AuditOptions, Finding, LayoutKind, RuleId, SheetReport } from "./types";
import type { SheetModel } from "./layouts/blocks";

export const DEFAULT_OPTIONS: AuditOptions = {
  lowRate: 0.6,
  explainRate: 0.9,
  exceedRatio: 1.3,
  rules: DEFAULT_RULE_IDS,
  lang: "zh-CN",
};

/** A stable identity for a finding, used to remember accepted (ignored) findings across audits. */
export function findingKey(f: Pick<Finding, "rule" | "sheet" | "cell" | "code">): string {
  return `${f.rule}|${f.sheet}|${f.cell}|${f.code}`;
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
 * Audits one sheet: recognises its blocks by header words, runs the chosen rules, and returns
 * plain findings with messages in `options.lang`. Reads the grid only; never throws for bad data.
 */
export function runAudit(grid: Grid, options: Partial<AuditOptions> = {}): SheetReport {
  const opts: AuditOptions = { ...DEFAULT_OPTIONS };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) (opts as unknown as Record<string, unknown>)[k] = v;
  const model = detectBlocks(grid);
  const wanted = new Set<RuleId>(opts.rules);
  const findings: Finding[] = [];
  const ctx = { grid, model, options: opts };
  for (const rule of ALL_RULES) {
    if (!wanted.has(rule.id)) continue;
    for (const raw of rule.check(ctx)) {
      const f: Finding = {
        rule: rule.id,
        severity: raw.severity ?? rule.defaultSeverity,
        sheet: grid.sheet,
        cell: a1(raw.row, raw.col),
        row: raw.row,
        column: raw.col,
        code: raw.code,
        params: raw.params,
        message: findingMessage(raw.code, raw.params, opts.lang),
      };
      if (raw.expected !== undefined) f.expected = raw.expected;
      if (raw.actual !== undefined) f.actual = raw.actual;
      if (opts.accepted?.has(findingKey(f))) continue;
      findings.push(f);
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
  return { sheet: grid.sheet, layout: layoutOf(model, grid), blocks, findings, stats };
}
