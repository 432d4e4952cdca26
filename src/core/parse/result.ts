/** Parse outcomes: parsers return these and never throw on bad data. */

export type ProblemCode =
  | "empty"
  | "not-a-number"
  | "bad-target"
  | "bad-date"
  | "no-budget"
  | "unit-mismatch"
  | "cannot-judge"
  | "bad-weight"
  | "bad-score"
  | "shape-mismatch"
  | "error-value";

/** Why a value could not be used: a code plus the offending text, for the message files. */
export interface Problem {
  code: ProblemCode;
  text?: string;
  /** Second text where a problem involves two values (a unit mismatch, say). */
  other?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(code: ProblemCode, text?: string, other?: string): Result<T> {
  const problem: Problem = { code };
  if (text !== undefined) problem.text = text;
  if (other !== undefined) problem.other = other;
  return { ok: false, problem };
}

/**
 * Any value as text for a problem message. Never throws: String() does for objects without a
 * prototype or with a non-function toString, and a cell value must not crash a parser.
 */
export function textOf(v: unknown): string {
  if (typeof v === "string") return v;
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
