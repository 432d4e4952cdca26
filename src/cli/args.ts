/** Command-line arguments of `jixiao`, parsed by hand (no dependency for a handful of options). */
import { DEFAULT_AUDIT_SETTINGS, type Lang } from "../core/types";
import { isExecutionWeight, isScoreTolerance } from "../host/settings";
import { plainNumber } from "../host/text";
import { limitValue, type LimitSettings } from "../xlsx/limits";
import { parseReportArgs, type CrosscheckArgs, type ReportArgs } from "./report-args";
import { cliText, fill } from "./text";

export type Env = Readonly<Record<string, string | undefined>>;

export interface AuditArgs {
  command: "audit";
  lang: Lang;
  /** True when --lang was given: the JSON document then carries each finding's text in that language. */
  langGiven: boolean;
  inputs: string[];
  json: boolean;
  lowRate: number;
  explainRate: number;
  /** Folder for marked copies; undefined when no copy is wanted. */
  out?: string;
  /** false for --no-color, true for --color, undefined to decide from the terminal and NO_COLOR. */
  color?: boolean;
  /** --explain: print what was recognised on each sheet instead of the findings. */
  explain?: boolean;
  /** --map "Sheet!D=actual,E=rate" (repeatable) and --map-file map.json: column roles per sheet. */
  maps?: string[];
  mapFile?: string;
  /** --score-tolerance 0.01 | 0.1 | 1 and --execution-weight 10. */
  scoreTolerance?: number;
  executionWeight?: number;
  /** Reader limits raised (or lowered) by --max-part-mb and friends. */
  limits: LimitSettings;
  /** Files read at once, each in its own worker thread; undefined for one per core. */
  jobs?: number;
}

/** The limit flags and the LimitSettings field each sets. */
export const LIMIT_OPTIONS: Readonly<Record<string, keyof LimitSettings>> = {
  "--max-part-mb": "maxPartMb",
  "--max-total-mb": "maxTotalMb",
  "--max-ratio": "maxRatio",
  "--max-cells": "maxCells",
  "--max-shared-strings": "maxSharedStrings",
  "--max-seconds": "maxSeconds",
};

export type CliArgs =
  | AuditArgs
  | ReportArgs
  | CrosscheckArgs
  | { command: "help"; lang: Lang }
  | { command: "version"; lang: Lang }
  | { command: "usage-error"; lang: Lang; message: string };

const LANGS: readonly Lang[] = ["zh-CN", "en-US"];
const VALUE_OPTIONS = new Set(["--lang", "--low-rate", "--explain-rate", "--out", "--jobs", "--kind", "--template", "--map", "--map-file", "--score-tolerance", "--execution-weight", ...Object.keys(LIMIT_OPTIONS)]);
const FLAG_OPTIONS = new Set(["--json", "--no-color", "--color", "--help", "-h", "--version", "-V", "-v", "--explain"]);

/** zh-CN unless the locale (LC_ALL, else LANG) is English. */
export function defaultLang(env: Env): Lang {
  const locale = env.LC_ALL || env.LANG || "";
  return /^en/i.test(locale) ? "en-US" : "zh-CN";
}

/** A rate given as `0.6`, `.6` or `60%`; undefined unless 0 < rate ≤ 1. */
export function parseRate(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*([%％])?\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]) / (m[2] ? 100 : 1);
  return Number.isFinite(n) && n > 0 && n <= 1 ? n : undefined;
}

function asLang(value: string): Lang | undefined {
  return LANGS.find((l) => l.toLowerCase() === value.toLowerCase());
}

