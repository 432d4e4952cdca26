/**
 * The 自评报告 beside the audit: «生成自评报告草稿» drafts the report from the sheets the audit read and
 * its open findings (core/report), writes it as .docx (src/docx) and hands it to the host's saveFile;
 * «核对报告» reads a written report (.docx or .txt) and lists where its figures disagree with the form,
 * each finding with its sentence and its cell. Both work once an audit has results.
 */
import { Badge, Body1, Button, Caption1, Link, MessageBar, MessageBarBody, Spinner, Subtitle2, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type ChangeEvent } from "react";
import type { Grid } from "../../core/grid/grid";
import { detectBlocks } from "../../core/layouts/detect";
import { renderFinding } from "../../core/messages";
import { collectFacts, crosscheckReport, draftFromFacts, reportFindingMessage, type ReportFinding } from "../../core/report";
import type { Finding, Lang } from "../../core/types";
import { isReportInputError, readReportText, type ReportInputCode } from "../../docx/read";
import { writeReportDocx } from "../../docx/write";
import type { AuditHost } from "../../host";
import { fill, severityLabel, uiText, type UiTextKey } from "../i18n";
import { BADGE_COLOR } from "./severity";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const INPUT_REASON: Record<ReportInputCode, UiTextKey> = {
  empty: "reportEmpty",
  "not-docx": "reportNotDocx",
  "not-word": "reportNotWord",
  "legacy-doc": "reportLegacyDoc",
  encrypted: "reportEncrypted",
  "unreadable-text": "reportUnreadableText",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  where: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  message: { wordBreak: "break-word" },
  sentence: { color: tokens.colorNeutralForeground2, wordBreak: "break-word" },
  hiddenInput: { display: "none" },
});

export interface ReportActionsProps {
  lang: Lang;
  host: AuditHost;
  /** The audit has results to draft from and check against. */
  ready: boolean;
  /** The audit's open findings (accepted ones are left out of the draft's checklist). */
  findings: readonly Finding[];
  /** The sheets the audit read (useAudit's auditedGrids). */
  auditedGrids: () => Promise<Grid[]>;
}

interface CheckResult {
  name: string;
  claims: number;
  findings: ReportFinding[];
}

/** Long sentences are cut in the list, as in the CLI's text output. */
function clip(s: string, max = 80): string {
  return s.length > max ? s.slice(0, max) + "…" : s;
}

