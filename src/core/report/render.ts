/** A cross-check finding's text in a language, from the report message tables. */
import type { Lang } from "../types";
import type { ReportCode, ReportFinding, ReportMessages, ReportParams } from "./codes";
import { reportEnUS } from "./messages-en-US";
import { reportZhCN } from "./messages-zh-CN";

const BOOKS: Record<Lang, ReportMessages> = { "zh-CN": reportZhCN, "en-US": reportEnUS };

export function reportFindingMessage(f: ReportFinding, lang: Lang): string {
  const text = BOOKS[lang].findings[f.code] as (p: ReportParams[ReportCode]) => string;
  return text(f.params);
}
