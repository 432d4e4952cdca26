/**
 * Audit settings and accepted findings, kept in the workbook's own settings so the next person who
 * opens the file gets the same audit. Values are JSON text, checked by host's one validator.
 */
import { parseAccepted, parseSettings, storedSettings, type AcceptedFinding, type Settings } from "../host";
import { officeError } from "./batch";

export const SETTINGS_KEY = "jixiao.settings";
export const ACCEPTED_KEY = "jixiao.accepted";

/** The stored value, or undefined when there is none or it is not JSON (then the defaults apply). */
async function loadSetting(context: Excel.RequestContext, key: string): Promise<unknown> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  try {
    await context.sync();
  } catch (e) {
    throw officeError(e, "read-failed", key);
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
    throw officeError(e, "write-failed", key, { writing: true });
  }
}

/** `{}` when the workbook keeps no settings; otherwise what it keeps, validated over the defaults. */
export async function loadSettingsIn(context: Excel.RequestContext): Promise<Partial<Settings>> {
  const raw = await loadSetting(context, SETTINGS_KEY);
  return raw === undefined ? {} : parseSettings(raw);
}

export async function saveSettingsIn(context: Excel.RequestContext, settings: Settings): Promise<void> {
  await saveSetting(context, SETTINGS_KEY, storedSettings(settings));
}

/** Accepted findings as saved by this version (with their finding data) or by 0.1 (with text). */
export async function loadAcceptedIn(context: Excel.RequestContext): Promise<AcceptedFinding[]> {
  return parseAccepted(await loadSetting(context, ACCEPTED_KEY));
}

export async function saveAcceptedIn(context: Excel.RequestContext, accepted: AcceptedFinding[]): Promise<void> {
  await saveSetting(context, ACCEPTED_KEY, accepted);
}
