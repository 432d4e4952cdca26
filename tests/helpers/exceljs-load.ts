/** The audit's earlier reader (ExcelJS), kept for tests: the new reader must give the same Grids. */
import * as ExcelJS from "exceljs";
import { classifyWorkbookBytes, WorkbookInputError } from "../../src/xlsx/input";

export { classifyWorkbookBytes, WorkbookInputError, isWorkbookInputError } from "../../src/xlsx/input";

/** Classifies and loads a workbook; throws WorkbookInputError for anything that is not a readable .xlsx. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const code = classifyWorkbookBytes(bytes);
  if (code) throw new WorkbookInputError(code);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings say Buffer; JSZip underneath takes any Uint8Array or ArrayBuffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch (e) {
    throw new WorkbookInputError("corrupt", e);
  }
  // A zip without a workbook part (a .docx, a plain archive) loads as a workbook with no sheets.
  if (workbook.worksheets.length === 0) throw new WorkbookInputError("not-xlsx");
  return workbook;
}

