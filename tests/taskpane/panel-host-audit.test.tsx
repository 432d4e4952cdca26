/**
 * @jest-environment jsdom
 */
/**
 * A host that audits itself (AuditHost.audit, as the web checker does in its worker): the panel calls
 * it with the scope and the settings as plain data, never readGrids, shows its progress, lists the
 * reports it returns, and cancels it through the signal. A host without it keeps the panel's own audit.
 */
import "@testing-library/jest-dom";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { deserialize, serialize } from "v8";
import { runAudit } from "../../src/core/audit";
import type { SheetReport } from "../../src/core/types";
import { auditOptionsOf, HostError, type AuditScope, type Progress, type Settings } from "../../src/host";
import { FakeHost } from "./fake-host";
import { auditAndWait, renderPanel, settle } from "./render-panel";

afterEach(cleanup);

/** The structured clone a worker's postMessage makes (jsdom has no structuredClone; Node's v8 uses the same algorithm). */
const structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;

/** A FakeHost whose audit runs "elsewhere": on copies of the settings, as a worker would get them. */
class SelfAuditingHost extends FakeHost {
  /** Set to make the next audit wait for its signal. */
  hold = false;
  lastAuditSignal: AbortSignal | undefined;

  readonly audit = jest.fn(async (scope: AuditScope, settings: Settings, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<SheetReport[]> => {
    this.lastAuditSignal = signal;
    const copy = structuredClone(settings);
    const all = this.grids();
    const grids = scope === "sheet" ? all.slice(0, 1) : all;
    onProgress({ phase: "auditing", done: 0, total: grids.length, sheet: grids[0]?.sheet });
    if (this.hold) {
      await new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(new HostError("cancelled")), { once: true }));
    }
    // Reports cross a worker boundary as structured clones.
    return structuredClone(grids.map((g) => runAudit(g, auditOptionsOf(copy))));
  });
}

describe("a host that audits itself", () => {
  it("is asked to audit, with the settings as plain data, and its reports are listed", async () => {
    const host = new SelfAuditingHost({ settings: { lowRate: 0.55 } });
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    expect(host.audit).toHaveBeenCalledTimes(1);
    expect(host.audit).toHaveBeenCalledWith("workbook", expect.objectContaining({ lowRate: 0.55 }), expect.any(Function), expect.any(AbortSignal));
    const settings = host.audit.mock.calls[0]?.[1];
    expect(structuredClone(settings)).toEqual(settings);
    expect(host.readGrids).not.toHaveBeenCalled();
    // The fixture's findings, as the panel's own audit finds them (tests/taskpane/fake-host.ts).
    expect(screen.getByRole("button", { name: /^「项目明细」E2/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^「项目明细」D4/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^「绩效指标」G2/ })).toBeInTheDocument();
  });

  it("passes the sheet scope on", async () => {
    const host = new SelfAuditingHost();
    await renderPanel(host);
    await auditAndWait("审核当前工作表");
    expect(host.audit).toHaveBeenCalledWith("sheet", expect.any(Object), expect.any(Function), expect.any(AbortSignal));
    expect(screen.queryByRole("button", { name: /^「绩效指标」/ })).toBeNull();
  });

  it("shows its progress, and Cancel aborts its signal", async () => {
    const host = new SelfAuditingHost();
    host.hold = true;
    await renderPanel(host);
    fireEvent.click(screen.getByRole("button", { name: "审核整个工作簿" }));
    await screen.findByText("正在审核 第 1/3 张工作表");
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "取消审核" }));
    expect(host.lastAuditSignal?.aborted).toBe(true);
    expect(await screen.findByText("已取消审核。")).toBeInTheDocument();
    await settle();
    expect(screen.queryByRole("heading", { name: "审核结果" })).toBeNull();
    expect(host.readGrids).not.toHaveBeenCalled();
  });
});

describe("a host without audit", () => {
  it("is read with readGrids and audited by the panel", async () => {
    const host = new FakeHost();
    expect("audit" in host).toBe(false);
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    expect(host.readGrids).toHaveBeenCalledTimes(1);
  });
});
