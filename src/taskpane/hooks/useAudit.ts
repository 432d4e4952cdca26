/**
 * State of the audit panel: idle → running (with progress) → results | error, plus the actions on the
 * results (highlight, clear highlights, export). Accepted findings are split off from the results here.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { isAccepted } from "../../core/audit";
import type { Grid } from "../../core/grid/grid";
import type { Finding, Lang, SheetReport } from "../../core/types";
import { auditGrids } from "../audit-runner";
import { auditOptionsOf, HostError, type AuditHost, type AuditScope, type HighlightWarning, type Progress, type Settings } from "../../host";
import { toHostError } from "../../host";

export type AuditState =
  | { status: "idle" }
  | { status: "running"; scope: AuditScope; progress: Progress }
  | { status: "results"; scope: AuditScope; reports: SheetReport[] }
  | { status: "error"; error: HostError };

export type WorkbookAction = "highlight" | "clear" | "export";

/** What the last workbook action did, for a one-line confirmation. */
export type ActionNotice =
  | { kind: "highlighted"; count: number; warnings: HighlightWarning[] }
  | { kind: "cleared"; warnings: HighlightWarning[] }
  | { kind: "exported" };

export interface AuditInput {
  settings: Settings;
  /** findingKey() of every accepted finding. */
  acceptedKeys: ReadonlySet<string>;
  lang: Lang;
}

export interface AuditPanelState {
  state: AuditState;
  /** Findings of the last audit that are not accepted, in sheet order. */
  open: Finding[];
  /** Findings of the last audit that are accepted (shown under 已忽略 instead). */
  accepted: Finding[];
  /** Audits `scope`; with `settings` (just saved, not yet rendered) instead of the current ones. */
  run(scope: AuditScope, settings?: Settings): Promise<void>;
  cancel(): void;
  /** Clears an audit error and returns to idle. */
  dismissError(): void;
  /** The workbook action in progress, if any, and its progress. */
  action: WorkbookAction | null;
  actionProgress: Progress | null;
  actionError: HostError | null;
  notice: ActionNotice | null;
  highlight(): Promise<void>;
  clearHighlights(): Promise<void>;
  exportFindings(): Promise<void>;
  /** Shows a finding's cell; a failure is reported like any other action's. */
  selectCell(sheet: string, cell: string): Promise<void>;
  dismissActionError(): void;
  /**
   * The sheets the last audit read, for the report draft and the cross-check: kept from the audit when
   * the panel read them itself, else read again from the host (the web checker holds them in the page
   * anyway), limited to the sheets the audit reported on. Empty without results.
   */
  auditedGrids(): Promise<Grid[]>;
}

const IDLE: AuditState = { status: "idle" };

