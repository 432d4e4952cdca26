/** 文件限制: the reader's limits, shown with their defaults, raised (or lowered) in this browser. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { Lang } from "../core/types";
import { fill } from "../host";
import { DEFAULT_LIMIT_SETTINGS, LIMIT_FIELDS, type LimitField, type LimitSettings } from "../xlsx";
import { webText } from "./i18n";
import { LIMIT_TEXT, limitsDraft, unitText, validateLimits, type LimitsDraft } from "./limits";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalS },
  number: { maxWidth: "12em" },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  saved: { color: tokens.colorStatusSuccessForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
});

export interface LimitsPanelProps {
  lang: Lang;
  limits: LimitSettings;
  /** Resolves false when the browser could not keep them (they still apply for the visit). */
  onSave: (limits: LimitSettings) => Promise<boolean>;
}

export function LimitsPanel({ lang, limits, onSave }: LimitsPanelProps) {
  const styles = useStyles();
  const t = webText(lang);
  const [draft, setDraft] = useState<LimitsDraft>(() => limitsDraft(limits));
  const [outcome, setOutcome] = useState<"saved" | "not-kept" | null>(null);
  const [busy, setBusy] = useState(false);
  const checked = validateLimits(draft);
  const invalid = new Set<LimitField>(checked.ok ? [] : checked.invalid);

  const edit = (field: LimitField, text: string) => {
    setOutcome(null);
    setDraft((d) => ({ ...d, [field]: text }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!checked.ok) return;
    setBusy(true);
    const kept = await onSave(checked.limits);
    setBusy(false);
    setOutcome(kept ? "saved" : "not-kept");
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="limits">
        <AccordionHeader as="h2">{t.limitsHeading}</AccordionHeader>
        <AccordionPanel>
          <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate data-testid="limits-form">
            <Caption1 className={styles.muted}>{t.limitsIntro}</Caption1>
            {LIMIT_FIELDS.map((field) => {
              const { label } = LIMIT_TEXT[field];
              const unit = unitText(t, LIMIT_TEXT[field].unit);
              return (
                <Field
                  key={field}
                  label={t[label]}
                  hint={fill(t.limitDefault, { value: DEFAULT_LIMIT_SETTINGS[field], unit })}
                  validationState={invalid.has(field) ? "error" : "none"}
                  validationMessage={invalid.has(field) ? t.limitInvalid : undefined}
                >
                  <Input className={styles.number} inputMode="decimal" value={draft[field]} contentAfter={unit} onChange={(_, data) => edit(field, data.value)} />
                </Field>
              );
            })}
            <div className={styles.buttons}>
              <Button type="submit" appearance="primary" disabled={busy}>
                {t.saveLimits}
              </Button>
              <Button
                onClick={() => {
                  setOutcome(null);
                  setDraft(limitsDraft({}));
                }}
                disabled={busy}
              >
                {t.resetLimits}
              </Button>
            </div>
            {outcome && (
              <Caption1 className={outcome === "saved" ? styles.saved : styles.warning} role="status">
                {outcome === "saved" ? t.limitsSaved : t.limitsSaveFailed}
              </Caption1>
            )}
          </form>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
