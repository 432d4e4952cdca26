/**
 * The whole checker: actions, progress, errors, results, accepted findings and settings.
 * It talks to the workbook only through `host`, so the Excel task pane and the web page share it.
 * Render it inside a FluentProvider (App.tsx does, with Office's theme).
 */
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding, Lang, SheetReport } from "../../core/types";
import { withColumnRole, type AuditHost, type AuditScope, type PickedRole } from "../../host";
import { useActiveSheet } from "../hooks/useActiveSheet";
import { useAccepted } from "../hooks/useAccepted";
import { useAudit } from "../hooks/useAudit";
import { useSettings } from "../hooks/useSettings";
import { uiText } from "../i18n";
import { AcceptDialog } from "./AcceptDialog";
import { AcceptedList } from "./AcceptedList";
import { AuditActions } from "./AuditActions";
import { AuditProgress } from "./AuditProgress";
import { ErrorBar } from "./ErrorBar";
import { FindingsList, type SeverityFilter } from "./FindingsList";
import { RecognitionView } from "./RecognitionView";
import { ReportActions } from "./ReportActions";
import { ResultsSummary } from "./ResultsSummary";
import { SettingsPanel } from "./SettingsPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  messages: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** What a page around the panel may want to know about its audit (the web checker lists files with counts). */
export interface AuditSnapshot {
  status: "idle" | "running" | "results" | "error";
  /** The last audit's reports, while its results are shown. */
  reports: readonly SheetReport[] | null;
  /** Its findings that are not accepted. */
  open: readonly Finding[];
}

export interface CheckerPanelProps {
  host: AuditHost;
  lang: Lang;
  /**
   * Starts an audit from outside (e.g. "Audit all files") each time `seq` changes; it runs once the
   * host's settings are read, so it uses them.
   */
  runRequest?: { scope: AuditScope; seq: number };
  /** Called whenever the audit's status, results or open findings change. */
  onAuditChange?: (snapshot: AuditSnapshot) => void;
  /** Where the host keeps settings and accepted findings, for the panel's wording. */
  storedIn?: "workbook" | "browser";
  /** Where Highlight paints, for the wording (see AuditActions). */
  highlightsIn?: "workbook" | "preview";
  /** Show Export findings (a page with its own downloads leaves it out). */
  showExport?: boolean;
  /** No workbook can be audited here (outside Excel, or an Excel too old): the actions are disabled. */
  unavailable?: boolean;
  /** The sheet the page shows (the web checker's preview): 识别结果 follows it. Without it, the sheet the host says the user is on. */
  viewedSheet?: string;
}

