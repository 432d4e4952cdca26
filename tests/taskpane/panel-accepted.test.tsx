/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HostError, type AcceptedFinding } from "../../src/host";
import { FakeHost } from "./fake-host";
import { auditAndWait, renderPanel } from "./render-panel";

afterEach(cleanup);

/** Keys as saved by version 0.1 (rule|sheet|cell|code) and by this one (…|expected|actual). */
const LOW_EXECUTION_KEY = "low-execution|项目明细|E2|low-execution|0.6|0.5";
const TOTAL_KEY = "total-mismatch|项目明细|D4|total-mismatch.amount";

/** Waits until the dialog has gone and the panel behind it is no longer aria-hidden. */
async function dialogClosed(): Promise<void> {
  await waitFor(() => {
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("region", { name: /^已忽略的问题/ })).toBeInTheDocument();
  });
}

function mainList(): HTMLElement {
  return screen.getByRole("region", { name: /^发现问题/ });
}

function acceptedList(): HTMLElement {
  return screen.getByRole("region", { name: /^已忽略的问题/ });
}

describe("accepting a finding", () => {
  it("asks for a reason, saves it with the finding's key, and moves the finding to 已忽略", async () => {
    const { host } = await renderPanel();
    await auditAndWait("审核整个工作簿");
    fireEvent.click(within(mainList()).getByRole("button", { name: /^忽略 「项目明细」E2：/ }));

    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("忽略此问题？")).toBeInTheDocument();
    expect(within(dialog).getByText(/预算执行率为 50%，低于 60%/)).toBeInTheDocument();
    fireEvent.change(within(dialog).getByRole("textbox", { name: "忽略原因（选填）" }), { target: { value: "  已与项目单位核实，设备年底到货  " } });
    fireEvent.click(within(dialog).getByRole("button", { name: "忽略" }));

    await waitFor(() => expect(host.saveAccepted).toHaveBeenCalledTimes(1));
    await dialogClosed();
    const saved = host.saveAccepted.mock.calls[0]?.[0] ?? [];
    expect(saved).toEqual([
      {
        key: LOW_EXECUTION_KEY,
        rule: "low-execution",
        sheet: "项目明细",
        cell: "E2",
        finding: expect.objectContaining({ rule: "low-execution", code: "low-execution", cell: "E2", params: { item: "办公设备购置", rate: 0.5, threshold: 0.6 } }),
        reason: "已与项目单位核实，设备年底到货",
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);

    expect(within(mainList()).queryByText(/预算执行率为 50%/)).toBeNull();
    expect(screen.getByRole("heading", { name: "发现问题（7 项）" })).toBeInTheDocument();
    expect(screen.getByText("错误 2 项")).toBeInTheDocument();
    expect(screen.getByText("已忽略 1 项")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "执行率过低（1 项）" })).toBeNull();

    const accepted = acceptedList();
    expect(within(accepted).getByRole("heading", { name: "已忽略的问题（1 项）" })).toBeInTheDocument();
    expect(within(accepted).getByText("「项目明细」E2")).toBeInTheDocument();
    expect(within(accepted).getByText("「办公设备购置」预算执行率为 50%，低于 60%")).toBeInTheDocument();
    expect(within(accepted).getByText("原因：已与项目单位核实，设备年底到货")).toBeInTheDocument();
    expect(within(accepted).getByText(/^忽略时间：/)).toBeInTheDocument();

    // Highlighting now leaves the accepted cell alone.
    fireEvent.click(screen.getByRole("button", { name: "标注问题单元格" }));
    await screen.findByText("已标注 7 个单元格。");
    expect(host.highlight.mock.calls[0]?.[0].map((f) => `${f.sheet}!${f.cell}`)).not.toContain("项目明细!E2");
  });

  it("accepts without a reason, and Cancel in the dialog accepts nothing", async () => {
    const { host } = await renderPanel();
    await auditAndWait("审核整个工作簿");
    fireEvent.click(within(mainList()).getByRole("button", { name: /^忽略 「项目明细」D4：/ }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "取消" }));
    await dialogClosed();
    expect(host.saveAccepted).not.toHaveBeenCalled();
    expect(screen.getByRole("heading", { name: "发现问题（8 项）" })).toBeInTheDocument();

    fireEvent.click(within(mainList()).getByRole("button", { name: /^忽略 「项目明细」D4：/ }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "忽略" }));
    await waitFor(() => expect(host.saveAccepted).toHaveBeenCalledTimes(1));
    await dialogClosed();
    expect(host.saveAccepted.mock.calls[0]?.[0]).toEqual([expect.objectContaining({ key: `${TOTAL_KEY}|240|250`, reason: "" })]);
    expect(within(acceptedList()).getByText("未填写原因")).toBeInTheDocument();
  });

  it("restores an accepted finding to the list and saves the shorter list", async () => {
    const { host } = await renderPanel();
    await auditAndWait("审核整个工作簿");
    fireEvent.click(within(mainList()).getByRole("button", { name: /^忽略 「项目明细」E2：/ }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "忽略" }));
    await dialogClosed();
    expect(screen.getByRole("heading", { name: "发现问题（7 项）" })).toBeInTheDocument();

    fireEvent.click(within(acceptedList()).getByRole("button", { name: /^恢复 「项目明细」E2：/ }));
    await waitFor(() => expect(host.saveAccepted).toHaveBeenCalledTimes(2));
    expect(host.saveAccepted.mock.calls[1]?.[0]).toEqual([]);
    expect(host.storedAccepted).toEqual([]);
    expect(screen.getByRole("heading", { name: "发现问题（8 项）" })).toBeInTheDocument();
    expect(within(mainList()).getByText("「办公设备购置」预算执行率为 50%，低于 60%")).toBeInTheDocument();
    expect(within(acceptedList()).getByText("没有已忽略的问题。")).toBeInTheDocument();
  });

  it("puts the finding back when the workbook can't save the list, and says why", async () => {
    const host = new FakeHost();
    host.failures.saveAccepted = new HostError("write-failed", "");
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    fireEvent.click(within(mainList()).getByRole("button", { name: /^忽略 「项目明细」E2：/ }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "忽略" }));
    expect(await screen.findByText("写入失败")).toBeInTheDocument();
    await dialogClosed();
    expect(screen.getByRole("heading", { name: "发现问题（8 项）" })).toBeInTheDocument();
    expect(within(acceptedList()).getByText("没有已忽略的问题。")).toBeInTheDocument();
  });
});

