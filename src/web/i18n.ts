/**
 * Text of the web checker page around the shared checker panel, in both UI languages. `{name}` marks a
 * value filled in by `fill` (src/host/text). The panel's own text comes from src/taskpane/i18n.
 */
import type { Lang } from "../core/types";

const enUS = {
  pageTitle: "Jixiao · web checker",
  heading: "Jixiao · web checker",
  subheading: "Audit budget performance self-evaluation workbooks (.xlsx) without Excel, e.g. files made in WPS or received for review.",
  privacy: "Files are read and audited only in this browser on this computer. Nothing is uploaded.",

  // Files
  filesHeading: "Files",
  dropHere: "Drop .xlsx files here",
  dropOr: "or",
  chooseFiles: "Choose files…",
  dropHint: "You can pick several files at once; each is audited on its own.",
  noFiles: "No files yet.",
  fileListLabel: "Loaded files",
  reading: "Reading…",
  auditing: "Auditing…",
  notAudited: "Not audited yet",
  auditUnfinished: "Audit not finished",
  noProblems: "No problems found",
  countErrors: "Errors: {count}",
  countWarnings: "Warnings: {count}",
  countInfos: "Info: {count}",
  fileError: "Can't audit this file: {reason}",
  unreadable: "the file could not be read.",
  auditAll: "Audit all files",
  removeFile: "Remove {name}",
  duplicateFile: "“{name}” is already in the list (the same file), so it was not added again.",
  dismiss: "Dismiss",

  // Downloads
  downloadsHeading: "Downloads",
  downloadHighlighted: "Download highlighted workbook (.xlsx)",
  downloadHighlightedHint: "A copy of “{name}” with the flagged cells filled and noted, plus an audit results sheet. The original file is not changed.",
  downloadCsv: "Download findings (CSV)",
  downloadCsvHint: "The open findings of all {files} audited files ({count} findings), one line each.",
  downloadCsvHintOne: "The open findings of the audited file ({count} findings), one line each.",
  downloadNeedsAudit: "Audit a file first.",
  preparing: "Preparing the download…",
  downloadFailed: "The download could not be prepared: {detail}",
  csvFileName: "audit-findings",

  // Selected file
  panelLabel: "Audit of {name}",
  selectFile: "Choose or drop a file to see its findings and a preview.",

  // Preview
  previewLabel: "Preview of {name}",
  sheetTabsLabel: "Sheets",
  emptySheet: "This sheet is empty.",
  previewLegend: "Coloured cells have findings; hover over a cell to read them.",
  roleLegend: "A bar at the foot of a header cell shows the role it was read as (hover to see it; a bar on its left too marks your pick); change it under “What was recognised”. The file itself is not changed.",
  columnsCut: "Showing the first {count} columns.",

  // File limits (LimitsPanel): the reader's limits, raised in this browser
  limitsHeading: "File limits",
  limitsIntro: "How much the page reads from a file before refusing it, so a crafted file (a zip bomb) cannot freeze or crash the tab. The defaults are far above any real self-evaluation workbook; raise one only for a file you do need to audit.",
  limitPartMb: "Largest part once inflated",
  limitTotalMb: "Largest file once inflated",
  limitRatio: "Highest compression ratio of a part",
  limitCells: "Most cells in a workbook",
  limitSharedStrings: "Most shared strings",
  limitSeconds: "Time limit for reading a file",
  unitTimes: "×",
  unitCells: "cells",
  unitEntries: "strings",
  unitSeconds: "s",
  limitDefault: "Default: {value} {unit}",
  limitInvalid: "Enter a positive number.",
  saveLimits: "Save and read refused files again",
  resetLimits: "Reset to defaults",
  limitsSaved: "Saved in this browser; files refused for a limit were read again.",
  limitsSaveFailed: "This browser keeps no settings (private window?): the limits apply until the page is closed.",
  limitRaiseHint: " If you do need to audit it, raise “{limit}” under “File limits”; the file is then read again.",
};

export type WebTextKey = keyof typeof enUS;
export type WebText = Readonly<Record<WebTextKey, string>>;

