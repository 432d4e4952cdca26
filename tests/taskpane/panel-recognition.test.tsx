/**
 * @jest-environment jsdom
 */
/** 识别结果: the account of what was recognised, and picking a role for a header cell, as a user drives it. */
import "@testing-library/jest-dom";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Grid } from "../../src/core/grid/grid";
import { DEFAULT_SETTINGS, HostError } from "../../src/host";
import { FakeHost, lineItemSheet } from "./fake-host";
import { auditAndWait, renderPanel, settle } from "./render-panel";

afterEach(cleanup);

/** 明细: headers in words the vocabulary does not know; 办公费 spent 40 of 100. */
function unknownSheet(): Grid {
  return new Grid({
    sheet: "明细",
    rows: [
      ["项目", "年度盘子", "花掉的钱", "说到"],
      ["办公费", 100, 40, ""],
      ["差旅费", 50, 50, ""],
    ],
  });
}

const view = () => screen.getByTestId("recognition");
const picker = (label: string) => within(view()).getByRole("combobox", { name: label });

async function pick(label: string, role: string): Promise<void> {
  fireEvent.change(picker(label), { target: { value: role } });
  await waitFor(() => expect(screen.getByRole("heading", { name: "审核结果" })).toBeInTheDocument(), { timeout: 10_000 });
  await settle();
}

describe("识别结果", () => {
  it("says why a sheet was not read, takes the user's roles for two header cells, audits the sheet with them, and lets the picks go", async () => {
    const host = new FakeHost({ grids: () => [unknownSheet()] });
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    // Opened at once, since a sheet was not read: why, in words a user can act on.
    expect(view()).toHaveTextContent("没有找到表头行，这张表未审核");
    expect(view()).toHaveTextContent("预算数：预算数");
    expect(screen.queryByRole("button", { name: /办公费/ })).not.toBeInTheDocument();

    await pick("B1「年度盘子」的用途", "budget");
    expect(host.saveSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, columnMaps: { 明细: { B: "budget" } } });
    // One of the two roles: still not read, and now the account says which column is missing.
    expect(view()).toHaveTextContent("找到了「项目名称」「预算数」列，没有找到「执行数」列；可在下方为表头单元格指定用途");
    expect(picker("B1「年度盘子」的用途")).toHaveValue("budget");
    expect(view()).toHaveTextContent("已指定的用途还不足以读出表格");

    await pick("C1「花掉的钱」的用途", "amountActual");
    expect(host.saveSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, columnMaps: { 明细: { B: "budget", C: "amountActual" } } });
    expect(host.readGrids).toHaveBeenCalledTimes(3);
    expect(view()).toHaveTextContent("识别为：项目明细表");
    expect(view()).toHaveTextContent("项目明细表：表头在第 1 行，读到第 3 行");
    expect(view()).toHaveTextContent("明细：第 2–3 行");
    expect(screen.getAllByRole("button", { name: /办公费.*执行率为 40%/ }).length).toBeGreaterThan(0);

    // Clicking a header cell shows it in the workbook.
    fireEvent.click(within(view()).getByRole("button", { name: "C1" }));
    await settle();
    expect(host.selectCell).toHaveBeenLastCalledWith("明细", "C1");

    // Taking the pick away: the header's words decide again, and the sheet is not read.
    await pick("C1「花掉的钱」的用途", "");
    expect(host.saveSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, columnMaps: { 明细: { B: "budget" } } });
    expect(screen.queryByRole("button", { name: /办公费.*执行率为 40%/ })).not.toBeInTheDocument();
    expect(view()).toHaveTextContent("没有找到「执行数」列");
    await pick("B1「年度盘子」的用途", "");
    expect(host.saveSettings).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
    expect(view()).toHaveTextContent("没有找到表头行");
  });

  it("audits with the picks the workbook already holds, and lists each header cell of a read sheet with its role", async () => {
    const host = new FakeHost({ grids: () => [unknownSheet(), lineItemSheet()], settings: { ...DEFAULT_SETTINGS, columnMaps: { 明细: { B: "budget", C: "amountActual" } } } });
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    expect(screen.getAllByRole("button", { name: /办公费.*执行率为 40%/ }).length).toBeGreaterThan(0);
    // Nothing went unread, so the view starts closed.
    expect(screen.queryByTestId("recognition")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "识别结果" }));
    const sheet = await within(await screen.findByTestId("recognition")).findByRole("combobox", { name: "工作表" });
    fireEvent.change(sheet, { target: { value: "项目明细" } });
    expect(view()).toHaveTextContent("项目明细表：表头在第 1 行，读到第 4 行");
    expect(view()).toHaveTextContent("合计：第 4 行");
    expect(picker("C1「预算数」的用途")).toHaveValue("");
    expect(within(picker("C1「预算数」的用途")).getByRole("option", { name: "自动识别（预算数）" })).toBeInTheDocument();
  });

  it("reads past a column the user says is not audited", async () => {
    const host = new FakeHost({ grids: () => [lineItemSheet()] });
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    const cellsOf = () => screen.queryAllByRole("button", { name: /「项目明细」[A-Z]+\d+/ }).map((b) => /」([A-Z]+\d+)/.exec(b.textContent ?? "")?.[1]);
    expect(cellsOf()).toContain("G2");
    fireEvent.click(screen.getByRole("button", { name: "识别结果" }));
    await screen.findByTestId("recognition");
    await pick("G1「情况说明」的用途", "ignore");
    expect(host.saveSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, columnMaps: { 项目明细: { G: "ignore" } } });
    expect(picker("G1「情况说明」的用途")).toHaveValue("ignore");
    expect(cellsOf()).not.toContain("G2");
    expect(cellsOf()).toContain("E2");
  });

  it("says so when a pick cannot be saved, and does not audit again", async () => {
    const host = new FakeHost({ grids: () => [unknownSheet()] });
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    host.failures.saveSettings = new HostError("write-failed", "");
    fireEvent.change(picker("B1「年度盘子」的用途"), { target: { value: "budget" } });
    expect(await screen.findByText("写入失败")).toBeInTheDocument();
    expect(host.readGrids).toHaveBeenCalledTimes(1);
    expect(picker("B1「年度盘子」的用途")).toHaveValue("");
  });
});
