/**
 * The web checker's Web Worker (built as checker-worker.js): reads each picked file with the bounded
 * xlsx reader, keeps its Grids, sends the page their cells in row chunks for the preview, and runs the
 * core audit: at once after the read when the page opened the file with settings to audit it with,
 * otherwise when the page's panel asks. The page's main thread only ever receives plain data.
 */
import { runAudit } from "../core/audit";
import { Grid, type GridInit } from "../core/grid/grid";
import type { SheetReport } from "../core/types";
import { auditOptionsOf, withSheetMapping, type Progress, type Settings } from "../host";
import { gridsOf, isWorkbookInputError, limitsFrom, readWorkbookDataAsync, type LimitSettings } from "../xlsx";
import { FINDINGS_PER_MESSAGE, ROWS_PER_MESSAGE, type FromWorker, type SheetHead, type ToWorker } from "./worker-protocol";

/** The worker's global scope, as far as it is used here (the DOM lib has no WorkerGlobalScope). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = globalThis as unknown as WorkerScope;
const post = (message: FromWorker): void => scope.postMessage(message);
const grids = new Map<string, Grid[]>();
/** Runs under way, with the file each audits (so closing a file cancels its audit). */
const running = new Map<number, string>();
const cancelled = new Set<number>();

/** Lets a "cancel" message in between sheets. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function head(init: GridInit): SheetHead {
  const { rows, formats, formulas, workbook, ...rest } = init;
  void formats;
  // The workbook's facts without its Grids: the page needs the facts, and Grids are not ours to post.
  return { ...rest, ...(workbook ? { workbook: { ...workbook, grids: [] } } : {}), rowCount: rows.length, hasFormulas: formulas !== undefined };
}

/** Each file's latest "open": a read overtaken by a "close" or another "open" of the file comes to nothing. */
const opening = new Map<string, number>();
let nextOpen = 1;
/** Files are read one after another, in the order they came. */
let reads: Promise<void> = Promise.resolve();

function open(m: Extract<ToWorker, { type: "open" }>): void {
  const token = nextOpen++;
  opening.set(m.file, token);
  reads = reads
    .then(async () => {
      if (opening.get(m.file) !== token) return;
      const sheets = await read(m.file, m.bytes, m.limits);
      if (opening.get(m.file) !== token) return;
      opening.delete(m.file);
      if (sheets && send(m.file, sheets) && m.audit) void audit(m.audit.run, m.file, null, m.audit.settings);
    })
    // Whatever went wrong with this file, the next ones are still read.
    .catch(() => post({ type: "open-failed", file: m.file, error: "unreadable" }));
}

/** The file's sheets, or null once "open-failed" has told the page why not. */
async function read(file: string, bytes: ArrayBuffer, limits: LimitSettings): Promise<GridInit[] | null> {
  try {
    return (
      await readWorkbookDataAsync(bytes, limitsFrom(limits), {
        onProgress: (done, total, sheet) => post({ type: "read-progress", file, done, total, sheet }),
      })
    ).sheets;
  } catch (e) {
    if (isWorkbookInputError(e)) post({ type: "open-failed", file, error: e.code, ...(e.params ? { params: e.params } : {}) });
    else post({ type: "open-failed", file, error: "unreadable" });
    return null;
  }
}

/** Keeps the grids and sends the page their cells. */
function send(file: string, sheets: GridInit[]): boolean {
  grids.set(file, gridsOf(sheets));
  post({ type: "opened", file, sheets: sheets.map(head) });
  for (const [i, s] of sheets.entries()) {
    for (let start = 0; start < s.rows.length; start += ROWS_PER_MESSAGE) {
      const end = start + ROWS_PER_MESSAGE;
      post({
        type: "rows",
        file,
        sheet: i,
        start,
        rows: s.rows.slice(start, end),
        formats: (s.formats ?? []).slice(start, end),
        ...(s.formulas ? { formulas: s.formulas.slice(start, end) } : {}),
      });
    }
  }
  post({ type: "ready", file });
  return true;
}

async function audit(run: number, file: string, sheets: string[] | null, settings: Settings): Promise<void> {
  const all = grids.get(file);
  if (!all) {
    post({ type: "audit-failed", run, code: "read-failed", detail: file });
    return;
  }
  const inScope = sheets ? all.filter((g) => sheets.includes(g.sheet)) : all;
  const options = auditOptionsOf(settings);
  const reports: SheetReport[] = [];
  const progress = (p: Progress): void => post({ type: "audit-progress", run, progress: p });
  running.set(run, file);
  try {
    for (const [i, grid] of inScope.entries()) {
      progress({ phase: "auditing", done: i, total: inScope.length, sheet: grid.sheet });
      await nextTurn();
      if (cancelled.has(run)) {
        post({ type: "audit-failed", run, code: "cancelled", detail: "" });
        return;
      }
      reports.push(runAudit(grid, withSheetMapping(options, settings.columnMaps, grid.sheet)));
    }
    progress({ phase: "auditing", done: inScope.length, total: inScope.length });
    for (const [sheet, r] of reports.entries()) {
      for (let start = 0; start < r.findings.length; start += FINDINGS_PER_MESSAGE) {
        post({ type: "findings", run, sheet, findings: r.findings.slice(start, start + FINDINGS_PER_MESSAGE) });
      }
    }
    post({ type: "reports", run, reports: reports.map((r) => ({ ...r, findings: [] })) });
  } catch (e) {
    post({ type: "audit-failed", run, code: "unknown", detail: e instanceof Error ? e.message : String(e) });
  } finally {
    running.delete(run);
    cancelled.delete(run);
  }
}

scope.onmessage = (e) => {
  const m = e.data;
  switch (m.type) {
    case "open":
      open(m);
      break;
    case "audit":
      void audit(m.run, m.file, m.sheets, m.settings);
      break;
    case "cancel":
      if (running.has(m.run)) cancelled.add(m.run);
      break;
    case "close":
      grids.delete(m.file);
      opening.delete(m.file);
      for (const [run, file] of running) if (file === m.file) cancelled.add(run);
      break;
  }
};
