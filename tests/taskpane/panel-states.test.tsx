/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { grid } from "../helpers/grid";
import { FakeHost, lineItemSheet } from "./fake-host";
import { auditAndWait, renderPanel, settle } from "./render-panel";

afterEach(cleanup);

/** The text of every finding message shown in the main list. */
function listedFindings(): string[] {
  const section = screen.queryByRole("region", { name: /^发现问题/ });
  if (!section) return [];
  return within(section)
    .queryAllByRole("button", { name: /^「/ })
    .map((b) => b.textContent ?? "");
}

describe("before any audit", () => {
  it("invites an audit, reads the workbook's settings and accepted findings, and offers only Clear highlights", async () => {
    const { host } = await renderPanel();
    expect(screen.getByText("点击「审核当前工作表」或「审核整个工作簿」开始审核。审核只读取数据，不会修改单元格的值。")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "审核当前工作表" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "审核整个工作簿" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "标注问题单元格" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "导出审核结果" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "清除标注" })).toBeEnabled();
    expect(screen.getByRole("heading", { name: "已忽略的问题（0 项）" })).toBeInTheDocument();
    expect(screen.getByText("没有已忽略的问题。")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "审核结果" })).toBeNull();
    expect(host.loadSettings).toHaveBeenCalledTimes(1);
    expect(host.loadAccepted).toHaveBeenCalledTimes(1);
    expect(host.readGrids).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "清除标注" }));
    await screen.findByText("已清除标注。");
    expect(host.clearHighlights).toHaveBeenCalledTimes(1);
  });
});

describe("while an audit runs", () => {
  it("shows progress and a Cancel button that aborts the read and ends in the cancelled message", async () => {
    const host = new FakeHost();
    host.holdRead = true;
    await renderPanel(host);
    fireEvent.click(screen.getByRole("button", { name: "审核整个工作簿" }));
    await screen.findByText("正在读取「项目明细」…");
    expect(host.readGrids).toHaveBeenCalledWith("workbook", expect.any(Function), expect.any(AbortSignal));
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "审核整个工作簿" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "审核当前工作表" })).toBeDisabled();

    fireEvent.click(screen.getByRole("button", { name: "取消审核" }));
    expect(host.lastSignal?.aborted).toBe(true);
    expect(await screen.findByText("已取消审核。")).toBeInTheDocument();
    await settle();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("heading", { name: "审核结果" })).toBeNull();
    expect(screen.getByRole("button", { name: "审核整个工作簿" })).toBeEnabled();

    // Dismissing the message returns to the start.
    fireEvent.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText("已取消审核。")).toBeNull();
    expect(screen.getByText(/开始审核/)).toBeInTheDocument();
  });

  it("shows the sheet being audited", async () => {
    await renderPanel();
    fireEvent.click(screen.getByRole("button", { name: "审核整个工作簿" }));
    await screen.findByText(/^正在审核 第 [123]\/3 张工作表$/);
    await screen.findByRole("heading", { name: "审核结果" }, { timeout: 10_000 });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
});

