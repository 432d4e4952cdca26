/** Excel's view of the workbook's sheets; the names of the add-in's own sheets are shared, in src/host/sheets.ts. */
import { officeError } from "./batch";

export { BACKUP_SHEET, isOwnSheet, isResultsSheet, uniqueSheetName } from "../host/sheets";

export interface SheetState {
  sheets: Map<string, Excel.Worksheet>;
  structureProtected: boolean;
}

/** Every worksheet by name, with its protection, and whether the workbook's structure is protected. One sync. */
export async function loadSheets(context: Excel.RequestContext): Promise<SheetState> {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/protection/protected");
  const protection = context.workbook.protection;
  protection.load("protected");
  try {
    await context.sync();
  } catch (e) {
    throw officeError(e, "read-failed", "");
  }
  const sheets = new Map<string, Excel.Worksheet>();
  for (const ws of collection.items) sheets.set(ws.name, ws);
  return { sheets, structureProtected: protection.protected };
}
