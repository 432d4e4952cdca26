/**
 * The web page's 文件限制: the reader's limits (src/xlsx/limits) as the user raised them, kept in this
 * browser for every file, and the hint a refusal shows. The Excel pane has none: Excel reads the workbook.
 */
import { isLimitErrorCode } from "../core/messages";
import type { Lang } from "../core/types";
import { fill } from "../host";
import { DEFAULT_LIMIT_SETTINGS, LIMIT_FIELD_OF, LIMIT_FIELDS, limitValue, parseLimitSettings, type LimitField, type LimitSettings } from "../xlsx";
import { storageGet, storageSet } from "./host";
import { webText, type WebText, type WebTextKey } from "./i18n";

export const LIMITS_KEY = "jixiao:limits";

/** Each field's label and unit in the page's text ("MB" is the same in both languages). */
export const LIMIT_TEXT: Readonly<Record<LimitField, { label: WebTextKey; unit: WebTextKey | "MB" }>> = {
  maxPartMb: { label: "limitPartMb", unit: "MB" },
  maxTotalMb: { label: "limitTotalMb", unit: "MB" },
  maxRatio: { label: "limitRatio", unit: "unitTimes" },
  maxCells: { label: "limitCells", unit: "unitCells" },
  maxSharedStrings: { label: "limitSharedStrings", unit: "unitEntries" },
  maxSeconds: { label: "limitSeconds", unit: "unitSeconds" },
};

export function unitText(t: WebText, unit: WebTextKey | "MB"): string {
  return unit === "MB" ? unit : t[unit];
}

/** The limits this browser keeps; fields never saved (or saved damaged) take their defaults. */
export function loadLimits(storage: Storage | null): LimitSettings {
  return parseLimitSettings(storageGet(storage, LIMITS_KEY));
}

/** Throws HostError("write-failed") where the browser keeps nothing. */
export function saveLimits(storage: Storage | null, limits: LimitSettings): void {
  storageSet(storage, LIMITS_KEY, limits);
}

/** The form as typed. */
export type LimitsDraft = Record<LimitField, string>;

export function limitsDraft(limits: LimitSettings): LimitsDraft {
  const out = {} as LimitsDraft;
  for (const f of LIMIT_FIELDS) out[f] = String(limits[f] ?? DEFAULT_LIMIT_SETTINGS[f]);
  return out;
}

/** The draft as limits, or the fields that are not positive numbers (the CLI's flags take the same). */
export function validateLimits(draft: LimitsDraft): { ok: true; limits: LimitSettings } | { ok: false; invalid: LimitField[] } {
  const limits: LimitSettings = {};
  const invalid: LimitField[] = [];
  for (const f of LIMIT_FIELDS) {
    const v = limitValue(draft[f]);
    if (v === undefined) invalid.push(f);
    else limits[f] = v;
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, limits };
}

/** What a refusal for a limit adds in the page: which 文件限制 field raises it. Empty for other errors. */
export function limitRaiseHint(lang: Lang, error: string): string {
  if (!isLimitErrorCode(error)) return "";
  const t = webText(lang);
  return fill(t.limitRaiseHint, { limit: t[LIMIT_TEXT[LIMIT_FIELD_OF[error]].label] });
}
