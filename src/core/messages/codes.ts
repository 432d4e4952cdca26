import type { BlockAccount, RowReading } from "../layouts/explain";
import type { Role } from "../layouts/headers";
import type { ProblemCode } from "../parse/result";
import type { Grade } from "../scoring/scoring";
import type { Band, FindingCode, FindingParams, Lang, LayoutKind, RuleId, Severity } from "../types";
import type { NumberFormat } from "./format";

export { FINDING_CODES, type FindingCode } from "../findings";

export const PROBLEM_CODES: readonly ProblemCode[] = [
  "empty",
  "not-a-number",
  "bad-target",
  "bad-date",
  "no-budget",
  "unit-mismatch",
  "cannot-judge",
  "bad-weight",
  "bad-score",
  "shape-mismatch",
  "error-value",
];

/** A limit of the file reader that a file crossed. Messages take {limit} and {part}. */
export const LIMIT_ERROR_CODES = ["limit-part-size", "limit-total-size", "limit-ratio", "limit-cells", "limit-shared-strings", "limit-time"] as const;
export type LimitErrorCode = (typeof LIMIT_ERROR_CODES)[number];

/** Why a workbook could not be read at all (reported per file by the CLI and the web page). */
export const INPUT_ERROR_CODES = ["not-xlsx", "legacy-xls", "encrypted", "corrupt", "empty", "xlsb", "ods", "doctype", ...LIMIT_ERROR_CODES] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

/** Words of the results sheet, the CSV and the notes that hosts write. */
export interface ExportWords {
  /** Name of the sheet added to a workbook or a highlighted copy. */
  resultsSheet: string;
  headers: { file: string; sheet: string; cell: string; severity: string; rule: string; message: string; expected: string; actual: string };
  /** Shown in the results sheet when the audit found nothing. */
  noFindings: string;
  /** Line put between a cell's own note and the findings appended to it. */
  noteSeparator: string;
  /** Author of the notes the checker writes. */
  noteAuthor: string;
}

/**
 * Everything a host shows in words, for one language. Every record is keyed by a closed set of codes,
 * so a missing text is a compile error; tests/core/messages checks the two books entry by entry.
 */
export interface MessageBook {
  lang: Lang;
  findings: { [C in FindingCode]: (p: FindingParams[C], n: NumberFormat) => string };
  /** Rule titles, as in the panel's groups and the results sheet's 规则 column. */
  rules: Record<RuleId, string>;
  severity: Record<Severity, string>;
  band: Record<Band, string>;
  grade: Record<Grade, string>;
  layout: Record<LayoutKind, string>;
  /** The kinds of block a sheet may hold, as the account of what was recognised names them. */
  blocks: Record<BlockAccount["kind"], string>;
  /** How a row was read, in that account. */
  readings: Record<RowReading, string>;
  /** Column roles, as the account of what was recognised names them. */
  roles: Record<Role, string>;
  /** Why a cell's text could not be read (the custom functions' errors). */
  problems: Record<ProblemCode, (text: string, other: string) => string>;
  /** One line each; `{part}` is a part name (see parts), `{limit}` the limit crossed. */
  inputErrors: Record<InputErrorCode, string>;
  /** How a part of an .xlsx package is named in those lines. */
  parts: { sheet: string; sharedStrings: string; other: string; unknown: string };
  exports: ExportWords;
}