export function parseArgs(argv: readonly string[], env: Env): CliArgs {
  // The language comes first so that every usage error below is already in it.
  let lang = defaultLang(env);
  let langGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") break;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    const chosen = value === undefined ? undefined : asLang(value);
    if (chosen) {
      lang = chosen;
      langGiven = true;
    }
  }
  const t = cliText(lang);
  const usage = (message: string): CliArgs => ({ command: "usage-error", lang, message });

  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const maps: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      positional.push(a);
      continue;
    }
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) return usage(fill(t.missingValue, { option: name }));
      if (name === "--map") maps.push(value);
      values.set(name, value);
    } else if (FLAG_OPTIONS.has(name) && eq < 0) {
      flags.add(name);
    } else {
      return usage(fill(t.unknownOption, { option: a }));
    }
  }

  if (flags.has("--help") || flags.has("-h")) return { command: "help", lang };
  if (flags.has("--version") || flags.has("-V") || flags.has("-v")) return { command: "version", lang };

  const langValue = values.get("--lang");
  if (langValue !== undefined && !asLang(langValue)) return usage(fill(t.badLang, { value: langValue }));

  const [command, ...inputs] = positional;
  if (command === undefined) return usage(t.noCommand);
  if (command === "help") return { command: "help", lang };
  if (command === "report" || command === "crosscheck") return parseReportArgs(command, inputs, values, flags, lang);
  if (command !== "audit") return usage(fill(t.unknownCommand, { command }));
  if (inputs.length === 0) return usage(t.noInputs);

  let lowRate = DEFAULT_AUDIT_SETTINGS.lowRate;
  let explainRate = DEFAULT_AUDIT_SETTINGS.explainRate;
  for (const option of ["--low-rate", "--explain-rate"] as const) {
    const text = values.get(option);
    if (text === undefined) continue;
    const rate = parseRate(text);
    if (rate === undefined) return usage(fill(t.badRate, { option, value: text }));
    if (option === "--low-rate") lowRate = rate;
    else explainRate = rate;
  }
  if (lowRate > explainRate) return usage(fill(t.rateOrder, { low: lowRate, explain: explainRate }));

  const out = values.get("--out");
  if (out !== undefined && out.trim() === "") return usage(fill(t.missingValue, { option: "--out" }));
  const limits: LimitSettings = {};
  for (const [option, field] of Object.entries(LIMIT_OPTIONS)) {
    const text = values.get(option);
    if (text === undefined) continue;
    const n = limitValue(text);
    if (n === undefined) return usage(fill(t.badLimit, { option, value: text }));
    limits[field] = n;
  }
  let jobs: number | undefined;
  const jobsText = values.get("--jobs");
  if (jobsText !== undefined) {
    jobs = Number(jobsText);
    if (!/^\s*\d+\s*$/.test(jobsText) || jobs < 1 || jobs > 64) return usage(fill(t.badJobs, { value: jobsText }));
  }
  const color = flags.has("--no-color") ? false : flags.has("--color") ? true : undefined;
  // The same validator as stored settings (host/settings).
  const tolText = values.get("--score-tolerance");
  const scoreTolerance = tolText === undefined ? undefined : plainNumber(tolText);
  if (tolText !== undefined && !isScoreTolerance(scoreTolerance)) return usage(fill(t.badTolerance, { option: "--score-tolerance", value: tolText }));
  const weightText = values.get("--execution-weight");
  const executionWeight = weightText === undefined ? undefined : plainNumber(weightText);
  if (weightText !== undefined && !isExecutionWeight(executionWeight)) return usage(fill(t.badWeight, { option: "--execution-weight", value: weightText }));
  const mapFile = values.get("--map-file");
  return {
    command: "audit",
    lang,
    langGiven,
    inputs,
    json: flags.has("--json"),
    lowRate,
    explainRate,
    ...(out !== undefined ? { out } : {}),
    ...(color !== undefined ? { color } : {}),
    limits,
    ...(jobs !== undefined ? { jobs } : {}),
    ...(flags.has("--explain") ? { explain: true } : {}),
    ...(maps.length > 0 ? { maps } : {}),
    ...(mapFile !== undefined ? { mapFile } : {}),
    ...(scoreTolerance !== undefined ? { scoreTolerance } : {}),
    ...(executionWeight !== undefined ? { executionWeight } : {}),
  };
}
