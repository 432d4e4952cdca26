/** Writes SheetSpecs to a real .xlsx with ExcelJS: values, number formats, merges, formulas with their saved results, hidden rows. */
import * as ExcelJS from "exceljs";
import { range, type SheetSpec } from "../helpers/grid";

function origin(spec: SheetSpec): { row: number; col: number } {
  const r = range(spec.at ?? "A1");
  return { row: r.top, col: r.left };
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec, name: string): void {
  const ws = wb.addWorksheet(name);
  const o = origin(spec);
  spec.rows.forEach((line, i) => {
    line.forEach((v, j) => {
      if (v !== null && v !== undefined) ws.getCell(o.row + i, o.col + j).value = v as ExcelJS.CellValue;
    });
  });
  for (const [where, f] of Object.entries(spec.formulas ?? {})) {
    const cell = ws.getCell(where);
    const result = cell.value as ExcelJS.CellValue;
    const formula = f.startsWith("=") ? f.slice(1) : f;
    cell.value = (result === null || result === undefined ? { formula } : { formula, result }) as ExcelJS.CellValue;
  }
  for (const [where, format] of Object.entries(spec.formats ?? {})) {
    const r = range(where);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) ws.getCell(row, col).numFmt = format;
  }
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  for (const row of spec.hiddenRows ?? []) ws.getRow(row).hidden = true;
  for (const col of spec.hiddenCols ?? []) ws.getColumn(col).hidden = true;
}

/** The sheets as .xlsx bytes; unnamed sheets are Sheet1, Sheet2, … */
export async function workbookBytes(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  specs.forEach((s, i) => writeSheet(wb, s, s.sheet ?? `Sheet${i + 1}`));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
