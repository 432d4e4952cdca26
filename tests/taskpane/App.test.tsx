/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { cleanup, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { UI_TEXT } from "../../src/taskpane/i18n";

afterEach(cleanup);

describe("task pane placeholder", () => {
  it("speaks Chinese when Office is in Chinese", () => {
    render(<App lang="zh-CN" themeKind="light" />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("绩效");
    expect(screen.getByText("预算绩效自评审核")).toBeInTheDocument();
    expect(screen.queryByText("Budget performance self-evaluation checker")).toBeNull();
  });

  it("speaks English otherwise", () => {
    render(<App lang="en-US" themeKind="light" />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Jixiao");
    expect(screen.getByText("Budget performance self-evaluation checker")).toBeInTheDocument();
    expect(screen.queryByText("预算绩效自评审核")).toBeNull();
  });

  it("renders in the dark theme too", () => {
    const { container } = render(<App lang="en-US" themeKind="dark" />);
    expect(container.querySelector(".fui-FluentProvider")).not.toBeNull();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Jixiao");
  });

  it("has the same keys and no empty text in both languages", () => {
    expect(Object.keys(UI_TEXT["zh-CN"]).sort()).toEqual(Object.keys(UI_TEXT["en-US"]).sort());
    for (const dict of Object.values(UI_TEXT)) {
      for (const text of Object.values(dict)) expect(text.trim()).not.toBe("");
    }
  });
});
