/** Findings someone accepted (ignored), as stored in the workbook, each with its reason, time and Restore. */
import { Body1, Button, Caption1, Caption1Strong, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Finding, Lang } from "../../core/types";
import { findingKey, legacyFindingKey } from "../../core/audit";
import { renderFinding } from "../../core/messages";
import type { AcceptedFinding } from "../../host";
import { fill, uiText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  text: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  message: { wordBreak: "break-word", color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  restore: { flexShrink: 0 },
});

/** An ISO time in the user's language; the text as stored if it is not a date. */
export function formatTime(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(d);
}

export interface AcceptedListProps {
  lang: Lang;
  accepted: readonly AcceptedFinding[];
  /** Findings of the current audit, so an accepted one reads in the current language. */
  current?: readonly Finding[];
  onRestore: (key: string) => void;
  disabled?: boolean;
}

export function AcceptedList({ lang, accepted, current = [], onRestore, disabled = false }: AcceptedListProps) {
  const styles = useStyles();
  const t = uiText(lang);
  const headingId = useId();
  // The current audit's finding where there is one, else the one stored with the entry: both render in `lang`.
  const now = new Map<string, Finding>();
  for (const f of current) {
    now.set(findingKey(f), f);
    now.set(legacyFindingKey(f), f);
  }
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {fill(t.groupCount, { label: t.acceptedHeading, count: accepted.length })}
      </Subtitle2>
      {accepted.length === 0 ? (
        <Caption1 className={styles.muted}>{t.acceptedEmpty}</Caption1>
      ) : (
        <ul className={styles.list}>
          {accepted.map((a) => {
            const address = fill(t.cellAddress, { sheet: a.sheet, cell: a.cell });
            const shown = now.get(a.key) ?? a.finding;
            const message = shown ? renderFinding(shown, lang) : (a.savedText ?? "");
            return (
              <li key={a.key} className={styles.item}>
                <div className={styles.text}>
                  <Caption1Strong>{address}</Caption1Strong>
                  <Body1 className={styles.message}>{message}</Body1>
                  <Caption1>{a.reason ? fill(t.acceptedReason, { reason: a.reason }) : t.acceptedNoReason}</Caption1>
                  <Caption1 className={styles.muted}>{fill(t.acceptedAt, { time: formatTime(lang, a.at) })}</Caption1>
                </div>
                <Button
                  className={styles.restore}
                  size="small"
                  disabled={disabled}
                  aria-label={fill(t.restoreFinding, { cell: address, message })}
                  onClick={() => onRestore(a.key)}
                >
                  {t.restore}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
