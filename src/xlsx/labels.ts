/**
 * Words the hosts show around the core's findings: severity names, the result sheet's headers and
 * why a file could not be read. Both dictionaries must have the same keys (tests/xlsx/labels.test.ts).
 */
import type { Lang, Severity } from "../core/types";

/** Why a workbook could not be read; see WorkbookInputError. */
export type InputErrorCode =
  | "not-xlsx"
  | "legacy-xls"
  | "encrypted"
  | "corrupt"
  | "empty"
  | "xlsb"
  | "ods"
  | "doctype"
  | LimitErrorCode;

/** A limit of the reader that a file crossed; see ReadLimits. Messages take {limit} and {part}. */
export type LimitErrorCode = "limit-part-size" | "limit-total-size" | "limit-ratio" | "limit-cells" | "limit-shared-strings" | "limit-time";

export const LIMIT_ERROR_CODES: readonly LimitErrorCode[] = ["limit-part-size", "limit-total-size", "limit-ratio", "limit-cells", "limit-shared-strings", "limit-time"];

export function isLimitErrorCode(code: string): code is LimitErrorCode {
  return (LIMIT_ERROR_CODES as readonly string[]).includes(code);
}

export interface XlsxLabels {
  severity: Record<Severity, string>;
  /** Name of the sheet added to the highlighted copy. */
  resultsSheet: string;
  headers: {
    sheet: string;
    cell: string;
    severity: string;
    rule: string;
    message: string;
    expected: string;
    actual: string;
  };
  /** Shown in the result sheet when the audit found nothing. */
  noFindings: string;
  /** Line put between a cell's own note and the findings appended to it. */
  noteSeparator: string;
  inputError: Record<InputErrorCode, string>;
}

const zhCN: XlsxLabels = {
  severity: { error: "错误", warning: "警告", info: "提示" },
  resultsSheet: "审核结果",
  headers: {
    sheet: "工作表",
    cell: "单元格",
    severity: "严重程度",
    rule: "规则",
    message: "信息",
    expected: "期望值",
    actual: "实际值",
  },
  noFindings: "未发现问题。",
  noteSeparator: "──── 绩效审核 ────",
  inputError: {
    "not-xlsx": "这不是 Excel .xlsx 文件。",
    "legacy-xls": "这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再审核。",
    encrypted: "文件设有打开密码，请在 Excel 或 WPS 中取消密码并保存后再审核。",
    corrupt: "文件已损坏，或不是有效的 .xlsx 文件，无法读取。",
    empty: "文件是空的（0 字节）。",
    xlsb: "这是 .xlsb 二进制工作簿，请在 Excel 或 WPS 中另存为 .xlsx 后再审核。",
    ods: "这是 OpenDocument 表格（.ods），请在 WPS 或 LibreOffice 中另存为 .xlsx 后再审核。",
    doctype: "文件中的 {part} 含有 DOCTYPE 声明（可能借实体扩展或外部实体读取本机文件），已拒绝读取。Excel 和 WPS 保存的文件不会有这种声明。",
    "limit-part-size": "{part} 解压后超过 {limit} MB，可能是压缩炸弹，已拒绝读取。",
    "limit-total-size": "文件解压后总计超过 {limit} MB，可能是压缩炸弹，已拒绝读取。",
    "limit-ratio": "{part} 的压缩比超过 {limit} 倍，可能是压缩炸弹，已拒绝读取。",
    "limit-cells": "工作簿的单元格超过 {limit} 个，已停止读取。",
    "limit-shared-strings": "共享字符串表超过 {limit} 条，已停止读取。",
    "limit-time": "读取超过 {limit} 秒仍未完成，已停止。",
  },
};

const enUS: XlsxLabels = {
  severity: { error: "error", warning: "warning", info: "info" },
  resultsSheet: "Audit results",
  headers: {
    sheet: "Sheet",
    cell: "Cell",
    severity: "Severity",
    rule: "Rule",
    message: "Message",
    expected: "Expected",
    actual: "Actual",
  },
  noFindings: "No problems found.",
  noteSeparator: "──── Jixiao audit ────",
  inputError: {
    "not-xlsx": "this is not an Excel .xlsx file.",
    "legacy-xls": "this is a legacy .xls file; save it as .xlsx in Excel or WPS and audit that.",
    encrypted: "the file is password-protected; remove the password in Excel or WPS, save it, and audit it again.",
    corrupt: "the file is damaged or is not a valid .xlsx file.",
    empty: "the file is empty (0 bytes).",
    xlsb: "this is an .xlsb binary workbook; save it as .xlsx in Excel or WPS and audit that.",
    ods: "this is an OpenDocument spreadsheet (.ods); save it as .xlsx in WPS or LibreOffice and audit that.",
    doctype: "{part} declares a DOCTYPE (a way to expand entities or read local files), so the file was refused. Files saved by Excel or WPS never have one.",
    "limit-part-size": "{part} inflates to more than {limit} MB, which looks like a zip bomb; the file was refused.",
    "limit-total-size": "the file inflates to more than {limit} MB in total, which looks like a zip bomb; the file was refused.",
    "limit-ratio": "{part} is compressed more than {limit} to 1, which looks like a zip bomb; the file was refused.",
    "limit-cells": "the workbook has more than {limit} cells; reading stopped.",
    "limit-shared-strings": "the shared-string table has more than {limit} entries; reading stopped.",
    "limit-time": "reading took longer than {limit} seconds; stopped.",
  },
};

export const XLSX_LABELS: Record<Lang, XlsxLabels> = { "zh-CN": zhCN, "en-US": enUS };

export function xlsxLabels(lang: Lang): XlsxLabels {
  return XLSX_LABELS[lang];
}

/** A zip entry named for a reader: "工作表 XML（xl/worksheets/sheet1.xml）". */
export function describePart(part: string | undefined, lang: Lang): string {
  if (!part) return lang === "zh-CN" ? "文件中的一个部件" : "a part of the file";
  const zh = lang === "zh-CN";
  if (/worksheets\/[^/]+\.xml$/i.test(part)) return zh ? `工作表 XML（${part}）` : `the sheet XML (${part})`;
  if (/sharedStrings\.xml$/i.test(part)) return zh ? `共享字符串表（${part}）` : `the shared-string table (${part})`;
  return zh ? `部件 ${part}` : `the part ${part}`;
}

/** The one-line reason for an input error, its {limit} and {part} filled in. */
export function inputErrorMessage(code: InputErrorCode, lang: Lang, params: { limit?: number; part?: string } = {}): string {
  const template = xlsxLabels(lang).inputError[code];
  const text = template
    .replace(/\{part\}/g, describePart(params.part, lang))
    .replace(/\{limit\}/g, params.limit === undefined ? "?" : String(Math.round(params.limit * 100) / 100));
  // An English sentence that starts with the part name starts with a capital in the middle of a line anyway.
  return text;
}
