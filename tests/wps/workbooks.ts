/** Workbooks for the ET fake: the golden fixtures, and the line-item sheets of tests/excel, cell for cell. */
import fs from "fs";
import { isCellError, type CellValue, type Grid } from "../../src/core/grid/grid";
import { readWorkbook } from "../../src/xlsx";
import type { FakeSheetData } from "../excel/fake-excel";
import { fixture } from "../helpers/fixtures";
import { makeEtSheet, makeEtWorkbook, type EtCell, type EtSheetData, type EtValue, type EtWorkbookData } from "./fake-et";

/** CVErr codes as Value2 hands error values to JavaScript. */
const ERROR_VALUES: Record<string, number> = {
  "#NULL!": -2146826288,
  "#DIV/0!": -2146826281,
  "#VALUE!": -2146826273,
  "#REF!": -2146826265,
  "#NAME?": -2146826259,
  "#NUM!": -2146826252,
  "#N/A": -2146826246,
};

function etValue(v: CellValue): EtValue | undefined {
  if (v === null || v === "") return undefined;
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (isCellError(v)) return ERROR_VALUES[v.error] ?? ERROR_VALUES["#VALUE!"];
  return v;
}

/** A Grid as WPS holds it: merged followers empty, dates as serials, formats per cell. */
export function etSheetOfGrid(grid: Grid): EtSheetData {
  const sheet = makeEtSheet(grid.sheet, [], { merges: [...grid.merges] });
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    for (let c = grid.firstCol; c <= grid.lastCol; c++) {
      const cell: EtCell = {};
      const v = grid.isMergedFollower(r, c) ? undefined : etValue(grid.raw(r, c));
      if (v !== undefined) cell.v = v;
      const f = grid.format(r, c);
      if (f !== "General" && !grid.isMergedFollower(r, c)) cell.nf = f;
      if (cell.v !== undefined || cell.nf !== undefined) sheet.cells[`${r},${c}`] = cell;
    }
  }
  return sheet;
}

export async function etFixtureWorkbook(name: string): Promise<EtWorkbookData> {
  return makeEtWorkbook(await fixtureGrids(name).then((grids) => grids.map(etSheetOfGrid)), name);
}

/** The fixture as the CLI reads it (the xlsx reader). */
export async function fixtureGrids(name: string): Promise<Grid[]> {
  return readWorkbook(new Uint8Array(await fs.promises.readFile(fixture(name)))).grids;
}

/** The Excel fake's sheet, cell for cell, in the ET fake. */
export function etSheetOfFake(s: FakeSheetData): EtSheetData {
  const sheet = makeEtSheet(s.name, [], { merges: [...s.merges] });
  s.values.forEach((line, i) =>
    line.forEach((v, j) => {
      const cell: EtCell = {};
      if (v !== null && v !== "" && typeof v !== "object") cell.v = v;
      if (v !== null && typeof v === "object") cell.v = ERROR_VALUES[v.error] ?? ERROR_VALUES["#VALUE!"];
      const f = s.formats[i]?.[j];
      if (f) cell.nf = f;
      if (cell.v !== undefined || cell.nf !== undefined) sheet.cells[`${i + 1},${j + 1}`] = cell;
    }),
  );
  return sheet;
}
