/**
 * @jest-environment jsdom
 */
/**
 * The panel as the web checker embeds it: audits started from outside (runRequest), the audit reported
 * back (onAuditChange), wording for settings kept in the browser, and long rule groups shown a page at a time.
 */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { Grid } from "../../src/core/grid/grid";
import { CheckerPanel, type AuditSnapshot, type CheckerPanelProps } from "../../src/taskpane/components/CheckerPanel";
import { PAGE_SIZE } from "../../src/taskpane/components/FindingsList";
import { FakeHost } from "./fake-host";
import { settle } from "./render-panel";

afterEach(cleanup);

function renderEmbedded(host: FakeHost, props: Partial<CheckerPanelProps> = {}) {
  const ui = (p: Partial<CheckerPanelProps>) => (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <CheckerPanel host={host} lang="zh-CN" {...props} {...p} />
    </FluentProvider>
  );
  const utils = render(ui({}));
  return { ...utils, rerenderWith: (p: Partial<CheckerPanelProps>) => utils.rerender(ui(p)) };
}

/** A line-item table with `n` items, every one at 10% execution and explained: n low-execution errors. */
function manyLowItems(n: number): Grid {
  const rows: (string | number | null)[][] = [["序号", "项目名称", "预算数", "执行数", "执行率", "绩效目标完成情况", "情况说明"]];
  for (let i = 1; i <= n; i++) rows.push([i, `项目${i}`, 100, 10, 0.1, "完成", "已说明"]);
  return new Grid({ sheet: "项目明细", rows });
}

describe("audits asked for from outside", () => {
  it("runs once per runRequest seq, after the settings are read, and reports each state", async () => {
    const host = new FakeHost({ settings: { lowRate: 0.3 } });
    const snapshots: AuditSnapshot[] = [];
    const { rerenderWith } = renderEmbedded(host, { runRequest: { scope: "workbook", seq: 1 }, onAuditChange: (s) => snapshots.push(s) });
    await screen.findByRole("heading", { name: "审核结果" }, { timeout: 10_000 });
    expect(host.readGrids).toHaveBeenCalledTimes(1);
    expect(host.readGrids.mock.calls[0]?.[0]).toBe("workbook");
    const last = snapshots[snapshots.length - 1];
    expect(last?.status).toBe("results");
    expect(last?.reports?.map((r) => r.sheet)).toEqual(["项目明细", "绩效指标", "填表说明"]);
    // The stored 30% threshold was in force: 50% execution is not low.
    expect(last?.open.some((f) => f.rule === "low-execution")).toBe(false);
    expect(snapshots.map((s) => s.status)).toContain("running");

    // The same request again does nothing; a new seq audits again.
    rerenderWith({ runRequest: { scope: "workbook", seq: 1 }, onAuditChange: (s) => snapshots.push(s) });
    await settle();
    expect(host.readGrids).toHaveBeenCalledTimes(1);
    rerenderWith({ runRequest: { scope: "sheet", seq: 2 }, onAuditChange: (s) => snapshots.push(s) });
    await settle();
    await settle();
    expect(host.readGrids).toHaveBeenCalledTimes(2);
    expect(host.readGrids.mock.calls[1]?.[0]).toBe("sheet");
  });

  it("reports the open findings again when one is accepted", async () => {
    const host = new FakeHost();
    let latest: AuditSnapshot | undefined;
    renderEmbedded(host, { runRequest: { scope: "workbook", seq: 1 }, onAuditChange: (s) => (latest = s) });
    await screen.findByRole("heading", { name: "审核结果" }, { timeout: 10_000 });
    await settle();
    const before = latest?.open.length ?? 0;
    expect(before).toBeGreaterThan(0);
    fireEvent.click(screen.getAllByRole("button", { name: /^忽略 / })[0] as HTMLElement);
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "忽略" }));
    await settle();
    await settle();
    expect(latest?.open.length).toBe(before - 1);
  });
});

describe("wording for settings kept in the browser", () => {
  it("says 本浏览器 instead of 工作簿", async () => {
    renderEmbedded(new FakeHost(), { storedIn: "browser" });
    await settle();
    fireEvent.click(screen.getByRole("button", { name: /审核设置/ }));
    expect(await screen.findByRole("button", { name: "保存到本浏览器" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "保存到工作簿" })).toBeNull();
  });
});

describe("long rule groups", () => {
  it(`shows ${PAGE_SIZE} findings per rule group, then more on request, with the full count in the heading`, async () => {
    const n = PAGE_SIZE + 30;
    const host = new FakeHost({ grids: () => [manyLowItems(n)] });
    const { container } = renderEmbedded(host, { runRequest: { scope: "workbook", seq: 1 } });
    await screen.findByRole("heading", { name: "审核结果" }, { timeout: 10_000 });
    await settle();
    const group = container.querySelector('[data-rule="low-execution"][data-count]');
    expect(group).toHaveAttribute("data-count", String(n));
    expect(screen.getByRole("heading", { name: `执行率过低（${n} 项）` })).toBeInTheDocument();
    expect(container.querySelectorAll('li[data-rule="low-execution"]')).toHaveLength(PAGE_SIZE);
    const more = screen.getByRole("button", { name: "再显示 30 项（还有 30 项未显示）" });
    await act(async () => {
      fireEvent.click(more);
    });
    expect(container.querySelectorAll('li[data-rule="low-execution"]')).toHaveLength(n);
    expect(screen.queryByRole("button", { name: /^再显示/ })).toBeNull();
    const first = container.querySelector('li[data-rule="low-execution"]');
    expect(first).toHaveAttribute("data-sheet", "项目明细");
    expect(first).toHaveAttribute("data-cell", "E2");
    expect(first).toHaveAttribute("data-severity", "error");
  });
});