describe("findings accepted earlier", () => {
  const earlier: AcceptedFinding = {
    key: TOTAL_KEY,
    rule: "total-mismatch",
    sheet: "项目明细",
    cell: "D4",
    savedText: "(stored text)",
    reason: "合计含上年结转",
    at: "2024-03-05T08:30:00.000Z",
  };

  it("are read from the workbook at start, listed under 已忽略 and kept out of the next audit's list", async () => {
    const { host } = await renderPanel(new FakeHost({ accepted: [earlier] }));
    expect(within(acceptedList()).getByText("原因：合计含上年结转")).toBeInTheDocument();
    expect(within(acceptedList()).getByText("(stored text)")).toBeInTheDocument();

    await auditAndWait("审核整个工作簿");
    expect(screen.getByRole("heading", { name: "发现问题（7 项）" })).toBeInTheDocument();
    expect(within(mainList()).queryByText(/与各明细之和 240.00 不一致/)).toBeNull();
    expect(screen.queryByRole("heading", { name: "合计不符（1 项）" })).toBeNull();
    expect(screen.getByText("错误 2 项")).toBeInTheDocument();
    expect(screen.getByText("已忽略 1 项")).toBeInTheDocument();
    // Once audited, the accepted finding reads as the engine says it now.
    expect(within(acceptedList()).getByText(/「合计」执行数填报为 250.00，与各明细之和 240.00 不一致/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "导出审核结果" }));
    await screen.findByText("审核结果已导出。");
    expect(host.exportFindings.mock.calls[0]?.[0]).toHaveLength(7);
    expect(host.saveAccepted).not.toHaveBeenCalled();
  });

  it("keep the list safe when it couldn't be read: accepting is disabled rather than overwriting it", async () => {
    const host = new FakeHost({ accepted: [earlier] });
    host.failures.loadAccepted = new HostError("read-failed", "");
    await renderPanel(host);
    expect(screen.getByText("读取失败")).toBeInTheDocument();
    await auditAndWait("审核整个工作簿");
    expect(within(mainList()).getByRole("button", { name: /^忽略 「项目明细」E2：/ })).toBeDisabled();
  });
});

describe("accepted findings across languages", () => {
  it("a finding accepted in a zh-CN session is still accepted in an en-US one, and reads in English", async () => {
    const zh = await renderPanel();
    await auditAndWait("审核整个工作簿");
    fireEvent.click(within(mainList()).getByRole("button", { name: /^忽略 「项目明细」E2：/ }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "忽略" }));
    await waitFor(() => expect(zh.host.saveAccepted).toHaveBeenCalledTimes(1));
    const saved = JSON.parse(JSON.stringify(zh.host.saveAccepted.mock.calls[0]?.[0])) as AcceptedFinding[];
    cleanup();

    // The next person opens the same workbook with Excel in English, before and after auditing.
    await renderPanel(new FakeHost({ accepted: saved }), "en-US");
    const accepted = (): HTMLElement => screen.getByRole("region", { name: /^Accepted findings/ });
    expect(within(accepted()).getByText('"办公设备购置": execution rate 50% is below 60%')).toBeInTheDocument();
    await auditAndWait("Audit workbook", "Results");
    expect(screen.getByRole("heading", { name: "Findings (7)" })).toBeInTheDocument();
    expect(within(accepted()).getByText('"办公设备购置": execution rate 50% is below 60%')).toBeInTheDocument();
    expect(screen.queryByText(/预算执行率为 50%/)).toBeNull();
  });
});
