/**
 * Runs the evaluation as the CLI audits a file: each corpus case is written to a real .xlsx in a temp
 * folder, read back by the project's bounded reader (src/xlsx) and audited by runAudit with the default
 * rules and settings (plus the case's own settings and --map columns). The golden fixtures are read
 * in place from ../shared/fixtures the same way.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { inflateRawSync } from "zlib";
import { runAudit } from "../../src/core/audit";
import type { ColumnMap } from "../../src/core/layouts/detect";
import { DEFAULT_RULES } from "../../src/core/rules";
import type { AuditSettings, LayoutKind } from "../../src/core/types";
import { DEFAULT_LIMITS, isWorkbookInputError, readWorkbook } from "../../src/xlsx";
import { workbookBytes } from "../helpers/grid";
import { CORPUS } from "./corpus";
import { FIXTURE_CLAIMS, type FixtureClaims } from "./fixture-claims";
import { scoreCases, matches, type Score } from "./score";
import type { CaseResult, EvalCase, Expectation, Found } from "./types";

const nativeInflate = (data: Uint8Array, maxOutput: number): Uint8Array => inflateRawSync(data, { maxOutputLength: maxOutput });

/** Reads and audits one workbook's bytes the way `jixiao audit` does. */
export function auditBytes(bytes: Uint8Array, settings: Partial<AuditSettings> = {}, maps: Record<string, ColumnMap> = {}): CaseResult {
  let grids;
  try {
    grids = readWorkbook(bytes, DEFAULT_LIMITS, { nativeInflate }).grids;
  } catch (e) {
    return { findings: [], layouts: {}, error: isWorkbookInputError(e) ? `input error ${e.code}` : String(e) };
  }
  const findings: Found[] = [];
  const layouts: Record<string, LayoutKind> = {};
  for (const grid of grids) {
    const mapping = maps[grid.sheet];
    const report = runAudit(grid, { rules: DEFAULT_RULES, settings, ...(mapping ? { mapping } : {}) });
    layouts[grid.sheet] = report.layout;
    for (const f of report.findings) findings.push({ rule: f.rule, sheet: f.sheet, cell: f.cell, row: f.row, code: f.code, severity: f.severity });
  }
  return { findings, layouts };
}

/** Writes a case's workbook into `dir` and audits the file. */
export async function runCase(c: EvalCase, dir: string): Promise<CaseResult> {
  const file = path.join(dir, `${c.id}.xlsx`);
  await fs.writeFile(file, await workbookBytes(c.sheets));
  return auditBytes(new Uint8Array(await fs.readFile(file)), c.settings, c.maps);
}

export interface ClaimResult {
  fixture: string;
  kind: "must" | "must-not" | "layout";
  claim: string;
  held: boolean;
}

function describeClaim(e: Expectation): string {
  const where = e.cell ?? (e.row !== undefined ? `row ${e.row}` : "anywhere");
  return `${e.rule}${e.code ? ` (${e.code})` : ""} at ${e.sheet}!${where}${e.why ? ` — ${e.why}` : ""}`;
}

/** Each must and must-not of ../shared/fixtures/README.md, checked on the fixture as the CLI reads it. */
export async function checkFixture(f: FixtureClaims): Promise<ClaimResult[]> {
  const result = auditBytes(new Uint8Array(await fs.readFile(f.path())));
  if (result.error !== undefined) return [{ fixture: f.file, kind: "must", claim: `the workbook reads (${result.error})`, held: false }];
  const out: ClaimResult[] = [];
  for (const [sheet, layout] of Object.entries(f.layouts)) out.push({ fixture: f.file, kind: "layout", claim: `${sheet} is read as ${layout}`, held: result.layouts[sheet] === layout });
  for (const e of f.must) out.push({ fixture: f.file, kind: "must", claim: describeClaim(e), held: result.findings.some((x) => matches(x, e, "")) });
  for (const e of f.mustNot) out.push({ fixture: f.file, kind: "must-not", claim: describeClaim(e), held: !result.findings.some((x) => matches(x, e, "")) });
  return out;
}

export interface EvalRun {
  score: Score;
  cases: number;
  fixtures: ClaimResult[];
}

/** The whole evaluation in-process: the corpus scored, and the fixture claims checked. */
export async function runEval(corpus: readonly EvalCase[] = CORPUS): Promise<EvalRun> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-eval-"));
  try {
    const runs = [];
    for (const c of corpus) runs.push({ case: c, result: await runCase(c, dir) });
    const fixtures: ClaimResult[] = [];
    for (const f of FIXTURE_CLAIMS) fixtures.push(...(await checkFixture(f)));
    return { score: scoreCases(runs), cases: corpus.length, fixtures };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
