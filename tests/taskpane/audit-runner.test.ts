import { runAudit } from "../../src/core/audit";
import { DEFAULT_RULES } from "../../src/core/rules";
import { auditGrids } from "../../src/taskpane/audit-runner";
import { HostError, type Progress } from "../../src/host";
import { indicatorSheet, lineItemSheet, notesSheet } from "./fake-host";

describe("auditGrids", () => {
  it("audits each sheet with runAudit and reports progress before each sheet and at the end", async () => {
    const grids = [lineItemSheet(), indicatorSheet(), notesSheet()];
    const progress: Progress[] = [];
    const reports = await auditGrids(grids, { rules: DEFAULT_RULES }, (p) => progress.push(p), new AbortController().signal);
    expect(reports.map((r) => r.sheet)).toEqual(["项目明细", "绩效指标", "填表说明"]);
    expect(reports).toEqual(grids.map((g) => runAudit(g, { rules: DEFAULT_RULES })));
    expect(progress).toEqual([
      { phase: "auditing", done: 0, total: 3, sheet: "项目明细" },
      { phase: "auditing", done: 1, total: 3, sheet: "绩效指标" },
      { phase: "auditing", done: 2, total: 3, sheet: "填表说明" },
      { phase: "auditing", done: 3, total: 3 },
    ]);
  });

  it("passes the options to the engine", async () => {
    const [strict] = await auditGrids([lineItemSheet()], { rules: DEFAULT_RULES }, () => undefined, new AbortController().signal);
    expect(strict?.findings.map((f) => f.rule)).toContain("low-execution");
    const [loose] = await auditGrids([lineItemSheet()], { rules: DEFAULT_RULES, settings: { lowRate: 0.4 } }, () => undefined, new AbortController().signal);
    expect(loose?.findings.map((f) => f.rule)).not.toContain("low-execution");
  });

  it("yields between sheets, so an abort during the run stops it with HostError('cancelled')", async () => {
    const abort = new AbortController();
    const audited: string[] = [];
    const run = auditGrids(
      [lineItemSheet(), indicatorSheet(), notesSheet()],
      { rules: DEFAULT_RULES },
      (p) => {
        if (p.sheet) audited.push(p.sheet);
        if (p.done === 1) abort.abort();
      },
      abort.signal,
    );
    await expect(run).rejects.toEqual(expect.objectContaining({ name: "HostError", code: "cancelled" }));
    expect(audited).toEqual(["项目明细", "绩效指标"]);
  });

  it("does nothing once the signal has already aborted", async () => {
    const abort = new AbortController();
    abort.abort();
    const onProgress = jest.fn();
    await expect(auditGrids([lineItemSheet()], { rules: DEFAULT_RULES }, onProgress, abort.signal)).rejects.toBeInstanceOf(HostError);
    expect(onProgress).not.toHaveBeenCalled();
  });

  it("returns no reports for no sheets", async () => {
    await expect(auditGrids([], { rules: DEFAULT_RULES }, () => undefined, new AbortController().signal)).resolves.toEqual([]);
  });
});
