/**
 * State of the web checker page: the files picked or dropped (read once, in the page's worker where
 * there is one), which one is selected, each file's audit as its checker panel reports it, and what the preview shows. Each file
 * gets its own AuditHost over the shared preview control.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "../core/types";
import type { AuditSnapshot } from "../taskpane/components/CheckerPanel";
import { isLimitErrorCode } from "../core/messages";
import { toHostError, type AuditHost, type AuditScope, type HostError } from "../host";
import type { LimitSettings } from "../xlsx";
import { createWebHost, loadFile, settingsFor, type LoadedFile, type PreviewControl } from "./host";
import { loadLimits, saveLimits } from "./limits";
import type { PreviewTarget } from "./Preview";
import { startWorker, type WorkbookWorker } from "./worker-client";

export interface FileEntry {
  key: string;
  name: string;
  size: number;
  /** Null while the file is being read. */
  file: LoadedFile | null;
}

export type FileStatus = "reading" | "unreadable" | "idle" | "running" | "results" | "error";

export interface RunRequest {
  scope: AuditScope;
  seq: number;
}

export interface WebFilesState {
  entries: FileEntry[];
  selected: FileEntry | null;
  select(key: string): void;
  /** Reads the files one after another, then audits each whole workbook. */
  add(files: readonly File[]): Promise<void>;
  remove(key: string): void;
  /** Audits every readable file again (e.g. after changing settings). */
  auditAll(): void;
  status(key: string): FileStatus;
  /**
   * The last audit of a file, as its panel reported it, but always for the whole file: after
   * 审核当前工作表 its reports and open findings are the workbook audit's with that sheet's replaced.
   */
  audit(key: string): AuditSnapshot | undefined;
  runRequest(key: string): RunRequest | undefined;
  onAuditChange(key: string, snapshot: AuditSnapshot): void;
  hostFor(file: LoadedFile): AuditHost;
  sheetOf(key: string): string | undefined;
  setSheet(key: string, sheet: string): void;
  marksOf(key: string): readonly Finding[];
  /** The cell the preview was last asked to show, for the selected file. */
  target: PreviewTarget | null;
  /**
   * Files the last add refused because they are already listed: the same name and the same bytes (a
   * renamed copy is listed under its own name).
   */
  duplicates: readonly Duplicate[];
  dismissDuplicates(): void;
  /** The reader's limits (文件限制) files are read within: this browser's, over the defaults. */
  limits: LimitSettings;
  /**
   * Keeps new limits (in this browser when it can: the error says when it could not, and they hold
   * for the visit) and reads again every listed file that a limit refused.
   */
  setLimits(limits: LimitSettings): Promise<HostError | null>;
}

