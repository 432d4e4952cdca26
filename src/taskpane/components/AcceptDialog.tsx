/** Asks for an optional reason before a finding is accepted (ignored). */
import {
  Body1,
  Button,
  Caption1Strong,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, type FormEvent } from "react";
import { renderFinding } from "../../core/messages";
import type { Finding, Lang } from "../../core/types";
import { fill, uiText } from "../i18n";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface AcceptDialogProps {
  lang: Lang;
  /** The finding to accept; null when the dialog is closed. */
  finding: Finding | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
  /** Where accepted findings are kept: with the workbook (Excel) or in the browser (the web checker). */
  storedIn?: "workbook" | "browser";
}

export function AcceptDialog({ lang, finding, onConfirm, onCancel, storedIn = "workbook" }: AcceptDialogProps) {
  const styles = useStyles();
  const t = uiText(lang);
  const [reason, setReason] = useState("");
  useEffect(() => setReason(""), [finding]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onConfirm(reason);
  };

  return (
    <Dialog open={finding !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{t.acceptTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              {finding && (
                <div>
                  <Caption1Strong>{fill(t.cellAddress, { sheet: finding.sheet, cell: finding.cell })}</Caption1Strong>
                  <Body1 as="p">{renderFinding(finding, lang)}</Body1>
                </div>
              )}
              <Body1>{storedIn === "browser" ? t.acceptExplainBrowser : t.acceptExplain}</Body1>
              <Field label={t.acceptReason}>
                <Textarea value={reason} placeholder={t.acceptReasonPlaceholder} resize="vertical" onChange={(_, data) => setReason(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                {t.acceptConfirm}
              </Button>
              <Button onClick={onCancel}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
