/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { warningLines } from "../../src/taskpane/components/AuditActions";
import { FakeHost } from "./fake-host";
import { auditAndWait, renderPanel } from "./render-panel";

afterEach(cleanup);

describe("what a highlight could not do is said, not swallowed", () => {
  it("an Excel without notes: the panel says cells got a fill only", async () => {
    const host = new FakeHost();
    host.highlightWarnings = [{ code: "notes-unsupported" }, { code: "comment-cell", sheet: "项目明细", cell: "E2" }];
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    fireEvent.click(screen.getByRole("button", { name: "标注问题单元格" }));
    await screen.findByText("已标注 8 个单元格。");
    const list = screen.getByRole("list", { name: "标注时未能完成的部分" });
    expect(within(list).getByText(/不支持写入批注（需要 ExcelApi 1\.18）/)).toBeInTheDocument();
    expect(within(list).getByText("「项目明细」E2已有讨论批注，不能再加批注，只加了底色。")).toBeInTheDocument();
  });

  it("a highlight with nothing to report shows no warning list", async () => {
    await renderPanel(new FakeHost());
    await auditAndWait("审核整个工作簿");
    fireEvent.click(screen.getByRole("button", { name: "标注问题单元格" }));
    await screen.findByText("已标注 8 个单元格。");
    expect(screen.queryByRole("list", { name: "标注时未能完成的部分" })).toBeNull();
  });

  it("groups cells of one kind, names missing sheets once, and reads in English too", () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ code: "gradient-fill" as const, sheet: "S", cell: `A${i + 1}` }));
    const zh = warningLines([...many, { code: "missing-sheet", sheet: "旧表" }, { code: "missing-sheet", sheet: "旧表" }], "zh-CN");
    expect(zh).toEqual(["工作表「旧表」已不存在，其中的问题未标注，请重新审核。", "「S」A1、「S」A2、「S」A3、「S」A4、「S」A5等 2 处使用了渐变填充，Excel 无法原样恢复，因此只加了批注、未改底色。"]);
    expect(warningLines([{ code: "notes-unsupported" }], "en-US")).toEqual([
      "This version of Excel cannot write notes (ExcelApi 1.18 is needed), so cells got a fill only.",
    ]);
  });
});