export interface Duplicate {
  name: string;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const NO_FINDINGS: readonly Finding[] = [];

/**
 * A file's results after its panel reported `next` results: an audit of some sheets only (审核当前工作表)
 * replaces those sheets' reports and findings in the file's last results, so the file list, the CSV and
 * the preview keep counting the whole file. `sheets` is the file's sheet order.
 */
export function wholeFile(last: AuditSnapshot | undefined, next: AuditSnapshot, sheets: readonly string[]): AuditSnapshot {
  if (next.status !== "results" || !next.reports) return next;
  const covered = new Set(next.reports.map((r) => r.sheet));
  if (!last?.reports || sheets.every((s) => covered.has(s))) return next;
  const from = (s: string): AuditSnapshot => (covered.has(s) ? next : last);
  return {
    status: "results",
    reports: sheets.flatMap((s) => (from(s).reports ?? []).filter((r) => r.sheet === s)),
    open: sheets.flatMap((s) => from(s).open.filter((f) => f.sheet === s)),
  };
}

/** Without a worker: gives the browser a moment to paint "Reading…" before the reader holds the main thread. */
function paint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

export function useWebFiles(storage: Storage | null): WebFilesState {
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [audits, setAudits] = useState<Readonly<Record<string, AuditSnapshot>>>({});
  const [runRequests, setRunRequests] = useState<Readonly<Record<string, RunRequest>>>({});
  const [sheets, setSheets] = useState<Readonly<Record<string, string>>>({});
  const [marks, setMarks] = useState<Readonly<Record<string, readonly Finding[]>>>({});
  const [target, setTarget] = useState<(PreviewTarget & { key: string }) | null>(null);
  // Files asked to audit whose panels have not started yet.
  const [pending, setPending] = useState<Readonly<Record<string, boolean>>>({});
  const nextKey = useRef(1);
  // The bytes of every listed file, to refuse the same file added again.
  const known = useRef(new Map<string, { f: File; bytes: Uint8Array | null }>());
  const [duplicates, setDuplicates] = useState<readonly Duplicate[]>([]);
  const nonce = useRef(0);
  const hosts = useRef(new Map<string, AuditHost>());
  // Each file's last results over all its sheets (see wholeFile).
  const wholeResults = useRef(new Map<string, AuditSnapshot>());
  // One worker for the page's lifetime; null where the browser has none.
  const worker = useRef<WorkbookWorker | null | undefined>(undefined);
  const workerOf = (): WorkbookWorker | null => (worker.current === undefined ? (worker.current = startWorker()) : worker.current);
  // Started with the page, so its script is loaded and compiled (off the main thread) before a file is picked.
  useEffect(() => void workerOf(), []);

  // The preview control outlives renders (each host holds it), so it reads the latest state from refs.
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const sheetsRef = useRef(sheets);
  sheetsRef.current = sheets;

  const preview = useMemo<PreviewControl>(
    () => ({
      currentSheet: (key) => sheetsRef.current[key] ?? entriesRef.current.find((e) => e.key === key)?.file?.grids[0]?.sheet,
      showCell: (key, sheet, cell) => {
        setSelectedKey(key);
        setSheets((s) => ({ ...s, [key]: sheet }));
        setTarget({ key, sheet, cell, nonce: ++nonce.current });
      },
      setMarks: (key, findings) => setMarks((m) => ({ ...m, [key]: findings })),
    }),
    [],
  );

  const [limits, setLimitsState] = useState<LimitSettings>(() => loadLimits(storage));
  const limitsRef = useRef(limits);
  limitsRef.current = limits;

  /** Reads one listed file within the current limits, lists the result, and audits it when it opened. */
  const read = useCallback(async (entry: FileEntry, bytes: Uint8Array | null) => {
    const w = workerOf();
    if (!w) await paint();
    let loaded: LoadedFile;
    try {
      if (!bytes) throw new Error("unreadable");
      // The worker audits the file as soon as it is read, with the settings its panel will ask for.
      loaded = await loadFile(entry.name, bytes, w, entry.key, limitsRef.current, settingsFor(storage, entry.name));
    } catch {
      loaded = { id: entry.key, name: entry.name, size: entry.size, bytes: new Uint8Array(), grids: [], error: "unreadable" };
    }
    const file: LoadedFile = { ...loaded, id: entry.key };
    // A transition: the preview of a 50,000-row sheet and the panel render in slices, and the worker,
    // already auditing the file, shares the machine with them, so no slice holds the main thread long.
    startTransition(() => {
      setEntries((list) => list.map((e) => (e.key === entry.key ? { ...e, file } : e)));
      if (!file.error) {
        setPending((p) => ({ ...p, [entry.key]: true }));
        setRunRequests((r) => ({ ...r, [entry.key]: { scope: "workbook", seq: (r[entry.key]?.seq ?? 0) + 1 } }));
      }
    });
  }, [storage]);

  const setLimits = useCallback(
    async (next: LimitSettings): Promise<HostError | null> => {
      let failure: HostError | null = null;
      try {
        saveLimits(storage, next);
      } catch (e) {
        failure = toHostError(e, "write-failed");
      }
      limitsRef.current = next;
      setLimitsState(next);
      const refused = entriesRef.current.filter((e) => e.file?.error && isLimitErrorCode(e.file.error));
      setEntries((list) => list.map((e) => (refused.some((r) => r.key === e.key) ? { ...e, file: null } : e)));
      for (const e of refused) await read(e, e.file?.bytes ?? null);
      return failure;
    },
    [storage, read],
  );

  const add = useCallback(async (files: readonly File[]) => {
    // The bytes first, so the same file picked again (or twice in one pick) is refused before it is listed.
    const picked: { f: File; bytes: Uint8Array | null }[] = [];
    const refused: Duplicate[] = [];
    for (const f of files) {
      let bytes: Uint8Array | null;
      try {
        bytes = new Uint8Array(await f.arrayBuffer());
      } catch {
        // The browser could not read the file itself (moved, no permission).
        bytes = null;
      }
      const same = bytes && [...known.current.values(), ...picked].find((k) => k.bytes && k.f.name === f.name && k.f.size === f.size && sameBytes(k.bytes, bytes));
      if (same) refused.push({ name: f.name });
      else picked.push({ f, bytes });
    }
    setDuplicates(refused);
    const placeholders: FileEntry[] = picked.map(({ f }) => ({ key: `file-${nextKey.current++}`, name: f.name, size: f.size, file: null }));
    for (const [i, p] of picked.entries()) {
      const entry = placeholders[i];
      if (entry && p.bytes) known.current.set(entry.key, p);
    }
    if (placeholders.length === 0) return;
    setEntries((list) => [...list, ...placeholders]);
    setSelectedKey((k) => k ?? placeholders[0]?.key ?? null);
    for (const [i, { bytes }] of picked.entries()) {
      const entry = placeholders[i];
      if (entry) await read(entry, bytes);
    }
  }, [read]);

  const remove = useCallback((key: string) => {
    hosts.current.delete(key);
    wholeResults.current.delete(key);
    known.current.delete(key);
    worker.current?.close(key);
    const list = entriesRef.current;
    const i = list.findIndex((e) => e.key === key);
    const rest = list.filter((e) => e.key !== key);
    setEntries((l) => l.filter((e) => e.key !== key));
    // The neighbour takes the removed file's place.
    setSelectedKey((k) => (k === key ? (rest[Math.min(i, rest.length - 1)]?.key ?? null) : k));
    const drop = <T,>(record: Readonly<Record<string, T>>): Record<string, T> => {
      const copy = { ...record };
      delete copy[key];
      return copy;
    };
    setAudits(drop);
    setRunRequests(drop);
    setSheets(drop);
    setMarks(drop);
    setPending(drop);
  }, []);

  const auditAll = useCallback(() => {
    const keys = entriesRef.current.filter((e) => e.file && !e.file.error).map((e) => e.key);
    setPending((p) => ({ ...p, ...Object.fromEntries(keys.map((k) => [k, true])) }));
    setRunRequests((r) => {
      const next: Record<string, RunRequest> = { ...r };
      for (const k of keys) next[k] = { scope: "workbook", seq: (r[k]?.seq ?? 0) + 1 };
      return next;
    });
  }, []);

  const onAuditChange = useCallback((key: string, snapshot: AuditSnapshot) => {
    // A transition: React renders the page's lists and preview for tens of thousands of findings in
    // slices, so the main thread stays free for input (the 200 ms long-task bound).
    startTransition(() => {
      let whole = snapshot;
      if (snapshot.status === "results") {
        whole = wholeFile(wholeResults.current.get(key), snapshot, entriesRef.current.find((e) => e.key === key)?.file?.grids.map((g) => g.sheet) ?? []);
        wholeResults.current.set(key, whole);
        // The preview colours the open findings of every audit; "Clear highlights" removes them until the next one.
        setMarks((m) => ({ ...m, [key]: whole.open }));
      }
      // While a sheet is audited again, the file keeps its last counts.
      const shown = snapshot.status === "running" ? (wholeResults.current.get(key) ?? snapshot) : whole;
      setAudits((a) => ({ ...a, [key]: snapshot.status === "running" ? { ...shown, status: "running" } : whole }));
      if (snapshot.status !== "idle") setPending((p) => (p[key] ? { ...p, [key]: false } : p));
      if (snapshot.status === "running") setMarks((m) => ({ ...m, [key]: NO_FINDINGS }));
    });
  }, []);

  const hostFor = useCallback(
    (file: LoadedFile) => {
      let host = hosts.current.get(file.id);
      if (!host) {
        host = createWebHost(file, preview, storage, worker.current);
        hosts.current.set(file.id, host);
      }
      return host;
    },
    [preview, storage],
  );

  const status = useCallback(
    (key: string): FileStatus => {
      const entry = entries.find((e) => e.key === key);
      if (!entry?.file) return "reading";
      if (entry.file.error) return "unreadable";
      // Asked to audit, but the panel has not started yet.
      if (pending[key]) return "running";
      return audits[key]?.status ?? "idle";
    },
    [entries, audits, pending],
  );

  const selected = entries.find((e) => e.key === selectedKey) ?? null;

  return {
    entries,
    selected,
    select: setSelectedKey,
    add,
    remove,
    auditAll,
    status,
    audit: (key) => audits[key],
    runRequest: (key) => runRequests[key],
    onAuditChange,
    hostFor,
    sheetOf: (key) => sheets[key],
    setSheet: (key, sheet) => setSheets((s) => ({ ...s, [key]: sheet })),
    marksOf: (key) => marks[key] ?? NO_FINDINGS,
    target: target && selected && target.key === selected.key ? target : null,
    duplicates,
    dismissDuplicates: () => setDuplicates([]),
    limits,
    setLimits,
  };
}
