/**
 * @jest-environment jsdom
 */
/** In Excel, 识别结果 follows the sheet the user is on: the Excel host over the fake Office.js, and the panel on it. */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, render, screen, within } from "@testing-library/react";
import { createExcelHost } from "../../src/excel/host";
import { CheckerPanel } from "../../src/taskpane/components/CheckerPanel";
import { auditAndWait, settle } from "../taskpane/render-panel";
import { fakeSheetId, makeSheet, makeWorkbook, type FakeExcel } from "./fake-excel";
import { installExcel, uninstallExcel } from "./install";
import { lineItemSheet } from "./workbooks";

afterEach(() => {
  cleanup();
  uninstallExcel();
});

const NOTES = "填表说明";
const ITEMS = "项目支出明细";

function install(excelApi?: string): FakeExcel {
  // The notes sheet comes first and is active: it is also the sheet 识别结果 would open on by itself (not read).
  return installExcel(makeWorkbook([makeSheet(NOTES, [["本表按万元填列"]]), lineItemSheet(6, ITEMS), makeSheet("备用", [["—"]])]), excelApi ? { excelApi } : {});
}

/** Waits for the fake's handlers (they run after the sync that changed the sheet) and what they started. */
async function switchTo(fake: FakeExcel, sheet: string): Promise<void> {
  fake.userActivates(sheet);
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
}

describe("the Excel host's watchActiveSheet", () => {
  it("tells the active sheet now and after each switch, with one handler for all listeners, until they stop", async () => {
    const fake = install();
    const host = createExcelHost();
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = host.watchActiveSheet?.((s) => first.push(s));
    await settle();
    expect(first).toEqual([NOTES]);
    const stopSecond = host.watchActiveSheet?.((s) => second.push(s));
    expect(second).toEqual([NOTES]);
    expect(fake.events.activated).toHaveLength(1);

    await switchTo(fake, ITEMS);
    expect(first).toEqual([NOTES, ITEMS]);
    expect(second).toEqual([NOTES, ITEMS]);

    stopFirst?.();
    await switchTo(fake, "备用");
    expect(first).toEqual([NOTES, ITEMS]);
    expect(second).toEqual([NOTES, ITEMS, "备用"]);
    stopSecond?.();
    // The handler looked the sheet up by its id, which is not its name.
    expect(fakeSheetId(ITEMS)).not.toBe(ITEMS);
  });

  it("on an Excel without the required sets, registers nothing and says nothing", async () => {
    const fake = install("1.12");
    const host = createExcelHost();
    const seen: string[] = [];
    expect(() => host.watchActiveSheet?.((s) => seen.push(s))).not.toThrow();
    await settle();
    expect(seen).toEqual([]);
    expect(fake.events.activated).toHaveLength(0);
  });
});

describe("识别结果 in the task pane", () => {
  it("shows the account of the sheet the user switches to", async () => {
    const fake = install();
    render(
      <FluentProvider theme={webLightTheme} lang="zh-CN">
        <CheckerPanel host={createExcelHost()} lang="zh-CN" />
      </FluentProvider>,
    );
    await settle();
    await auditAndWait("审核整个工作簿");
    const view = () => screen.getByTestId("recognition");
    const sheetChoice = () => within(view()).getByRole("combobox", { name: "工作表" });
    expect(sheetChoice()).toHaveValue(NOTES);

    await switchTo(fake, ITEMS);
    expect(sheetChoice()).toHaveValue(ITEMS);
    expect(view()).toHaveTextContent("识别为：项目明细表");

    await switchTo(fake, NOTES);
    expect(sheetChoice()).toHaveValue(NOTES);
  });
});
