/**
 * A read-only view of one sheet of a loaded file: sheet tabs, then a table with row numbers and column
 * letters in which flagged cells are filled by severity (the colours of the highlighted copy) and carry
 * their messages as a tooltip. Rows are windowed at a fixed height, so a 50,000-row sheet renders only
 * the few dozen rows in view; a cell's text is clipped to its rows (a merge over several rows wraps
 * inside them), so no row grows and a cell's position is always its row's index times the height.
 * Columns have the workbook's widths where it gives them; hidden rows and columns are left out.
 * `target` scrolls a cell into view and outlines it.
 */
import { Caption1, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactElement } from "react";
import { a1, columnLetters, parseA1, type CellRange, type Grid } from "../core/grid/grid";
import type { HeaderCell } from "../core/layouts/blocks";
import type { SheetAccount } from "../core/layouts/explain";
import { messages } from "../core/messages";
import type { Finding, Lang, Severity } from "../core/types";
import type { Role } from "../core/vocabulary";
import { fill } from "../host";
import { buildMarks, SEVERITY_FILL, worse } from "../host";
import { cellText, excelWidthPx, isNumeric, textWidth } from "./cell-text";
import { webText } from "./i18n";

/** Fixed row height (px) that the windowing arithmetic relies on. */
export const ROW_HEIGHT = 24;
const HEADER_HEIGHT = 24;
const ROW_NUMBER_WIDTH = 56;
/** Rows rendered above and below the visible ones, so fast scrolling does not show blank space. */
const OVERSCAN = 10;
/** Wider sheets are cut here; the audit still sees every column. */
export const MAX_COLUMNS = 200;
/** Rows sampled to size the columns. */
const WIDTH_SAMPLE_ROWS = 300;
/** Merges larger than this are drawn as plain cells rather than indexed cell by cell. */
const MAX_MERGE_CELLS = 100_000;


/** A finding's fill, and a header cell's role bar (with a bar on its left too once the user picked the role). */
function cellStyle(mark: Mark | undefined, header: HeaderCell | undefined): CSSProperties | undefined {
  if (!mark && !header?.role) return undefined;
  return {
    ...(mark ? { backgroundColor: cssColor(SEVERITY_FILL[mark.severity]) } : {}),
    // Drawn inside the cell, so a header row stays one row high.
    ...(header?.role ? { boxShadow: `inset 0 -3px 0 ${ROLE_COLOUR[header.role]}${header.mapped ? `, inset 3px 0 0 ${ROLE_COLOUR[header.role]}` : ""}` } : {}),
  };
}

/** ARGB "FFFFC7CE" → CSS "#FFC7CE". */
function cssColor(argb: string): string {
  return `#${argb.slice(2)}`;
}

export interface PreviewTarget {
  sheet: string;
  cell: string;
  /** Changes on every request, so showing the same cell twice scrolls twice. */
  nonce: number;
}

export interface PreviewProps {
  lang: Lang;
  fileName: string;
  grids: readonly Grid[];
  sheet: string;
  onSheetChange: (sheet: string) => void;
  marks: readonly Finding[];
  target: PreviewTarget | null;
  /** What the last audit recognised on the shown sheet: its header cells are marked by role (the file is never changed). */
  account?: SheetAccount | null;
}

/** A bar colour per kind of role: amounts, indicator values, weights and scores, and labels. */
const ROLE_COLOUR: Record<Role, string> = {
  budget: "#2b88d8", fullBudget: "#2b88d8", initialBudget: "#2b88d8", amountActual: "#2b88d8", rate: "#2b88d8",
  target: "#107c10", initialTarget: "#107c10", indicatorActual: "#107c10", operator: "#107c10", unit: "#107c10",
  weight: "#8764b8", score: "#8764b8", grade: "#8764b8",
  seq: "#8a8886", name: "#8a8886", status: "#8a8886", explanation: "#8a8886", level1: "#8a8886", level2: "#8a8886", level3: "#8a8886",
};

