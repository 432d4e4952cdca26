import { createWpsHost } from "../../src/wps/host";
import { BACKUP_SHEET, HostError, type AuditHost } from "../../src/host";
import { lineItemSheet, LINE_ITEM_SHEET } from "../excel/workbooks";
import { fakeEt, makeEtSheet, makeEtWorkbook, type EtFakeOptions, type EtWorkbookData, type FakeEt } from "./fake-et";
import { etSheetOfFake } from "./workbooks";

const never = new AbortController().signal;
const noProgress = (): void => undefined;

function hostOver(data: EtWorkbookData, options: EtFakeOptions = {}): { fake: FakeEt; host: AuditHost } {
  const fake = fakeEt(data, options);
  return { fake, host: createWpsHost({ application: () => fake.Application as never }) };
}

describe("WPS readGrids: object-model calls", () => {
  it("reads 100 and 10,000 rows with the same number of calls (whole-range Value2 and NumberFormat)", async () => {
    const counts: number[] = [];
    for (const rows of [100, 10_000]) {
      const { fake, host } = hostOver(makeEtWorkbook([etSheetOfFake(lineItemSheet(rows))]));
      const grids = await host.readGrids("sheet", noProgress, never);
      expect(grids[0]?.rowCount).toBe(rows + 4);
      expect(grids[0]?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 7 }]);
      counts.push(fake.stats.calls);
    }
    expect(counts[0]).toBe(counts[1]);
    // A fixed handful: the used range's place and size, Value2, NumberFormat, MergeCells, the merge search.
    expect(counts[0]).toBeLessThan(40);
  });

  it("reads a whole workbook with calls per sheet, not per row", async () => {
    const counts: number[] = [];
    for (const rows of [100, 5_000]) {
      const { fake, host } = hostOver(makeEtWorkbook([etSheetOfFake(lineItemSheet(rows, "甲")), etSheetOfFake(lineItemSheet(rows, "乙"))]));
      const grids = await host.readGrids("workbook", noProgress, never);
      expect(grids.map((g) => g.sheet)).toEqual(["甲", "乙"]);
      counts.push(fake.stats.calls);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("reads the same Grid where NumberFormat answers as VBA does (a string, or null when mixed)", async () => {
    const data = makeEtWorkbook([etSheetOfFake(lineItemSheet(300))]);
    const arrays = await hostOver(data).host.readGrids("sheet", noProgress, never);
    const vba = await hostOver(data, { numberFormat: "vba" }).host.readGrids("sheet", noProgress, never);
    const a = arrays[0];
    const b = vba[0];
    if (!a || !b) throw new Error("no grid");
    expect(b.rowCount).toBe(a.rowCount);
    for (let r = a.firstRow; r <= a.lastRow; r++) for (let c = a.firstCol; c <= a.lastCol; c++) expect([r, c, b.format(r, c)]).toEqual([r, c, a.format(r, c)]);
    expect(a.format(5, 5)).not.toBe("General");
  });
});

describe("WPS readGrids: what is read", () => {
  it("skips hidden, very hidden and the add-in's own sheets in a workbook audit", async () => {
    const sheets = [
      makeEtSheet("表一", [["预算", 1]]),
      makeEtSheet("隐藏", [["x"]], { visible: 0 }),
      makeEtSheet(BACKUP_SHEET, [["{}"]], { visible: 2 }),
      makeEtSheet("审核结果", [["工作表"]]),
      makeEtSheet("表二", [[null, "a"]]),
    ];
    const grids = await hostOver(makeEtWorkbook(sheets)).host.readGrids("workbook", noProgress, never);
    expect(grids.map((g) => g.sheet)).toEqual(["表一", "表二"]);
    expect(grids[1]?.value(1, 2)).toBe("a");
    expect(grids[1]?.firstCol).toBe(2);
  });

  it("turns Value2's error codes into error values, keeps numbers, text and booleans, and reads a one-cell sheet", async () => {
    const { host } = hostOver(makeEtWorkbook([makeEtSheet("S", [[-2146826281, 2007, "#N/A", true]]), makeEtSheet("One", [[42]])]));
    const [s, one] = await host.readGrids("workbook", noProgress, never);
    expect([s?.value(1, 1), s?.value(1, 2), s?.value(1, 3), s?.value(1, 4)]).toEqual([{ error: "#DIV/0!" }, 2007, "#N/A", true]);
    expect(one?.value(1, 1)).toBe(42);
    expect(one?.rowCount).toBe(1);
  });

  it("reads an empty sheet as an empty Grid", async () => {
    const grids = await hostOver(makeEtWorkbook([makeEtSheet("空")])).host.readGrids("sheet", noProgress, never);
    expect(grids[0]?.rowCount).toBe(0);
  });

  it("refuses a sheet over the size limit, and stops when cancelled", async () => {
    const data = makeEtWorkbook([etSheetOfFake(lineItemSheet(50))]);
    const fake = fakeEt(data);
    const host = createWpsHost({ application: () => fake.Application as never, maxCells: 100 });
    await expect(host.readGrids("sheet", noProgress, never)).rejects.toMatchObject({ code: "too-large", detail: LINE_ITEM_SHEET });
    const ac = new AbortController();
    ac.abort();
    await expect(hostOver(data).host.readGrids("workbook", noProgress, ac.signal)).rejects.toMatchObject({ code: "cancelled" });
  });

  it("says no-workbook outside WPS (no Application) and when no workbook is open", async () => {
    await expect(createWpsHost().readGrids("sheet", noProgress, never)).rejects.toBeInstanceOf(HostError);
    await expect(createWpsHost().loadSettings()).rejects.toMatchObject({ code: "no-workbook" });
    const host = createWpsHost({ application: () => ({ ActiveWorkbook: null, ActiveSheet: null }) as never });
    await expect(host.readGrids("sheet", noProgress, never)).rejects.toMatchObject({ code: "no-workbook" });
  });
});