export function useAudit(host: AuditHost, input: AuditInput): AuditPanelState {
  const { acceptedKeys } = input;
  const [state, setState] = useState<AuditState>(IDLE);
  const [action, setAction] = useState<WorkbookAction | null>(null);
  const [actionProgress, setActionProgress] = useState<Progress | null>(null);
  const [actionError, setActionError] = useState<HostError | null>(null);
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  const controller = useRef<AbortController | null>(null);
  const runId = useRef(0);
  // The Grids the last audit read itself (null when the host audited them, or before any audit).
  const auditedRef = useRef<Grid[] | null>(null);
  // Read when an audit starts, so a run always uses the settings saved most recently.
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(
    () => () => {
      runId.current++;
      controller.current?.abort();
    },
    [],
  );

  const run = useCallback(
    async (scope: AuditScope, override?: Settings) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const id = ++runId.current;
      const isCurrent = (): boolean => runId.current === id;
      const report = (progress: Progress): void => {
        if (isCurrent() && !abort.signal.aborted) setState({ status: "running", scope, progress });
      };
      const settings = override ?? inputRef.current.settings;
      setNotice(null);
      setActionError(null);
      setState({ status: "running", scope, progress: { phase: "reading", done: 0, total: 0 } });
      auditedRef.current = null;
      try {
        let reports: SheetReport[];
        let read: Grid[] | null = null;
        if (host.audit) {
          // The host audits off the main thread (the web checker's worker).
          reports = await host.audit(scope, settings, report, abort.signal);
        } else {
          const grids = await host.readGrids(scope, report, abort.signal);
          if (abort.signal.aborted) throw new HostError("cancelled");
          reports = await auditGrids(grids, auditOptionsOf(settings), report, abort.signal, settings.columnMaps);
          read = grids;
        }
        if (abort.signal.aborted) throw new HostError("cancelled");
        if (isCurrent()) auditedRef.current = read;
        // A transition, so React renders a long findings list in slices instead of one long task.
        if (isCurrent()) startTransition(() => setState({ status: "results", scope, reports }));
      } catch (e) {
        if (!isCurrent()) return;
        // Whatever the host rejected with after Cancel, the user asked to cancel.
        const error = abort.signal.aborted ? new HostError("cancelled") : toHostError(e, "read-failed");
        setState({ status: "error", error });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [host],
  );

  const cancel = useCallback(() => {
    const abort = controller.current;
    if (!abort) return;
    abort.abort();
    // Show the cancellation at once, even if the host is slow to notice the signal.
    runId.current++;
    controller.current = null;
    setState({ status: "error", error: new HostError("cancelled") });
  }, []);

  const dismissError = useCallback(() => setState((s) => (s.status === "error" ? IDLE : s)), []);

  const all = useMemo(() => (state.status === "results" ? state.reports.flatMap((r) => r.findings) : []), [state]);
  const open = useMemo(() => all.filter((f) => !isAccepted(f, acceptedKeys)), [all, acceptedKeys]);
  const accepted = useMemo(() => all.filter((f) => isAccepted(f, acceptedKeys)), [all, acceptedKeys]);

  const openRef = useRef(open);
  openRef.current = open;
  const busy = useRef(false);

  const perform = useCallback(async (kind: WorkbookAction, work: () => Promise<ActionNotice>) => {
    if (busy.current) return;
    busy.current = true;
    setAction(kind);
    setActionProgress(null);
    setActionError(null);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (e) {
      setActionError(toHostError(e, "write-failed"));
    } finally {
      busy.current = false;
      setAction(null);
      setActionProgress(null);
    }
  }, []);

  const highlight = useCallback(
    () =>
      perform("highlight", async () => {
        const findings = openRef.current;
        const outcome = await host.highlight(findings, inputRef.current.lang, setActionProgress);
        return { kind: "highlighted", count: new Set(findings.map((f) => `${f.sheet}!${f.cell}`)).size, warnings: outcome.warnings };
      }),
    [host, perform],
  );

  const clearHighlights = useCallback(
    () =>
      perform("clear", async () => {
        const outcome = await host.clearHighlights();
        return { kind: "cleared", warnings: outcome.warnings };
      }),
    [host, perform],
  );

  const exportFindings = useCallback(
    () =>
      perform("export", async () => {
        await host.exportFindings(openRef.current, inputRef.current.lang);
        return { kind: "exported" };
      }),
    [host, perform],
  );

  const selectCell = useCallback(
    async (sheet: string, cell: string) => {
      try {
        await host.selectCell(sheet, cell);
      } catch (e) {
        setActionError(toHostError(e, "unknown"));
      }
    },
    [host],
  );

  const dismissActionError = useCallback(() => setActionError(null), []);

  const stateRef = useRef(state);
  stateRef.current = state;
  const auditedGrids = useCallback(async (): Promise<Grid[]> => {
    const current = stateRef.current;
    if (current.status !== "results") return [];
    if (auditedRef.current) return auditedRef.current;
    const sheets = new Set(current.reports.map((r) => r.sheet));
    const all = await host.readGrids("workbook", () => undefined, new AbortController().signal);
    return all.filter((g) => sheets.has(g.sheet));
  }, [host]);

  return useMemo(
    () => ({
      state,
      open,
      accepted,
      run,
      cancel,
      dismissError,
      action,
      actionProgress,
      actionError,
      notice,
      highlight,
      clearHighlights,
      exportFindings,
      selectCell,
      dismissActionError,
      auditedGrids,
    }),
    [state, open, accepted, run, cancel, dismissError, action, actionProgress, actionError, notice, highlight, clearHighlights, exportFindings, selectCell, dismissActionError, auditedGrids],
  );
}
