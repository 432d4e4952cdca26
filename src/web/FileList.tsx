/**
 * The loaded files, each with its size and either its finding counts, what is happening to it, or
 * the one line that says why it cannot be audited. Choosing a file shows its findings and preview.
 */
import { Body1Strong, Button, Caption1, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Finding, Lang, Severity } from "../core/types";
import type { AuditSnapshot } from "../taskpane/components/CheckerPanel";
import { fill } from "../host";
import { inputErrorMessage } from "../core/messages";
import type { LoadedFile } from "./host";
import { fileSize, webText } from "./i18n";
import { limitRaiseHint } from "./limits";
import type { FileEntry, FileStatus } from "./useWebFiles";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    alignItems: "flex-start",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  selected: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  choose: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    background: "none",
    textAlign: "left",
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  name: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  status: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  counts: { color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorStatusDangerForeground1 },
  remove: { flexShrink: 0, margin: tokens.spacingVerticalXS },
});

export interface FileListProps {
  lang: Lang;
  entries: readonly FileEntry[];
  selectedKey: string | null;
  status: (key: string) => FileStatus;
  audit: (key: string) => AuditSnapshot | undefined;
  onSelect: (key: string) => void;
  onRemove: (key: string) => void;
}

/** The line a file that cannot be audited shows, in the user's language. */
export function fileErrorText(lang: Lang, error: NonNullable<LoadedFile["error"]>, params?: LoadedFile["errorParams"]): string {
  const t = webText(lang);
  const reason = error === "unreadable" ? t.unreadable : inputErrorMessage(error, lang, params);
  return fill(t.fileError, { reason }) + limitRaiseHint(lang, error);
}

function counts(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** «错误 0 项 · 警告 1 项 · 提示 1 项», each part kept on one line: a narrow list wraps only between them. */
function countParts(lang: Lang, c: Record<Severity, number>): ReactElement[] {
  const t = webText(lang);
  const parts = [fill(t.countErrors, { count: c.error }), fill(t.countWarnings, { count: c.warning }), fill(t.countInfos, { count: c.info })];
  return parts.flatMap((text, i) => [
    ...(i > 0 ? [<span key={`s${i}`}>{" · "}</span>] : []),
    <span key={i} style={{ whiteSpace: "nowrap" }}>
      {text}
    </span>,
  ]);
}

export function FileList({ lang, entries, selectedKey, status, audit, onSelect, onRemove }: FileListProps) {
  const styles = useStyles();
  const t = webText(lang);
  if (entries.length === 0) return <Caption1 className={styles.muted}>{t.noFiles}</Caption1>;
  return (
    <ul className={styles.list} aria-label={t.fileListLabel}>
      {entries.map((e) => {
        const s = status(e.key);
        const open = s === "results" ? (audit(e.key)?.open ?? []) : [];
        const c = counts(open);
        const isSelected = e.key === selectedKey;
        let line;
        if (s === "reading" || s === "running") {
          line = (
            <span className={styles.status}>
              <Spinner size="extra-tiny" />
              {s === "reading" ? t.reading : t.auditing}
            </span>
          );
        } else if (s === "unreadable" && e.file?.error) {
          line = (
            <Caption1 className={styles.problem} role="alert" data-testid="file-error">
              {fileErrorText(lang, e.file.error, e.file.errorParams)}
            </Caption1>
          );
        } else if (s === "results") {
          line = (
            <Caption1 className={styles.counts} data-testid="file-counts">
              {open.length === 0 ? t.noProblems : countParts(lang, c)}
            </Caption1>
          );
        } else {
          line = <Caption1 className={styles.status}>{s === "error" ? t.auditUnfinished : t.notAudited}</Caption1>;
        }
        return (
          <li
            key={e.key}
            className={mergeClasses(styles.item, isSelected && styles.selected)}
            data-testid="file-item"
            data-file={e.name}
            data-status={s}
            data-findings={s === "results" ? open.length : undefined}
          >
            <button type="button" className={styles.choose} aria-current={isSelected ? "true" : undefined} onClick={() => onSelect(e.key)}>
              <Body1Strong className={styles.name}>{e.name}</Body1Strong>
              <Caption1 className={styles.muted}>{fileSize(e.size, lang)}</Caption1>
              {line}
            </button>
            <Button
              className={styles.remove}
              size="small"
              appearance="subtle"
              aria-label={fill(t.removeFile, { name: e.name })}
              title={fill(t.removeFile, { name: e.name })}
              onClick={() => onRemove(e.key)}
            >
              ✕
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
