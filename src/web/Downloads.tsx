/**
 * The two downloads: the selected file as a highlighted copy (built from its untouched original bytes),
 * and the open findings of every audited file as one CSV. Both are made in the page; nothing is sent.
 */
import { Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, Lang } from "../core/types";
import { fill } from "../host";
import { findingsCsv } from "./csv";
import { CSV_TYPE, download } from "./download";
import { downloadHighlighted, highlightedCopy, type LoadedFile } from "./host";
import { webText } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** A file whose last audit has results, with its open findings. */
export interface AuditedFile {
  file: LoadedFile;
  open: readonly Finding[];
}

export interface DownloadsProps {
  lang: Lang;
  /** The selected file, when its audit has results. */
  selected: AuditedFile | null;
  /** Every file with results, in list order. */
  audited: readonly AuditedFile[];
}

function detailOf(e: unknown): string {
  const cause = e instanceof Error && (e as { cause?: unknown }).cause;
  if (cause instanceof Error) return cause.message;
  return e instanceof Error ? e.message : String(e);
}

export function Downloads({ lang, selected, audited }: DownloadsProps) {
  const styles = useStyles();
  const t = webText(lang);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const total = audited.reduce((n, a) => n + a.open.length, 0);

  const onHighlighted = async () => {
    if (!selected || busy) return;
    setBusy(true);
    setError(null);
    try {
      // Let "Preparing…" paint before ExcelJS rereads the workbook.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const bytes = await highlightedCopy(selected.file, selected.open, lang);
      downloadHighlighted(selected.file, bytes, lang);
    } catch (e) {
      setError(fill(t.downloadFailed, { detail: detailOf(e) }));
    } finally {
      setBusy(false);
    }
  };

  const onCsv = () => {
    setError(null);
    try {
      const csv = findingsCsv(
        audited.map((a) => ({ name: a.file.name, findings: a.open })),
        lang,
      );
      download(`${t.csvFileName}.csv`, csv, CSV_TYPE);
    } catch (e) {
      setError(fill(t.downloadFailed, { detail: detailOf(e) }));
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.item}>
        <Button
          data-testid="download-highlighted"
          disabled={!selected || busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={() => void onHighlighted()}
        >
          {t.downloadHighlighted}
        </Button>
        <Caption1 className={styles.hint}>
          {busy ? t.preparing : selected ? fill(t.downloadHighlightedHint, { name: selected.file.name }) : t.downloadNeedsAudit}
        </Caption1>
      </div>
      <div className={styles.item}>
        <Button data-testid="download-csv" disabled={audited.length === 0} onClick={onCsv}>
          {t.downloadCsv}
        </Button>
        <Caption1 className={styles.hint}>
          {audited.length === 0
            ? t.downloadNeedsAudit
            : fill(audited.length === 1 ? t.downloadCsvHintOne : t.downloadCsvHint, { files: audited.length, count: total })}
        </Caption1>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
