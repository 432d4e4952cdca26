/**
 * Everything the command line prints, in zh-CN and en-US. Both dictionaries have the same keys
 * (tests/cli/text.test.ts); `{name}` placeholders are filled by `fill`.
 */
import type { Lang, LayoutKind } from "../core/types";

export interface CliText {
  help: string;
  usageError: string;
  seeHelp: string;
  noCommand: string;
  unknownCommand: string;
  unknownOption: string;
  missingValue: string;
  badLang: string;
  badRate: string;
  rateOrder: string;
  noInputs: string;
  fileFailed: string;
  missing: string;
  notFileOrFolder: string;
  noXlsx: string;
  noXlsxOthers: string;
  outIsFile: string;
  summaryWithCopies: string;
  unreadable: string;
  sameAsInput: string;
  writeFailed: string;
  internal: string;
  fatal: string;
  sheetHeading: string;
  layout: Record<LayoutKind, string>;
  noFindings: string;
  wroteCopy: string;
  summary: string;
  progress: string;
  limitHint: string;
  badLimit: string;
  badJobs: string;
  badTolerance: string;
  badWeight: string;
}

const zhCN: CliText = {
  help: `jixiao {version} —— 预算绩效自评表审核工具

用法：
  jixiao audit <文件或文件夹>... [选项]
  jixiao report <自评表.xlsx> [--out 报告.docx] [--kind project|department] [--template 模板.docx]
  jixiao crosscheck <报告.docx|报告.txt> <自评表.xlsx> [--json] [--lang zh-CN|en-US]
  jixiao --help
  jixiao --version

审核 .xlsx 工作簿中的项目支出明细表、项目支出绩效自评表和绩效指标表：
执行率、合计、指标得分、未完成目标及其说明。文件夹会递归查找 .xlsx 文件。
report 由自评表起草自评报告（Word），crosscheck 核对已写好的报告中的数字与自评表是否一致。

选项：
  --json                输出一个 JSON 文档（标准输出不含其他内容）
  --lang zh-CN|en-US    输出语言（默认中文；LANG 或 LC_ALL 以 en 开头时为英文）
  --low-rate 0.6        执行率低于该值报“执行率偏低”（错误），0 < 值 ≤ 1，也可写 60%
  --explain-rate 0.9    执行率低于该值须有情况说明（警告），不小于 --low-rate
  --score-tolerance 0.01  评分容差：0.01（两位小数，默认）、0.1 或 1（地方按整数分评分时）
  --execution-weight 10   预算执行率分值，表上未写明时使用（默认 10 分）
  --out 文件夹          把标出问题的副本写入该文件夹；原文件不会被修改
  --jobs N              同时审核的文件数（每个文件一个工作线程），默认等于 CPU 核数
  --max-part-mb 200     单个部件（如工作表 XML）解压后的上限，单位 MB
  --max-total-mb 500    整个文件解压后的上限，单位 MB
  --max-ratio 250       部件压缩比的上限（大于 1 MB 的部件）
  --max-cells 5000000   整个工作簿的单元格数上限
  --max-shared-strings 2000000  共享字符串条数上限
  --max-seconds 60      每个文件的读取和审核时限，单位秒
  --no-color            不使用颜色（也可设置 NO_COLOR 环境变量）
  -h, --help            显示本帮助
  -V, --version         显示版本号

退出码：0 审核完成，无错误级问题；1 有错误级问题；2 有文件无法审核，或用法有误。`,
  usageError: "jixiao：{message}",
  seeHelp: "运行 jixiao --help 查看用法。",
  noCommand: "缺少命令，例如 jixiao audit 文件.xlsx",
  unknownCommand: "未知命令 “{command}”，可用的命令是 audit、report 和 crosscheck",
  unknownOption: "未知选项 {option}",
  missingValue: "选项 {option} 需要一个值",
  badLang: "--lang 只能是 zh-CN 或 en-US，而不是 “{value}”",
  badRate: "{option} 必须是大于 0 且不大于 1 的数（例如 0.6 或 60%），而不是 “{value}”",
  rateOrder: "--low-rate（{low}）不能大于 --explain-rate（{explain}）",
  noInputs: "请至少指定一个 .xlsx 文件或文件夹",
  fileFailed: "无法审核 {file}：{reason}",
  missing: "找不到该文件或文件夹。",
  notFileOrFolder: "这不是普通文件或文件夹。",
  noXlsx: "文件夹中没有 .xlsx 文件。",
  noXlsxOthers: "文件夹中没有 .xlsx 文件，但有 {count} 个其他格式的表格（.xls、.et、.ods 等）：请在 Excel 或 WPS 中另存为 .xlsx 后再审核。",
  outIsFile: "--out 须是一个文件夹，而 {path} 是文件。请指定一个文件夹（不存在时会自动创建）。",
  summaryWithCopies: "共审核 {audited} 个文件，{failed} 个无法审核，{copies} 个审核副本未能写入；错误 {errors} 条，警告 {warnings} 条，提示 {infos} 条。",
  unreadable: "无法读取（{detail}）。",
  sameAsInput: "审核副本会覆盖原文件，请用 --out 指定另一个文件夹。",
  writeFailed: "无法写入审核副本 {path}（{detail}）。",
  internal: "审核时出现内部错误（{detail}），请把该文件反馈给开发者。",
  fatal: "jixiao：内部错误（{detail}）",
  sheetHeading: "工作表「{sheet}」：{layout}",
  layout: {
    "line-items": "项目支出明细表",
    "self-evaluation": "项目支出绩效自评表",
    indicators: "绩效指标表",
    mixed: "多种表格",
    unrecognised: "未识别的表格布局，未审核",
    empty: "空工作表",
  },
  noFindings: "未发现问题",
  wroteCopy: "审核副本：{path}",
  summary: "共审核 {audited} 个文件，{failed} 个无法审核；错误 {errors} 条，警告 {warnings} 条，提示 {infos} 条。",
  progress: "[{index}/{total}] {file}",
  limitHint: "如确需审核，请用 {flag} 放宽。",
  badLimit: "{option} 必须是正数，而不是 “{value}”",
  badJobs: "--jobs 必须是 1 到 64 之间的整数，而不是 “{value}”",
  badTolerance: "{option} 只能是 0.01、0.1 或 1（两位小数、一位小数、整数分），而不是 “{value}”",
  badWeight: "{option} 必须是大于 0、不超过 100 的分值，而不是 “{value}”",
};

