/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands custom functions untyped cell values */
/*
 * Jixiao custom functions, namespace JX. Thin wrappers over src/core: each argument may be a number,
 * numeric text or a range; same-shaped ranges give a same-shaped spilled result, and a bad cell
 * shows its own error with a message in the user's language.
 * The metadata (dist/functions.json) is generated from the JSDoc below; zh-CN text is in zh-cn.json.
 * CustomFunctionsMetadataPlugin appends the CustomFunctions.associate() call for each function.
 */
import { problemMessage, resolveLang } from "../core/messages";
import type { Lang } from "../core/types";
import {
  amountCell,
  elementwise,
  execRateCell,
  execScoreCell,
  gradeCell,
  indicatorScoreCell,
  isCellProblem,
  targetMetCell,
  type CellOut,
} from "./cells";

// taskpane.html also loads this bundle outside Excel, where there is no CustomFunctions runtime: the
// associate() calls the metadata plugin appends below then register nothing instead of throwing.
if (typeof CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
}

/** Excel's error codes by the text of the error value; read when a function runs, never at load. */
function errorCode(text: string): CustomFunctions.ErrorCode {
  const codes: Record<string, CustomFunctions.ErrorCode> = {
    "#VALUE!": CustomFunctions.ErrorCode.invalidValue,
    "#DIV/0!": CustomFunctions.ErrorCode.divisionByZero,
    "#N/A": CustomFunctions.ErrorCode.notAvailable,
    "#NUM!": CustomFunctions.ErrorCode.invalidNumber,
    "#REF!": CustomFunctions.ErrorCode.invalidReference,
    "#NAME?": CustomFunctions.ErrorCode.invalidName,
    "#NULL!": CustomFunctions.ErrorCode.nullReference,
  };
  return codes[text] ?? CustomFunctions.ErrorCode.invalidValue;
}

/** Office's display language, read at call time (the runtime may start before Office is ready). */
function userLang(): Lang {
  try {
    return resolveLang(Office.context.displayLanguage);
  } catch {
    return "en-US";
  }
}

function toExcel(cells: CellOut[][]): any[][] {
  let lang: Lang | undefined;
  const matrix = cells as any[][];
  for (const row of matrix) {
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (isCellProblem(v)) {
        lang ??= userLang();
        const code = errorCode(v.excelError);
        // #N/A and friends from the input travel on as they came, without our message.
        row[j] = v.problem.code === "error-value" ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, problemMessage(v.problem, lang));
      }
    }
  }
  return matrix;
}

/**
 * Execution rate: actual spending ÷ full-year budget, as a fraction for a cell formatted as %.
 * @customfunction EXECRATE
 * @param budget Full-year (adjusted) budget: a number, numeric text such as 1,940 or 1940万元, or a range.
 * @param actual Actual spending for the year: a number, numeric text or a range the same size as budget.
 * @returns The execution rate; #DIV/0! when the budget is zero or empty.
 */
export function execRate(budget: any[][], actual: any[][]): any[][] {
  return toExcel(elementwise([budget, actual], execRateCell));
}

/**
 * Indicator score under the national rules: full weight when the target is met, otherwise in proportion; qualitative indicators return the ceiling of their band.
 * @customfunction INDICATORSCORE
 * @param target Target as written, such as ≥90%, 286座, ≤206.4万元, 0起, 2019年12月31日前 or 完成; or a range.
 * @param actual Actual value, such as 92%, 253座, 2019年12月20日 or 基本完成; or a range.
 * @param weight Points the indicator carries (分值); or a range.
 * @returns The score.
 */
export function indicatorScore(target: any[][], actual: any[][], weight: any[][]): any[][] {
  return toExcel(elementwise([target, actual, weight], indicatorScoreCell));
}

/**
 * Execution-rate score: weight × min(actual ÷ budget, 100%).
 * @customfunction EXECSCORE
 * @param budget Full-year (adjusted) budget, or a range.
 * @param actual Actual spending for the year, or a range.
 * @param [weight] Points the execution rate carries; 10 when omitted.
 * @returns The score.
 */
export function execScore(budget: any[][], actual: any[][], weight?: any[][]): any[][] {
  return toExcel(elementwise([budget, actual, weight ?? null], execScoreCell));
}

/**
 * Grade for a total score: 优 (≥90), 良 (80–<90), 中 (60–<80) or 差 (<60).
 * @customfunction GRADE
 * @param score Total score, or a range.
 * @returns 优, 良, 中 or 差.
 */
export function gradeOf(score: any[][]): any[][] {
  return toExcel(elementwise([score], gradeCell));
}

/**
 * Whether an actual value meets its target, by the same rules as INDICATORSCORE.
 * @customfunction TARGETMET
 * @param target Target as written, or a range.
 * @param actual Actual value, or a range.
 * @returns TRUE when the target is met, FALSE when it is not.
 */
export function targetMet(target: any[][], actual: any[][]): any[][] {
  return toExcel(elementwise([target, actual], targetMetCell));
}

/**
 * The number inside text such as 1,465.45, 1940万元, ７５.５４％ or 两期; percentages become fractions.
 * @customfunction AMOUNT
 * @param text Text holding a number, or a range.
 * @returns The number.
 */
export function amount(text: any[][]): any[][] {
  return toExcel(elementwise([text], amountCell));
}
