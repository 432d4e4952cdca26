/**
 * Task pane text in both UI languages. The `UiText` type makes both dictionaries carry the same keys.
 * `{name}` marks a value filled in by `fill`. Severity and layout words come from the core's message books.
 */
import { messages, ruleTitle } from "../core/messages";
import { capitalise } from "../host";
import type { LayoutKind, Lang, RuleId, Severity } from "../core/types";

const enUS = {
  title: "Jixiao",
  subtitle: "Budget performance self-evaluation checker",
  formulasHint: "You can also type =JX. in a cell to use the formulas, e.g. =JX.EXECRATE(budget, actual).",
  outsideOfficeTitle: "Not inside Excel",
  outsideOffice: "Please open this add-in in Excel. Without Excel, you can use the web checker: it audits .xlsx files in your browser, and the files stay on your computer.",
  unsupportedTitle: "This Excel is too old for the checker",
  unsupportedExcel: "The checker needs the {requirement} requirement set, which this version of Excel lacks: update to Microsoft 365 or Office 2021 or later. Until then, use the web checker or the command line (jixiao audit file.xlsx).",
  openWebChecker: "Open the web checker",

  // Audit actions
  auditSheet: "Audit this sheet",
  auditWorkbook: "Audit workbook",
  highlight: "Highlight",
  highlightHint: "Mark the cells of the open findings with a fill and a note",
  clearHighlights: "Clear highlights",
  clearHighlightsHint: "Put back the original fill, font colour and notes of every marked cell",
  exportFindings: "Export findings",
  exportFindingsHint: "Write the open findings to a results sheet, with links to the cells",
  highlightPreviewHint: "Colour the cells of the open findings in the preview",
  clearPreview: "Clear preview colours",
  clearPreviewHint: "Remove the colours from the preview. The file itself is never changed; for a marked copy, use Downloads.",
  clearedPreview: "Preview colours cleared.",
  actionsLabel: "Audit actions",
  highlighted: "Marked {count} cells.",
  cleared: "Highlights cleared.",
  exported: "Findings exported.",
  highlightWarningsLabel: "What the highlight could not do",
  warnNotesUnsupported: "This version of Excel cannot write notes (ExcelApi 1.18 is needed), so cells got a fill only.",
  warnMissingSheet: "Sheet {sheets} no longer exists, so its cells were not marked. Audit again.",
  warnCommentCell: "{cells} already has a threaded comment, so it got a fill but no note.",
  warnGradientFill: "{cells} has a gradient fill that Excel cannot put back, so it got a note but no fill.",
  warnBackupDamaged: "The original format of {count} cells could not be restored because its saved copy is damaged; those cells were left as they are. Please check them by hand.",
  listSeparator: ", ",
  sheetName: "\"{sheet}\"",
  andMore: " and {count} more",

  // Empty state
  emptyHint: "Choose Audit this sheet or Audit workbook to start. Auditing only reads the workbook; it never changes cell values.",

  // Progress
  progressLabel: "Audit progress",
  reading: "Reading…",
  readingSheet: "Reading “{sheet}”…",
  auditing: "Auditing sheet {current} of {total}",
  highlighting: "Marking cells {done}/{total}",
  cancel: "Cancel",
  cancelAudit: "Cancel the audit",

  // Errors
  dismiss: "Dismiss",
  errorProtectedTitle: "Sheet is protected",
  errorProtected: "Sheet “{sheet}” is protected, so its cells can't be marked. Unprotect the sheet first, or just review the findings here.",
  errorProtectedNoSheet: "A sheet is protected, so its cells can't be marked. Unprotect the sheet first, or just review the findings here.",
  errorTooLargeTitle: "Sheet too large",
  errorTooLarge: "The sheet is too large to read in one go. Delete unused rows and columns, or split the table across sheets, then audit again.",
  errorUnsupportedTitle: "Please update Excel",
  errorUnsupported: "This needs the {requirement} requirement set, which this version of Excel doesn't support. Update Excel to the latest version and try again.",
  errorUnsupportedNoDetail: "This version of Excel doesn't support this feature. Update Excel to the latest version and try again.",
  errorCancelled: "Audit cancelled.",
  errorNoWorkbookTitle: "No workbook",
  errorNoWorkbook: "No workbook is open. Open the workbook you want to audit first.",
  errorReadFailedTitle: "Couldn't read the workbook",
  errorReadFailed: "Reading the sheet failed. Try again; if it keeps failing, close and reopen the workbook.",
  errorWriteFailedTitle: "Couldn't write to the workbook",
  errorWriteFailed: "Writing to the workbook failed, so marking, exporting or saving may not have finished. Try again.",
  errorUnknownTitle: "Something went wrong",
  errorUnknown: "An unexpected error occurred.",
  errorDetail: "Details: {detail}",

  // Summary
  summaryHeading: "Results",
  noFindings: "No problems found.",
  acceptedCount: "{count} accepted",
  sheetsHeading: "Sheets audited",
  sheetFindings: "{count} findings",
  severityCount: "{label}: {count}",
  groupCount: "{label} ({count})",
  sheetLine: "{sheet}: {layout}",

  // Findings list
  findingsHeading: "Findings",
  filterLabel: "Filter by severity",
  filterAll: "All",
  noMatchingFindings: "No findings of this severity.",
  selectCellHint: "Go to the cell",
  cellAddress: "{sheet}!{cell}",
  accept: "Accept",
  acceptFinding: "Accept {cell}: {message}",
  acceptTitle: "Accept this finding?",
  acceptExplain: "Accepted findings are kept in the workbook and left out of later audits, for whoever opens it next.",
  acceptExplainBrowser: "Accepted findings are kept in this browser, for files of the same name, and left out of later audits.",
  acceptReason: "Reason (optional)",
  acceptReasonPlaceholder: "e.g. confirmed with the project office",
  acceptConfirm: "Accept",
  showMore: "Show {count} more ({rest} not shown)",

  // Accepted list
  acceptedHeading: "Accepted findings",
  acceptedEmpty: "No accepted findings.",
  acceptedReason: "Reason: {reason}",
  acceptedNoReason: "No reason given",
  acceptedAt: "Accepted {time}",
  restore: "Restore",
  restoreFinding: "Restore {cell}: {message}",

  // Settings
  settingsHeading: "Audit settings",
  lowRate: "Low execution threshold",
  lowRateHint: "Execution below this is an error.",
  explainRate: "Explanation threshold",
  explainRateHint: "Execution below this needs an explanation.",
  rulesLabel: "Checks to run",
  saveSettings: "Save to workbook",
  saveSettingsBrowser: "Save in this browser",
  resetSettings: "Reset to defaults",
  settingsSaved: "Settings saved to the workbook; the next audit uses them.",
  settingsSavedBrowser: "Settings saved in this browser for files of the same name; the next audit uses them.",
  settingsLoading: "Loading settings…",
  invalidNumber: "Enter a percentage between 0 and 100.",
  invalidRange: "The threshold must be above 0% and at most 100%.",
  invalidOrder: "The low execution threshold can't be above the explanation threshold.",
  invalidRules: "Choose at least one check.",

  // The 自评报告: the draft and the cross-check (components/ReportActions.tsx)
  reportLabel: "Self-evaluation report",
  draftReport: "Draft the self-evaluation report",
  draftReportHint: "A Word draft built from this form's cells and the audit's open findings; fill in the places it marks “to be added” and check those it marks “please check”",
  draftSaved: "Draft saved as {name}.",
  crosscheckReport: "Check a report",
  crosscheckReportHint: "Pick the written report (.docx or .txt) to compare its figures with this form",
  reportNeedsAudit: "Audit the workbook first: the draft and the check use the audit's results.",
  crosscheckHeading: "Report check: {name}",
  crosscheckSummary: "{claims} figures checked; {count} findings.",
  crosscheckClean: "{claims} figures checked; all agree with the form.",
  crosscheckSentence: "“{sentence}”",
  crosscheckLine: "line {line}",
  reportNoForm: "The audited sheets hold no recognisable line-item table, self-evaluation form or indicator table to draft a report from or check one against.",
  reportNoClaims: "Found no figures to check (amounts, rates, scores, counts or grades) in {name}; nothing was checked.",
  reportReadFailed: "Cannot read {name}: {reason}",
  reportEmpty: "the file is empty.",
  reportNotDocx: "it is not a Word document (.docx) or plain text (.txt).",
  reportNotWord: "it is not a Word document: it unzips, but holds no Word body.",
  reportLegacyDoc: "it is a legacy Word document (.doc); save it as .docx in Word or WPS first.",
  reportEncrypted: "the document is password-protected; remove the password first.",
  reportUnreadableText: "cannot tell the text encoding; save it as UTF-8 text.",
  reportDraftFailed: "The draft could not be written: {reason}",
} satisfies Record<string, string>;

