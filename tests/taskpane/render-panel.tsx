/** Renders the checker panel the way the task pane does, and waits for the workbook's settings and accepted list. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { Lang } from "../../src/core/types";
import { CheckerPanel } from "../../src/taskpane/components/CheckerPanel";
import { FakeHost } from "./fake-host";

// jsdom has no ResizeObserver, which Fluent's MessageBar uses to reflow its layout.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoResizeObserver;

// jsdom does no layout, so Fluent's focus manager (tabster) takes every element for hidden, cannot move
// focus into a Dialog, and leaves the open Dialog aria-hidden. Give elements the layout a browser would.
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    return this.isConnected ? this.parentElement : null;
  },
});
HTMLBodyElement.prototype.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 320, bottom: 800, width: 320, height: 800, toJSON: () => ({}) });

/** Lets pending promises and zero-delay timers run inside act(). */
export async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

export async function renderPanel(host: FakeHost = new FakeHost(), lang: Lang = "zh-CN") {
  const utils = render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      <CheckerPanel host={host} lang={lang} />
    </FluentProvider>,
  );
  await settle();
  return { host, ...utils };
}

/** Clicks an audit button and waits for the results heading. */
export async function auditAndWait(button: string, resultsHeading = "审核结果"): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: button }));
  // A generous wait: on a loaded CI machine a whole-workbook audit can take more than the default second.
  await screen.findByRole("heading", { name: resultsHeading }, { timeout: 10_000 });
}