const zhCN: WebText = {
  pageTitle: "绩效 · 预算绩效自评网页审核",
  heading: "绩效 · 预算绩效自评网页审核",
  subheading: "不用 Excel 也能审核预算绩效自评表（.xlsx），适用于 WPS 制作的文件和收到的待审文件。",
  privacy: "文件只在本机浏览器中读取和审核，不会上传。",

  filesHeading: "文件",
  dropHere: "把 .xlsx 文件拖到这里",
  dropOr: "或",
  chooseFiles: "选择文件…",
  dropHint: "可以一次选择多个文件，每个文件单独审核。",
  noFiles: "尚未添加文件。",
  fileListLabel: "已添加的文件",
  reading: "正在读取…",
  auditing: "正在审核…",
  notAudited: "尚未审核",
  auditUnfinished: "审核未完成",
  noProblems: "未发现问题",
  countErrors: "错误 {count} 项",
  countWarnings: "警告 {count} 项",
  countInfos: "提示 {count} 项",
  fileError: "无法审核：{reason}",
  unreadable: "无法读取此文件。",
  auditAll: "审核全部文件",
  removeFile: "移除 {name}",
  duplicateFile: "「{name}」已在列表中，未重复添加。",
  dismiss: "关闭",

  downloadsHeading: "下载",
  downloadHighlighted: "下载标注后的工作簿 (.xlsx)",
  downloadHighlightedHint: "「{name}」的副本：问题单元格加底色和批注，并附审核结果表。原文件不会被修改。",
  downloadCsv: "下载审核结果 (CSV)",
  downloadCsvHint: "全部 {files} 个已审核文件中尚未处理的问题，共 {count} 项，每项一行。",
  downloadCsvHintOne: "已审核文件中尚未处理的问题，共 {count} 项，每项一行。",
  downloadNeedsAudit: "请先审核文件。",
  preparing: "正在准备下载…",
  downloadFailed: "无法生成下载文件：{detail}",
  csvFileName: "审核结果",

  panelLabel: "审核「{name}」",
  selectFile: "选择或拖入文件后，这里会显示审核结果和表格预览。",

  previewLabel: "「{name}」预览",
  sheetTabsLabel: "工作表",
  emptySheet: "此工作表为空。",
  previewLegend: "有底色的单元格存在问题，鼠标停在单元格上可查看说明。",
  roleLegend: "表头单元格底部的色条表示识别出的用途（悬停可见；左侧也有色条的是您指定的），可在「识别结果」中修改；文件本身不会改动。",
  columnsCut: "仅显示前 {count} 列。",

  limitsHeading: "文件限制",
  limitsIntro: "读取文件时的上限，防止特制文件（压缩炸弹等）卡死或撑垮浏览器页面。默认值远高于任何真实的自评表，只在确需审核超限文件时放宽。",
  limitPartMb: "单个部件解压后上限",
  limitTotalMb: "文件解压后总计上限",
  limitRatio: "部件压缩比上限",
  limitCells: "单元格数上限",
  limitSharedStrings: "共享字符串条数上限",
  limitSeconds: "读取时限",
  unitTimes: "倍",
  unitCells: "个",
  unitEntries: "条",
  unitSeconds: "秒",
  limitDefault: "默认 {value} {unit}",
  limitInvalid: "请输入正数。",
  saveLimits: "保存并重新读取",
  resetLimits: "恢复默认限制",
  limitsSaved: "已保存在本浏览器中；因超出限制未能读取的文件已重新读取。",
  limitsSaveFailed: "本浏览器无法保存设置（可能是无痕窗口），新的限制仅在关闭页面前有效。",
  limitRaiseHint: "如确需审核，请在「文件限制」中放宽「{limit}」，保存后文件会重新读取。",
};

export const WEB_TEXT: Readonly<Record<Lang, WebText>> = { "en-US": enUS, "zh-CN": zhCN };

export function webText(lang: Lang): WebText {
  return WEB_TEXT[lang];
}

/** 1536 → "1.5 KB"; sizes as people read them in a file list. */
export function fileSize(bytes: number, lang: Lang): string {
  const units = lang === "zh-CN" ? ["字节", "KB", "MB", "GB"] : ["bytes", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${text} ${units[unit]}`;
}
