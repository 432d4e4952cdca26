/** What `jixiao report` and `jixiao crosscheck` print, in zh-CN and en-US (same keys, same placeholders). */
import type { Lang } from "../core/types";

export interface ReportCliText {
  badKind: string;
  reportInputs: string;
  crosscheckInputs: string;
  outIsInput: string;
  wroteReport: string;
  reportFailed: string;
  workbookFailed: string;
  noBlocks: string;
  templateFailed: string;
  reportInput: Record<"empty" | "not-docx" | "not-word" | "legacy-doc" | "encrypted" | "unreadable-text", string>;
  noClaims: string;
  crosscheckHeading: string;
  noReportFindings: string;
  crosscheckSummary: string;
  severity: Record<"error" | "warning" | "info", string>;
}

const zhCN: ReportCliText = {
  badKind: "--kind 只能是 project（项目）或 department（部门整体），而不是 “{value}”",
  reportInputs: "用法：jixiao report 自评表.xlsx [--out 报告.docx] [--kind project|department] [--template 模板.docx]",
  crosscheckInputs: "用法：jixiao crosscheck 报告.docx|报告.txt 自评表.xlsx [--json] [--lang zh-CN|en-US]",
  outIsInput: "输出文件 {path} 就是输入文件，请用 --out 另指定一个文件",
  wroteReport: "已生成自评报告草稿：{path}（{figures} 个数据取自自评表，{todos} 处待补充，{checks} 处请核对）",
  reportFailed: "无法读取报告 {file}：{reason}",
  workbookFailed: "无法读取自评表 {file}：{reason}",
  noBlocks: "工作簿中没有可识别的项目支出明细表、项目支出绩效自评表或绩效指标表，无法起草报告。",
  templateFailed: "无法使用模板 {file}：{reason}",
  reportInput: {
    empty: "文件是空的。",
    "not-docx": "这不是 Word 文档（.docx）。",
    "not-word": "这不是 Word 文档：文件能解压，但其中没有 Word 正文。",
    "legacy-doc": "这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再核对。",
    encrypted: "文档设有打开密码，请去掉密码后再核对。",
    "unreadable-text": "无法识别文本编码，请另存为 UTF-8 文本。",
  },
  noClaims: "报告 {file} 中没有找到可核对的数字（金额、执行率、得分、数量或等级），未核对。",
  crosscheckHeading: "报告 {report} 与自评表 {workbook} 核对结果：",
  noReportFindings: "未发现报告与自评表不一致之处",
  crosscheckSummary: "共核对 {claims} 处数字；错误 {errors} 条，警告 {warnings} 条，提示 {infos} 条。",
  severity: { error: "错误", warning: "警告", info: "提示" },
};

const enUS: ReportCliText = {
  badKind: '--kind must be project or department, not "{value}"',
  reportInputs: "usage: jixiao report FORM.xlsx [--out REPORT.docx] [--kind project|department] [--template T.docx]",
  crosscheckInputs: "usage: jixiao crosscheck REPORT.docx|REPORT.txt FORM.xlsx [--json] [--lang zh-CN|en-US]",
  outIsInput: "the output {path} is the input file; give another file with --out",
  wroteReport: "wrote the report draft {path} ({figures} figures from the form, {todos} places to fill in, {checks} to check)",
  reportFailed: "cannot read the report {file}: {reason}",
  workbookFailed: "cannot read the form {file}: {reason}",
  noBlocks: "the workbook holds no recognisable line-item table, self-evaluation form or indicator table to draft a report from.",
  templateFailed: "cannot use the template {file}: {reason}",
  reportInput: {
    empty: "the file is empty.",
    "not-docx": "this is not a Word document (.docx).",
    "not-word": "this is not a Word document: it unzips, but holds no Word body.",
    "legacy-doc": "this is a legacy Word document (.doc); save it as .docx in Word or WPS first.",
    encrypted: "the document is password-protected; remove the password first.",
    "unreadable-text": "cannot tell the text encoding; save it as UTF-8 text.",
  },
  noClaims: "found no figures to check (amounts, rates, scores, counts or grades) in the report {file}; nothing checked.",
  crosscheckHeading: "Report {report} checked against the form {workbook}:",
  noReportFindings: "the report agrees with the form",
  crosscheckSummary: "{claims} figures checked. Errors: {errors}, warnings: {warnings}, infos: {infos}.",
  severity: { error: "error", warning: "warning", info: "info" },
};

export const REPORT_CLI_TEXT: Record<Lang, ReportCliText> = { "zh-CN": zhCN, "en-US": enUS };
