/** Shows a finding's cell: activates its sheet and selects the cell. */
import { parseA1 } from "../core/grid/grid";
import { HostError } from "../host";
import { officeError } from "./batch";

export async function selectCellIn(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  if (!parseA1(cell)) throw new HostError("unknown", `${sheet}!${cell}`);
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load("visibility");
  try {
    await context.sync();
  } catch (e) {
    throw officeError(e, "read-failed", sheet);
  }
  // The sheet was renamed or deleted since the audit, or is hidden (Excel cannot activate it).
  if (ws.isNullObject || ws.visibility !== "Visible") throw new HostError("read-failed", sheet);
  ws.activate();
  ws.getRange(cell).select();
  try {
    await context.sync();
  } catch (e) {
    throw officeError(e, "read-failed", sheet);
  }
}
