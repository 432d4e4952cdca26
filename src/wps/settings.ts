/**
 * Audit settings and accepted findings, kept in the workbook so the next person who opens it gets the
 * same audit. ET has no add-in settings store that travels with the file (PluginStorage lives only
 * as long as WPS runs), and custom document properties hold 255 characters, so they are JSON text on
 * a veryHidden sheet: row 1 names the keys, each column below holds one key's JSON in parts.
 */
import { CELL_TEXT_LIMIT, parseAccepted, parseSettings, SETTINGS_SHEET, storedSettings, type AcceptedFinding, type Settings } from "../host";
import { activeWorkbook } from "./app";
import type { EtApplication } from "./et";
import { addSheet, readText, sheetsByName, writeText } from "./own-sheets";

export const SETTINGS_KEY = "jixiao.settings";
export const ACCEPTED_KEY = "jixiao.accepted";

function readAll(app: EtApplication): Map<string, string> {
  const ws = sheetsByName(activeWorkbook(app)).get(SETTINGS_SHEET);
  const out = new Map<string, string>();
  if (!ws) return out;
  const rows = readText(ws);
  const keys = rows[0] ?? [];
  keys.forEach((key, col) => {
    if (typeof key !== "string" || key === "") return;
    let text = "";
    for (let r = 1; r < rows.length; r++) {
      const v = rows[r]?.[col];
      if (typeof v === "string") text += v;
    }
    out.set(key, text);
  });
  return out;
}

function load(app: EtApplication, key: string): unknown {
  const text = readAll(app).get(key);
  if (text === undefined || text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Not ours or damaged: the audit runs with defaults rather than fail.
    return undefined;
  }
}

function save(app: EtApplication, key: string, value: unknown): void {
  const all = readAll(app);
  all.set(key, JSON.stringify(value));
  const keys = [...all.keys()];
  const parts = keys.map((k) => {
    const text = all.get(k) as string;
    const out: string[] = [];
    for (let i = 0; i < text.length; i += CELL_TEXT_LIMIT) out.push(text.slice(i, i + CELL_TEXT_LIMIT));
    return out;
  });
  const depth = parts.reduce((n, p) => Math.max(n, p.length), 0);
  const rows: string[][] = [keys];
  for (let r = 0; r < depth; r++) rows.push(parts.map((p) => p[r] ?? ""));
  const wb = activeWorkbook(app);
  const ws = sheetsByName(wb).get(SETTINGS_SHEET) ?? addSheet(app, wb, SETTINGS_SHEET, { veryHidden: true });
  writeText(ws, rows);
}

/** `{}` when the workbook keeps no settings; otherwise what it keeps, validated over the defaults. */
export function loadSettingsFrom(app: EtApplication): Partial<Settings> {
  const raw = load(app, SETTINGS_KEY);
  return raw === undefined ? {} : parseSettings(raw);
}

export function saveSettingsTo(app: EtApplication, settings: Settings): void {
  save(app, SETTINGS_KEY, storedSettings(settings));
}

export function loadAcceptedFrom(app: EtApplication): AcceptedFinding[] {
  return parseAccepted(load(app, ACCEPTED_KEY));
}

export function saveAcceptedTo(app: EtApplication, accepted: AcceptedFinding[]): void {
  save(app, ACCEPTED_KEY, accepted);
}
