/**
 * The custom functions' cell logic, without the CustomFunctions runtime: each argument is a matrix
 * (Excel passes ranges as 2-D arrays and scalars as 1×1), results are matrices of values or problems.
 */
import { parseQuantity, parseQuantityText } from "../core/parse/number";
import { fail, ok, textOf, type Problem, type Result } from "../core/parse/result";
import { parseActual, parseTarget } from "../core/parse/target";
import { executionRate, executionScore, grade, indicatorScore } from "../core/scoring/scoring";

export type CellOut = number | string | boolean | CellProblem;

/** A failed cell: the problem plus the Excel error it shows as. */
export interface CellProblem {
  problem: Problem;
  excelError: "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!" | "#REF!" | "#NAME?" | "#NULL!";
}

export function isCellProblem(v: unknown): v is CellProblem {
  return typeof v === "object" && v !== null && "excelError" in v;
}

type Arg = unknown;

const EXCEL_ERRORS = new Set(["#VALUE!", "#DIV/0!", "#N/A", "#NUM!", "#REF!", "#NAME?", "#NULL!"]);

/** An error handed in by Excel (an error cell inside a range) travels on unchanged. */
function incomingError(v: Arg): CellProblem | undefined {
  if (typeof v !== "object" || v === null || v instanceof Date) return undefined;
  const code = (v as { code?: unknown; error?: unknown }).code ?? (v as { error?: unknown }).error;
  if (typeof code !== "string") return undefined;
  const excelError = (EXCEL_ERRORS.has(code) ? code : "#VALUE!") as CellProblem["excelError"];
  return { problem: { code: "error-value", text: code }, excelError };
}

function toCell<T>(r: Result<T>, map: (v: T) => CellOut, divZero = false): CellOut {
  if (r.ok) return map(r.value);
  const excelError = divZero && r.problem.code === "no-budget" ? "#DIV/0!" : "#VALUE!";
  return { problem: r.problem, excelError };
}

/** Treats a scalar as a 1×1 matrix, so the same code serves cells and ranges. */
function asMatrix(a: Arg): Arg[][] {
  if (!Array.isArray(a)) return [[a]];
  const n = a.length;
  let i = 0;
  while (i < n && Array.isArray(a[i])) i++;
  if (i === n) return a as Arg[][]; // already rows of cells, as Excel passes ranges: no copy
  // A loop rather than map: map skips the holes of a sparse array, which would leave rows missing.
  const out: Arg[][] = new Array(n);
  for (let k = 0; k < n; k++) {
    const row: unknown = a[k];
    out[k] = Array.isArray(row) ? row : [row];
  }
  return out;
}

/** An error value handed in by Excel, or undefined for any other value (the common case, checked cheaply). */
function errorIn(v: Arg): CellProblem | undefined {
  return typeof v === "object" && v !== null ? incomingError(v) : undefined;
}

/**
 * Applies `f` cell by cell over same-shaped ranges; 1×1 arguments repeat across the others.
 * Ranges of different shapes give #VALUE! everywhere, with a message saying so.
 */
export function elementwise(args: Arg[], f: (...cells: Arg[]) => CellOut): CellOut[][] {
  const mats = args.map(asMatrix);
  let rows = 1;
  let cols = 1;
  for (const m of mats) {
    const r = m.length;
    const c = m[0]?.length ?? 0;
    if (r === 1 && c === 1) continue;
    if (rows === 1 && cols === 1) {
      rows = r;
      cols = c;
    } else if (r !== rows || c !== cols) {
      return [[{ problem: { code: "shape-mismatch" }, excelError: "#VALUE!" }]];
    }
  }
  const single = mats.map((m) => m.length === 1 && (m[0]?.length ?? 0) === 1);
  const out: CellOut[][] = new Array(rows);
  const n = mats.length;
  // Two and three arguments are the common calls; spelling them out avoids a spread call per cell,
  // and a one-column range (the usual spill) gets exact-size rows.
  if (n === 2 || n === 3) {
    const m0 = mats[0] as Arg[][];
    const m1 = mats[1] as Arg[][];
    const m2 = (mats[2] ?? [[undefined]]) as Arg[][];
    const s0 = single[0] === true;
    const s1 = single[1] === true;
    const s2 = n === 2 || single[2] === true;
    const at = (i: number, j: number): CellOut => {
      const a = (m0[s0 ? 0 : i] as Arg[])[s0 ? 0 : j];
      const b = (m1[s1 ? 0 : i] as Arg[])[s1 ? 0 : j];
      if (n === 2) return errorIn(a) ?? errorIn(b) ?? f(a, b);
      const c = (m2[s2 ? 0 : i] as Arg[])[s2 ? 0 : j];
      return errorIn(a) ?? errorIn(b) ?? errorIn(c) ?? f(a, b, c);
    };
    if (cols === 1) {
      for (let i = 0; i < rows; i++) out[i] = [at(i, 0)];
    } else {
      for (let i = 0; i < rows; i++) {
        const line: CellOut[] = new Array(cols);
        for (let j = 0; j < cols; j++) line[j] = at(i, j);
        out[i] = line;
      }
    }
    return out;
  }
  const cells: Arg[] = new Array(n);
  for (let i = 0; i < rows; i++) {
    const line: CellOut[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      let passed: CellProblem | undefined;
      for (let k = 0; k < n; k++) {
        const m = mats[k] as Arg[][];
        const v = single[k] ? (m[0] as Arg[])[0] : (m[i] as Arg[])[j];
        cells[k] = v;
        if (passed === undefined && typeof v === "object" && v !== null) passed = incomingError(v);
      }
      line[j] = passed ?? f(...cells);
    }
    out[i] = line;
  }
  return out;
}

