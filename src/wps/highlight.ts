/**
 * Marks findings in a WPS workbook and takes the marks away again, leaving every cell as it was.
 *
 * Before a cell is painted, its original fill, font colour (where ours replaces a light one) and
 * comment (批注) are recorded on the veryHidden BACKUP_SHEET, in the record format Excel uses too
 * (src/host/backup.ts). A new highlight first undoes the previous one from that record, so marks
 * replace and never stack. Only Interior, Font.Color and comments of user cells are written: never a
 * value or a formula. The object model is synchronous, so cells are simply visited one by one; the
 * cost follows the number of findings, not the size of the sheet.
 */
import type { CellRange } from "../core/grid/grid";
import type { Finding, Lang } from "../core/types";
import {
  BACKUP_SHEET,
  backupKey,
  decodeBackup,
  encodeBackup,
  HostError,
  noteText,
  planMarks,
  type CellBackup,
  type DecodedBackup,
  type HighlightOutcome,
  type HighlightWarning,
  type Progress,
} from "../host";
import { activeWorkbook } from "./app";
import { bgrToHex, fillOf, GRADIENT_PATTERNS, hexToBgr, isLightBgr, patternNumber, SEVERITY_FONT_BGR, severityBgr } from "./colours";
import { XL_NONE, XL_PATTERN_SOLID, type EtApplication, type EtRange, type EtWorkbook, type EtWorksheet } from "./et";
import { addSheet, deleteSheet, readText, sheetsByName, writeText } from "./own-sheets";

export interface HighlightOptions {
  /** Merged areas per sheet from the last read: a finding inside a merge marks its top-left cell, the one WPS shows. */
  merges?: ReadonlyMap<string, readonly CellRange[]>;
  onProgress?: (p: Progress) => void;
}

const NO_BACKUP: DecodedBackup = { records: [], damaged: 0 };

export function highlightIn(app: EtApplication, findings: readonly Finding[], lang: Lang, options: HighlightOptions = {}): HighlightOutcome {
  const wb = activeWorkbook(app);
  const warnings: HighlightWarning[] = [];
  const sheets = sheetsByName(wb);
  const targets = planMarks(findings, lang, options.merges, sheets, warnings);
  assertUnprotected(sheets, targets.map((t) => t.sheet));
  const backupSheet = sheets.get(BACKUP_SHEET);
  if (!backupSheet && wb.ProtectStructure && targets.length > 0) throw new HostError("protected", "");

  const decoded = backupSheet ? decodeBackup(readText(backupSheet)) : NO_BACKUP;
  warnDamaged(decoded, warnings);
  const previous = new Map(decoded.records.map((r) => [backupKey(r.sheet, r.cell), r]));
  const targetKeys = new Set(targets.map((t) => t.key));
  const stale = decoded.records.filter((r) => !targetKeys.has(backupKey(r.sheet, r.cell)) && sheets.has(r.sheet));
  assertUnprotected(sheets, stale.map((r) => r.sheet));

  const records: CellBackup[] = [];
  const paints: (() => void)[] = [];
  for (const t of targets) {
    const cell = (sheets.get(t.sheet) as EtWorksheet).Range(t.cell);
    const prior = previous.get(t.key);
    const fill = prior ? prior.fill : fillOf(cell.Interior);
    const font = prior?.font ?? bgrToHex(Number(cell.Font.Color) || 0);
    const note = prior && prior.note !== undefined ? prior.note : commentText(cell);
    const record: CellBackup = { sheet: t.sheet, cell: t.cell, fill, note };
    const light = hexToBgr(font);
    const repaintFont = light !== undefined && isLightBgr(light);
    if (repaintFont) record.font = font;
    if (GRADIENT_PATTERNS.has(fill.pattern)) warnings.push({ code: "gradient-fill", sheet: t.sheet, cell: t.cell });
    records.push(record);
    const severity = t.mark.severity;
    const text = noteText(t.mark, lang, note && note.trim() !== "" ? note : "");
    paints.push(() => {
      if (!GRADIENT_PATTERNS.has(fill.pattern)) {
        cell.Interior.Pattern = XL_PATTERN_SOLID;
        cell.Interior.Color = severityBgr(severity);
        if (fill.tintAndShade) cell.Interior.TintAndShade = 0;
      }
      if (repaintFont) cell.Font.Color = SEVERITY_FONT_BGR[severity];
      setComment(cell, text);
    });
  }

  // The record of everything that may be marked goes first, so a failure half-way loses nothing.
  const union = [...records, ...stale];
  writeBackup(app, wb, sheets, union);
  for (const r of stale) restoreCell(sheets.get(r.sheet) as EtWorksheet, r);
  paints.forEach((paint, i) => {
    paint();
    if ((i + 1) % 200 === 0) options.onProgress?.({ phase: "highlighting", done: i + 1, total: paints.length });
  });
  if (stale.length > 0) writeBackup(app, wb, sheets, records);
  options.onProgress?.({ phase: "highlighting", done: paints.length, total: paints.length });
  return { warnings };
}

