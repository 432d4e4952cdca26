/** Turns audit results into the CLI's text report or its JSON document. Pure: no I/O. */
import { inputErrorMessage, renderFinding, renderQuantity, messages, type InputErrorCode, type LimitErrorCode } from "../core/messages";
import { quantityValue, type Finding, type Lang, type Severity, type SheetReport } from "../core/types";
import type { InputFailureCode } from "./files";
import { cliText, fill } from "./text";

export type FailureCode = InputErrorCode | InputFailureCode | "same-as-input" | "write-failed" | "internal";

export interface FileFailure {
  code: FailureCode;
  /** The reason in the run's language, e.g. `这是旧版 .xls 文件，…`. */
  message: string;
}

/** One input of an audit run: audited sheets, or why it could not be audited (or its copy not written). */
export interface FileResult {
  file: string;
  error: FileFailure | null;
  sheets: SheetReport[];
  /** Where the marked copy was written (with --out). */
  output?: string;
  /** With --explain: the account of what was recognised, instead of findings. */
  explained?: string;
}

export interface Counts {
  audited: number;
  /** Files that could not be audited at all. */
  failed: number;
  /** Files audited whose marked copy (--out) could not be written. */
  copiesNotWritten: number;
  errors: number;
  warnings: number;
  infos: number;
}

const ANSI: Record<"red" | "yellow" | "cyan" | "bold" | "dim", string> = {
  red: "\u001b[31m",
  yellow: "\u001b[33m",
  cyan: "\u001b[36m",
  bold: "\u001b[1m",
  dim: "\u001b[2m",
};
const RESET = "\u001b[0m";
const SEVERITY_COLOUR: Record<Severity, keyof typeof ANSI> = { error: "red", warning: "yellow", info: "cyan" };

function paint(text: string, colour: keyof typeof ANSI, on: boolean): string {
  return on ? `${ANSI[colour]}${text}${RESET}` : text;
}

/** The reason a file could not be audited, in the run's language. */
/** The flag that raises each limit. */
export const LIMIT_FLAG: Record<LimitErrorCode, string> = {
  "limit-part-size": "--max-part-mb",
  "limit-total-size": "--max-total-mb",
  "limit-ratio": "--max-ratio",
  "limit-cells": "--max-cells",
  "limit-shared-strings": "--max-shared-strings",
  "limit-time": "--max-seconds",
};

export function failureReason(code: FailureCode, lang: Lang, params: { detail?: string; path?: string; limit?: number; part?: string } = {}): string {
  const t = cliText(lang);
  const detail = params.detail ?? "";
  switch (code) {
    case "not-xlsx":
    case "legacy-xls":
    case "encrypted":
    case "corrupt":
    case "empty":
    case "xlsb":
    case "ods":
    case "doctype":
      return inputErrorMessage(code, lang, params);
    case "limit-part-size":
    case "limit-total-size":
    case "limit-ratio":
    case "limit-cells":
    case "limit-shared-strings":
    case "limit-time":
      return `${inputErrorMessage(code, lang, params)}${fill(t.limitHint, { flag: LIMIT_FLAG[code] })}`;
    case "missing":
      return t.missing;
    case "not-file-or-folder":
      return t.notFileOrFolder;
    case "no-xlsx":
      return detail ? fill(t.noXlsxOthers, { count: detail }) : t.noXlsx;
    case "unreadable":
      return fill(t.unreadable, { detail });
    case "same-as-input":
      return t.sameAsInput;
    case "write-failed":
      return fill(t.writeFailed, { detail, path: params.path ?? "" });
    case "internal":
      return fill(t.internal, { detail });
  }
}

