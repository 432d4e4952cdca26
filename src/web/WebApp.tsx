/**
 * The web checker page: files on the left, the selected file's checker panel (the task pane's, over a
 * web host) in the middle, and a preview of its sheets on the right. Every file gets its own panel,
 * kept mounted while hidden, so each file's findings stay listed when another file is selected.
 */
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Title2,
  makeStyles,
  mergeClasses,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useId } from "react";
import type { Lang } from "../core/types";
import { CheckerPanel } from "../taskpane/components/CheckerPanel";
import { fill } from "../host";
import type { ThemeKind } from "../taskpane/office-env";
import { Downloads, type AuditedFile } from "./Downloads";
import { FileDrop } from "./FileDrop";
import { FileList, fileErrorText } from "./FileList";
import { webText } from "./i18n";
import { LimitsPanel } from "./LimitsPanel";
import { Preview } from "./Preview";
import { useWebFiles } from "./useWebFiles";

const useStyles = makeStyles({
  // Not on the FluentProvider itself: Fluent copies its classes onto every portal (tooltip) mount node.
  app: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    // Narrow windows: one column, and the page scrolls instead of each column.
    "@media (max-width: 1100px)": { height: "auto", minHeight: "100vh" },
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Never broken inside a word («…网页审 / 核»); smaller in a narrow window, so it fits on one line.
  heading: {
    margin: 0,
    wordBreak: "keep-all",
    overflowWrap: "anywhere",
    "@media (max-width: 600px)": { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  privacy: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  layout: {
    flexGrow: 1,
    minHeight: 0,
    display: "grid",
    gridTemplateColumns: "300px minmax(340px, 420px) minmax(0, 1fr)",
    "@media (max-width: 1100px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  column: {
    minHeight: 0,
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 1100px)": { overflowY: "visible", borderRight: "none" },
  },
  // One column in a narrow window: the files, then the preview, then the findings. The preview stays
  // at the top of the window while the findings scroll under it, so a clicked finding shows its cell.
  panelColumn: { "@media (max-width: 1100px)": { order: 3 } },
  previewColumn: {
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    "@media (max-width: 1100px)": {
      order: 2,
      height: "50vh",
      minHeight: "300px",
      boxSizing: "border-box",
      position: "sticky",
      top: 0,
      zIndex: 1,
      paddingTop: tokens.spacingVerticalS,
      paddingBottom: tokens.spacingVerticalS,
      backgroundColor: tokens.colorNeutralBackground2,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      boxShadow: tokens.shadow4,
    },
  },
  emptyPreview: { "@media (max-width: 1100px)": { display: "none" } },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  sectionHeading: { margin: 0 },
});

export interface WebAppProps {
  lang: Lang;
  themeKind: ThemeKind;
  /** localStorage, or null where the browser refuses it: settings then last for the visit only. */
  storage: Storage | null;
}

export function WebApp({ lang, themeKind, storage }: WebAppProps) {
  const styles = useStyles();
  const t = webText(lang);
  const files = useWebFiles(storage);
  const filesHeading = useId();
  const downloadsHeading = useId();
  const selected = files.selected;

  // A file dropped outside the drop zone would make the browser open it in place of the page.
  useEffect(() => {
    const stop = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
    };
    window.addEventListener("dragover", stop);
    window.addEventListener("drop", stop);
    return () => {
      window.removeEventListener("dragover", stop);
      window.removeEventListener("drop", stop);
    };
  }, []);

  const audited: AuditedFile[] = [];
  for (const e of files.entries) {
    const audit = files.audit(e.key);
    if (e.file && audit?.status === "results") audited.push({ file: e.file, open: audit.open });
  }
  const selectedAudited = audited.find((a) => a.file.id === selected?.key) ?? null;
  const auditable = files.entries.filter((e) => e.file && !e.file.error);
  const anyRunning = files.entries.some((e) => files.status(e.key) === "running" || files.status(e.key) === "reading");

  return (
    <FluentProvider theme={themeKind === "dark" ? webDarkTheme : webLightTheme} lang={lang}>
      <div className={styles.app}>
        <header className={styles.header}>
          <Title2 as="h1" className={styles.heading}>
            {t.heading}
          </Title2>
          <Caption1 as="p" className={styles.muted}>
            {t.subheading}
          </Caption1>
          <Body1 as="p" className={styles.privacy} data-testid="privacy">
            {t.privacy}
          </Body1>
        </header>
        <main className={styles.layout}>
          <div className={styles.column}>
            <section className={styles.section} aria-labelledby={filesHeading}>
              <Subtitle2 as="h2" id={filesHeading} className={styles.sectionHeading}>
                {t.filesHeading}
              </Subtitle2>
              <FileDrop lang={lang} onFiles={(list) => void files.add(list)} />
              {files.duplicates.length > 0 && (
                <MessageBar intent="warning" data-testid="duplicate-files">
                  <MessageBarBody>
                    {files.duplicates.map((d, i) => (
                      <div key={i}>{fill(t.duplicateFile, { name: d.name })}</div>
                    ))}
                  </MessageBarBody>
                  <MessageBarActions
                    containerAction={
                      <Button appearance="transparent" size="small" aria-label={t.dismiss} title={t.dismiss} onClick={files.dismissDuplicates}>
                        ✕
                      </Button>
                    }
                  />
                </MessageBar>
              )}
              <FileList
                lang={lang}
                entries={files.entries}
                selectedKey={selected?.key ?? null}
                status={files.status}
                audit={files.audit}
                onSelect={files.select}
                onRemove={files.remove}
              />
              {auditable.length > 0 && (
                <Button data-testid="audit-all" disabled={anyRunning} onClick={files.auditAll}>
                  {t.auditAll}
                </Button>
              )}
            </section>
            <section className={styles.section} aria-labelledby={downloadsHeading}>
              <Subtitle2 as="h2" id={downloadsHeading} className={styles.sectionHeading}>
                {t.downloadsHeading}
              </Subtitle2>
              <Downloads lang={lang} selected={selectedAudited} audited={audited} />
            </section>
            <LimitsPanel lang={lang} limits={files.limits} onSave={async (l) => (await files.setLimits(l)) === null} />
          </div>

          <div className={mergeClasses(styles.column, styles.panelColumn)}>
            {!selected && <Body1 className={styles.muted}>{t.selectFile}</Body1>}
            {selected?.file?.error && (
              <MessageBar intent="error">
                <MessageBarBody>{fileErrorText(lang, selected.file.error, selected.file.errorParams)}</MessageBarBody>
              </MessageBar>
            )}
            {files.entries.map((e) =>
              e.file && !e.file.error ? (
                <section
                  key={e.key}
                  hidden={e.key !== selected?.key}
                  aria-label={fill(t.panelLabel, { name: e.name })}
                  data-testid="checker-panel"
                  data-file={e.name}
                >
                  <CheckerPanel
                    host={files.hostFor(e.file)}
                    lang={lang}
                    storedIn="browser"
                    highlightsIn="preview"
                    showExport={false}
                    runRequest={files.runRequest(e.key)}
                    viewedSheet={files.sheetOf(e.key) ?? e.file.grids[0]?.sheet}
                    onAuditChange={(snapshot) => files.onAuditChange(e.key, snapshot)}
                  />
                </section>
              ) : null,
            )}
          </div>

          <div className={mergeClasses(styles.previewColumn, !(selected?.file && selected.file.grids.length > 0) && styles.emptyPreview)} data-testid="preview-column">
            {selected?.file && selected.file.grids.length > 0 && (
              <Preview
                lang={lang}
                fileName={selected.name}
                grids={selected.file.grids}
                sheet={files.sheetOf(selected.key) ?? selected.file.grids[0]?.sheet ?? ""}
                onSheetChange={(sheet) => files.setSheet(selected.key, sheet)}
                marks={files.marksOf(selected.key)}
                account={files.audit(selected.key)?.reports?.find((r) => r.sheet === (files.sheetOf(selected.key) ?? selected.file?.grids[0]?.sheet))?.account ?? null}
                target={files.target}
              />
            )}
          </div>
        </main>
      </div>
    </FluentProvider>
  );
}
