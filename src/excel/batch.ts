/**
 * Round trips to Excel: the one place that calls Excel.run, how work is grouped into as few
 * `context.sync()` calls as the payload limit allows, and how Office errors become HostErrors.
 */
import { HostError, toHostError, type HostErrorCode } from "../host";

/**
 * Bytes one sync may carry in Excel on the web, which rejects requests and responses over 5 MB;
 * the estimates below are rough, so this keeps a fifth in reserve.
 */
export const WEB_PAYLOAD_BUDGET = 4_000_000;

/**
 * Excel on Windows and Mac has no payload limit; this only bounds the size of one sync. It covers
 * reading and marking a 100,000-row, 7-column sheet with a finding on most rows.
 */
export const DESKTOP_PAYLOAD_BUDGET = 64_000_000;

/** The budget for this host: the web's limit, except on Excel for Windows and Mac. */
export function defaultPayloadBudget(): number {
  // `Office` is a global only where office.js has loaded.
  const platform = typeof Office !== "undefined" ? String(Office.context?.platform) : "";
  return platform === "PC" || platform === "Mac" ? DESKTOP_PAYLOAD_BUDGET : WEB_PAYLOAD_BUDGET;
}

/** Estimated request bytes of one queued operation, besides its text. */
export const OP_BYTES = 200;

/** Estimated response bytes per cell read as values + numberFormat + valueTypes + formulas (JSON). */
export const READ_BYTES_PER_CELL = 52;

/** Options shared by every adapter call; tests and the benchmark lower the budget to force chunking. */
export interface BatchOptions {
  /** Bytes per sync (default defaultPayloadBudget()). */
  payloadBudget?: number;
}

/** Runs `batch` in one Excel.run. Office errors that escape it become HostErrors with `fallback`. */
export async function runExcel<T>(fallback: HostErrorCode, detail: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") throw new HostError("no-workbook");
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw officeError(e, fallback, detail);
  }
}

/** The `code` of an OfficeExtension.Error (or anything shaped like one). */
export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** Excel on the web refused a sync because it carried too much. */
export function isPayloadError(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code !== undefined && PAYLOAD_CODES.has(code);
}

export interface ErrorContext {
  /** Writing: AccessDenied/InvalidOperation then mean a protected sheet (or workbook structure). */
  writing?: boolean;
}

/**
 * Maps an OfficeExtension.Error's code to the HostError the panel shows; anything else (HostErrors
 * included) goes to host's toHostError, the one generic conversion.
 */
export function officeError(e: unknown, fallback: HostErrorCode, detail: string, context: ErrorContext = {}): HostError {
  if (e instanceof HostError) return e;
  const code = officeErrorCode(e);
  switch (code) {
    case "AccessDenied":
      return new HostError("protected", detail, e);
    case "InvalidOperation":
      return new HostError(context.writing ? "protected" : fallback, detail, e);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return new HostError("too-large", detail, e);
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedFeature":
    case "UnsupportedOperation":
      return new HostError("unsupported", detail, e);
    default:
      return toHostError(e, fallback, detail);
  }
}

/** Throws HostError("cancelled") once the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new HostError("cancelled");
}

/**
 * Splits work into consecutive groups whose estimated bytes stay within the budget (an item larger
 * than the budget gets a group of its own). One group is one sync, so small jobs are one sync.
 */
export function planBatches<T>(items: readonly T[], bytes: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const b = bytes(item);
    if (current.length > 0 && size + b > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += b;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** UTF-8 bytes a string adds to a JSON payload (a close upper bound, computed without encoding it). */
export function jsonBytes(s: string): number {
  let n = s.length + 2;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) n += 2;
  return n;
}

/** One queued Office.js operation (or a few that belong together) and its estimated payload. */
export interface QueuedOp {
  bytes: number;
  queue: () => void;
}

export interface RunOpsOptions {
  budget: number;
  code: HostErrorCode;
  detail: string;
  writing?: boolean;
  /**
   * For reads only (safe to queue again): when Excel refuses a sync's payload, split that group
   * in two and try again, so a low estimate costs a sync, not the job.
   */
  retryOnPayload?: boolean;
  /** Called after each sync with the ops done so far and in total. */
  onSync?: (done: number, total: number) => void;
}

/**
 * Queues the ops and syncs once per budget-sized group: one sync for any ordinary job. Ops run in
 * order, so a later op may rely on an earlier one having reached Excel.
 */
export async function runOps(context: Excel.RequestContext, ops: readonly QueuedOp[], options: RunOpsOptions): Promise<void> {
  if (ops.length === 0) return;
  const groups = planBatches(ops, (op) => op.bytes, options.budget);
  let done = 0;
  while (groups.length > 0) {
    const group = groups.shift() as QueuedOp[];
    for (const op of group) op.queue();
    try {
      // One sync per payload-sized batch is the point: a small job has exactly one.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (options.retryOnPayload && isPayloadError(e) && group.length > 1) {
        const half = Math.ceil(group.length / 2);
        groups.unshift(group.slice(0, half), group.slice(half));
        continue;
      }
      throw officeError(e, options.code, options.detail, { writing: options.writing });
    }
    done += group.length;
    options.onSync?.(done, ops.length);
  }
}

/**
 * Consecutive rows grouped for one range write each: at most `maxRows` rows and, past the first
 * row, at most `maxBytes` estimated bytes, so that any budget can be met by planBatches.
 */
export function rowBlocks<T>(rows: readonly T[], rowBytes: (row: T) => number, maxBytes: number, maxRows: number): { start: number; rows: T[]; bytes: number }[] {
  const blocks: { start: number; rows: T[]; bytes: number }[] = [];
  let current: { start: number; rows: T[]; bytes: number } | undefined;
  rows.forEach((row, i) => {
    const b = rowBytes(row);
    if (!current || current.rows.length >= maxRows || (current.rows.length > 0 && current.bytes + b > maxBytes)) {
      current = { start: i, rows: [], bytes: 0 };
      blocks.push(current);
    }
    current.rows.push(row);
    current.bytes += b;
  });
  return blocks;
}