/** `2019年度…自评报告` → `2019年度…自评报告（草稿）.docx`, without characters a file name may not hold. */
export function draftFileName(title: string): string {
  const base = title.replace(/[\\/:*?"<>|\r\n]+/g, "").trim() || "自评报告";
  return `${base}（草稿）.docx`;
}

async function fileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

function reasonOf(e: unknown): string {
  return e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
}

export function ReportActions({ lang, host, ready, findings, auditedGrids }: ReportActionsProps) {
  const styles = useStyles();
  const t = uiText(lang);
  const headingId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<"draft" | "check" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);

  /** The form's facts, or null (with the error shown) when the audited sheets hold no table. */
  const facts = async () => {
    const grids = await auditedGrids();
    if (!grids.some((g) => detectBlocks(g).blocks.length > 0)) {
      setError(t.reportNoForm);
      return null;
    }
    return collectFacts(grids, findings);
  };

  const onDraft = async () => {
    const save = host.saveFile;
    if (!save || busy) return;
    setBusy("draft");
    setError(null);
    setNotice(null);
    try {
      const f = await facts();
      if (!f) return;
      const model = draftFromFacts(f, { kind: "project" });
      const bytes = await writeReportDocx(model, { describe: (x) => renderFinding(x, lang) });
      const name = draftFileName(model.title);
      await save.call(host, name, bytes, DOCX_TYPE);
      setNotice(fill(t.draftSaved, { name }));
    } catch (e) {
      setError(fill(t.reportDraftFailed, { reason: reasonOf(e) }));
    } finally {
      setBusy(null);
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared at once, so picking the same file again (after editing it) checks it again.
    e.target.value = "";
    if (!file || busy) return;
    setBusy("check");
    setError(null);
    setNotice(null);
    setResult(null);
    try {
      let text: string;
      try {
        text = await readReportText(await fileBytes(file), file.name);
      } catch (err) {
        setError(fill(t.reportReadFailed, { name: file.name, reason: isReportInputError(err) ? t[INPUT_REASON[err.code]] : reasonOf(err) }));
        return;
      }
      const f = await facts();
      if (!f) return;
      const checked = crosscheckReport(text, f);
      if (checked.claims.length === 0) {
        setError(fill(t.reportNoClaims, { name: file.name }));
        return;
      }
      setResult({ name: file.name, claims: checked.claims.length, findings: checked.findings });
    } catch (err) {
      setError(fill(t.reportReadFailed, { name: file.name, reason: reasonOf(err) }));
    } finally {
      setBusy(null);
    }
  };

  const disabled = !ready || busy !== null;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="report-actions">
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.reportLabel}
      </Subtitle2>
      <div className={styles.row}>
        {host.saveFile && (
          <Tooltip content={t.draftReportHint} relationship="description">
            <Button size="small" icon={busy === "draft" ? <Spinner size="tiny" /> : undefined} disabled={disabled} onClick={() => void onDraft()}>
              {t.draftReport}
            </Button>
          </Tooltip>
        )}
        <Tooltip content={t.crosscheckReportHint} relationship="description">
          <Button size="small" icon={busy === "check" ? <Spinner size="tiny" /> : undefined} disabled={disabled} onClick={() => input.current?.click()}>
            {t.crosscheckReport}
          </Button>
        </Tooltip>
        <input
          ref={input}
          id={inputId}
          className={styles.hiddenInput}
          type="file"
          accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          aria-label={t.crosscheckReport}
          data-testid="report-file"
          disabled={disabled}
          onChange={(e) => void onFile(e)}
        />
      </div>
      {!ready && <Caption1 className={styles.muted}>{t.reportNeedsAudit}</Caption1>}
      {notice && (
        <Caption1 className={styles.muted} role="status">
          {notice}
        </Caption1>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <CheckList lang={lang} result={result} onSelect={(sheet, cell) => void host.selectCell(sheet, cell).catch(() => undefined)} />
      )}
    </section>
  );
}

function CheckList({ lang, result, onSelect }: { lang: Lang; result: CheckResult; onSelect: (sheet: string, cell: string) => void }) {
  const styles = useStyles();
  const t = uiText(lang);
  const label = fill(t.crosscheckHeading, { name: result.name });
  return (
    <div className={styles.root}>
      <Body1>
        {result.findings.length === 0 ? fill(t.crosscheckClean, { claims: result.claims }) : fill(t.crosscheckSummary, { claims: result.claims, count: result.findings.length })}
      </Body1>
      {result.findings.length > 0 && (
        <ul className={styles.list} aria-label={label} data-testid="crosscheck-findings">
          {result.findings.map((f, i) => (
            <li key={i} className={styles.item} data-rule={f.rule}>
              <div className={styles.where}>
                <Badge appearance="tint" color={BADGE_COLOR[f.severity]}>
                  {severityLabel(lang, f.severity)}
                </Badge>
                {f.section && <Caption1>{f.section}</Caption1>}
                {f.line > 0 && <Caption1>{fill(t.crosscheckLine, { line: f.line })}</Caption1>}
                {f.sheet && f.cell && (
                  <Link as="button" onClick={() => onSelect(f.sheet as string, f.cell as string)}>
                    {fill(t.cellAddress, { sheet: f.sheet, cell: f.cell })}
                  </Link>
                )}
              </div>
              <Body1 className={styles.message}>{reportFindingMessage(f, lang)}</Body1>
              {f.sentence && <Caption1 className={styles.sentence}>{fill(t.crosscheckSentence, { sentence: clip(f.sentence) })}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
