/** Findings as CSV that Excel and WPS open correctly: UTF-8 with a BOM, CRLF line ends, quoted fields. */
import { messages } from "../core/messages";
import type { Finding, Lang } from "../core/types";

const HEADERS: Record<Lang, string[]> = {
  "zh-CN": ["文件", "工作表", "单元格", "严重程度", "规则", "问题说明", "期望值", "实际值"],
  "en-US": ["File", "Sheet", "Cell", "Severity", "Rule", "Message", "Expected", "Actual"],
};

function field(v: unknown): string {
  const s = v === undefined || v === null ? "" : String(v);
  // A leading = + - @ would run as a formula when the CSV is opened: neutralise it.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function findingsCsv(files: { name: string; findings: readonly Finding[] }[], lang: Lang): string {
  const words = messages(lang).words;
  const lines = [HEADERS[lang].map(field).join(",")];
  for (const file of files) {
    for (const f of file.findings) {
      lines.push([file.name, f.sheet, f.cell, words.severity[f.severity], f.rule, f.message, f.expected, f.actual].map(field).join(","));
    }
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
