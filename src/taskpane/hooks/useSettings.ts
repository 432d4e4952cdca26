/** State of the settings panel: the thresholds and rules in use, the form being edited, and saving them. */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RuleId } from "../../core/types";
import {
  DEFAULT_SETTINGS,
  knownRules,
  noProblems,
  normaliseSettings,
  plainNumber,
  settingsProblems,
  toHostError,
  type AuditHost,
  type ColumnMaps,
  type HostError,
  type ScoreTolerance,
  type Settings,
  type SettingsProblem,
  type SettingsProblems,
} from "../../host";

export { DEFAULT_SETTINGS };

/** The form as typed: thresholds in percent and the execution weight in points, as text. */
export interface SettingsDraft {
  lowRate: string;
  explainRate: string;
  rules: RuleId[];
  /** "0.01", "0.1" or "1": the choice's value. */
  scoreTolerance: string;
  executionWeight: string;
}

export type { SettingsProblem };
export type SettingsValidation = SettingsProblems;

/** 0.6 → "60", 0.855 → "85.5". */
export function percentText(fraction: number): string {
  return String(Math.round(fraction * 1e6) / 1e4);
}

function parsePercent(text: string): number | undefined {
  const t = text.trim().replace(/[%％]$/, "").trim();
  if (t === "" || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return Number(t) / 100;
}

/** "10", "12.5", "10分"; undefined for anything else. */
function parsePoints(text: string): number | undefined {
  return plainNumber(text.trim().replace(/分$/, ""));
}

export function toDraft(s: Settings): SettingsDraft {
  return {
    lowRate: percentText(s.lowRate),
    explainRate: percentText(s.explainRate),
    rules: [...s.rules],
    scoreTolerance: String(s.scoreTolerance),
    executionWeight: String(s.executionWeight),
  };
}

/** The draft as settings, or what is wrong with each field (host/settings holds the rules of validity). */
export function validateSettings(draft: SettingsDraft): { ok: true; settings: Settings } | { ok: false; problems: SettingsValidation } {
  const candidate = {
    lowRate: parsePercent(draft.lowRate),
    explainRate: parsePercent(draft.explainRate),
    rules: draft.rules,
    scoreTolerance: Number(draft.scoreTolerance),
    executionWeight: parsePoints(draft.executionWeight),
  };
  const problems = settingsProblems(candidate);
  if (!noProblems(problems)) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      lowRate: candidate.lowRate as number,
      explainRate: candidate.explainRate as number,
      // Report order, whatever order the boxes were ticked in.
      rules: knownRules(draft.rules),
      scoreTolerance: candidate.scoreTolerance as ScoreTolerance,
      executionWeight: candidate.executionWeight as number,
    },
  };
}

/** Stored settings over the defaults; anything out of range or unknown falls back to the default. */
export function mergeSettings(stored: Partial<Settings>): Settings {
  return normaliseSettings(stored);
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
  setScoreTolerance(value: string): void;
  setExecutionWeight(text: string): void;
  resetToDefaults(): void;
  /** Validates and saves to the workbook; resolves true when saved. */
  save(): Promise<boolean>;
  /** Saves column roles picked per sheet with the settings in use; resolves the saved settings, or null when saving failed. */
  saveColumnMaps(maps: ColumnMaps): Promise<Settings | null>;
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
  const setScoreTolerance = useCallback((value: string) => edit((d) => ({ ...d, scoreTolerance: value })), [edit]);
  const setExecutionWeight = useCallback((text: string) => edit((d) => ({ ...d, executionWeight: text })), [edit]);
  const resetToDefaults = useCallback(() => edit(() => toDraft(DEFAULT_SETTINGS)), [edit]);

  const draftRef = useRef(draft);
  draftRef.current = draft;
  // The settings in use, for saves that keep what the form does not hold (the column roles).
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const write = useCallback(
    async (next: Settings): Promise<boolean> => {
      setSaving(true);
      setError(null);
      try {
        await host.saveSettings(next);
        settingsRef.current = next;
        setSettings(next);
        return true;
      } catch (e) {
        setError(toHostError(e, "write-failed"));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [host],
  );

  const save = useCallback(async (): Promise<boolean> => {
    const checked = validateSettings(draftRef.current);
    if (!checked.ok) return false;
    const { columnMaps } = settingsRef.current;
    const ok = await write(columnMaps ? { ...checked.settings, columnMaps } : checked.settings);
    if (ok) setSaved(true);
    return ok;
  }, [write]);

  const saveColumnMaps = useCallback(
    async (maps: ColumnMaps): Promise<Settings | null> => {
      const { columnMaps: _old, ...rest } = settingsRef.current;
      void _old;
      const next: Settings = Object.keys(maps).length > 0 ? { ...rest, columnMaps: maps } : rest;
      return (await write(next)) ? next : null;
    },
    [write],
  );

  const dismissError = useCallback(() => setError(null), []);
  const problems = useMemo(() => {
    const checked = validateSettings(draft);
    return checked.ok ? {} : checked.problems;
  }, [draft]);

  return useMemo(
    () => ({ settings, loaded, draft, problems, saving, saved, error, setLowRate, setExplainRate, setRule, setScoreTolerance, setExecutionWeight, resetToDefaults, save, saveColumnMaps, dismissError }),
    [settings, loaded, draft, problems, saving, saved, error, setLowRate, setExplainRate, setRule, setScoreTolerance, setExecutionWeight, resetToDefaults, save, saveColumnMaps, dismissError],
  );
}
