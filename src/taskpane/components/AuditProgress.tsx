/** Progress of reading, auditing or marking, with Cancel where the work can be cancelled. */
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/types";
import type { Progress } from "../../host";
import { fill, uiText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

export function progressText(lang: Lang, p: Progress): string {
  const t = uiText(lang);
  switch (p.phase) {
    case "reading":
      return p.sheet ? fill(t.readingSheet, { sheet: p.sheet }) : t.reading;
    case "auditing":
      // `done` sheets are finished, so the one being audited is the next.
      return fill(t.auditing, { current: Math.min(p.done + 1, Math.max(p.total, 1)), total: p.total });
    case "highlighting":
      return fill(t.highlighting, { done: p.done, total: p.total });
  }
}

export interface AuditProgressProps {
  lang: Lang;
  progress: Progress;
  /** Omitted when the work cannot be cancelled. */
  onCancel?: () => void;
}

export function AuditProgress({ lang, progress, onCancel }: AuditProgressProps) {
  const styles = useStyles();
  const t = uiText(lang);
  const value = progress.total > 0 ? Math.min(progress.done / progress.total, 1) : undefined;
  return (
    <div className={styles.root}>
      <Field className={styles.field} label={t.progressLabel} validationMessage={progressText(lang, progress)} validationState="none">
        <ProgressBar value={value} thickness="large" />
      </Field>
      {onCancel && (
        <Button aria-label={t.cancelAudit} onClick={onCancel}>
          {t.cancel}
        </Button>
      )}
    </div>
  );
}
