/// <reference types="et-jsapi-declare" />
/**
 * src/wps/et.ts is our own narrow view of the ET object model. Here the compiler checks it against
 * Kingsoft's typings (et-jsapi-declare): each real interface must fit ours, so every member we call
 * exists there with a compatible type. `tsc --noEmit` (npm test) fails when one does not.
 */
import type { EtApplication, EtCellFormat, EtComment, EtFont, EtInterior, EtRange, EtWorkbook, EtWorksheet } from "../../src/wps/et";

// Sheets.Item is typed `Worksheet | Sheets` there (an array index gives a collection); we pass one name or index.
type SheetsByOne = Omit<Et.Sheets, "Item"> & { Item(index: number | string): Et.Worksheet };
type WorkbookByOne = Omit<Et.Workbook, "Worksheets"> & { Worksheets: SheetsByOne };

type Fits<Real, Ours> = Real extends Ours ? true : false;
const checks: [
  Fits<Et.Range, EtRange>,
  Fits<Omit<Et.Worksheet, "Hyperlinks"> & { Hyperlinks: Et.Hyperlinks }, EtWorksheet>,
  Fits<WorkbookByOne, EtWorkbook>,
  Fits<Omit<Et.Application, "ActiveWorkbook" | "ActiveSheet"> & { ActiveWorkbook: WorkbookByOne; ActiveSheet: Et.Worksheet }, EtApplication>,
  Fits<Et.Interior, EtInterior>,
  Fits<Et.Font, EtFont>,
  Fits<Et.Comment, EtComment>,
  Fits<Et.CellFormat, EtCellFormat>,
] = [true, true, true, true, true, true, true, true];

it("our ET surface is a subset of et-jsapi-declare's (checked by the compiler)", () => {
  expect(checks.every(Boolean)).toBe(true);
});
