/**
 * The AuditHost of the web checker: a workbook picked in the page, read and audited in the page's
 * Web Worker (src/web/audit-worker.ts) where the browser has one, in the page itself otherwise.
 * Nothing leaves the browser. "Highlights" colour the preview; the highlighted copy is a download built from the
 * untouched original bytes; settings and accepted findings live in the browser's localStorage.
 */
import type { Grid } from "../core/grid/grid";
import type { Finding, Lang, SheetReport } from "../core/types";
import { HostError, normaliseSettings, parseAccepted, parseSettings, storedSettings, type AcceptedFinding, type AuditHost, type AuditScope, type HighlightOutcome, type Progress, type Settings } from "../host";
import { isWorkbookInputError, limitsFrom, readWorkbook, writeHighlightedCopy, type InputErrorCode, type InputErrorParams, type LimitSettings } from "../xlsx";
import { findingsCsv } from "./csv";
import { CSV_TYPE, download, suffixedName, XLSX_TYPE } from "./download";
import type { WorkbookWorker } from "./worker-client";

/** A file the user picked or dropped, read and converted once. */
export interface LoadedFile {
  id: string;
  name: string;
  size: number;
  bytes: Uint8Array;
  grids: Grid[];
  /** Why the file could not be opened, or null. */
  error: InputErrorCode | "unreadable" | null;
  /** The limit or part the error names. */
  errorParams?: InputErrorParams;
  /** True when the page's worker holds the file's grids too, and audits it there. */
  inWorker?: boolean;
}

let nextId = 1;

/**
 * Reads a picked file into Grids within the page's limits, in the worker when one is given (under
 * `id`); a bad file comes back with `error` set instead of throwing. With `auditWith` (the settings
 * its panel will audit with, see settingsFor), the worker audits it as soon as it is read.
 */
export async function loadFile(
  name: string,
  bytes: Uint8Array,
  worker?: WorkbookWorker | null,
  id = `f${nextId++}`,
  limits: LimitSettings = {},
  auditWith?: Settings,
): Promise<LoadedFile> {
  const base = { id, name, size: bytes.length, bytes };
  if (worker) {
    const result = await worker.open(id, bytes, undefined, limits, auditWith);
    if ("grids" in result) return { ...base, grids: result.grids, error: null, inWorker: true };
    return { ...base, grids: [], error: result.error, ...(result.params ? { errorParams: result.params } : {}) };
  }
  try {
    return { ...base, grids: readWorkbook(bytes, limitsFrom(limits)).grids, error: null };
  } catch (e) {
    if (isWorkbookInputError(e)) return { ...base, grids: [], error: e.code, errorParams: e.params };
    return { ...base, grids: [], error: "unreadable" };
  }
}

/** What the host needs from the page's preview. */
export interface PreviewControl {
  /** The sheet the preview shows, for "Audit this sheet". */
  currentSheet(fileId: string): string | undefined;
  showCell(fileId: string, sheet: string, cell: string): void;
  setMarks(fileId: string, findings: readonly Finding[]): void;
}

const settingsKey = (fileName: string): string => `jixiao:${fileName}:settings`;

/** The settings the panel of a file of this name audits with: the ones kept in this browser, over the defaults. */
export function settingsFor(storage: Storage | null, fileName: string): Settings {
  return normaliseSettings(parseSettings(storageGet(storage, settingsKey(fileName))));
}

/** Storage that may be missing (private windows) or full: failures only lose the preference. */
export function storageGet(storage: Storage | null, key: string): unknown {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

export function storageSet(storage: Storage | null, key: string, value: unknown): void {
  if (!storage) throw new HostError("write-failed", "localStorage");
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch (e) {
    throw new HostError("write-failed", "localStorage", e);
  }
}

/** Groups findings into per-sheet reports, the shape the xlsx writer takes. */
export function reportsFromFindings(findings: readonly Finding[]): SheetReport[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  return [...bySheet].map(([sheet, list]) => ({
    sheet,
    layout: "mixed" as const,
    blocks: [],
    findings: list,
    stats: { rowsScanned: 0, errors: 0, warnings: 0, infos: 0 },
  }));
}

/** The highlighted copy of a file: its untouched original bytes, patched. */
export async function highlightedCopy(file: LoadedFile, findings: readonly Finding[], lang: Lang): Promise<Uint8Array> {
  try {
    return writeHighlightedCopy(file.bytes, reportsFromFindings(findings), lang);
  } catch (e) {
    throw new HostError(isWorkbookInputError(e) ? "read-failed" : "write-failed", file.name, e);
  }
}

export function downloadHighlighted(file: LoadedFile, bytes: Uint8Array, lang: Lang): void {
  download(suffixedName(file.name, lang === "zh-CN" ? "审核" : "audited", ".xlsx"), bytes, XLSX_TYPE);
}

/** `worker` is the page's worker when it holds the file (file.inWorker): the host then audits there. */
export function createWebHost(file: LoadedFile, preview: PreviewControl, storage: Storage | null, worker?: WorkbookWorker | null): AuditHost {
  const key = (what: string): string => `jixiao:${file.name}:${what}`;
  const gridsIn = (scope: AuditScope): Grid[] => {
    const sheet = preview.currentSheet(file.id);
    return scope === "sheet" ? file.grids.filter((g) => g.sheet === (sheet ?? file.grids[0]?.sheet)) : file.grids;
  };
  const host: AuditHost = {
    async readGrids(scope: AuditScope, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<Grid[]> {
      if (signal.aborted) throw new HostError("cancelled");
      if (file.error) throw new HostError("read-failed", file.name);
      const grids = gridsIn(scope);
      onProgress({ phase: "reading", done: grids.length, total: grids.length });
      return grids;
    },
    async selectCell(sheet: string, cell: string): Promise<void> {
      preview.showCell(file.id, sheet, cell);
    },
    async highlight(findings: Finding[]): Promise<HighlightOutcome> {
      preview.setMarks(file.id, findings);
      return { warnings: [] };
    },
    async clearHighlights(): Promise<HighlightOutcome> {
      preview.setMarks(file.id, []);
      return { warnings: [] };
    },
    async exportFindings(findings: Finding[], lang: Lang): Promise<void> {
      download(suffixedName(file.name, lang === "zh-CN" ? "审核结果" : "findings", ".csv"), findingsCsv([{ name: file.name, findings }], lang), CSV_TYPE);
    },
    async saveFile(name: string, bytes: Uint8Array, mime: string): Promise<void> {
      download(name, bytes, mime);
    },
    async loadSettings(): Promise<Partial<Settings>> {
      return parseSettings(storageGet(storage, settingsKey(file.name)));
    },
    async saveSettings(settings: Settings): Promise<void> {
      storageSet(storage, settingsKey(file.name), storedSettings(settings));
    },
    async loadAccepted(): Promise<AcceptedFinding[]> {
      return parseAccepted(storageGet(storage, key("accepted")));
    },
    async saveAccepted(accepted: AcceptedFinding[]): Promise<void> {
      storageSet(storage, key("accepted"), accepted);
    },
  };
  if (worker && file.inWorker && !file.error) {
    host.audit = (scope, settings, onProgress, signal) => {
      const sheets = scope === "sheet" ? gridsIn(scope).map((g) => g.sheet) : null;
      return worker.audit(file.id, sheets, settings, onProgress, signal);
    };
  }
  return host;
}