export function CheckerPanel({
  host,
  lang,
  runRequest,
  onAuditChange,
  storedIn = "workbook",
  unavailable = false,
  highlightsIn = "workbook",
  showExport = true,
  viewedSheet,
}: CheckerPanelProps) {
  const styles = useStyles();
  const t = uiText(lang);
  const settings = useSettings(host);
  const accepted = useAccepted(host);
  const audit = useAudit(host, { settings: settings.settings, acceptedKeys: accepted.keys, lang });
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const [pending, setPending] = useState<Finding | null>(null);
  const activeSheet = useActiveSheet(host, viewedSheet === undefined && !unavailable);

  const { state } = audit;
  const running = state.status === "running";
  const results = state.status === "results" ? state : null;

  const onAudit = useCallback(
    (scope: AuditScope) => {
      setFilter("all");
      void audit.run(scope);
    },
    [audit],
  );

  const handledRequest = useRef<number | null>(null);
  const requestSeq = runRequest?.seq;
  const requestScope = runRequest?.scope;
  useEffect(() => {
    if (requestSeq === undefined || requestScope === undefined || !settings.loaded || handledRequest.current === requestSeq) return;
    handledRequest.current = requestSeq;
    onAudit(requestScope);
  }, [requestSeq, requestScope, settings.loaded, onAudit]);

  const onAuditChangeRef = useRef(onAuditChange);
  onAuditChangeRef.current = onAuditChange;
  const reports = results?.reports ?? null;
  const open = audit.open;
  useEffect(() => {
    onAuditChangeRef.current?.({ status: state.status, reports, open });
  }, [state.status, reports, open]);

  // 识别结果 stays on the last audit's account while a pick is saved and the audit runs again.
  const lastReports = useRef<readonly SheetReport[] | null>(null);
  if (results) lastReports.current = results.reports;
  const [picking, setPicking] = useState(false);
  const [pickFailed, setPickFailed] = useState(false);
  const onPick = async (sheet: string, col: number, role: PickedRole | null) => {
    const scope = results?.scope ?? "workbook";
    setPicking(true);
    try {
      const saved = await settings.saveColumnMaps(withColumnRole(settings.settings.columnMaps, sheet, col, role));
      setPickFailed(saved === null);
      if (saved) await audit.run(scope, saved);
    } finally {
      setPicking(false);
    }
  };

  const onConfirmAccept = (reason: string) => {
    const finding = pending;
    setPending(null);
    if (finding) void accepted.accept(finding, reason);
  };

  return (
    <div className={styles.root}>
      <AuditActions
        lang={lang}
        running={running}
        unavailable={unavailable}
        action={audit.action}
        canHighlight={results !== null && audit.open.length > 0}
        canExport={results !== null}
        notice={audit.notice}
        onAudit={onAudit}
        onHighlight={() => void audit.highlight()}
        onClearHighlights={() => void audit.clearHighlights()}
        onExport={() => void audit.exportFindings()}
        highlightsIn={highlightsIn}
        showExport={showExport}
      />

      {state.status === "running" && <AuditProgress lang={lang} progress={state.progress} onCancel={audit.cancel} />}
      {audit.action === "highlight" && audit.actionProgress && <AuditProgress lang={lang} progress={audit.actionProgress} />}

      <div className={styles.messages}>
        {state.status === "error" && <ErrorBar lang={lang} error={state.error} onDismiss={audit.dismissError} />}
        {audit.actionError && <ErrorBar lang={lang} error={audit.actionError} onDismiss={audit.dismissActionError} />}
        {accepted.error && <ErrorBar lang={lang} error={accepted.error} onDismiss={accepted.dismissError} />}
      </div>

      {state.status === "idle" && !unavailable && <Body1 className={styles.hint}>{t.emptyHint}</Body1>}

      {results && (
        <>
          <ResultsSummary lang={lang} reports={results.reports} open={audit.open} acceptedCount={audit.accepted.length} />
          {audit.open.length > 0 && (
            <FindingsList
              lang={lang}
              findings={audit.open}
              filter={filter}
              onFilterChange={setFilter}
              onSelect={(f) => void audit.selectCell(f.sheet, f.cell)}
              onAccept={setPending}
              canAccept={accepted.ready}
            />
          )}
        </>
      )}

      {lastReports.current && (
        <RecognitionView
          lang={lang}
          reports={lastReports.current}
          viewedSheet={viewedSheet ?? activeSheet}
          maps={settings.settings.columnMaps}
          busy={picking || running}
          storedIn={storedIn === "browser" ? "browser" : "workbook"}
          onSelectCell={(sheet, cell) => void audit.selectCell(sheet, cell)}
          onPick={(sheet, col, role) => void onPick(sheet, col, role)}
        />
      )}
      {pickFailed && settings.error && (
        <ErrorBar
          lang={lang}
          error={settings.error}
          onDismiss={() => {
            setPickFailed(false);
            settings.dismissError();
          }}
        />
      )}

      {!unavailable && <ReportActions lang={lang} host={host} ready={results !== null} findings={audit.open} auditedGrids={audit.auditedGrids} />}

      <AcceptedList
        lang={lang}
        accepted={accepted.accepted}
        current={audit.accepted}
        onRestore={(key) => void accepted.restore(key)}
        disabled={!accepted.ready}
      />

      <SettingsPanel
        lang={lang}
        draft={settings.draft}
        problems={settings.problems}
        loaded={settings.loaded}
        saving={settings.saving}
        saved={settings.saved}
        onLowRateChange={settings.setLowRate}
        onExplainRateChange={settings.setExplainRate}
        onRuleChange={settings.setRule}
        onScoreToleranceChange={settings.setScoreTolerance}
        onExecutionWeightChange={settings.setExecutionWeight}
        onReset={settings.resetToDefaults}
        onSave={() => void settings.save()}
        storedIn={storedIn}
        errorBar={settings.error && <ErrorBar lang={lang} error={settings.error} onDismiss={settings.dismissError} />}
      />

      <AcceptDialog lang={lang} finding={pending} onConfirm={onConfirmAccept} onCancel={() => setPending(null)} storedIn={storedIn} />
    </div>
  );
}
