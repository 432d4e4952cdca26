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