function blank(v: Arg): boolean {
  return v === null || v === undefined || v === "";
}

/** EXECRATE for one cell pair. An empty actual counts as nothing spent, as in Excel arithmetic. */
export function execRateCell(budget: Arg, actual: Arg): CellOut {
  if (typeof budget === "number" && typeof actual === "number" && Number.isFinite(actual)) {
    // Fast path: plain numbers are by far the commonest call.
    const rate = actual / budget;
    // A zero budget, or one so small the rate overflows, has no rate.
    if (!Number.isFinite(rate) || !Number.isFinite(budget)) return { problem: { code: "no-budget" }, excelError: "#DIV/0!" };
    return rate;
  }
  const b = amount(budget, true);
  if (!b.ok) return toCell(b, () => 0, true);
  const a = blank(actual) ? ok({ value: 0, unit: null as string | null }) : amount(actual, false);
  if (!a.ok) return toCell(a, () => 0);
  if (a.value.unit !== null && b.value.unit !== null && a.value.unit !== b.value.unit) {
    return toCell(fail("unit-mismatch", textOf(budget), textOf(actual)), () => 0);
  }
  return toCell(executionRate(b.value.value, a.value.value), (v) => v, true);
}

function amount(v: Arg, isBudget: boolean): Result<{ value: number; unit: string | null }> {
  if (blank(v)) return isBudget ? fail("no-budget") : fail("empty");
  const q = parseQuantity(v);
  if (!q.ok) return q.problem.code === "empty" && isBudget ? fail("no-budget") : q;
  return ok({ value: q.value.value, unit: q.value.unit });
}

function weightOf(v: Arg, fallback?: number): Result<number> {
  if (typeof v === "number" && Number.isFinite(v)) return v < 0 ? fail("bad-weight", String(v)) : ok(v);
  if (blank(v)) return fallback !== undefined ? ok(fallback) : fail("bad-weight", "");
  const q = parseQuantity(typeof v === "string" ? v.replace(/分$/, "") : v);
  if (!q.ok || q.value.value < 0) return fail("bad-weight", textOf(v));
  return ok(q.value.value);
}

/** INDICATORSCORE for one cell triple: the score, or the ceiling of the band for qualitative targets. */
export function indicatorScoreCell(target: Arg, actual: Arg, weight: Arg): CellOut {
  const t = parseTarget(target);
  if (!t.ok) return valueError(t.problem.code === "empty" ? { code: "bad-target", text: "" } : t.problem);
  const a = parseActual(actual);
  if (!a.ok) return valueError(a.problem.code === "empty" ? { code: "not-a-number", text: "" } : a.problem);
  // A plain number is the usual weight; it skips the Result wrapper.
  let w: number;
  if (typeof weight === "number" && weight >= 0 && Number.isFinite(weight)) w = weight;
  else {
    const parsed = weightOf(weight);
    if (!parsed.ok) return valueError(parsed.problem);
    w = parsed.value;
  }
  const r = indicatorScore(t.value, a.value, w);
  return r.ok ? r.value.score : valueError(r.problem);
}

function valueError(problem: Problem): CellProblem {
  return { problem, excelError: "#VALUE!" };
}

/** EXECSCORE for one cell triple: weight × min(rate, 1); the weight defaults to 10. */
export function execScoreCell(budget: Arg, actual: Arg, weight: Arg): CellOut {
  const rate = execRateCell(budget, actual);
  if (typeof rate !== "number") return rate;
  const w = weightOf(weight, 10);
  if (!w.ok) return toCell(w, () => 0);
  return executionScore(rate, w.value);
}

/** GRADE for one cell: 优, 良, 中 or 差. */
export function gradeCell(score: Arg): CellOut {
  if (blank(score)) return { problem: { code: "bad-score", text: "" }, excelError: "#VALUE!" };
  const q = parseQuantity(typeof score === "string" ? score.replace(/分$/, "") : score);
  if (!q.ok) return { problem: { code: "bad-score", text: textOf(score) }, excelError: "#VALUE!" };
  return grade(q.value.value);
}

/** TARGETMET for one cell pair: TRUE when the actual meets the target, FALSE otherwise. */
export function targetMetCell(target: Arg, actual: Arg): CellOut {
  const t = parseTarget(target);
  if (!t.ok) return toCell(t.problem.code === "empty" ? fail("bad-target", "") : t, () => false);
  const a = parseActual(actual);
  if (!a.ok) return toCell(a.problem.code === "empty" ? fail("not-a-number", "") : a, () => false);
  return toCell(indicatorScore(t.value, a.value, 1), (r) => r.attainment === "met");
}

/** AMOUNT for one cell: the number inside text such as "1,465.45万元" or "７５.５４％". */
export function amountCell(text: Arg): CellOut {
  if (typeof text === "number") return text;
  if (typeof text !== "string" || text.trim() === "") return { problem: { code: "not-a-number", text: textOf(text ?? "") }, excelError: "#VALUE!" };
  return toCell(parseQuantityText(text), (q) => q.value);
}
