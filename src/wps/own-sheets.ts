/**
 * The add-in's own sheets in a WPS workbook (the veryHidden backup and settings sheets, the results
 * sheet): finding, adding, writing text to and deleting them. These are the only sheets whose
 * values the WPS host ever writes.
 */
import { HostError } from "../host";
import { SHEET_HIDDEN, SHEET_VERY_HIDDEN, type EtApplication, type EtWorkbook, type EtWorksheet } from "./et";

/** Every worksheet by name, in workbook order. */
export function sheetsByName(wb: EtWorkbook): Map<string, EtWorksheet> {
  const sheets = wb.Worksheets;
  const out = new Map<string, EtWorksheet>();
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i);
    out.set(ws.Name, ws);
  }
  return out;
}

/**
 * A new sheet after the last one. Adding a sheet activates it (as in Excel), so the user's sheet is
 * activated again unless `activate` asks to show the new one.
 */
export function addSheet(app: EtApplication, wb: EtWorkbook, name: string, how: { veryHidden?: boolean; activate?: boolean } = {}): EtWorksheet {
  if (wb.ProtectStructure) throw new HostError("protected", "");
  const previous = app.ActiveSheet;
  const sheets = wb.Worksheets;
  const ws = sheets.Add(undefined, sheets.Item(sheets.Count));
  ws.Name = name;
  if (how.veryHidden) ws.Visible = SHEET_VERY_HIDDEN;
  if (!how.activate && previous) previous.Activate();
  return ws;
}

/** Replaces the sheet's content with `rows` of text, typed as text ("@") first so nothing is converted. */
export function writeText(ws: EtWorksheet, rows: readonly (readonly string[])[]): void {
  ws.UsedRange.Clear();
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows.length === 0 || width === 0) return;
  const range = ws.Range("A1").Resize(rows.length, width);
  range.NumberFormat = "@";
  range.Value2 = rows.map((r) => {
    const line = [...r];
    while (line.length < width) line.push("");
    return line;
  });
}

/** The sheet's values as rows (a single cell as a one-by-one table), empty cells as "". */
export function readText(ws: EtWorksheet): unknown[][] {
  const v = ws.UsedRange.Value2;
  const blank = (x: unknown): unknown => (x === undefined || x === null ? "" : x);
  if (!Array.isArray(v)) return blank(v) === "" ? [] : [[v]];
  return v.map((line: unknown) => (Array.isArray(line) ? line.map(blank) : [blank(line)]));
}

/** Deletes one of our sheets without WPS asking the user to confirm. */
export function deleteSheet(app: EtApplication, ws: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    // As in Excel, a veryHidden sheet is made merely hidden before it is deleted.
    ws.Visible = SHEET_HIDDEN;
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}
