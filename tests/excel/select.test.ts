import { OfficeMockObject } from "office-addin-mock";
import { createExcelHost } from "../../src/excel/host";
import { makeSheet, makeWorkbook } from "./fake-excel";
import { installExcel, uninstallExcel } from "./install";

afterEach(uninstallExcel);

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const data = makeWorkbook([makeSheet("甲", [[1]]), makeSheet("乙", [[1]])]);
    const fake = installExcel(data);
    await createExcelHost().selectCell("乙", "D44");
    expect(data.active).toBe("乙");
    expect(data.selection).toEqual({ sheet: "乙", address: "D44" });
    expect(fake.stats.syncs).toBe(2);
    expect(data.writes).toEqual([]);
  });

  it("fails with read-failed naming a sheet that is gone or hidden", async () => {
    const data = makeWorkbook([makeSheet("甲", [[1]]), makeSheet("藏", [[1]], { visibility: "Hidden" })]);
    installExcel(data);
    await expect(createExcelHost().selectCell("已删除", "A1")).rejects.toMatchObject({ code: "read-failed", detail: "已删除" });
    await expect(createExcelHost().selectCell("藏", "A1")).rejects.toMatchObject({ code: "read-failed", detail: "藏" });
    expect(data.active).toBe("甲");
  });

  it("works against a plain office-addin-mock workbook too", async () => {
    installExcel(makeWorkbook([makeSheet("x")]));
    // Microsoft's documented pattern: a hand-written object model behind OfficeMockObject.
    const calls: string[] = [];
    const model = {
      context: {
        workbook: {
          worksheets: {
            sheet: {
              isNullObject: false,
              visibility: "Visible",
              activate: () => calls.push("activate"),
              getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
            },
            getItemOrNullObject(this: { sheet: unknown }) {
              return this.sheet;
            },
          },
        },
      },
      run: async function (this: { context: unknown }, batch: (c: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    };
    const excel = new OfficeMockObject(model);
    // OfficeMockObject treats isNullObject as an ordinary property that needs loading first.
    const sheet = excel.context.workbook.worksheets.sheet as OfficeMockObject;
    sheet.load("isNullObject");
    await excel.context.sync();
    (globalThis as { Excel?: unknown }).Excel = excel;
    await createExcelHost().selectCell("x", "B7");
    expect(calls).toEqual(["activate", "select B7"]);
  });
});
