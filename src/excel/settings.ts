/**
 * Audit settings and accepted findings, kept in the workbook's own settings so the next person who
 * opens the file gets the same audit. Values are JSON text; anything unreadable is left out.
 */
import { RULE_IDS, type RuleId } from "../core/types";
import type { AcceptedFinding, Settings } from "../taskpane/host";
import { toHostError } from "./batch";

export const SETTINGS_KEY = "jixiao.settings";
export const ACCEPTED_KEY = "jixiao.accepted";

const KNOWN_RULES = new Set<string>(RULE_IDS);

async function loadSetting(context: Excel.RequestContext, key: string): Promise<unknown> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  try {
    await context.sync();
  } catch (e) {
    throw toHostError(e, "read-failed", key);
  }
  if (item.isNullObject) return undefined;
  const value: unknown = item.value;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    // Not ours or damaged: the audit runs with defaults rather than fail.
    return undefined;
  }
}

async function saveSetting(context: Excel.RequestContext, key: string, value: unknown): Promise<void> {
  context.workbook.settings.add(key, JSON.stringify(value));
  try {
    await context.sync();
  } catch (e) {
    throw toHostError(e, "write-failed", key, { writing: true });
  }
}

export async function loadSettingsIn(context: Excel.RequestContext): Promise<Partial<Settings>> {
  return toSettings(await loadSetting(context, SETTINGS_KEY));
}

export async function saveSettingsIn(context: Excel.RequestContext, settings: Settings): Promise<void> {
  await saveSetting(context, SETTINGS_KEY, { lowRate: settings.lowRate, explainRate: settings.explainRate, rules: settings.rules });
}

export async function loadAcceptedIn(context: Excel.RequestContext): Promise<AcceptedFinding[]> {
  return toAccepted(await loadSetting(context, ACCEPTED_KEY));
}

export async function saveAcceptedIn(context: Excel.RequestContext, accepted: AcceptedFinding[]): Promise<void> {
  await saveSetting(context, ACCEPTED_KEY, accepted);
}

function isRate(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 1;
}

/** Only the fields that are present and valid. */
export function toSettings(raw: unknown): Partial<Settings> {
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<Settings> = {};
  if (isRate(r.lowRate)) out.lowRate = r.lowRate;
  if (isRate(r.explainRate)) out.explainRate = r.explainRate;
  if (Array.isArray(r.rules)) out.rules = r.rules.filter((id): id is RuleId => typeof id === "string" && KNOWN_RULES.has(id));
  return out;
}

/** The well-formed entries; unknown rule ids (from a newer version) are kept out. */
export function toAccepted(raw: unknown): AcceptedFinding[] {
  if (!Array.isArray(raw)) return [];
  const out: AcceptedFinding[] = [];
  for (const item of raw) {
    if (typeof item !== "object" || item === null) continue;
    const a = item as Record<string, unknown>;
    const text = ["key", "sheet", "cell", "message", "reason", "at"].every((k) => typeof a[k] === "string");
    if (!text || typeof a.rule !== "string" || !KNOWN_RULES.has(a.rule)) continue;
    out.push({
      key: a.key as string,
      rule: a.rule as RuleId,
      sheet: a.sheet as string,
      cell: a.cell as string,
      message: a.message as string,
      reason: a.reason as string,
      at: a.at as string,
    });
  }
  return out;
}
