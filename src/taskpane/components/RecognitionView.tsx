/**
 * 识别结果: what the audit recognised on the sheet being viewed (its blocks, their header rows, each header
 * cell's role, how many rows were read as what, what could not be read and why), and a role picker per
 * header cell. A pick goes to the panel, which saves it with the settings and audits again.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { a1, columnLetters } from "../../core/grid/grid";
import type { HeaderCell } from "../../core/layouts/blocks";
import { rowRangeText, type BlockAccount, type SheetAccount } from "../../core/layouts/explain";
import { messages } from "../../core/messages";
import type { Lang, SheetReport } from "../../core/types";
import { ROLES, type Role } from "../../core/vocabulary";
import type { ColumnMaps, PickedRole } from "../../host";
import { fill, layoutLabel, uiText, type UiText } from "../i18n";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalS },
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  cells: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  cell: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  text: { minWidth: "5em", overflowWrap: "anywhere" },
  picker: { minWidth: "11em" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface RecognitionViewProps {
  lang: Lang;
  /** The last audit's reports; the view shows one sheet's account at a time. */
  reports: readonly SheetReport[];
  /** The sheet being viewed elsewhere (the web page's preview), followed when it has a report. */
  viewedSheet?: string;
  /** Column roles picked so far, per sheet. */
  maps: ColumnMaps | undefined;
  /** A pick is being saved or the sheet audited again: pickers wait. */
  busy: boolean;
  storedIn: "workbook" | "browser";
  onSelectCell: (sheet: string, cell: string) => void;
  /** `role` null takes the pick away; "ignore" reads past the column. */
  onPick: (sheet: string, col: number, role: PickedRole | null) => void;
}

/** A sheet worth opening on: the first one that was not (wholly) read, else the first. */
function firstOfInterest(reports: readonly SheetReport[]): string | undefined {
  const unread = reports.find((r) => r.layout === "unrecognised" || (r.account?.unread.length ?? 0) > 0);
  return (unread ?? reports[0])?.sheet;
}