describe("audit results", () => {
  it("counts the whole workbook's findings by severity and says which sheets were not audited", async () => {
    await renderPanel();
    await auditAndWait("审核整个工作簿");
    expect(screen.getByText("错误 3 项")).toBeInTheDocument();
    expect(screen.getByText("警告 4 项")).toBeInTheDocument();
    expect(screen.getByText("提示 1 项")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "发现问题（8 项）" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "错误（3 项）" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "警告（4 项）" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "提示（1 项）" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "执行率过低（1 项）" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "合计不符（1 项）" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "缺少情况说明（2 项）" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "按规则计算的总分（1 项）" })).toBeInTheDocument();
    expect(screen.getByText("「项目明细」：项目明细表")).toBeInTheDocument();
    expect(screen.getByText("「绩效指标」：绩效指标表")).toBeInTheDocument();
    expect(screen.getByText("「填表说明」：未识别的表格布局，未审核")).toBeInTheDocument();
    expect(listedFindings()).toHaveLength(8);
    const total = screen.getByRole("button", { name: /^「项目明细」D4/ });
    expect(total).toHaveTextContent("「合计」执行数填报为 250.00，与各明细之和 240.00 不一致");
    expect(screen.queryByText(/开始审核/)).toBeNull();
  });

  it("audits only the active sheet for 审核当前工作表", async () => {
    const { host } = await renderPanel();
    await auditAndWait("审核当前工作表");
    expect(host.readGrids).toHaveBeenCalledWith("sheet", expect.any(Function), expect.any(AbortSignal));
    expect(screen.getByText("错误 2 项")).toBeInTheDocument();
    expect(screen.getByText("警告 1 项")).toBeInTheDocument();
    expect(screen.getByText("提示 0 项")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "发现问题（3 项）" })).toBeInTheDocument();
    expect(screen.queryByText(/绩效指标/)).toBeNull();
  });

  it("filters by severity", async () => {
    await renderPanel();
    await auditAndWait("审核整个工作簿");
    const filter = screen.getByRole("group", { name: "按严重程度筛选" });
    fireEvent.click(within(filter).getByRole("button", { name: "警告" }));
    expect(within(filter).getByRole("button", { name: "警告" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.queryByRole("heading", { name: "错误（3 项）" })).toBeNull();
    expect(screen.queryByRole("heading", { name: "提示（1 项）" })).toBeNull();
    expect(screen.getByRole("heading", { name: "警告（4 项）" })).toBeInTheDocument();
    expect(listedFindings()).toHaveLength(4);
    expect(screen.queryByText(/与各明细之和 240.00 不一致/)).toBeNull();
    expect(screen.getByText(/未达到目标 ≥4座/)).toBeInTheDocument();

    fireEvent.click(within(filter).getByRole("button", { name: "提示" }));
    expect(listedFindings()).toHaveLength(1);
    expect(screen.getByText(/按评分规则计算的总分为 87.5 分/)).toBeInTheDocument();

    fireEvent.click(within(filter).getByRole("button", { name: "全部" }));
    expect(listedFindings()).toHaveLength(8);
  });

  it("goes to a finding's cell on click, Enter and Space", async () => {
    const { host } = await renderPanel();
    await auditAndWait("审核整个工作簿");
    fireEvent.click(screen.getByRole("button", { name: /^「项目明细」D4/ }));
    expect(host.selectCell).toHaveBeenLastCalledWith("项目明细", "D4");
    const score = screen.getByRole("button", { name: /^「绩效指标」G2/ });
    expect(score).toHaveAttribute("tabindex", "0");
    fireEvent.keyDown(score, { key: "Enter" });
    expect(host.selectCell).toHaveBeenLastCalledWith("绩效指标", "G2");
    fireEvent.keyDown(screen.getByRole("button", { name: /^「项目明细」E2/ }), { key: " " });
    expect(host.selectCell).toHaveBeenLastCalledWith("项目明细", "E2");
    fireEvent.keyDown(score, { key: "a" });
    expect(host.selectCell).toHaveBeenCalledTimes(3);
  });

  it("highlights the open findings only when asked, clears and exports", async () => {
    const { host } = await renderPanel();
    await auditAndWait("审核整个工作簿");
    expect(host.highlight).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "标注问题单元格" }));
    await screen.findByText("已标注 8 个单元格。");
    expect(host.highlight).toHaveBeenCalledTimes(1);
    const [findings, lang] = host.highlight.mock.calls[0] ?? [];
    expect(lang).toBe("zh-CN");
    expect(findings?.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(
      ["项目明细!E2", "项目明细!G2", "项目明细!D4", "绩效指标!E2", "绩效指标!G2", "绩效指标!H2", "绩效指标!A4", "绩效指标!G5"].sort(),
    );

    fireEvent.click(screen.getByRole("button", { name: "清除标注" }));
    await screen.findByText("已清除标注。");
    expect(host.clearHighlights).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole("button", { name: "导出审核结果" }));
    await screen.findByText("审核结果已导出。");
    expect(host.exportFindings).toHaveBeenCalledWith(findings, "zh-CN");
  });

  it("says so when nothing is found", async () => {
    const host = new FakeHost({ grids: () => [lineItemSheet()] });
    host.storedSettings = { rules: ["weight-sum"] };
    await renderPanel(host);
    await auditAndWait("审核当前工作表");
    expect(screen.getByText("未发现问题。")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /^发现问题/ })).toBeNull();
    expect(screen.getByRole("button", { name: "标注问题单元格" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "导出审核结果" })).toBeEnabled();
  });

  it("never calls a workbook clean when no sheet could be read", async () => {
    const prose = grid({ sheet: "说明", rows: [["本表由财务科填报，请于3月底前报送。"], ["联系人：张三"]] });
    const host = new FakeHost({ grids: () => [prose] });
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    expect(screen.getByText(/^未审核任何内容/)).toBeInTheDocument();
    expect(screen.queryByText("未发现问题。")).toBeNull();
  });

  it("says which sheets went unread when the ones it read are clean", async () => {
    const prose = grid({ sheet: "说明", rows: [["本表由财务科填报，请于3月底前报送。"]] });
    const host = new FakeHost({ grids: () => [lineItemSheet(), prose] });
    host.storedSettings = { rules: ["weight-sum"] };
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    expect(screen.getByText("已读取的工作表未发现问题；另有 1 张工作表未能识别，没有审核。")).toBeInTheDocument();
    expect(screen.queryByText("未发现问题。")).toBeNull();
  });

  it("speaks English in en-US", async () => {
    await renderPanel(new FakeHost(), "en-US");
    await auditAndWait("Audit workbook", "Results");
    expect(screen.getByText("Error: 3")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Findings (8)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Total doesn't add up (1)" })).toBeInTheDocument();
    expect(screen.getByText("填表说明: Layout not recognised; not audited")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "审核结果" })).toBeNull();
  });
});
