/**
 * The page's side of the web checker's worker: opens files in it (getting back Grids for the preview,
 * rebuilt from row chunks) and audits them there. One worker serves every file of the page.
 */
import { Grid, type GridInit } from "../core/grid/grid";
import type { Finding, SheetReport } from "../core/types";
import { HostError, type Progress, type Settings } from "../host";
import type { InputErrorCode, InputErrorParams, LimitSettings } from "../xlsx";
import type { FromWorker, ToWorker } from "./worker-protocol";

/** The built worker script, next to checker.js (webpack's "checker-worker" entry). */
export const WORKER_SCRIPT = "checker-worker.js";

export type OpenResult = { grids: Grid[] } | { error: InputErrorCode | "unreadable"; params?: InputErrorParams };

/** The minimum of a Worker this needs, so tests can stand in for one. */
export interface WorkerPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

interface PendingOpen {
  inits: GridInit[];
  resolve(result: OpenResult): void;
  onProgress?: (p: Progress) => void;
}

interface PendingRun {
  /** Findings received so far, per report. */
  findings: Finding[][];
  resolve(reports: SheetReport[]): void;
  reject(error: HostError): void;
  onProgress(p: Progress): void;
}

/** An audit the worker started by itself after a read (open with settings), until the page's panel asks for it. */
interface EarlyRun {
  run: number;
  /** The settings it runs with, as JSON: the panel's request must match them to take it over. */
  settings: string;
  result: Promise<SheetReport[]>;
  /** The last progress it reported, for the panel that takes it over. */
  progress: Progress | null;
}

export class WorkbookWorker {
  private readonly opens = new Map<string, PendingOpen>();
  private readonly runs = new Map<number, PendingRun>();
  private readonly early = new Map<string, EarlyRun>();
  private nextRun = 1;

  constructor(private readonly port: WorkerPort) {
    port.onmessage = (e) => this.receive(e.data);
    // The worker failed as a whole (it could not load, or ran out of memory): nothing pending will finish.
    port.onerror = (e) => {
      e.preventDefault?.();
      for (const o of this.opens.values()) o.resolve({ error: "unreadable" });
      this.opens.clear();
      for (const r of this.runs.values()) r.reject(new HostError("read-failed", e.message ?? ""));
      this.runs.clear();
    };
  }

  /**
   * Reads a file in the worker, within `limits` (the defaults where a field is left out). The bytes are
   * copied, so the page keeps its own for the highlighted copy. With `auditWith`, the worker audits the
   * whole file with those settings as soon as it is read; the first audit of the whole file asked for
   * with the same settings takes that run over (see audit).
   */
  open(file: string, bytes: Uint8Array, onProgress?: (p: Progress) => void, limits: LimitSettings = {}, auditWith?: Settings): Promise<OpenResult> {
    this.dropEarly(file);
    return new Promise((resolve) => {
      this.opens.set(file, { inits: [], resolve, ...(onProgress ? { onProgress } : {}) });
      const copy = bytes.slice().buffer;
      const early = auditWith ? this.startEarly(file, auditWith) : undefined;
      this.port.postMessage({ type: "open", file, bytes: copy, limits, ...(early ? { audit: { run: early, settings: auditWith as Settings } } : {}) }, [copy]);
    });
  }

