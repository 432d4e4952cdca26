/** Findings as CSV that Excel and WPS open correctly: UTF-8 with a BOM, CRLF line ends, quoted fields. */
import { messages } from "../core/messages";
import type { Finding, Lang } from "../core/types";
import { RESULT_COLUMNS, resultHeaders, resultRow } from "../host";

function field(v: unknown): string {
  const s = v === undefined || v === null ? "" : String(v);
  // A leading = + - @ would run as a formula when the CSV is opened: neutralise it.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function findingsCsv(files: { name: string; findings: readonly Finding[] }[], lang: Lang): string {
  // The same columns as the 审核结果 sheet, with the file first.
  const lines = [[messages(lang).exports.headers.file, ...resultHeaders(lang)].map(field).join(",")];
  for (const file of files) {
    for (const f of file.findings) {
      const row = resultRow(f, lang);
      lines.push([file.name, ...RESULT_COLUMNS.map((c) => row[c])].map(field).join(","));
    }
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
