/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { cleanup, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fake-host";
import { settle } from "./render-panel";

afterEach(cleanup);

describe("task pane", () => {
  it("loads and renders without Office, so a web page can reuse it", () => {
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
  });

  it("speaks Chinese when Office is in Chinese", async () => {
    render(<App lang="zh-CN" themeKind="light" host={new FakeHost()} />);
    await settle();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("绩效");
    expect(screen.getByText("预算绩效自评审核")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "审核整个工作簿" })).toBeInTheDocument();
    expect(screen.queryByText("Budget performance self-evaluation checker")).toBeNull();
  });

  it("speaks English otherwise", async () => {
    render(<App lang="en-US" themeKind="light" host={new FakeHost()} />);
    await settle();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Jixiao");
    expect(screen.getByText("Budget performance self-evaluation checker")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Audit this sheet" })).toBeInTheDocument();
    expect(screen.queryByText("预算绩效自评审核")).toBeNull();
  });

  it("renders in the dark theme too", async () => {
    const { container } = render(<App lang="en-US" themeKind="dark" host={new FakeHost()} />);
    await settle();
    expect(container.querySelector(".fui-FluentProvider")).not.toBeNull();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Jixiao");
  });
});
