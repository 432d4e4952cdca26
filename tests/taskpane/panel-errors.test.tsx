/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { ErrorBar, errorText } from "../../src/taskpane/components/ErrorBar";
import { HostError, type HostErrorCode } from "../../src/host";
import { FakeHost } from "./fake-host";
import { auditAndWait, renderPanel } from "./render-panel";

afterEach(cleanup);

/** The MessageBar around an element. */
function messageBarOf(el: HTMLElement): HTMLElement {
  const bar = el.closest(".fui-MessageBar");
  if (!(bar instanceof HTMLElement)) throw new Error("not inside a MessageBar");
  return bar;
}

describe("an audit that fails to read", () => {
  const cases: [HostErrorCode, string, RegExp, "error" | "warning" | "info"][] = [
    ["too-large", "1048576 行", /工作表数据量过大，无法一次读取。[\s\S]*详细信息：1048576 行/, "error"],
    ["unsupported", "ExcelApi 1.12", /此功能需要 ExcelApi 1\.12 要求集，当前版本的 Excel 不支持。请将 Excel 更新到最新版本后重试。/, "error"],
    ["no-workbook", "", /当前没有打开的工作簿。请先打开要审核的工作簿。/, "warning"],
    ["read-failed", "GeneralException", /读取工作表时出错。[\s\S]*详细信息：GeneralException/, "error"],
    ["unknown", "boom", /发生了意外错误。[\s\S]*详细信息：boom/, "error"],
    ["cancelled", "", /^已取消审核。$/, "info"],
  ];

  it.each(cases)("%s shows its message and can be dismissed", async (code, detail, text, intent) => {
    const host = new FakeHost();
    host.failures.readGrids = new HostError(code, detail);
    await renderPanel(host);
    fireEvent.click(screen.getByRole("button", { name: "审核整个工作簿" }));
    const bar = messageBarOf(await screen.findByText((_, el) => el?.classList.contains("fui-MessageBarBody") === true && text.test(el.textContent ?? "")));
    expect(bar).toHaveAttribute("data-error-code", code);
    expect(errorText("zh-CN", new HostError(code, detail)).intent).toBe(intent);
    expect(screen.queryByRole("heading", { name: "审核结果" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "关闭" }));
    expect(document.querySelector(".fui-MessageBar")).toBeNull();
    expect(screen.getByText(/开始审核/)).toBeInTheDocument();
  });

  it("shows a plain Error from the host as a read failure with its message, never silently", async () => {
    const host = new FakeHost();
    host.failures.readGrids = new Error("RichApi.Error: The request failed");
    await renderPanel(host);
    fireEvent.click(screen.getByRole("button", { name: "审核当前工作表" }));
    expect(await screen.findByText("读取失败")).toBeInTheDocument();
    expect(screen.getByText("详细信息：RichApi.Error: The request failed")).toBeInTheDocument();
  });
});

describe("a workbook action that fails", () => {
  it("protected: names the sheet, keeps the results, and lets the user dismiss it", async () => {
    const host = new FakeHost();
    host.failures.highlight = new HostError("protected", "项目明细");
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    fireEvent.click(screen.getByRole("button", { name: "标注问题单元格" }));
    const text = await screen.findByText("工作表「项目明细」受保护，无法标注。请先撤销工作表保护，或只查看审核结果。", { exact: false });
    expect(messageBarOf(text)).toHaveAttribute("data-error-code", "protected");
    expect(screen.getByText("工作表受保护")).toBeInTheDocument();
    expect(screen.queryByText(/^已标注 \d+ 个单元格/)).toBeNull();
    // The results are still there to read.
    expect(screen.getByRole("heading", { name: "发现问题（8 项）" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText(/受保护/)).toBeNull();
  });

  it("write-failed on export says what may not have finished", async () => {
    const host = new FakeHost();
    host.failures.exportFindings = new HostError("write-failed", "InvalidArgument");
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    fireEvent.click(screen.getByRole("button", { name: "导出审核结果" }));
    expect(await screen.findByText("写入失败")).toBeInTheDocument();
    expect(screen.getByText(/写入工作簿时出错，标注、导出或保存可能没有完成。请重试。/)).toBeInTheDocument();
    expect(screen.getByText("详细信息：InvalidArgument")).toBeInTheDocument();
    expect(screen.queryByText("审核结果已导出。")).toBeNull();
  });

  it("a failed Clear highlights is shown too", async () => {
    const host = new FakeHost();
    host.failures.clearHighlights = new HostError("unsupported", "ExcelApi 1.9");
    await renderPanel(host);
    fireEvent.click(screen.getByRole("button", { name: "清除标注" }));
    expect(await screen.findByText(/此功能需要 ExcelApi 1\.9 要求集/)).toBeInTheDocument();
  });

  it("a failed selectCell is shown", async () => {
    const host = new FakeHost();
    host.failures.selectCell = new HostError("unknown", "sheet was deleted");
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    fireEvent.click(screen.getByRole("button", { name: /^「项目明细」D4/ }));
    expect(await screen.findByText("详细信息：sheet was deleted")).toBeInTheDocument();
  });
});

describe("ErrorBar", () => {
  it("has text for every code in both languages", () => {
    const codes: HostErrorCode[] = ["protected", "too-large", "unsupported", "cancelled", "no-workbook", "read-failed", "write-failed", "unknown"];
    for (const code of codes) {
      for (const detail of ["", "Sheet1"]) {
        const zh = errorText("zh-CN", new HostError(code, detail));
        const en = errorText("en-US", new HostError(code, detail));
        expect(zh.body).toMatch(/[\u4e00-\u9fff]/);
        expect(en.body).toMatch(/^[\x20-\x7e“”’…]+$/);
        expect(zh.intent).toBe(en.intent);
        // Nothing left unfilled.
        expect(`${zh.body}${zh.detail ?? ""}${en.body}${en.detail ?? ""}`).not.toMatch(/\{\w+\}/);
      }
    }
    expect(errorText("zh-CN", new HostError("protected", "")).body).toBe("工作表受保护，无法标注。请先撤销工作表保护，或只查看审核结果。");
    expect(errorText("en-US", new HostError("protected", "Budget")).body).toContain("“Budget”");
  });

  it("calls onDismiss", () => {
    const onDismiss = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <ErrorBar lang="en-US" error={new HostError("too-large", "")} onDismiss={onDismiss} />
      </FluentProvider>,
    );
    expect(screen.getByText("Sheet too large")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