/** Puts back every marked cell's fill, font colour and comment exactly, then removes the record. */
export function clearHighlightsIn(app: EtApplication): HighlightOutcome {
  const wb = activeWorkbook(app);
  const warnings: HighlightWarning[] = [];
  const sheets = sheetsByName(wb);
  const backupSheet = sheets.get(BACKUP_SHEET);
  if (!backupSheet) return { warnings };
  const decoded = decodeBackup(readText(backupSheet));
  warnDamaged(decoded, warnings);
  const present = decoded.records.filter((r) => {
    if (sheets.has(r.sheet)) return true;
    warnings.push({ code: "missing-sheet", sheet: r.sheet });
    return false;
  });
  assertUnprotected(sheets, present.map((r) => r.sheet));
  for (const r of present) restoreCell(sheets.get(r.sheet) as EtWorksheet, r);
  writeBackup(app, wb, sheets, []);
  return { warnings };
}

function commentText(cell: EtRange): string | null {
  const c = cell.Comment;
  return c ? c.Text() : null;
}

/** AddComment fails on a cell that has one (as in VBA), so the old one goes first. */
function setComment(cell: EtRange, text: string | null): void {
  if (cell.Comment) cell.ClearComments();
  if (text !== null) cell.AddComment(text);
}

function restoreCell(ws: EtWorksheet, r: CellBackup): void {
  const cell = ws.Range(r.cell);
  if (!GRADIENT_PATTERNS.has(r.fill.pattern)) {
    const pattern = patternNumber(r.fill.pattern);
    if (r.fill.pattern === "None" || pattern === undefined) {
      cell.Interior.Pattern = XL_NONE;
    } else {
      cell.Interior.Pattern = pattern;
      cell.Interior.Color = hexToBgr(r.fill.color) ?? 0xffffff;
      if (r.fill.patternColor !== undefined) cell.Interior.PatternColor = hexToBgr(r.fill.patternColor) ?? 0;
      cell.Interior.TintAndShade = r.fill.tintAndShade ?? 0;
    }
  }
  if (r.font !== undefined) {
    const font = hexToBgr(r.font);
    if (font !== undefined) cell.Font.Color = font;
  }
  if (r.note !== undefined) setComment(cell, r.note);
}

/** Replaces the record; with none, deletes the sheet (or, when the structure is protected, leaves only its marker row). */
function writeBackup(app: EtApplication, wb: EtWorkbook, sheets: Map<string, EtWorksheet>, records: readonly CellBackup[]): void {
  let ws = sheets.get(BACKUP_SHEET);
  if (records.length === 0 && !wb.ProtectStructure) {
    if (ws) deleteSheet(app, ws);
    sheets.delete(BACKUP_SHEET);
    return;
  }
  if (!ws) {
    if (records.length === 0) return;
    ws = addSheet(app, wb, BACKUP_SHEET, { veryHidden: true });
    sheets.set(BACKUP_SHEET, ws);
  }
  writeText(ws, encodeBackup(records));
}

function warnDamaged(decoded: DecodedBackup, warnings: HighlightWarning[]): void {
  if (decoded.damaged > 0) warnings.push({ code: "backup-damaged", count: decoded.damaged });
}

function assertUnprotected(sheets: ReadonlyMap<string, EtWorksheet>, names: readonly string[]): void {
  for (const name of new Set(names)) {
    if (sheets.get(name)?.ProtectContents) throw new HostError("protected", name);
  }
}
