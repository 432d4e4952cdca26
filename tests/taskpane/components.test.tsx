/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { AcceptedList, formatTime } from "../../src/taskpane/components/AcceptedList";
import { AuditProgress, progressText } from "../../src/taskpane/components/AuditProgress";
import "./render-panel";

afterEach(cleanup);

const inFluent = (ui: ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("AuditProgress", () => {
  it("names the phase and the sheet being worked on", () => {
    expect(progressText("zh-CN", { phase: "reading", done: 0, total: 0 })).toBe("正在读取…");
    expect(progressText("zh-CN", { phase: "reading", done: 0, total: 8, sheet: "项目明细" })).toBe("正在读取「项目明细」…");
    expect(progressText("zh-CN", { phase: "auditing", done: 2, total: 8, sheet: "三" })).toBe("正在审核 第 3/8 张工作表");
    expect(progressText("zh-CN", { phase: "auditing", done: 8, total: 8 })).toBe("正在审核 第 8/8 张工作表");
    expect(progressText("en-US", { phase: "auditing", done: 0, total: 1 })).toBe("Auditing sheet 1 of 1");
    expect(progressText("zh-CN", { phase: "highlighting", done: 5, total: 12 })).toBe("正在标注 5/12");
  });

  it("shows a determinate bar and a Cancel button that calls back", () => {
    const onCancel = jest.fn();
    inFluent(<AuditProgress lang="zh-CN" progress={{ phase: "auditing", done: 2, total: 8 }} onCancel={onCancel} />);
    expect(screen.getByText("正在审核 第 3/8 张工作表")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.25");
    fireEvent.click(screen.getByRole("button", { name: "取消审核" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it("has no Cancel when the work cannot be cancelled", () => {
    inFluent(<AuditProgress lang="zh-CN" progress={{ phase: "highlighting", done: 1, total: 4 }} />);
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("AcceptedList", () => {
  it("shows reason and time, and restores by key", () => {
    const onRestore = jest.fn();
    const at = "2024-03-05T08:30:00.000Z";
    inFluent(
      <AcceptedList
        lang="en-US"
        accepted={[{ key: "k1", rule: "over-budget", sheet: "Funds", cell: "D7", savedText: "spent more than budgeted", reason: "approved in May", at }]}
        onRestore={onRestore}
      />,
    );
    expect(screen.getByRole("heading", { name: "Accepted findings (1)" })).toBeInTheDocument();
    expect(screen.getByText("Reason: approved in May")).toBeInTheDocument();
    expect(screen.getByText(`Accepted ${formatTime("en-US", at)}`)).toBeInTheDocument();
    expect(formatTime("en-US", at)).toMatch(/2024/);
    expect(formatTime("zh-CN", "not a date")).toBe("not a date");
    fireEvent.click(screen.getByRole("button", { name: "Restore Funds!D7: spent more than budgeted" }));
    expect(onRestore).toHaveBeenCalledWith("k1");
  });
});