export type UiTextKey = keyof typeof enUS;
export type UiText = Readonly<Record<UiTextKey, string>>;

const zhCN: UiText = {
  title: "绩效",
  subtitle: "预算绩效自评审核",
  formulasHint: "也可以在单元格中输入 =JX. 使用绩效公式，例如 =JX.EXECRATE(预算数, 执行数)。",
  outsideOfficeTitle: "未在 Excel 中打开",
  outsideOffice: "请在 Excel 中打开本加载项；没有 Excel 时可用网页审核：在浏览器中审核 .xlsx 文件，文件不离开本机。",
  unsupportedTitle: "此版本的 Excel 过旧，无法使用审核功能",
  unsupportedExcel: "审核需要 {requirement} 要求集，此版本的 Excel 不支持：请升级到 Microsoft 365 或 Office 2021 及以上版本。在此之前，可使用网页审核或命令行（jixiao audit 文件.xlsx）。",
  openWebChecker: "打开网页审核",

  auditSheet: "审核当前工作表",
  auditWorkbook: "审核整个工作簿",
  highlight: "标注问题单元格",
  highlightHint: "为尚未处理的问题所在单元格加底色和批注",
  clearHighlights: "清除标注",
  clearHighlightsHint: "恢复所有已标注单元格原来的底色、字体颜色和批注",
  exportFindings: "导出审核结果",
  exportFindingsHint: "把尚未处理的问题写入审核结果表，并附单元格链接",
  highlightPreviewHint: "在预览中为尚未处理的问题所在单元格加底色",
  clearPreview: "清除预览底色",
  clearPreviewHint: "去掉预览中的问题底色。文件本身不会被修改；需要带标注的副本，请在「下载」中下载。",
  clearedPreview: "已清除预览中的底色。",
  actionsLabel: "审核操作",
  highlighted: "已标注 {count} 个单元格。",
  cleared: "已清除标注。",
  exported: "审核结果已导出。",
  highlightWarningsLabel: "标注时未能完成的部分",
  warnNotesUnsupported: "当前 Excel 版本不支持写入批注（需要 ExcelApi 1.18），问题单元格只加了底色。",
  warnMissingSheet: "工作表{sheets}已不存在，其中的问题未标注，请重新审核。",
  warnCommentCell: "{cells}已有讨论批注，不能再加批注，只加了底色。",
  warnGradientFill: "{cells}使用了渐变填充，Excel 无法原样恢复，因此只加了批注、未改底色。",
  warnBackupDamaged: "{count} 个单元格的原格式无法恢复（保存的备份已损坏），这些单元格保持现状，请手动检查。",
  listSeparator: "、",
  sheetName: "「{sheet}」",
  andMore: "等 {count} 处",

  emptyHint: "点击「审核当前工作表」或「审核整个工作簿」开始审核。审核只读取数据，不会修改单元格的值。",

  progressLabel: "审核进度",
  reading: "正在读取…",
  readingSheet: "正在读取「{sheet}」…",
  auditing: "正在审核 第 {current}/{total} 张工作表",
  highlighting: "正在标注 {done}/{total}",
  cancel: "取消",
  cancelAudit: "取消审核",

  dismiss: "关闭",
  errorProtectedTitle: "工作表受保护",
  errorProtected: "工作表「{sheet}」受保护，无法标注。请先撤销工作表保护，或只查看审核结果。",
  errorProtectedNoSheet: "工作表受保护，无法标注。请先撤销工作表保护，或只查看审核结果。",
  errorTooLargeTitle: "工作表过大",
  errorTooLarge: "工作表数据量过大，无法一次读取。请删除多余的空行和空列，或把表格拆分到多张工作表后再审核。",
  errorUnsupportedTitle: "请更新 Excel",
  errorUnsupported: "此功能需要 {requirement} 要求集，当前版本的 Excel 不支持。请将 Excel 更新到最新版本后重试。",
  errorUnsupportedNoDetail: "当前版本的 Excel 不支持此功能。请将 Excel 更新到最新版本后重试。",
  errorCancelled: "已取消审核。",
  errorNoWorkbookTitle: "没有打开的工作簿",
  errorNoWorkbook: "当前没有打开的工作簿。请先打开要审核的工作簿。",
  errorReadFailedTitle: "读取失败",
  errorReadFailed: "读取工作表时出错。请重试；如果仍然出错，请关闭并重新打开工作簿。",
  errorWriteFailedTitle: "写入失败",
  errorWriteFailed: "写入工作簿时出错，标注、导出或保存可能没有完成。请重试。",
  errorUnknownTitle: "出现错误",
  errorUnknown: "发生了意外错误。",
  errorDetail: "详细信息：{detail}",

  summaryHeading: "审核结果",
  noFindings: "未发现问题。",
  acceptedCount: "已忽略 {count} 项",
  sheetsHeading: "已审核的工作表",
  sheetFindings: "{count} 个问题",
  severityCount: "{label} {count} 项",
  groupCount: "{label}（{count} 项）",
  sheetLine: "「{sheet}」：{layout}",

  findingsHeading: "发现问题",
  filterLabel: "按严重程度筛选",
  filterAll: "全部",
  noMatchingFindings: "没有此类问题。",
  selectCellHint: "定位到该单元格",
  cellAddress: "「{sheet}」{cell}",
  accept: "忽略",
  acceptFinding: "忽略 {cell}：{message}",
  acceptTitle: "忽略此问题？",
  acceptExplain: "已忽略的问题随工作簿保存，以后审核时不再列出，其他人打开此工作簿时同样生效。",
  acceptExplainBrowser: "已忽略的问题保存在本浏览器中，对同名文件有效，以后审核时不再列出。",
  acceptReason: "忽略原因（选填）",
  acceptReasonPlaceholder: "例如：已与项目单位核实",
  acceptConfirm: "忽略",
  showMore: "再显示 {count} 项（还有 {rest} 项未显示）",

  acceptedHeading: "已忽略的问题",
  acceptedEmpty: "没有已忽略的问题。",
  acceptedReason: "原因：{reason}",
  acceptedNoReason: "未填写原因",
  acceptedAt: "忽略时间：{time}",
  restore: "恢复",
  restoreFinding: "恢复 {cell}：{message}",

  settingsHeading: "审核设置",
  lowRate: "执行率过低阈值",
  lowRateHint: "执行率低于此值时列为错误。",
  explainRate: "需说明的执行率阈值",
  explainRateHint: "执行率低于此值时须填写情况说明。",
  rulesLabel: "审核规则",
  saveSettings: "保存到工作簿",
  saveSettingsBrowser: "保存到本浏览器",
  resetSettings: "恢复默认设置",
  settingsSaved: "设置已保存到工作簿，下次审核时生效。",
  settingsSavedBrowser: "设置已保存在本浏览器中，对同名文件有效，下次审核时生效。",
  settingsLoading: "正在读取设置…",
  invalidNumber: "请输入 0 到 100 之间的百分数。",
  invalidRange: "阈值须大于 0%，且不超过 100%。",
  invalidOrder: "执行率过低阈值不能高于需说明的执行率阈值。",
  invalidRules: "请至少选择一条审核规则。",

  reportLabel: "自评报告",
  draftReport: "生成自评报告草稿",
  draftReportHint: "按本表单元格和尚未处理的审核问题生成 Word 草稿；请补充【待补充】处、核对【请核对】处",
  draftSaved: "草稿已保存为 {name}。",
  crosscheckReport: "核对报告",
  crosscheckReportHint: "选择已写好的自评报告（.docx 或 .txt），核对其中的数字与本表是否一致",
  reportNeedsAudit: "请先审核工作簿：草稿和核对都以审核结果为依据。",
  crosscheckHeading: "报告核对：{name}",
  crosscheckSummary: "共核对 {claims} 处数字，发现 {count} 个问题。",
  crosscheckClean: "共核对 {claims} 处数字，均与本表一致。",
  crosscheckSentence: "「{sentence}」",
  crosscheckLine: "第 {line} 行",
  reportNoForm: "所审核的工作表中没有可识别的项目支出明细表、项目支出绩效自评表或绩效指标表，无法起草或核对报告。",
  reportNoClaims: "{name} 中没有找到可核对的数字（金额、执行率、得分、数量或等级），未核对。",
  reportReadFailed: "无法读取 {name}：{reason}",
  reportEmpty: "文件是空的。",
  reportNotDocx: "这不是 Word 文档（.docx）或文本文件（.txt）。",
  reportNotWord: "这不是 Word 文档：文件能解压，但其中没有 Word 正文。",
  reportLegacyDoc: "这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再核对。",
  reportEncrypted: "文档设有打开密码，请去掉密码后再核对。",
  reportUnreadableText: "无法识别文本编码，请另存为 UTF-8 文本。",
  reportDraftFailed: "无法生成草稿：{reason}",
};

export const UI_TEXT: Readonly<Record<Lang, UiText>> = { "en-US": enUS, "zh-CN": zhCN };

export function uiText(lang: Lang): UiText {
  return UI_TEXT[lang];
}

export { fill } from "../host";

/** A rule's title, from the core's message book. */
export function ruleLabel(lang: Lang, rule: RuleId): string {
  return ruleTitle(rule, lang);
}

/** 错误 / Error: the core's severity word, capitalised for English headings. */
export function severityLabel(lang: Lang, severity: Severity): string {
  return capitalise(messages(lang).severity[severity]);
}

/** 项目明细表 / Line-item table, or why a sheet was not audited. */
export function layoutLabel(lang: Lang, layout: LayoutKind): string {
  return capitalise(messages(lang).layout[layout]);
}
