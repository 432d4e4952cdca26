import type { Problem } from "../parse/result";
import type { Lang, MessageParams } from "../types";
import type { FindingCode, MessageBook } from "./codes";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";

export { FINDING_CODES, PROBLEM_CODES, type FindingCode, type MessageBook } from "./codes";

const BOOKS: Record<Lang, MessageBook> = { "zh-CN": zhCN, "en-US": enUS };

export function messages(lang: Lang): MessageBook {
  return BOOKS[lang];
}

/** zh-* → zh-CN, anything else → en-US. */
export function resolveLang(tag: string | null | undefined): Lang {
  return tag && tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

export function findingMessage(code: FindingCode, params: MessageParams, lang: Lang): string {
  return BOOKS[lang].findings[code](params);
}

export function problemMessage(problem: Problem, lang: Lang): string {
  return BOOKS[lang].problems[problem.code](problem.text ?? "", problem.other ?? "");
}