const enUS: CliText = {
  help: `jixiao {version} — budget performance self-evaluation checker

Usage:
  jixiao audit <file or folder>... [options]
  jixiao report <form.xlsx> [--out report.docx] [--kind project|department] [--template template.docx]
  jixiao crosscheck <report.docx|report.txt> <form.xlsx> [--json] [--lang zh-CN|en-US]
  jixiao --help
  jixiao --version

Audits line-item tables, project self-evaluation forms and indicator tables in .xlsx workbooks:
execution rates, totals, indicator scores, unmet targets and their explanations.
Folders are searched recursively for .xlsx files.
report drafts the 自评报告 (Word) from a form; crosscheck checks a written report's figures against the form.

Options:
  --json                print one JSON document (nothing else goes to stdout)
  --lang zh-CN|en-US    output language (default Chinese; English when LANG or LC_ALL starts with "en")
  --low-rate 0.6        execution below this is "low execution" (error); 0 < value ≤ 1, or e.g. 60%
  --explain-rate 0.9    execution below this needs an explanation (warning); not below --low-rate
  --score-tolerance 0.01  score tolerance: 0.01 (two decimals, default), 0.1, or 1 where scores are whole points
  --execution-weight 10   budget execution weight where the form states none (default 10 points)
  --out DIR             write a copy with the problems marked into DIR; inputs are never modified
  --jobs N              files audited at once (one worker thread each); default one per CPU core
  --max-part-mb 200     largest part (e.g. a sheet's XML) once inflated, in MB
  --max-total-mb 500    largest file once inflated, in MB
  --max-ratio 250       highest compression ratio of a part (parts above 1 MB)
  --max-cells 5000000   most cells in a workbook
  --max-shared-strings 2000000  most shared strings
  --max-seconds 60      time limit for reading and auditing one file, in seconds
  --no-color            no colours (so does the NO_COLOR environment variable)
  -h, --help            show this help
  -V, --version         show the version

Exit codes: 0 audited, no error-level findings; 1 error-level findings; 2 a file could not be audited, or bad usage.`,
  usageError: "jixiao: {message}",
  seeHelp: "Run jixiao --help for usage.",
  noCommand: "missing command, e.g. jixiao audit file.xlsx",
  unknownCommand: 'unknown command "{command}"; the commands are audit, report and crosscheck',
  unknownOption: "unknown option {option}",
  missingValue: "option {option} needs a value",
  badLang: '--lang must be zh-CN or en-US, not "{value}"',
  badRate: '{option} must be a number above 0 and at most 1 (e.g. 0.6 or 60%), not "{value}"',
  rateOrder: "--low-rate ({low}) must not be above --explain-rate ({explain})",
  noInputs: "give at least one .xlsx file or folder",
  fileFailed: "Cannot audit {file}: {reason}",
  missing: "no such file or folder.",
  notFileOrFolder: "this is not a regular file or folder.",
  noXlsx: "the folder holds no .xlsx files.",
  noXlsxOthers: "the folder holds no .xlsx files, but {count} spreadsheets in other formats (.xls, .et, .ods …): save them as .xlsx in Excel or WPS and audit those.",
  outIsFile: "--out must be a folder, but {path} is a file. Give a folder (it is created if missing).",
  summaryWithCopies: "Files audited: {audited}, could not be audited: {failed}, marked copies not written: {copies}. Errors: {errors}, warnings: {warnings}, infos: {infos}.",
  unreadable: "cannot read it ({detail}).",
  sameAsInput: "the marked copy would overwrite the input; give another folder with --out.",
  writeFailed: "cannot write the marked copy {path} ({detail}).",
  internal: "internal error while auditing ({detail}); please report it with this file.",
  fatal: "jixiao: internal error ({detail})",
  sheetHeading: 'Sheet "{sheet}": {layout}',
  layout: {
    "line-items": "line-item table",
    "self-evaluation": "project self-evaluation form",
    indicators: "indicator table",
    mixed: "several tables",
    unrecognised: "unrecognised layout, not audited",
    empty: "empty sheet",
  },
  noFindings: "no problems found",
  wroteCopy: "marked copy: {path}",
  summary: "Files audited: {audited}, could not be audited: {failed}. Errors: {errors}, warnings: {warnings}, infos: {infos}.",
  progress: "[{index}/{total}] {file}",
  limitHint: " If you do need to audit it, raise the limit with {flag}.",
  badLimit: '{option} must be a positive number, not "{value}"',
  badJobs: '--jobs must be a whole number from 1 to 64, not "{value}"',
  badTolerance: '{option} must be 0.01, 0.1 or 1 (two decimals, one decimal, whole points), not "{value}"',
  badWeight: '{option} must be a weight above 0 and at most 100 points, not "{value}"',
};

export const CLI_TEXT: Record<Lang, CliText> = { "zh-CN": zhCN, "en-US": enUS };

export function cliText(lang: Lang): CliText {
  return CLI_TEXT[lang];
}

/** Replaces `{name}` with params.name; unknown placeholders are left as they are. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}
