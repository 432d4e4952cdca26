/**
 * The message books: findings and every other word hosts show, per locale. Hosts render findings
 * here at display time, in the viewer's language; the core's output carries no text.
 */
import type { Problem } from "../parse/result";
import type { Finding, FindingCode, FindingParams, Lang, Quantity } from "../types";
import type { MessageBook } from "./codes";
import { enUS } from "./en-US";
import { numberFormat } from "./format";
import { zhCN } from "./zh-CN";

export { FINDING_CODES, INPUT_ERROR_CODES, PROBLEM_CODES, type ExportWords, type FindingCode, type InputErrorCode, type MessageBook } from "./codes";
export { numberFormat, type NumberFormat } from "./format";

const BOOKS: Record<Lang, MessageBook> = { "zh-CN": zhCN, "en-US": enUS };

export function messages(lang: Lang): MessageBook {
  return BOOKS[lang];
}

/** zh-* → zh-CN, anything else → en-US. */
export function resolveLang(tag: string | null | undefined): Lang {
  return tag && tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/** The text of one code with its parameters, in `lang`. */
export function message<C extends FindingCode>(code: C, params: FindingParams[C], lang: Lang): string {
  const render = BOOKS[lang].findings[code] as (p: FindingParams[C], n: ReturnType<typeof numberFormat>) => string;
  return render(params, numberFormat(lang));
}

/** A finding's message in `lang`. */
export function renderFinding(f: Finding, lang: Lang): string {
  return message(f.code, f.params, lang);
}

/** A finding's expected or actual figure as the viewer reads it ("" when there is none). */
export function renderQuantity(q: Quantity | undefined, lang: Lang): string {
  return q === undefined ? "" : numberFormat(lang).quantity(q);
}

/** A rule's title in `lang`. */
export function ruleTitle(rule: Finding["rule"], lang: Lang): string {
  return BOOKS[lang].rules[rule];
}

export function problemMessage(problem: Problem, lang: Lang): string {
  return BOOKS[lang].problems[problem.code](problem.text ?? "", problem.other ?? "");
}
