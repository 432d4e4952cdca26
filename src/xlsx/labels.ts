/**
 * Words the hosts show around the core's findings: severity names, the result sheet's headers and
 * why a file could not be read. Both dictionaries must have the same keys (tests/xlsx/labels.test.ts).
 */
import type { Lang, Severity } from "../core/types";

/** Why a workbook could not be read; see WorkbookInputError. */
export type InputErrorCode = "not-xlsx" | "legacy-xls" | "encrypted" | "corrupt" | "empty";

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
  },
};

export const XLSX_LABELS: Record<Lang, XlsxLabels> = { "zh-CN": zhCN, "en-US": enUS };

export function xlsxLabels(lang: Lang): XlsxLabels {
  return XLSX_LABELS[lang];
}