/** Header cells with a role, by address: the blocks' and those of headers that could not be read. */
function headerRoles(account: SheetAccount | null | undefined): Map<string, HeaderCell> {
  const out = new Map<string, HeaderCell>();
  if (!account) return out;
  for (const cell of [...account.blocks.flatMap((b) => b.columns), ...account.unread.flatMap((u) => u.cells ?? [])]) {
    if (cell.role !== null) out.set(a1(cell.row, cell.col), cell);
  }
  return out;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%", rowGap: tokens.spacingVerticalXS },
  tabs: { overflowX: "auto", flexShrink: 0 },
  scroller: {
    position: "relative",
    flexGrow: 1,
    minHeight: "240px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: `${ROW_HEIGHT - 1}px`,
  },
  head: {
    boxSizing: "border-box",
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${HEADER_HEIGHT}px`,
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  corner: { left: 0, zIndex: 3 },
  rowNumber: {
    boxSizing: "border-box",
    height: `${ROW_HEIGHT}px`,
    position: "sticky",
    left: 0,
    zIndex: 1,
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { height: `${ROW_HEIGHT}px` },
  cell: {
    boxSizing: "border-box",
    height: `${ROW_HEIGHT}px`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    verticalAlign: "middle",
    color: tokens.colorNeutralForeground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: "right" },
  merged: { textAlign: "center" },
  // A merge over several rows wraps its text inside them, and never makes them taller.
  wrap: { whiteSpace: "normal", overflow: "hidden", lineHeight: "18px", overflowWrap: "anywhere" },
  // The fills are light tints: keep the text dark on them in either theme.
  marked: { color: "#242424", cursor: "help" },
  target: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
  spacer: { padding: 0, border: "none" },
  note: { color: tokens.colorNeutralForeground3 },
});

interface Mark {
  severity: Severity;
  findings: Finding[];
}

/** A mark's tooltip: one line per finding, as the highlighted copy's note has them. */
function markText(mark: Mark, lang: Lang): string {
  return buildMarks(mark.findings, lang)
    .flatMap((m) => m.lines)
    .join("\n");
}

/** Every cell of every (reasonably sized) merge → its range. */
function indexMerges(merges: readonly CellRange[]): Map<number, CellRange> {
  const byCell = new Map<number, CellRange>();
  for (const m of merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > MAX_MERGE_CELLS) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) byCell.set(r * 16384 + c, m);
  }
  return byCell;
}

/**
 * Width in px of each column 1…columns: the workbook's, where the host read it (0 for a hidden column);
 * otherwise guessed from the text of the first rows (CJK counts double), clamped to a readable range.
 */
function columnWidths(grid: Grid, columns: number, merged: Map<number, CellRange>): number[] {
  const widths: number[] = [];
  const last = Math.min(grid.lastRow, WIDTH_SAMPLE_ROWS);
  for (let c = 1; c <= columns; c++) {
    if (grid.isColHidden(c)) {
      widths.push(0);
      continue;
    }
    const known = grid.columnWidth(c);
    if (known !== undefined) {
      widths.push(excelWidthPx(known));
      continue;
    }
    let chars = 4;
    for (let r = 1; r <= last; r++) {
      const m = merged.get(r * 16384 + c);
      // A merged title says nothing about its columns' widths.
      if (m && m.right > m.left) continue;
      const text = cellText(grid.value(r, c), grid.format(r, c));
      if (text) chars = Math.max(chars, textWidth(text));
    }
    widths.push(Math.min(280, Math.max(56, Math.round(chars * 7 + 12))));
  }
  return widths;
}

/**
 * The rows shown (hidden ones left out), and for every row 1…count the index among them of the first
 * shown row at or after it (`shown.length` past the last), so a row's position is `indexOf[row] * ROW_HEIGHT`.
 */
interface RowIndex {
  shown: Int32Array;
  indexOf: Int32Array;
}

function rowIndex(grid: Grid, count: number): RowIndex {
  const hidden = grid.hiddenRows;
  const indexOf = new Int32Array(count + 2);
  const shown = new Int32Array(count - Math.min(count, [...hidden].filter((r) => r >= 1 && r <= count).length));
  let n = 0;
  for (let r = 1; r <= count; r++) {
    indexOf[r] = n;
    if (!hidden.has(r)) shown[n++] = r;
  }
  indexOf[count + 1] = n;
  return { shown, indexOf };
}

export function Preview({ lang, fileName, grids, sheet, onSheetChange, marks, target, account }: PreviewProps) {
  const styles = useStyles();
  const t = webText(lang);
  const grid = grids.find((g) => g.sheet === sheet) ?? grids[0];
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);

  const rowCount = grid ? Math.max(0, grid.lastRow) : 0;
  // A merge may run past the last column with a value (its other cells are empty).
  const allColumns = useMemo(() => (grid ? grid.merges.reduce((n, m) => Math.max(n, m.right), Math.max(0, grid.lastCol)) : 0), [grid]);
  const columns = Math.min(allColumns, MAX_COLUMNS);
  const merged = useMemo(() => indexMerges(grid?.merges ?? []), [grid]);
  const widths = useMemo(() => (grid ? columnWidths(grid, columns, merged) : []), [grid, columns, merged]);
  // Columns drawn (not hidden, not 0 wide), and for each column 1…columns+1 its index among them (as for rows).
  const cols = useMemo(() => {
    const shown: number[] = [];
    const indexOf = new Int32Array(columns + 2);
    for (let c = 1; c <= columns; c++) {
      indexOf[c] = shown.length;
      if ((widths[c - 1] ?? 0) > 0) shown.push(c);
    }
    indexOf[columns + 1] = shown.length;
    return { shown, indexOf };
  }, [columns, widths]);
  const rowsIndex = useMemo(() => (grid ? rowIndex(grid, rowCount) : { shown: new Int32Array(), indexOf: new Int32Array(2) }), [grid, rowCount]);

  // Severity per cell only: the message texts are rendered for the cells in view (a 50,000-row sheet has tens of thousands of findings).
  const sheetMarks = useMemo(() => {
    const out = new Map<string, Mark>();
    if (!grid) return out;
    for (const f of marks) {
      if (f.sheet !== grid.sheet) continue;
      // A merged range shows its top-left cell: marks anywhere inside it land there.
      const m = merged.get(f.row * 16384 + f.column);
      const address = m ? a1(m.top, m.left) : f.cell;
      const mark = out.get(address);
      if (!mark) out.set(address, { severity: f.severity, findings: [f] });
      else {
        mark.findings.push(f);
        mark.severity = worse(mark.severity, f.severity);
      }
    }
    return out;
  }, [grid, marks, merged]);

  const roles = useMemo(() => headerRoles(account && account.sheet === grid?.sheet ? account : null), [account, grid]);
  const roleNames = messages(lang).roles;

  const targetAddress = useMemo(() => {
    if (!grid || !target || target.sheet !== grid.sheet) return null;
    const p = parseA1(target.cell);
    if (!p) return null;
    const m = merged.get(p.row * 16384 + p.col);
    return m ? a1(m.top, m.left) : a1(p.row, p.col);
  }, [grid, target, merged]);

  // Follow the scroller's size.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    setViewHeight(el.clientHeight || 600);
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(() => setViewHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A different sheet starts at its top-left corner, unless a target says otherwise (below).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.scrollTop = 0;
    el.scrollLeft = 0;
    setScrollTop(0);
  }, [grid]);

  // Scroll the target cell to the middle of the view, once per request.
  const handledTarget = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !grid || !target || target.sheet !== grid.sheet || handledTarget.current === target.nonce) return;
    handledTarget.current = target.nonce;
    const p = parseA1(target.cell);
    if (!p) return;
    const m = merged.get(p.row * 16384 + p.col);
    const row = Math.min(m ? m.top : p.row, rowCount + 1);
    const col = Math.min(m ? m.left : p.col, columns + 1);
    const height = ((m ? (rowsIndex.indexOf[Math.min(m.bottom, rowCount) + 1] ?? 0) : (rowsIndex.indexOf[row] ?? 0) + 1) - (rowsIndex.indexOf[row] ?? 0)) * ROW_HEIGHT;
    const top = HEADER_HEIGHT + (rowsIndex.indexOf[row] ?? 0) * ROW_HEIGHT;
    // Centred when it fits, its top at the top (below the column letters) when it does not.
    el.scrollTop = Math.max(0, height > el.clientHeight - HEADER_HEIGHT ? top - HEADER_HEIGHT : top - (el.clientHeight + HEADER_HEIGHT - height) / 2);
    let left = ROW_NUMBER_WIDTH;
    for (let c = 1; c < col; c++) left += widths[c - 1] ?? 0;
    let width = 0;
    for (let c = col; c <= Math.min(m ? m.right : col, columns); c++) width += widths[c - 1] ?? 0;
    const view = el.clientWidth - ROW_NUMBER_WIDTH;
    if (left < el.scrollLeft + ROW_NUMBER_WIDTH || left + width > el.scrollLeft + el.clientWidth) {
      el.scrollLeft = Math.max(0, width > view ? left - ROW_NUMBER_WIDTH : left - ROW_NUMBER_WIDTH - (view - width) / 2);
    }
    setScrollTop(el.scrollTop);
    // In a narrow window the preview sits below the findings: bring it into view too.
    const box = el.getBoundingClientRect();
    if (box.top >= window.innerHeight || box.bottom <= 0) el.scrollIntoView({ block: "nearest" });
  }, [target, grid, merged, columns, widths, rowCount, rowsIndex]);

  if (!grid) return null;

  const shownRows = rowsIndex.shown.length;
  // Indexes (0-based, among the shown rows) of the first and last rendered rows.
  const firstIndex = Math.max(0, Math.floor((scrollTop - HEADER_HEIGHT) / ROW_HEIGHT) - OVERSCAN);
  const lastIndex = Math.min(shownRows - 1, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const totalWidth = ROW_NUMBER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const shownIn = (index: Int32Array, from: number, to: number): number => (index[to + 1] ?? 0) - (index[from] ?? 0);

  const rows: ReactElement[] = [];
  for (let i = firstIndex; i <= lastIndex; i++) {
    const r = rowsIndex.shown[i] ?? 0;
    const cells: ReactElement[] = [];
    for (const c of cols.shown) {
      const m = merged.get(r * 16384 + c);
      let rowSpan = 1;
      let colSpan = 1;
      let row = r;
      let col = c;
      if (m) {
        // Draw a merge once, from its first shown row in the window and its first shown column, clipped to the window.
        const firstRow = rowsIndex.shown[Math.max(rowsIndex.indexOf[m.top] ?? 0, firstIndex)];
        if (c !== cols.shown[cols.indexOf[m.left] ?? 0] || r !== firstRow) continue;
        const lastRow = Math.min(m.bottom, rowsIndex.shown[lastIndex] ?? r);
        rowSpan = shownIn(rowsIndex.indexOf, r, lastRow);
        colSpan = shownIn(cols.indexOf, c, Math.min(m.right, columns));
        row = m.top;
        col = m.left;
      }
      const address = a1(row, col);
      const value = grid.value(row, col);
      const text = cellText(value, grid.format(row, col));
      const mark = sheetMarks.get(address);
      const isTarget = address === targetAddress;
      const header = roles.get(address);
      const roleTitle = header?.role ? roleNames[header.role] : undefined;
      const baseTitle = mark ? markText(mark, lang) : text.length > 12 || roleTitle ? text : undefined;
      cells.push(
        <td
          key={c}
          data-cell={address}
          data-severity={mark?.severity}
          data-target={isTarget ? "true" : undefined}
          data-role={header?.role ?? undefined}
          data-role-picked={header?.mapped ? "true" : undefined}
          rowSpan={rowSpan > 1 ? rowSpan : undefined}
          colSpan={colSpan > 1 ? colSpan : undefined}
          title={roleTitle ? `${baseTitle ?? ""}\n→ ${roleTitle}` : baseTitle}
          className={mergeClasses(
            styles.cell,
            isNumeric(value) && styles.number,
            m && styles.merged,
            mark && styles.marked,
            isTarget && styles.target,
          )}
          style={cellStyle(mark, header)}
        >
          {rowSpan > 1 ? (
            <div className={styles.wrap} style={{ maxHeight: `${rowSpan * ROW_HEIGHT - 1}px` }}>
              {text}
            </div>
          ) : (
            text
          )}
        </td>,
      );
    }
    rows.push(
      <tr key={r} className={styles.row} data-row={r}>
        <th scope="row" className={styles.rowNumber}>
          {r}
        </th>
        {cells}
      </tr>,
    );
  }

  const above = firstIndex * ROW_HEIGHT;
  const below = Math.max(0, shownRows - 1 - lastIndex) * ROW_HEIGHT;

  return (
    <div className={styles.root}>
      {grids.length > 0 && (
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={grid.sheet}
          onTabSelect={(_, data) => onSheetChange(String(data.value))}
          aria-label={t.sheetTabsLabel}
        >
          {grids.map((g) => (
            <Tab key={g.sheet} value={g.sheet}>
              {g.sheet}
            </Tab>
          ))}
        </TabList>
      )}
      <div
        ref={scroller}
        className={styles.scroller}
        data-testid="preview"
        data-sheet={grid.sheet}
        data-rows={rowCount}
        role="region"
        aria-label={fill(t.previewLabel, { name: `${fileName} · ${grid.sheet}` })}
        tabIndex={0}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        {shownRows === 0 || cols.shown.length === 0 ? (
          <Caption1 className={styles.note}>{t.emptySheet}</Caption1>
        ) : (
          <table className={styles.table} style={{ width: `${totalWidth}px` }}>
            <colgroup>
              <col style={{ width: `${ROW_NUMBER_WIDTH}px` }} />
              {cols.shown.map((c) => (
                <col key={c} style={{ width: `${widths[c - 1] ?? 0}px` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th className={mergeClasses(styles.head, styles.corner)} />
                {cols.shown.map((c) => (
                  <th key={c} scope="col" className={styles.head} data-col={columnLetters(c)}>
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {above > 0 && (
                <tr aria-hidden style={{ height: `${above}px` }}>
                  <td className={styles.spacer} colSpan={cols.shown.length + 1} />
                </tr>
              )}
              {rows}
              {below > 0 && (
                <tr aria-hidden style={{ height: `${below}px` }}>
                  <td className={styles.spacer} colSpan={cols.shown.length + 1} />
                </tr>
              )}
            </tbody>
          </table>
        )}
      </div>
      <Caption1 className={styles.note}>
        {t.previewLegend}
        {roles.size > 0 ? ` ${t.roleLegend}` : ""}
        {allColumns > MAX_COLUMNS ? ` ${fill(t.columnsCut, { count: MAX_COLUMNS })}` : ""}
      </Caption1>
    </div>
  );
}
