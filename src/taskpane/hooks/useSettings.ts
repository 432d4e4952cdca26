/** State of the settings panel: the thresholds and rules in use, the form being edited, and saving them. */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_OPTIONS } from "../../core/audit";
import { ALL_RULES } from "../../core/rules";
import { RULE_IDS, type RuleId } from "../../core/types";
import type { AuditHost, HostError, Settings } from "../host";
import { toHostError } from "../host-error";

export const DEFAULT_SETTINGS: Settings = {
  lowRate: DEFAULT_OPTIONS.lowRate,
  explainRate: DEFAULT_OPTIONS.explainRate,
  rules: ALL_RULES.filter((r) => r.defaultOn).map((r) => r.id),
};

/** The form as typed: thresholds in percent, as text. */
export interface SettingsDraft {
  lowRate: string;
  explainRate: string;
  rules: RuleId[];
}

export type SettingsProblem = "number" | "range" | "order" | "rules";

export interface SettingsValidation {
  lowRate?: SettingsProblem;
  explainRate?: SettingsProblem;
  rules?: SettingsProblem;
}

/** 0.6 → "60", 0.855 → "85.5". */
export function percentText(fraction: number): string {
  return String(Math.round(fraction * 1e6) / 1e4);
}

function parsePercent(text: string): number | undefined {
  const t = text.trim().replace(/[%％]$/, "").trim();
  if (t === "" || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return Number(t) / 100;
}

export function toDraft(s: Settings): SettingsDraft {
  return { lowRate: percentText(s.lowRate), explainRate: percentText(s.explainRate), rules: [...s.rules] };
}

/** Checks 0 < low ≤ explain ≤ 1 and at least one rule; returns the settings, or what is wrong with each field. */
export function validateSettings(draft: SettingsDraft): { ok: true; settings: Settings } | { ok: false; problems: SettingsValidation } {
  const problems: SettingsValidation = {};
  const low = parsePercent(draft.lowRate);
  const explain = parsePercent(draft.explainRate);
  if (low === undefined) problems.lowRate = "number";
  else if (!(low > 0 && low <= 1)) problems.lowRate = "range";
  if (explain === undefined) problems.explainRate = "number";
  else if (!(explain > 0 && explain <= 1)) problems.explainRate = "range";
  if (!problems.lowRate && !problems.explainRate && low !== undefined && explain !== undefined && low > explain) problems.lowRate = "order";
  if (draft.rules.length === 0) problems.rules = "rules";
  if (problems.lowRate || problems.explainRate || problems.rules || low === undefined || explain === undefined) return { ok: false, problems };
  // Report order, whatever order the boxes were ticked in.
  const rules = RULE_IDS.filter((id) => draft.rules.includes(id));
  return { ok: true, settings: { lowRate: low, explainRate: explain, rules } };
}

/** Stored settings over the defaults; anything out of range or unknown falls back to the default. */
export function mergeSettings(stored: Partial<Settings>): Settings {
  const known = Array.isArray(stored.rules) ? stored.rules.filter((id): id is RuleId => (RULE_IDS as readonly string[]).includes(id)) : undefined;
  const candidate: Settings = {
    lowRate: typeof stored.lowRate === "number" ? stored.lowRate : DEFAULT_SETTINGS.lowRate,
    explainRate: typeof stored.explainRate === "number" ? stored.explainRate : DEFAULT_SETTINGS.explainRate,
    rules: known && known.length > 0 ? known : DEFAULT_SETTINGS.rules,
  };
  const checked = validateSettings(toDraft(candidate));
  return checked.ok ? checked.settings : { ...DEFAULT_SETTINGS, rules: candidate.rules };
}

export interface SettingsState {
  /** The settings audits use: the workbook's once loaded, the defaults until then. */
  settings: Settings;
  loaded: boolean;
  draft: SettingsDraft;
  /** What is wrong with the draft as typed (empty when it can be saved). */
  problems: SettingsValidation;
  saving: boolean;
  /** True right after a successful save, until the draft changes again. */
  saved: boolean;
  error: HostError | null;
  setLowRate(text: string): void;
  setExplainRate(text: string): void;
  setRule(id: RuleId, on: boolean): void;
  resetToDefaults(): void;
  /** Validates and saves to the workbook; resolves true when saved. */
  save(): Promise<boolean>;
  dismissError(): void;
}

export function useSettings(host: AuditHost): SettingsState {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(DEFAULT_SETTINGS));
  const [loaded, setLoaded] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<HostError | null>(null);
  const edited = useRef(false);

  useEffect(() => {
    let live = true;
    host.loadSettings().then(
      (stored) => {
        if (!live) return;
        const merged = mergeSettings(stored);
        setSettings(merged);
        // Don't throw away what the user already typed while the workbook was being read.
        if (!edited.current) setDraft(toDraft(merged));
        setLoaded(true);
      },
      (e: unknown) => {
        if (!live) return;
        setError(toHostError(e, "read-failed"));
        setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [host]);

  const edit = useCallback((change: (d: SettingsDraft) => SettingsDraft) => {
    edited.current = true;
    setSaved(false);
    setDraft(change);
  }, []);

  const setLowRate = useCallback((text: string) => edit((d) => ({ ...d, lowRate: text })), [edit]);
  const setExplainRate = useCallback((text: string) => edit((d) => ({ ...d, explainRate: text })), [edit]);
  const setRule = useCallback(
    (id: RuleId, on: boolean) => edit((d) => ({ ...d, rules: on ? (d.rules.includes(id) ? d.rules : [...d.rules, id]) : d.rules.filter((r) => r !== id) })),
    [edit],
  );
  const resetToDefaults = useCallback(() => edit(() => toDraft(DEFAULT_SETTINGS)), [edit]);

  const draftRef = useRef(draft);
  draftRef.current = draft;

  const save = useCallback(async (): Promise<boolean> => {
    const checked = validateSettings(draftRef.current);
    if (!checked.ok) return false;
    setSaving(true);
    setError(null);
    try {
      await host.saveSettings(checked.settings);
      setSettings(checked.settings);
      setSaved(true);
      return true;
    } catch (e) {
      setError(toHostError(e, "write-failed"));
      return false;
    } finally {
      setSaving(false);
    }
  }, [host]);

  const dismissError = useCallback(() => setError(null), []);
  const problems = useMemo(() => {
    const checked = validateSettings(draft);
    return checked.ok ? {} : checked.problems;
  }, [draft]);

  return useMemo(
    () => ({ settings, loaded, draft, problems, saving, saved, error, setLowRate, setExplainRate, setRule, resetToDefaults, save, dismissError }),
    [settings, loaded, draft, problems, saving, saved, error, setLowRate, setExplainRate, setRule, resetToDefaults, save, dismissError],
  );
}
