/** The sheets an add-in adds to a workbook, which an audit must never read as user data; the same names in every host. */
import { messages } from "../core/messages";
import type { Lang } from "../core/types";

/** Where highlight() keeps each marked cell's original fill, font colour and note. veryHidden. */
export const BACKUP_SHEET = "_jixiao_backup";

/** Where the WPS host keeps settings and accepted findings (Excel has workbook settings for that). veryHidden. */
export const SETTINGS_SHEET = "_jixiao_settings";

/** Every language the results sheet may have been exported in, so a colleague's export is skipped too. */
const LANGS = Object.keys({ "zh-CN": true, "en-US": true } satisfies Record<Lang, true>) as Lang[];
const RESULT_SHEET_BASES = LANGS.map((lang) => messages(lang).exports.resultsSheet.toLowerCase());

/** `审核结果`, `Audit results`, or either with ` (n)` as exportFindings names them. */
export function isResultsSheet(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, "").toLowerCase();
  return RESULT_SHEET_BASES.includes(base);
}

/** True for sheets the add-in wrote (backup, results): skipped when auditing a workbook. */
export function isOwnSheet(name: string): boolean {
  return name === BACKUP_SHEET || name === SETTINGS_SHEET || isResultsSheet(name);
}

/** `base`, else `base (2)`, `base (3)` …, compared case-insensitively as Excel does. */
export function uniqueSheetName(taken: readonly string[], base: string): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!names.has(name.toLowerCase())) return name;
  }
}
