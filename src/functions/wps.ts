/*
 * The JX custom functions for WPS 表格: the same cell logic as Excel's (cells.ts, over src/core),
 * keyed by the ids the JSDoc in functions.ts declares. The WPS build generates, from that same JSDoc,
 * WPS's functions.json (with the zh-CN texts of zh-cn.json) and the wps.AddCustomFunction("JX", id, …)
 * calls, as the wpsjs toolkit's functionsScanner does; it fails when an id here is missing.
 *
 * WPS hands a function scalars for single cells and literals, 2-D arrays for ranges; a result of one
 * cell goes back as a value, a larger one as rows (spilled where WPS spills). A failed single cell
 * throws, so WPS shows an error value; a failed cell inside a range shows its error code as text.
 */
import { problemMessage, resolveLang } from "../core/messages";
import { amountCell, elementwise, execRateCell, execScoreCell, gradeCell, indicatorScoreCell, isCellProblem, targetMetCell, type CellOut } from "./cells";

export type WpsFunction = (...args: unknown[]) => unknown;

/** Thrown for a one-cell result that failed: its name is the error code, its message in the UI language. */
export class WpsFunctionError extends Error {
  constructor(code: string, message: string) {
    super(message);
    this.name = code;
  }
}

function matrix(arg: unknown): unknown[][] | null {
  if (arg === undefined || arg === null) return null;
  if (!Array.isArray(arg)) return [[arg]];
  return arg.length > 0 && Array.isArray(arg[0]) ? (arg as unknown[][]) : [arg];
}

/** WPS's UI language, as the page sees it (WPS sets the page's language to its own). */
function uiLang(): ReturnType<typeof resolveLang> {
  return resolveLang(typeof navigator !== "undefined" ? navigator.language : undefined);
}

function toWps(cells: CellOut[][]): unknown {
  const first = cells[0]?.[0];
  if (cells.length === 1 && cells[0]?.length === 1 && first !== undefined) {
    if (isCellProblem(first)) throw new WpsFunctionError(first.excelError, first.problem.code === "error-value" ? first.excelError : problemMessage(first.problem, uiLang()));
    return first;
  }
  return cells.map((row) => row.map((v) => (isCellProblem(v) ? v.excelError : v)));
}

function wrap(cell: (...args: unknown[]) => CellOut, arity: number, optional: readonly number[] = []): WpsFunction {
  const fn = (...args: unknown[]): unknown => {
    const inputs = Array.from({ length: arity }, (_, i) => {
      const m = matrix(args[i]);
      // An omitted required argument is an empty cell; an omitted optional one is "not given".
      return m ?? (optional.includes(i) ? null : [[null]]);
    });
    return toWps(elementwise(inputs, cell));
  };
  Object.defineProperty(fn, "length", { value: arity });
  return fn;
}

/** By the ids of functions.ts's @customfunction tags. */
export const WPS_FUNCTIONS: Readonly<Record<string, WpsFunction>> = {
  EXECRATE: wrap(execRateCell as (...a: unknown[]) => CellOut, 2),
  INDICATORSCORE: wrap(indicatorScoreCell as (...a: unknown[]) => CellOut, 3),
  EXECSCORE: wrap(execScoreCell as (...a: unknown[]) => CellOut, 3, [2]),
  GRADE: wrap(gradeCell as (...a: unknown[]) => CellOut, 1),
  TARGETMET: wrap(targetMetCell as (...a: unknown[]) => CellOut, 2),
  AMOUNT: wrap(amountCell as (...a: unknown[]) => CellOut, 1),
};
