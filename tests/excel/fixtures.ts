/** The golden workbooks of ../shared/fixtures, loaded into the fake Excel. */
import fs from "fs";
import type { CellValue, Grid } from "../../src/core/grid/grid";
import { readWorkbook } from "../../src/xlsx";
import { fixture } from "../helpers/fixtures";
import { makeSheet, makeWorkbook, type FakeSheetData, type FakeValue, type FakeWorkbookData } from "./fake-excel";

/**
 * A golden workbook from ../shared/fixtures as the fake Excel holds it: values (cached formula
 * results), number formats and merges, read with the project's .xlsx reader.
 */
export async function fixtureWorkbook(name: string): Promise<FakeWorkbookData> {
  const bytes = new Uint8Array(await fs.promises.readFile(fixture(name)));
  return makeWorkbook(readWorkbook(bytes).grids.map(fakeSheetOf));
}

function fakeSheetOf(grid: Grid): FakeSheetData {
  const values: FakeValue[][] = [];
  const formats: (string | undefined)[][] = [];
  for (let r = 1; r <= grid.lastRow; r++) {
    const row: FakeValue[] = [];
    const rowFormats: (string | undefined)[] = [];
    for (let c = 1; c <= grid.lastCol; c++) {
      row.push(fakeValue(grid.raw(r, c)));
      const f = grid.format(r, c);
      rowFormats.push(f === "General" ? undefined : f);
    }
    values.push(row);
    formats.push(rowFormats);
  }
  return makeSheet(grid.sheet, values, { formats, merges: [...grid.merges] });
}

/** Excel hands dates to Office.js as serial numbers. */
function fakeValue(v: CellValue): FakeValue {
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  return v;
}
