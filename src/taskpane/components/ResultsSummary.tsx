/** How many open findings of each severity, and what each audited sheet turned out to be. */
import { useId } from "react";
import { Badge, Body1, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, Lang, SheetReport } from "../../core/types";
import { fill, layoutLabel, severityLabel, uiText } from "../i18n";
import { BADGE_COLOR, SEVERITIES } from "./severity";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  notAudited: { color: tokens.colorStatusWarningForeground1 },
});

export interface ResultsSummaryProps {
  lang: Lang;
  reports: readonly SheetReport[];
  /** Findings not accepted. */
  open: readonly Finding[];
  /** Findings of this audit that were accepted earlier. */
  acceptedCount: number;
}

export function ResultsSummary({ lang, reports, open, acceptedCount }: ResultsSummaryProps) {
  const styles = useStyles();
  const t = uiText(lang);
  const headingId = useId();
  const perSheet = new Map<string, number>();
  for (const f of open) perSheet.set(f.sheet, (perSheet.get(f.sheet) ?? 0) + 1);
  // An empty sheet is nothing to audit; an unrecognised one is a sheet we could not read, never "clean".
  const unread = reports.filter((r) => r.layout === "unrecognised").length;
  const read = reports.filter((r) => isAudited(r)).length;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.summaryHeading}
      </Subtitle2>
      {open.length === 0 ? (
        read === 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t.nothingAudited}</MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent={unread > 0 ? "warning" : "success"}>
            <MessageBarBody>{unread > 0 ? fill(t.someNotAudited, { count: unread }) : t.noFindings}</MessageBarBody>
          </MessageBar>
        )
      ) : (
        <div className={styles.counts}>
          {SEVERITIES.map((s) => {
            const count = open.filter((f) => f.severity === s).length;
            return (
              <Badge key={s} size="large" shape="rounded" appearance={count > 0 ? "filled" : "outline"} color={count > 0 ? BADGE_COLOR[s] : "subtle"}>
                {fill(t.severityCount, { label: severityLabel(lang, s), count })}
              </Badge>
            );
          })}
        </div>
      )}
      {acceptedCount > 0 && <Caption1 className={styles.muted}>{fill(t.acceptedCount, { count: acceptedCount })}</Caption1>}
      <Caption1 as="h3" className={mergeClasses(styles.heading, styles.muted)}>
        {t.sheetsHeading}
      </Caption1>
      <ul className={styles.sheets}>
        {reports.map((r) => {
          const audited = isAudited(r);
          return (
            <li key={r.sheet}>
              <Body1 className={audited ? undefined : styles.notAudited}>
                {fill(t.sheetLine, { sheet: r.sheet, layout: layoutLabel(lang, r.layout) })}
              </Body1>
              {audited && <Caption1 className={styles.muted}> · {fill(t.sheetFindings, { count: perSheet.get(r.sheet) ?? 0 })}</Caption1>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function isAudited(r: SheetReport): boolean {
  return r.layout !== "unrecognised" && r.layout !== "empty";
}
