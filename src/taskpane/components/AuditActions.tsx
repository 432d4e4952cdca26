/** The two ways to start an audit, and what can be done with the results. */
import { Button, Caption1, Spinner, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/types";
import type { AuditScope, HighlightWarning } from "../../host";
import type { ActionNotice, WorkbookAction } from "../hooks/useAudit";
import { fill, uiText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  notice: { color: tokens.colorNeutralForeground2 },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface AuditActionsProps {
  lang: Lang;
  /** An audit is running: starting another is disabled. */
  running: boolean;
  /** There is no workbook to audit here (the page is not inside Excel): every action is disabled. */
  unavailable?: boolean;
  /** The workbook action in progress, if any. */
  action: WorkbookAction | null;
  /** There are open findings to mark. */
  canHighlight: boolean;
  /** There are results to export. */
  canExport: boolean;
  notice: ActionNotice | null;
  onAudit: (scope: AuditScope) => void;
  onHighlight: () => void;
  onClearHighlights: () => void;
  onExport: () => void;
  /**
   * Where highlights go: the workbook (fills and notes, put back by Clear), or a page's preview, which
   * has no notes and whose file is never changed (the web checker).
   */
  highlightsIn?: "workbook" | "preview";
  /** Show Export findings; a page with its own downloads leaves it out. */
  showExport?: boolean;
}

/** One line per kind of warning; cells of the same kind are listed together, at most a few. */
export function warningLines(warnings: readonly HighlightWarning[], lang: Lang): string[] {
  const t = uiText(lang);
  const cells = (code: "comment-cell" | "gradient-fill"): string => {
    const list = warnings.flatMap((w) => (w.code === code ? [fill(t.cellAddress, { sheet: w.sheet, cell: w.cell })] : []));
    return list.length > 5 ? `${list.slice(0, 5).join(t.listSeparator)}${fill(t.andMore, { count: list.length - 5 })}` : list.join(t.listSeparator);
  };
  const lines: string[] = [];
  if (warnings.some((w) => w.code === "notes-unsupported")) lines.push(t.warnNotesUnsupported);
  const missing = [...new Set(warnings.flatMap((w) => (w.code === "missing-sheet" ? [w.sheet] : [])))];
  if (missing.length > 0) lines.push(fill(t.warnMissingSheet, { sheets: missing.map((sheet) => fill(t.sheetName, { sheet })).join(t.listSeparator) }));
  if (warnings.some((w) => w.code === "comment-cell")) lines.push(fill(t.warnCommentCell, { cells: cells("comment-cell") }));
  if (warnings.some((w) => w.code === "gradient-fill")) lines.push(fill(t.warnGradientFill, { cells: cells("gradient-fill") }));
  const damaged = warnings.reduce((n, w) => n + (w.code === "backup-damaged" ? w.count : 0), 0);
  if (damaged > 0) lines.push(fill(t.warnBackupDamaged, { count: damaged }));
  return lines;
}

export function AuditActions(props: AuditActionsProps) {
  const { lang, running, action, canHighlight, canExport, notice } = props;
  const inPreview = props.highlightsIn === "preview";
  const styles = useStyles();
  const t = uiText(lang);
  const busy = action !== null || props.unavailable === true;
  const spinner = (kind: WorkbookAction) => (action === kind ? <Spinner size="tiny" /> : undefined);
  const noticeText =
    notice === null ? "" : notice.kind === "highlighted" ? fill(t.highlighted, { count: notice.count }) : notice.kind === "cleared" ? (inPreview ? t.clearedPreview : t.cleared) : t.exported;
  return (
    <div className={styles.root} role="group" aria-label={t.actionsLabel}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={running || busy} onClick={() => props.onAudit("sheet")}>
          {t.auditSheet}
        </Button>
        <Button appearance="primary" disabled={running || busy} onClick={() => props.onAudit("workbook")}>
          {t.auditWorkbook}
        </Button>
      </div>
      <div className={styles.row}>
        <Tooltip content={inPreview ? t.highlightPreviewHint : t.highlightHint} relationship="description">
          <Button size="small" icon={spinner("highlight")} disabled={!canHighlight || running || busy} onClick={props.onHighlight}>
            {t.highlight}
          </Button>
        </Tooltip>
        <Tooltip content={inPreview ? t.clearPreviewHint : t.clearHighlightsHint} relationship="description">
          {/* Always available, so marks from an earlier session can be removed at any time. */}
          <Button size="small" icon={spinner("clear")} disabled={busy} onClick={props.onClearHighlights}>
            {inPreview ? t.clearPreview : t.clearHighlights}
          </Button>
        </Tooltip>
        {props.showExport !== false && (
          <Tooltip content={t.exportFindingsHint} relationship="description">
            <Button size="small" icon={spinner("export")} disabled={!canExport || running || busy} onClick={props.onExport}>
              {t.exportFindings}
            </Button>
          </Tooltip>
        )}
      </div>
      <Caption1 className={styles.notice} role="status">
        {noticeText}
      </Caption1>
      {notice !== null && notice.kind !== "exported" && notice.warnings.length > 0 ? (
        <ul className={styles.warnings} aria-label={t.highlightWarningsLabel}>
          {warningLines(notice.warnings, lang).map((line) => (
            <li key={line}>
              <Caption1>{line}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