export function RecognitionView(props: RecognitionViewProps) {
  const { lang, reports, viewedSheet } = props;
  const styles = useStyles();
  const t = uiText(lang);
  const [chosen, setChosen] = useState<string | undefined>(() => firstOfInterest(reports));
  useEffect(() => {
    if (viewedSheet !== undefined && reports.some((r) => r.sheet === viewedSheet)) setChosen(viewedSheet);
  }, [viewedSheet, reports]);
  const report = reports.find((r) => r.sheet === chosen) ?? reports[0];
  const startOpen = reports.some((r) => r.layout === "unrecognised" || (r.account?.unread.length ?? 0) > 0);
  if (!report) return null;

  return (
    <Accordion collapsible defaultOpenItems={startOpen ? ["recognition"] : []}>
      <AccordionItem value="recognition">
        <AccordionHeader as="h2">{t.recognitionHeading}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel} data-testid="recognition">
            {reports.length > 1 && (
              <Field label={t.recognitionSheet}>
                <Select value={report.sheet} onChange={(_, d) => setChosen(d.value)}>
                  {reports.map((r) => (
                    <option key={r.sheet} value={r.sheet}>
                      {r.sheet}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Body1>{fill(t.recognitionLayout, { layout: layoutLabel(lang, report.layout) })}</Body1>
            {report.layout === "empty" ? <Caption1 className={styles.muted}>{t.recognitionEmpty}</Caption1> : report.account && <Account {...props} account={report.account} />}
            {props.busy && <Spinner size="tiny" label={t.recognitionSaving} />}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function Account(props: RecognitionViewProps & { account: SheetAccount }) {
  const { lang, account } = props;
  const styles = useStyles();
  const t = uiText(lang);
  const book = messages(lang);
  const roleList = (roles: readonly Role[]): string => roles.map((r) => (lang === "zh-CN" ? `「${book.roles[r]}」` : book.roles[r])).join(lang === "zh-CN" ? "" : " or ");
  return (
    <>
      {account.blocks.map((b, i) => (
        <BlockView key={i} {...props} block={b} />
      ))}
      {account.unread.map((u) => (
        <div key={u.row} className={styles.block}>
          <MessageBar intent="warning">
            <MessageBarBody>
              {fill(t.recognitionUnread, {
                row: u.row,
                block: book.blocks[u.expected],
                found: u.found.length > 0 ? fill(t.recognitionFound, { roles: roleList(u.found) }) : "",
                missing: roleList(u.missing),
              })}
            </MessageBarBody>
          </MessageBar>
          <HeaderCells {...props} cells={u.cells ?? []} />
        </div>
      ))}
      {account.noHeader && (
        <div className={styles.block}>
          <MessageBar intent="warning">
            <MessageBarBody>
              {t.recognitionNoHeader}
              <ul className={styles.list}>
                {(Object.entries(account.noHeader.lookedFor) as [Role, string[]][]).map(([role, words]) => (
                  <li key={role}>{fill(t.recognitionLookedFor, { role: book.roles[role], words: words.join(lang === "zh-CN" ? "、" : ", ") })}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
          {(account.candidates ?? []).length > 0 && <Caption1>{t.recognitionCandidates}</Caption1>}
          <HeaderCells {...props} cells={account.candidates ?? []} />
        </div>
      )}
      {account.blocks.length === 0 && Object.keys(props.maps?.[account.sheet] ?? {}).length > 0 && <Body1>{t.recognitionNeedsMore}</Body1>}
      <Caption1 className={styles.muted}>{props.storedIn === "browser" ? t.recognitionPickHintBrowser : t.recognitionPickHint}</Caption1>
    </>
  );
}

function BlockView(props: RecognitionViewProps & { account: SheetAccount; block: BlockAccount }) {
  const { lang, block } = props;
  const styles = useStyles();
  const t = uiText(lang);
  const book = messages(lang);
  const rowsOf = new Map<string, string[]>();
  for (const r of block.rows) rowsOf.set(r.as, [...(rowsOf.get(r.as) ?? []), rowRangeText(r)]);
  const counts = new Map<string, number>();
  for (const r of block.rows) counts.set(r.as, (counts.get(r.as) ?? 0) + r.to - r.from + 1);
  return (
    <section className={styles.block}>
      <Body1 as="h3" className={styles.heading}>
        <strong>{fill(t.recognitionBlock, { block: book.blocks[block.kind], rows: block.headerRows.join("–"), last: block.lastRow })}</strong>
      </Body1>
      <ul className={styles.list}>
        {[...rowsOf].map(([as, rows]) => (
          <li key={as}>
            <Caption1>
              {fill(t.recognitionRows, { as: book.readings[as as keyof typeof book.readings], rows: rows.join(", ") })} ({counts.get(as)})
            </Caption1>
          </li>
        ))}
      </ul>
      <Caption1 as="h4" className={styles.heading}>
        {t.recognitionHeaderCells}
      </Caption1>
      <HeaderCells {...props} cells={block.columns} />
    </section>
  );
}

function HeaderCells(props: RecognitionViewProps & { account: SheetAccount; cells: readonly HeaderCell[] }) {
  const { lang, account, cells } = props;
  const styles = useStyles();
  const t = uiText(lang);
  if (cells.length === 0) return null;
  const picks = props.maps?.[account.sheet] ?? {};
  return (
    <ul className={styles.cells}>
      {cells.map((c) => {
        const address = a1(c.row, c.col);
        const picked = picks[columnLetters(c.col)];
        return (
          <li key={address} className={styles.cell} data-cell={address} data-role={c.role ?? undefined}>
            <Button size="small" appearance="subtle" title={fill(t.showCell, { cell: address })} onClick={() => props.onSelectCell(account.sheet, address)}>
              {address}
            </Button>
            <Body1 className={styles.text}>「{c.text.replace(/\s+/g, "")}」</Body1>
            <RolePicker {...props} cell={c} address={address} picked={picked} t={t} />
            {picked && (
              <Badge appearance="tint" color="brand">
                {t.rolePicked}
              </Badge>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function RolePicker(props: RecognitionViewProps & { account: SheetAccount; cell: HeaderCell; address: string; picked: PickedRole | undefined; t: UiText }) {
  const { lang, account, cell, address, picked, t } = props;
  const styles = useStyles();
  const roles = messages(lang).roles;
  // What the header's words give when nothing is picked: the role read now, unless that came from the pick.
  const auto = picked !== undefined ? t.roleUnpick : cell.role !== null ? fill(t.roleAuto, { role: roles[cell.role] }) : t.roleAutoNone;
  return (
    <Select
      className={styles.picker}
      size="small"
      aria-label={fill(t.rolePickLabel, { cell: address, text: cell.text.replace(/\s+/g, "") })}
      value={picked ?? ""}
      disabled={props.busy}
      onChange={(_, d) => props.onPick(account.sheet, cell.col, d.value === "" ? null : (d.value as PickedRole))}
    >
      <option value="">{auto}</option>
      <option value="ignore">{t.roleIgnore}</option>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {roles[r]}
        </option>
      ))}
    </Select>
  );
}
