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

export {
  FINDING_CODES,
  INPUT_ERROR_CODES,
  LIMIT_ERROR_CODES,
  PROBLEM_CODES,
  type ExportWords,
  type FindingCode,
  type InputErrorCode,
  type LimitErrorCode,
  type MessageBook,
} from "./codes";
import { LIMIT_ERROR_CODES, type InputErrorCode, type LimitErrorCode } from "./codes";
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

export function isLimitErrorCode(code: string): code is LimitErrorCode {
  return (LIMIT_ERROR_CODES as readonly string[]).includes(code);
}

/** A package part as a reader names it: "工作表 XML（xl/worksheets/sheet1.xml）". */
export function describePart(part: string | undefined, lang: Lang): string {
  const p = BOOKS[lang].parts;
  if (!part) return p.unknown;
  const template = /worksheets\/[^/]+\.xml$/i.test(part) ? p.sheet : /sharedStrings\.xml$/i.test(part) ? p.sharedStrings : p.other;
  return template.replace("{part}", part);
}

/** The one-line reason a file could not be read, its {limit} and {part} filled in. */
export function inputErrorMessage(code: InputErrorCode, lang: Lang, params: { limit?: number; part?: string } = {}): string {
  return BOOKS[lang].inputErrors[code]
    .replace(/\{part\}/g, describePart(params.part, lang))
    .replace(/\{limit\}/g, params.limit === undefined ? "?" : String(Math.round(params.limit * 100) / 100));
}
