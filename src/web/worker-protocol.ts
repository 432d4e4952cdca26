/**
 * Messages between the web checker page and its worker (src/web/audit-worker.ts). Everything here is
 * plain data, copied by postMessage's structured clone: grids go over as GridInit, settings and
 * reports as they are.
 */
import type { GridInit } from "../core/grid/grid";
import type { Finding, SheetReport } from "../core/types";
import type { Progress, Settings } from "../host";
import type { InputErrorCode, InputErrorParams, LimitSettings } from "../xlsx";

/**
 * Rows, and findings, per message from the worker: the page decodes each message in one task, so a
 * 50,000-row sheet or its 25,000 findings go over in slices that each take a few milliseconds.
 */
export const ROWS_PER_MESSAGE = 1000;
export const FINDINGS_PER_MESSAGE = 1000;

export type ToWorker =
  /**
   * Read a file within `limits` (the page's 文件限制); the worker keeps its grids until "close" and sends
   * them to the page in row chunks. With `audit`, it then audits the whole file at once as that run,
   * with those settings (the ones the page's panel will ask for), without waiting for an "audit"
   * message: the page decodes the rows while the worker audits.
   */
  | { type: "open"; file: string; bytes: ArrayBuffer; limits: LimitSettings; audit?: { run: number; settings: Settings } }
  /** Audit the named sheets (all when `sheets` is null) of an open file. */
  | { type: "audit"; run: number; file: string; sheets: string[] | null; settings: Settings }
  | { type: "cancel"; run: number }
  | { type: "close"; file: string };

/** A sheet without its cells: they follow in "rows" messages. */
export type SheetHead = Omit<GridInit, "rows" | "formats" | "formulas"> & { rowCount: number; hasFormulas: boolean };

export type FromWorker =
  | { type: "read-progress"; file: string; done: number; total: number; sheet: string }
  | { type: "opened"; file: string; sheets: SheetHead[] }
  | {
      type: "rows";
      file: string;
      sheet: number;
      /** Index of the first row in the sheet's `rows`. */
      start: number;
      rows: GridInit["rows"];
      formats: NonNullable<GridInit["formats"]>;
      formulas?: NonNullable<GridInit["formulas"]>;
    }
  | { type: "ready"; file: string }
  | { type: "open-failed"; file: string; error: InputErrorCode | "unreadable"; params?: InputErrorParams }
  | { type: "audit-progress"; run: number; progress: Progress }
  /** Findings of reports[sheet], in order; they come before the "reports" message that holds the rest. */
  | { type: "findings"; run: number; sheet: number; findings: Finding[] }
  /** The reports, with `findings` empty: they came in "findings" messages. */
  | { type: "reports"; run: number; reports: SheetReport[] }
  | { type: "audit-failed"; run: number; code: "read-failed" | "cancelled" | "unknown"; detail: string };