  /**
   * Audits sheets of an open file in the worker (all of them when `sheets` is null). The whole file with
   * the settings it was opened with takes over the audit the worker started after the read.
   */
  audit(file: string, sheets: string[] | null, settings: Settings, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<SheetReport[]> {
    if (signal.aborted) return Promise.reject(new HostError("cancelled"));
    const early = this.early.get(file);
    this.early.delete(file);
    if (early && sheets === null && early.settings === JSON.stringify(settings)) return this.adopt(early, onProgress, signal);
    if (early) this.cancel(early.run);
    const run = this.nextRun++;
    return new Promise((resolve, reject) => {
      this.runs.set(run, { findings: [], resolve, reject, onProgress });
      this.cancelOnAbort(run, signal, reject);
      this.port.postMessage({ type: "audit", run, file, sheets, settings });
    });
  }

  /** Lets the worker drop a file's grids (and stop its audit). */
  close(file: string): void {
    this.opens.delete(file);
    this.dropEarly(file);
    this.port.postMessage({ type: "close", file });
  }

  /** Registers the run the worker will start after reading `file`; nobody waits for it until audit takes it over. */
  private startEarly(file: string, settings: Settings): number {
    const run = this.nextRun++;
    const early: EarlyRun = { run, settings: JSON.stringify(settings), progress: null, result: Promise.resolve([]) };
    early.result = new Promise<SheetReport[]>((resolve, reject) => {
      this.runs.set(run, { findings: [], resolve, reject, onProgress: (p) => (early.progress = p) });
    });
    // Nobody may ever take it over (the file is closed first): its failure is no one's error until then.
    early.result.catch(() => undefined);
    this.early.set(file, early);
    return run;
  }

  /** The worker's own run of a file, now the panel's: its progress so far, then as it comes, and its cancel. */
  private adopt(early: EarlyRun, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<SheetReport[]> {
    const pending = this.runs.get(early.run);
    if (pending) pending.onProgress = onProgress;
    if (pending && early.progress) onProgress(early.progress);
    return new Promise((resolve, reject) => {
      early.result.then(resolve, reject);
      this.cancelOnAbort(early.run, signal, reject);
    });
  }

  private cancelOnAbort(run: number, signal: AbortSignal, reject: (e: HostError) => void): void {
    signal.addEventListener(
      "abort",
      () => {
        if (!this.runs.has(run)) return;
        this.cancel(run);
        reject(new HostError("cancelled"));
      },
      { once: true },
    );
  }

  private cancel(run: number): void {
    if (!this.runs.delete(run)) return;
    this.port.postMessage({ type: "cancel", run });
  }

  private dropEarly(file: string): void {
    const early = this.early.get(file);
    this.early.delete(file);
    if (early) this.cancel(early.run);
  }

  private receive(m: FromWorker): void {
    switch (m.type) {
      case "read-progress":
        this.opens.get(m.file)?.onProgress?.({ phase: "reading", done: m.done, total: m.total, sheet: m.sheet });
        return;
      case "opened": {
        const o = this.opens.get(m.file);
        if (!o) return;
        o.inits = m.sheets.map(({ rowCount, hasFormulas, ...rest }) => ({
          ...rest,
          rows: new Array(rowCount),
          formats: new Array(rowCount),
          ...(hasFormulas ? { formulas: new Array(rowCount) } : {}),
        }));
        return;
      }
      case "rows": {
        const init = this.opens.get(m.file)?.inits[m.sheet];
        if (!init) return;
        // Copied as they came, holes (rows without formats) included, so the Grid is the reader's.
        for (let i = 0; i < m.rows.length; i++) {
          init.rows[m.start + i] = m.rows[i] as GridInit["rows"][number];
          if (init.formats) init.formats[m.start + i] = m.formats[i] as NonNullable<GridInit["formats"]>[number];
          if (init.formulas && m.formulas) init.formulas[m.start + i] = m.formulas[i] as NonNullable<GridInit["formulas"]>[number];
        }
        return;
      }
      case "ready": {
        const o = this.opens.get(m.file);
        if (!o) return;
        this.opens.delete(m.file);
        o.resolve({ grids: o.inits.map((init) => new Grid(init)) });
        return;
      }
      case "open-failed": {
        const o = this.opens.get(m.file);
        this.opens.delete(m.file);
        // The worker audits nothing it could not read.
        const early = this.early.get(m.file);
        this.early.delete(m.file);
        if (early) this.runs.delete(early.run);
        o?.resolve(m.params ? { error: m.error, params: m.params } : { error: m.error });
        return;
      }
      case "audit-progress":
        this.runs.get(m.run)?.onProgress(m.progress);
        return;
      case "findings": {
        const r = this.runs.get(m.run);
        if (!r) return;
        const list = (r.findings[m.sheet] ??= []);
        for (const f of m.findings) list.push(f);
        return;
      }
      case "reports": {
        const r = this.runs.get(m.run);
        this.runs.delete(m.run);
        r?.resolve(m.reports.map((report, i) => ({ ...report, findings: r.findings[i] ?? [] })));
        return;
      }
      case "audit-failed": {
        const r = this.runs.get(m.run);
        this.runs.delete(m.run);
        r?.reject(new HostError(m.code, m.detail));
        return;
      }
    }
  }
}

/** The page's worker, or null where the browser has none (then the page reads and audits in place). */
export function startWorker(): WorkbookWorker | null {
  if (typeof Worker !== "function") return null;
  try {
    return new WorkbookWorker(new Worker(WORKER_SCRIPT) as unknown as WorkerPort);
  } catch {
    return null;
  }
}
