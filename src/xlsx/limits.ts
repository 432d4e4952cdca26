import type { LimitErrorCode } from "../core/messages";
import { plainNumber } from "../host/text";

/**
 * What the reader will take from a file it did not make. The defaults are far above any real
 * self-evaluation workbook (a 50,000-row sheet is about 40 MB of XML and 1 million cells) and far
 * below what would hurt a browser tab or a batch.
 */
export interface ReadLimits {
  /** Largest uncompressed part (one zip entry) the reader inflates, in bytes. */
  maxPartBytes: number;
  /** Largest sum of the uncompressed parts the reader inflates, in bytes. */
  maxTotalBytes: number;
  /** Largest uncompressed ÷ compressed size of a part above `ratioFloorBytes`. */
  maxRatio: number;
  /** Parts smaller than this are never refused for their ratio (tiny XML compresses well). */
  ratioFloorBytes: number;
  /** Most cells (with a value, a style or inside a merged range) in the whole workbook. */
  maxCells: number;
  /** Most entries in the shared-string table. */
  maxSharedStrings: number;
  /** Longest the read may take, in milliseconds. */
  maxMillis: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ReadLimits> = {
  maxPartBytes: 200 * MB,
  maxTotalBytes: 500 * MB,
  maxRatio: 250,
  ratioFloorBytes: 1 * MB,
  maxCells: 5_000_000,
  maxSharedStrings: 2_000_000,
  maxMillis: 60_000,
};

/** Limits in the units the flags and settings use. */
export interface LimitSettings {
  maxPartMb?: number;
  maxTotalMb?: number;
  maxRatio?: number;
  maxCells?: number;
  maxSharedStrings?: number;
  maxSeconds?: number;
}

/** The fields of LimitSettings, in the order the CLI's help and the web page's form list them. */
export const LIMIT_FIELDS = ["maxPartMb", "maxTotalMb", "maxRatio", "maxCells", "maxSharedStrings", "maxSeconds"] as const satisfies readonly (keyof LimitSettings)[];
export type LimitField = (typeof LIMIT_FIELDS)[number];

/** The default limits in the units the flags and settings use: 200 (MB), 500 (MB), 250, 5,000,000, 2,000,000, 60 (s). */
export const DEFAULT_LIMIT_SETTINGS: Readonly<Record<LimitField, number>> = {
  maxPartMb: DEFAULT_LIMITS.maxPartBytes / MB,
  maxTotalMb: DEFAULT_LIMITS.maxTotalBytes / MB,
  maxRatio: DEFAULT_LIMITS.maxRatio,
  maxCells: DEFAULT_LIMITS.maxCells,
  maxSharedStrings: DEFAULT_LIMITS.maxSharedStrings,
  maxSeconds: DEFAULT_LIMITS.maxMillis / 1000,
};

/** The setting that raises the limit each refusal names. */
export const LIMIT_FIELD_OF: Readonly<Record<LimitErrorCode, LimitField>> = {
  "limit-part-size": "maxPartMb",
  "limit-total-size": "maxTotalMb",
  "limit-ratio": "maxRatio",
  "limit-cells": "maxCells",
  "limit-shared-strings": "maxSharedStrings",
  "limit-time": "maxSeconds",
};

/** A limit as typed (a flag's value, a form field): a plain positive decimal such as "200" or "0.5"; undefined otherwise. */
export function limitValue(text: string): number | undefined {
  const n = plainNumber(text);
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Limit settings read back from storage: each field a positive number or left out (so it takes its default). */
export function parseLimitSettings(raw: unknown): LimitSettings {
  const r = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: LimitSettings = {};
  for (const field of LIMIT_FIELDS) {
    const v = r[field];
    if (typeof v === "number" && Number.isFinite(v) && v > 0) out[field] = v;
  }
  return out;
}

export function limitsFrom(settings: LimitSettings = {}): ReadLimits {
  const l = { ...DEFAULT_LIMITS };
  if (settings.maxPartMb !== undefined) l.maxPartBytes = settings.maxPartMb * MB;
  if (settings.maxTotalMb !== undefined) l.maxTotalBytes = settings.maxTotalMb * MB;
  if (settings.maxRatio !== undefined) l.maxRatio = settings.maxRatio;
  if (settings.maxCells !== undefined) l.maxCells = settings.maxCells;
  if (settings.maxSharedStrings !== undefined) l.maxSharedStrings = settings.maxSharedStrings;
  if (settings.maxSeconds !== undefined) l.maxMillis = settings.maxSeconds * 1000;
  return l;
}

export const BYTES_PER_MB = MB;