/** The one stderr line for a file that could not be audited. */
export function failureLine(file: string, reason: string, lang: Lang): string {
  return fill(cliText(lang).fileFailed, { file, reason: oneLine(reason) });
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

/** Text report of one audited file: its name, then per sheet its layout and one line per finding. */
export function renderFileReport(result: FileResult, lang: Lang, colour: boolean): string {
  const t = cliText(lang);
  const severity = messages(lang).severity;
  const labelWidth = Math.max(...Object.values(severity).map(displayWidth));
  const lines = [paint(result.file, "bold", colour)];
  for (const sheet of result.sheets) {
    lines.push(`  ${fill(t.sheetHeading, { sheet: sheet.sheet, layout: t.layout[sheet.layout] })}`);
    if (sheet.layout === "unrecognised" || sheet.layout === "empty") continue;
    if (sheet.findings.length === 0) {
      lines.push(`    ${paint(t.noFindings, "dim", colour)}`);
      continue;
    }
    const cellWidth = Math.max(...sheet.findings.map((f) => f.cell.length));
    for (const f of sheet.findings) {
      const label = padEnd(severity[f.severity], labelWidth);
      lines.push(`    ${paint(label, SEVERITY_COLOUR[f.severity], colour)}  ${f.cell.padEnd(cellWidth)}  ${oneLine(renderFinding(f, lang))}`);
    }
  }
  if (result.output) lines.push(`  ${fill(t.wroteCopy, { path: result.output })}`);
  return lines.join("\n") + "\n";
}

/** Failures that leave the file audited: only its marked copy could not be written. */
const COPY_FAILURES: ReadonlySet<FailureCode> = new Set<FailureCode>(["write-failed", "same-as-input"]);

export function countResults(results: readonly FileResult[]): Counts {
  const counts: Counts = { audited: 0, failed: 0, copiesNotWritten: 0, errors: 0, warnings: 0, infos: 0 };
  for (const r of results) {
    const copyOnly = r.error !== null && COPY_FAILURES.has(r.error.code) && r.sheets.length > 0;
    if (copyOnly) counts.copiesNotWritten++;
    else if (r.error) counts.failed++;
    if (r.sheets.length > 0 || !r.error) counts.audited++;
    for (const s of r.sheets) {
      for (const f of s.findings) {
        if (f.severity === "error") counts.errors++;
        else if (f.severity === "warning") counts.warnings++;
        else counts.infos++;
      }
    }
  }
  return counts;
}

export function renderSummary(counts: Counts, lang: Lang, colour: boolean): string {
  const n = (value: number, c: keyof typeof ANSI): string => (value > 0 ? paint(String(value), c, colour) : String(value));
  const t = cliText(lang);
  const values = {
    audited: counts.audited,
    failed: n(counts.failed, "red"),
    copies: n(counts.copiesNotWritten, "red"),
    errors: n(counts.errors, "red"),
    warnings: n(counts.warnings, "yellow"),
    infos: n(counts.infos, "cyan"),
  };
  return fill(counts.copiesNotWritten > 0 ? t.summaryWithCopies : t.summary, values) + "\n";
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  row: number;
  column: number;
  expected: number | string | null;
  actual: number | string | null;
  code: string;
  params: Finding["params"];
  /** Only with --lang: the finding and its figures as text, in that language. */
  message?: string;
  expectedText?: string;
  actualText?: string;
}

export interface JsonReport {
  version: 1;
  files: {
    file: string;
    error: string | null;
    errorCode: FailureCode | null;
    output?: string;
    sheets: { sheet: string; layout: string; findings: JsonFinding[] }[];
  }[];
}

/**
 * The `--json` document: stable rule ids, codes and typed parameters. Field order is fixed so diffs
 * between runs stay readable; `textLang` (--lang) adds each finding's text in that language.
 */
export function toJsonReport(results: readonly FileResult[], textLang?: Lang): JsonReport {
  return {
    version: 1,
    files: results.map((r) => ({
      file: r.file,
      error: r.error ? r.error.message : null,
      errorCode: r.error ? r.error.code : null,
      ...(r.output ? { output: r.output } : {}),
      sheets: r.sheets.map((s) => ({
        sheet: s.sheet,
        layout: s.layout,
        findings: s.findings.map((f) => jsonFinding(f, textLang)),
      })),
    })),
  };
}

/**
 * Text handed to `write` at a time by writeJsonReport: 32 K characters, at most 64 KB as a string, so each
 * piece is made and dropped in V8's young generation. Pieces of a megabyte went to the large-object
 * space, where they stayed until the next full collection: 8 MB more at the end of a 50,000-row audit.
 */
export const JSON_PIECE = 1 << 15;

/**
 * The compact `--json` document, exactly `JSON.stringify(toJsonReport(results, textLang)) + "\n"`,
 * written in pieces of JSON_PIECE characters, one finding at a time: a 50,000-row workbook's 23,000 findings never
 * exist a second time as JSON objects, nor as one 5 MB string.
 */
export function writeJsonReport(results: readonly FileResult[], textLang: Lang | undefined, write: (text: string) => void): void {
  let buf = '{"version":1,"files":[';
  // An object written with an empty last array, that array left open: `{"a":1,"sheets":[`.
  const open = (head: object): string => JSON.stringify(head).slice(0, -2);
  const spill = (): void => {
    if (buf.length < JSON_PIECE) return;
    write(buf);
    buf = "";
  };
  results.forEach((r, i) => {
    if (i > 0) buf += ",";
    buf += open({ file: r.file, error: r.error ? r.error.message : null, errorCode: r.error ? r.error.code : null, ...(r.output ? { output: r.output } : {}), sheets: [] });
    r.sheets.forEach((s, j) => {
      if (j > 0) buf += ",";
      buf += open({ sheet: s.sheet, layout: s.layout, findings: [] });
      s.findings.forEach((f, k) => {
        if (k > 0) buf += ",";
        buf += JSON.stringify(jsonFinding(f, textLang));
        spill();
      });
      buf += "]}";
    });
    buf += "]}";
    spill();
  });
  write(buf + "]}\n");
}

function jsonFinding(f: Finding, textLang: Lang | undefined): JsonFinding {
  const out: JsonFinding = {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    column: f.column,
    expected: f.expected ? quantityValue(f.expected) : null,
    actual: f.actual ? quantityValue(f.actual) : null,
    code: f.code,
    params: f.params,
  };
  if (textLang) {
    out.message = renderFinding(f, textLang);
    if (f.expected) out.expectedText = renderQuantity(f.expected, textLang);
    if (f.actual) out.actualText = renderQuantity(f.actual, textLang);
  }
  return out;
}

/** Terminal columns of a label: CJK characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
