/**
 * Audit settings kept with the workbook, so the next person gets the same audit: the schema, the
 * defaults and the one validator every host and the panel use.
 */
import { DEFAULT_RULE_IDS, rulesById } from "../core/rules";
import type { Rule } from "../core/rules";
import { DEFAULT_AUDIT_SETTINGS, RULE_IDS, type AuditSettings, type RuleId } from "../core/types";
import type { AcceptedFinding } from "./contract";
import { parseColumnMaps, type ColumnMaps } from "./mappings";

export interface Settings {
  lowRate: number;
  explainRate: number;
  rules: RuleId[];
  /** Column roles picked for header cells, per sheet (host/mappings); absent when none were picked. */
  columnMaps?: ColumnMaps;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  lowRate: DEFAULT_AUDIT_SETTINGS.lowRate,
  explainRate: DEFAULT_AUDIT_SETTINGS.explainRate,
  rules: [...DEFAULT_RULE_IDS],
};

export type SettingsProblem = "number" | "range" | "order" | "rules";

export interface SettingsProblems {
  lowRate?: SettingsProblem;
  explainRate?: SettingsProblem;
  rules?: SettingsProblem;
}

const KNOWN_RULES = new Set<string>(RULE_IDS);

function isFraction(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 1;
}

/** What is wrong with settings as entered: 0 < low ≤ explain ≤ 1 and at least one rule. Empty when they are fine. */
export function settingsProblems(s: { lowRate: number | undefined; explainRate: number | undefined; rules: readonly string[] }): SettingsProblems {
  const problems: SettingsProblems = {};
  if (s.lowRate === undefined || Number.isNaN(s.lowRate)) problems.lowRate = "number";
  else if (!isFraction(s.lowRate)) problems.lowRate = "range";
  if (s.explainRate === undefined || Number.isNaN(s.explainRate)) problems.explainRate = "number";
  else if (!isFraction(s.explainRate)) problems.explainRate = "range";
  if (!problems.lowRate && !problems.explainRate && (s.lowRate as number) > (s.explainRate as number)) problems.lowRate = "order";
  if (!s.rules.some((id) => KNOWN_RULES.has(id))) problems.rules = "rules";
  return problems;
}

/** Rule ids in report order, unknown ones left out. */
export function knownRules(ids: readonly string[]): RuleId[] {
  return RULE_IDS.filter((id) => ids.includes(id));
}

/**
 * Settings read from a workbook (or a file), over the defaults. Anything missing, out of range or
 * unknown (a rule id from a newer version) falls back to its default rather than fail the audit.
 */
export function parseSettings(raw: unknown): Settings {
  const r = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  // Rules added since the settings were stored take their default: a rule nobody had seen is not one they turned off.
  const known = Array.isArray(r.known) ? strings(r.known) : RULES_OF_0_1;
  const newcomers = DEFAULT_RULE_IDS.filter((id) => !known.includes(id));
  const saved = knownRules(strings(r.rules));
  return normaliseSettings({ ...r, rules: saved.length > 0 ? [...saved, ...newcomers] : [] });
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((id): id is string => typeof id === "string") : [];
}

/** Settings already in this version's terms (e.g. what a host loaded), checked: anything invalid takes its default. */
export function normaliseSettings(raw: unknown): Settings {
  const r = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const rules = knownRules(strings(r.rules));
  const candidate = {
    lowRate: isFraction(r.lowRate) ? r.lowRate : DEFAULT_SETTINGS.lowRate,
    explainRate: isFraction(r.explainRate) ? r.explainRate : DEFAULT_SETTINGS.explainRate,
    rules: rules.length > 0 ? rules : [...DEFAULT_SETTINGS.rules],
  };
  const checked = settingsProblems(candidate).lowRate ? { ...DEFAULT_SETTINGS, rules: candidate.rules } : candidate;
  return withMaps(checked, r.columnMaps);
}

/** The settings with their valid column maps, if any (none: no field, so settings without picks stay as they were). */
function withMaps<S extends Settings>(s: S, raw: unknown): S {
  const columnMaps = parseColumnMaps(raw);
  return Object.keys(columnMaps).length > 0 ? { ...s, columnMaps } : s;
}

/** Rule ids of version 0.1, whose saved settings list no rules they knew: the first fourteen (ids are only ever appended). */
const RULES_OF_0_1: readonly string[] = RULE_IDS.slice(0, 14);

/** Settings as hosts store them: with the rule ids this version knows, so later versions can tell new rules apart. */
export function storedSettings(s: Settings): Settings & { known: RuleId[] } {
  return withMaps({ lowRate: s.lowRate, explainRate: s.explainRate, rules: [...s.rules], known: [...RULE_IDS] }, s.columnMaps);
}

/** The rules and thresholds an audit with these settings runs. */
export function auditOptionsOf(settings: Settings): { rules: Rule[]; settings: Partial<AuditSettings> } {
  return { rules: rulesById(settings.rules), settings: { lowRate: settings.lowRate, explainRate: settings.explainRate } };
}

/**
 * The well-formed accepted findings read from a workbook. Entries saved by version 0.1 (text, no
 * finding data) are kept, so what was accepted then stays accepted; unknown rule ids are left out.
 */
export function parseAccepted(raw: unknown): AcceptedFinding[] {
  if (!Array.isArray(raw)) return [];
  const out: AcceptedFinding[] = [];
  for (const item of raw) {
    if (typeof item !== "object" || item === null) continue;
    const a = item as Record<string, unknown>;
    if (!["key", "sheet", "cell", "reason", "at"].every((k) => typeof a[k] === "string")) continue;
    if (typeof a.rule !== "string" || !KNOWN_RULES.has(a.rule)) continue;
    const entry: AcceptedFinding = { key: a.key as string, rule: a.rule as RuleId, sheet: a.sheet as string, cell: a.cell as string, reason: a.reason as string, at: a.at as string };
    const f = a.finding as Record<string, unknown> | undefined;
    if (f && typeof f === "object" && typeof f.code === "string" && typeof f.params === "object" && f.params !== null && f.rule === a.rule) {
      entry.finding = f as unknown as AcceptedFinding["finding"];
    }
    const text = typeof a.savedText === "string" ? a.savedText : typeof a.message === "string" ? a.message : undefined;
    if (text !== undefined) entry.savedText = text;
    out.push(entry);
  }
  return out;
}
