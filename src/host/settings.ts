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
  /** How far a stated score may be off the rule result (issue 9 §4): 0.01 as forms print it, 0.1 or 1 where a locality rounds. */
  scoreTolerance: ScoreTolerance;
  /** The 预算执行率 weight where the form states none (a 分值 cell or a «(20分)» label wins). */
  executionWeight: number;
}

/** The score tolerances a user can pick: two decimals, one decimal, whole points. */
export const SCORE_TOLERANCES = [0.01, 0.1, 1] as const;
export type ScoreTolerance = (typeof SCORE_TOLERANCES)[number];

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  lowRate: DEFAULT_AUDIT_SETTINGS.lowRate,
  explainRate: DEFAULT_AUDIT_SETTINGS.explainRate,
  rules: [...DEFAULT_RULE_IDS],
  scoreTolerance: DEFAULT_AUDIT_SETTINGS.scoreTolerance as ScoreTolerance,
  executionWeight: DEFAULT_AUDIT_SETTINGS.executionWeight,
};

export type SettingsProblem = "number" | "range" | "order" | "rules";

export interface SettingsProblems {
  lowRate?: SettingsProblem;
  explainRate?: SettingsProblem;
  rules?: SettingsProblem;
  scoreTolerance?: SettingsProblem;
  executionWeight?: SettingsProblem;
}

const KNOWN_RULES = new Set<string>(RULE_IDS);

function isFraction(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 1;
}

/** One of 0.01, 0.1, 1: the panel's choice, the stored value and the CLI's --score-tolerance all take only these. */
export function isScoreTolerance(v: unknown): v is ScoreTolerance {
  return (SCORE_TOLERANCES as readonly unknown[]).includes(v);
}

/** An execution weight in points: above 0, at most the whole form's 100. */
export function isExecutionWeight(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v > 0 && v <= 100;
}

/** "number" when there is no number, "range" when it fails `valid`. */
function numberProblem(v: number | undefined, valid: (n: number) => boolean): SettingsProblem | undefined {
  if (v === undefined || Number.isNaN(v)) return "number";
  return valid(v) ? undefined : "range";
}

/** The settings a form holds as entered; a field that is not a number is undefined. */
export interface SettingsCandidate {
  lowRate: number | undefined;
  explainRate: number | undefined;
  rules: readonly string[];
  scoreTolerance: number | undefined;
  executionWeight: number | undefined;
}

/**
 * What is wrong with settings as entered: 0 < low ≤ explain ≤ 1, at least one rule, a tolerance of
 * 0.01, 0.1 or 1 and an execution weight in (0, 100]. Empty when they are fine.
 */
export function settingsProblems(s: SettingsCandidate): SettingsProblems {
  const problems: SettingsProblems = {};
  const set = (field: keyof SettingsProblems, p: SettingsProblem | undefined): void => {
    if (p) problems[field] = p;
  };
  set("lowRate", numberProblem(s.lowRate, isFraction));
  set("explainRate", numberProblem(s.explainRate, isFraction));
  if (!problems.lowRate && !problems.explainRate && (s.lowRate as number) > (s.explainRate as number)) problems.lowRate = "order";
  if (!s.rules.some((id) => KNOWN_RULES.has(id))) problems.rules = "rules";
  set("scoreTolerance", numberProblem(s.scoreTolerance, isScoreTolerance));
  set("executionWeight", numberProblem(s.executionWeight, isExecutionWeight));
  return problems;
}

/** True when settingsProblems found nothing. */
export function noProblems(p: SettingsProblems): boolean {
  return Object.values(p).every((v) => v === undefined);
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
  // A field an earlier version did not save (the tolerance, the execution weight) opens at its default.
  const candidate: Settings = {
    lowRate: isFraction(r.lowRate) ? r.lowRate : DEFAULT_SETTINGS.lowRate,
    explainRate: isFraction(r.explainRate) ? r.explainRate : DEFAULT_SETTINGS.explainRate,
    rules: rules.length > 0 ? rules : [...DEFAULT_SETTINGS.rules],
    scoreTolerance: isScoreTolerance(r.scoreTolerance) ? r.scoreTolerance : DEFAULT_SETTINGS.scoreTolerance,
    executionWeight: isExecutionWeight(r.executionWeight) ? r.executionWeight : DEFAULT_SETTINGS.executionWeight,
  };
  // Thresholds in the wrong order: both take their defaults, the rest stays.
  const checked = settingsProblems(candidate).lowRate ? { ...candidate, lowRate: DEFAULT_SETTINGS.lowRate, explainRate: DEFAULT_SETTINGS.explainRate } : candidate;
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
  return { ...s, rules: [...s.rules], known: [...RULE_IDS] };
}

/** The rules and thresholds an audit with these settings runs. */
export function auditOptionsOf(settings: Settings): { rules: Rule[]; settings: Partial<AuditSettings> } {
  const { lowRate, explainRate, scoreTolerance, executionWeight } = settings;
  return { rules: rulesById(settings.rules), settings: { lowRate, explainRate, scoreTolerance, executionWeight } };
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
