/** A host failure as a MessageBar in the user's language, with what to do about it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, type MessageBarIntent } from "@fluentui/react-components";
import type { Lang } from "../../core/types";
import type { HostError } from "../../host";
import { fill, uiText } from "../i18n";

const useStyles = makeStyles({
  body: { whiteSpace: "normal" },
  detail: { display: "block", wordBreak: "break-word" },
});

export interface ErrorText {
  intent: MessageBarIntent;
  /** Omitted where the body says it all (a cancelled audit). */
  title?: string;
  body: string;
  /** Extra technical detail, when the code's text does not already name it. */
  detail?: string;
}

/** The text and intent the panel shows for a HostError. */
export function errorText(lang: Lang, error: HostError): ErrorText {
  const t = uiText(lang);
  const detail = error.detail.trim();
  const withDetail = (intent: MessageBarIntent, title: string, body: string): ErrorText =>
    detail ? { intent, title, body, detail: fill(t.errorDetail, { detail }) } : { intent, title, body };
  switch (error.code) {
    case "protected":
      return {
        intent: "warning",
        title: t.errorProtectedTitle,
        body: detail ? fill(t.errorProtected, { sheet: detail }) : t.errorProtectedNoSheet,
      };
    case "too-large":
      return withDetail("error", t.errorTooLargeTitle, t.errorTooLarge);
    case "unsupported":
      return {
        intent: "error",
        title: t.errorUnsupportedTitle,
        body: detail ? fill(t.errorUnsupported, { requirement: detail }) : t.errorUnsupportedNoDetail,
      };
    case "cancelled":
      return { intent: "info", body: t.errorCancelled };
    case "no-workbook":
      return { intent: "warning", title: t.errorNoWorkbookTitle, body: t.errorNoWorkbook };
    case "read-failed":
      return withDetail("error", t.errorReadFailedTitle, t.errorReadFailed);
    case "write-failed":
      return withDetail("error", t.errorWriteFailedTitle, t.errorWriteFailed);
    case "unknown":
      return withDetail("error", t.errorUnknownTitle, t.errorUnknown);
  }
}

export interface ErrorBarProps {
  lang: Lang;
  error: HostError;
  onDismiss: () => void;
}

export function ErrorBar({ lang, error, onDismiss }: ErrorBarProps) {
  const styles = useStyles();
  const text = errorText(lang, error);
  return (
    <MessageBar intent={text.intent} layout="multiline" data-error-code={error.code}>
      <MessageBarBody className={styles.body}>
        {text.title && <MessageBarTitle>{text.title}</MessageBarTitle>}
        {text.body}
        {text.detail && <span className={styles.detail}>{text.detail}</span>}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {uiText(lang).dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
