/**
 * Open findings grouped by severity, then by rule, each group with its count. Activating a finding
 * (click, Enter or Space) goes to its cell; each has an Accept action. A rule group shows its first
 * PAGE_SIZE findings and a "Show more" button, so a 50,000-row sheet does not render 30,000 items.
 */
import { Badge, Body1, Button, Caption1Strong, Subtitle2, ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState, type KeyboardEvent } from "react";
import { findingKey } from "../../core/audit";
import { renderFinding } from "../../core/messages";
import { ALL_RULES } from "../../core/rules";
import type { Finding, Lang, RuleId, Severity } from "../../core/types";
import { fill, ruleLabel, severityLabel, uiText } from "../i18n";
import { BADGE_COLOR, SEVERITIES } from "./severity";

export type SeverityFilter = Severity | "all";

/** Findings shown per rule group before "Show more", and how many more each click shows. */
export const PAGE_SIZE = 100;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  filter: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  groupHeading: { margin: 0, display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  ruleHeading: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: "solid",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  target: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":focus-visible": { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2 },
  },
  message: { wordBreak: "break-word" },
  accept: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS },
  empty: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: "flex-start" },
});

export interface FindingsListProps {
  lang: Lang;
  findings: readonly Finding[];
  filter: SeverityFilter;
  onFilterChange: (filter: SeverityFilter) => void;
  onSelect: (finding: Finding) => void;
  onAccept: (finding: Finding) => void;
  /** False while the accepted list is not yet read from the workbook. */
  canAccept: boolean;
}

interface RuleGroup {
  rule: RuleId;
  findings: Finding[];
}

/** Findings of one severity, by rule in report order. */
function byRule(findings: readonly Finding[]): RuleGroup[] {
  return ALL_RULES.map((r) => ({ rule: r.id, findings: findings.filter((f) => f.rule === r.id) })).filter((g) => g.findings.length > 0);
}

export function FindingsList({ lang, findings, filter, onFilterChange, onSelect, onAccept, canAccept }: FindingsListProps) {
  const styles = useStyles();
  const t = uiText(lang);
  const headingId = useId();
  // How many findings each severity/rule group shows, when more than PAGE_SIZE were asked for.
  const [limits, setLimits] = useState<Readonly<Record<string, number>>>({});
  const shown = SEVERITIES.filter((s) => filter === "all" || filter === s);
  const groups = shown.map((s) => ({ severity: s, findings: findings.filter((f) => f.severity === s) })).filter((g) => g.findings.length > 0);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, f: Finding) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(f);
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {fill(t.groupCount, { label: t.findingsHeading, count: findings.length })}
      </Subtitle2>
      <div className={styles.filter} role="group" aria-label={t.filterLabel}>
        {(["all", ...SEVERITIES] as const).map((s) => (
          <ToggleButton key={s} size="small" shape="circular" checked={filter === s} onClick={() => onFilterChange(s)}>
            {s === "all" ? t.filterAll : severityLabel(lang, s)}
          </ToggleButton>
        ))}
      </div>
      {groups.length === 0 && <Body1 className={styles.empty}>{t.noMatchingFindings}</Body1>}
      {groups.map((g) => (
        <section key={g.severity} className={styles.group}>
          <Subtitle2 as="h3" className={styles.groupHeading}>
            <Badge size="small" color={BADGE_COLOR[g.severity]} aria-hidden />
            {fill(t.groupCount, { label: severityLabel(lang, g.severity), count: g.findings.length })}
          </Subtitle2>
          {byRule(g.findings).map((rg) => {
            const groupKey = `${g.severity}:${rg.rule}`;
            const limit = limits[groupKey] ?? PAGE_SIZE;
            const hidden = rg.findings.length - limit;
            return (
            <div key={rg.rule} className={styles.group} data-rule={rg.rule} data-count={rg.findings.length}>
              <Caption1Strong as="h4" className={styles.ruleHeading}>
                {fill(t.groupCount, { label: ruleLabel(lang, rg.rule), count: rg.findings.length })}
              </Caption1Strong>
              <ul className={styles.list}>
                {rg.findings.slice(0, limit).map((f, i) => {
                  const address = fill(t.cellAddress, { sheet: f.sheet, cell: f.cell });
                  return (
                    <li
                      key={`${findingKey(f)}#${i}`}
                      className={mergeClasses(styles.item, styles[f.severity])}
                      data-rule={f.rule}
                      data-severity={f.severity}
                      data-sheet={f.sheet}
                      data-cell={f.cell}
                    >
                      <div
                        role="button"
                        tabIndex={0}
                        className={styles.target}
                        aria-description={t.selectCellHint}
                        onClick={() => onSelect(f)}
                        onKeyDown={(e) => onKeyDown(e, f)}
                      >
                        <Caption1Strong>{address}</Caption1Strong>
                        <Body1 className={styles.message}>{renderFinding(f, lang)}</Body1>
                      </div>
                      <Button
                        className={styles.accept}
                        size="small"
                        appearance="subtle"
                        disabled={!canAccept}
                        aria-label={fill(t.acceptFinding, { cell: address, message: renderFinding(f, lang) })}
                        onClick={() => onAccept(f)}
                      >
                        {t.accept}
                      </Button>
                    </li>
                  );
                })}
              </ul>
              {hidden > 0 && (
                <Button
                  className={styles.more}
                  size="small"
                  appearance="secondary"
                  onClick={() => setLimits((l) => ({ ...l, [groupKey]: limit + PAGE_SIZE }))}
                >
                  {fill(t.showMore, { count: Math.min(hidden, PAGE_SIZE), rest: hidden })}
                </Button>
              )}
            </div>
            );
          })}
        </section>
      ))}
    </section>
  );
}
