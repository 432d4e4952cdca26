/** Thresholds and the rules to run, saved with the workbook so the next person gets the same audit. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useId, type FormEvent, type ReactNode } from "react";
import { RULE_IDS, type Lang, type RuleId } from "../../core/types";
import { SCORE_TOLERANCES, type ScoreTolerance } from "../../host";
import type { SettingsDraft, SettingsProblem, SettingsValidation } from "../hooks/useSettings";
import { ruleLabel, uiText, type UiText } from "../i18n";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalS },
  percent: { maxWidth: "8em" },
  rules: { display: "flex", flexDirection: "column" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  saved: { color: tokens.colorStatusSuccessForeground1 },
  invalid: { color: tokens.colorPaletteRedForeground1 },
});

export interface SettingsPanelProps {
  lang: Lang;
  draft: SettingsDraft;
  problems: SettingsValidation;
  /** False while the workbook's settings are being read. */
  loaded: boolean;
  saving: boolean;
  saved: boolean;
  onLowRateChange: (text: string) => void;
  onExplainRateChange: (text: string) => void;
  onRuleChange: (rule: RuleId, on: boolean) => void;
  onScoreToleranceChange: (value: string) => void;
  onExecutionWeightChange: (text: string) => void;
  onReset: () => void;
  onSave: () => void;
  /** A save failure, shown inside the panel where it happened. */
  errorBar?: ReactNode;
  /** Open the panel at first (closed by default, to keep the pane short). */
  defaultOpen?: boolean;
  /** Where settings are kept: with the workbook (Excel) or in the browser (the web checker). */
  storedIn?: "workbook" | "browser";
}

function problemText(t: UiText, p: SettingsProblem | undefined): string | undefined {
  switch (p) {
    case undefined:
      return undefined;
    case "number":
      return t.invalidNumber;
    case "range":
      return t.invalidRange;
    case "order":
      return t.invalidOrder;
    case "rules":
      return t.invalidRules;
  }
}

const TOLERANCE_LABEL: Record<ScoreTolerance, "toleranceCents" | "toleranceTenths" | "toleranceWhole"> = {
  0.01: "toleranceCents",
  0.1: "toleranceTenths",
  1: "toleranceWhole",
};

export function SettingsPanel(props: SettingsPanelProps) {
  const { lang, draft, problems, loaded, saving, saved } = props;
  const styles = useStyles();
  const t = uiText(lang);
  const lowProblem = problemText(t, problems.lowRate);
  const explainProblem = problemText(t, problems.explainRate);
  const rulesProblem = problemText(t, problems.rules);
  // A weight that is not a number or out of range has one message: what a weight may be.
  const weightProblem = problems.executionWeight ? t.invalidWeight : undefined;
  const rulesId = useId();
  const rulesErrorId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSave();
  };

  return (
    <Accordion collapsible defaultOpenItems={props.defaultOpen ? ["settings"] : []}>
      <AccordionItem value="settings">
        <AccordionHeader as="h2">{t.settingsHeading}</AccordionHeader>
        <AccordionPanel>
          <form className={styles.form} onSubmit={submit} noValidate>
            {!loaded && <Spinner size="tiny" label={t.settingsLoading} />}
            <Field label={t.lowRate} hint={t.lowRateHint} validationState={lowProblem ? "error" : "none"} validationMessage={lowProblem}>
              <Input
                className={styles.percent}
                inputMode="decimal"
                value={draft.lowRate}
                contentAfter="%"
                onChange={(_, data) => props.onLowRateChange(data.value)}
              />
            </Field>
            <Field
              label={t.explainRate}
              hint={t.explainRateHint}
              validationState={explainProblem ? "error" : "none"}
              validationMessage={explainProblem}
            >
              <Input
                className={styles.percent}
                inputMode="decimal"
                value={draft.explainRate}
                contentAfter="%"
                onChange={(_, data) => props.onExplainRateChange(data.value)}
              />
            </Field>
            <Field label={t.scoreTolerance} hint={t.scoreToleranceHint}>
              <RadioGroup value={draft.scoreTolerance} onChange={(_, data) => props.onScoreToleranceChange(data.value)}>
                {SCORE_TOLERANCES.map((v) => (
                  <Radio key={v} value={String(v)} label={t[TOLERANCE_LABEL[v]]} />
                ))}
              </RadioGroup>
            </Field>
            <Field label={t.executionWeight} hint={t.executionWeightHint} validationState={weightProblem ? "error" : "none"} validationMessage={weightProblem}>
              <Input
                className={styles.percent}
                inputMode="decimal"
                value={draft.executionWeight}
                contentAfter={t.points}
                onChange={(_, data) => props.onExecutionWeightChange(data.value)}
              />
            </Field>
            {/* A Field would label every checkbox with its own label, so the group is labelled by hand. */}
            <div className={styles.rules} role="group" aria-labelledby={rulesId} aria-describedby={rulesProblem ? rulesErrorId : undefined}>
              <Label id={rulesId} weight="semibold">
                {t.rulesLabel}
              </Label>
              {RULE_IDS.map((id) => (
                <Checkbox key={id} label={ruleLabel(lang, id)} checked={draft.rules.includes(id)} onChange={(_, data) => props.onRuleChange(id, data.checked === true)} />
              ))}
              {rulesProblem && (
                <Caption1 id={rulesErrorId} className={styles.invalid} role="alert">
                  {rulesProblem}
                </Caption1>
              )}
            </div>
            {props.errorBar}
            <div className={styles.buttons}>
              <Button type="submit" appearance="primary" disabled={saving || !loaded} icon={saving ? <Spinner size="tiny" /> : undefined}>
                {props.storedIn === "browser" ? t.saveSettingsBrowser : t.saveSettings}
              </Button>
              <Button onClick={props.onReset} disabled={saving}>
                {t.resetSettings}
              </Button>
            </div>
            {saved && (
              <Caption1 className={styles.saved} role="status">
                {props.storedIn === "browser" ? t.settingsSavedBrowser : t.settingsSaved}
              </Caption1>
            )}
          </form>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
