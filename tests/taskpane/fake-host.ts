/**
 * An in-memory AuditHost for the task pane tests. It returns real Grids, so the panel drives the real
 * engine, records every call (jest.fn), and can hold a read open or fail any method on demand.
 */
import { Grid } from "../../src/core/grid/grid";
import type { Finding, Lang } from "../../src/core/types";
import { HostError, type AcceptedFinding, type AuditHost, type AuditScope, type HighlightOutcome, type HighlightWarning, type Progress, type Settings } from "../../src/host";

const AMOUNTS = [null, null, "0.00", "0.00", "0.00%"];

/**
 * 项目明细: a line-item table where 办公设备购置 spent 50 of 100 (execution 50%, no explanation)
 * and the 合计 row states 250 spent where the items add up to 240.
 * Findings: E2 low-execution (error), G2 missing-explanation (warning), D4 total-mismatch (error).
 */
export function lineItemSheet(): Grid {
  return new Grid({
    sheet: "项目明细",
    rows: [
      ["序号", "项目名称", "预算数", "执行数", "执行率", "绩效目标完成情况", "情况说明"],
      [1, "办公设备购置", 100, 50, 0.5, "已完成", ""],
      [2, "业务培训", 200, 190, 0.95, "已完成", ""],
      ["合计", null, 300, 250, 0.8333, null, null],
    ],
    formats: [[], AMOUNTS, AMOUNTS, AMOUNTS],
  });
}

/**
 * 绩效指标: an indicator table where 检查矿山数量 reached 3 of ≥4 but scored full marks.
 * Findings: E2 unmet-target (warning), G2 score-mismatch (error), H2 missing-explanation (warning),
 * A4 weight-sum (warning), G5 rule-based-total (info).
 */
export function indicatorSheet(): Grid {
  return new Grid({
    sheet: "绩效指标",
    rows: [
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "检查矿山数量", "≥4座", "3座", 50, 50, null],
      ["效益指标", "社会效益指标", "较大事故起数", "0起", "0起", 30, 30, null],
      ["满意度指标", "服务对象满意度指标", "受益对象满意度", "≥90%", "95%", 20, 20, null],
      ["总分", null, null, null, null, 100, 100, null],
    ],
  });
}

/** 填表说明: text only, so no layout is recognised. */
export function notesSheet(): Grid {
  return new Grid({ sheet: "填表说明", rows: [["本表由财务科填写"], ["如有疑问请联系预算科"]] });
}

export interface FakeHostOptions {
  /** The active sheet (audited by "sheet" scope) comes first. */
  grids?: () => Grid[];
  settings?: Partial<Settings>;
  accepted?: AcceptedFinding[];
}

/** Resolves when `release()` is called; rejects with HostError("cancelled") when `signal` aborts first. */
function gate(signal: AbortSignal): { promise: Promise<void>; release: () => void } {
  let release = (): void => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    release = resolve;
    signal.addEventListener("abort", () => reject(new HostError("cancelled")), { once: true });
  });
  return { promise, release };
}

export class FakeHost implements AuditHost {
  grids: () => Grid[];
  storedSettings: Partial<Settings>;
  storedAccepted: AcceptedFinding[];
  /** Set to make the next readGrids wait until `releaseRead()` (or abort). */
  holdRead = false;
  /** The signal of the last readGrids call. */
  lastSignal: AbortSignal | undefined;
  private releaseGate: (() => void) | undefined;
  /** Method name → error it rejects with (until cleared). */
  failures: Partial<Record<keyof AuditHost, unknown>> = {};

  readonly readGrids = jest.fn(async (scope: AuditScope, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<Grid[]> => {
    this.lastSignal = signal;
    this.fail("readGrids");
    const all = this.grids();
    const inScope = scope === "sheet" ? all.slice(0, 1) : all;
    onProgress({ phase: "reading", done: 0, total: inScope.length, sheet: inScope[0]?.sheet });
    if (this.holdRead) {
      const g = gate(signal);
      this.releaseGate = g.release;
      await g.promise;
    }
    if (signal.aborted) throw new HostError("cancelled");
    onProgress({ phase: "reading", done: inScope.length, total: inScope.length });
    return inScope;
  });

  readonly selectCell = jest.fn(async (_sheet: string, _cell: string): Promise<void> => {
    this.fail("selectCell");
  });

  /** What the next highlight reports it could not do. */
  highlightWarnings: HighlightWarning[] = [];

  readonly highlight = jest.fn(async (findings: Finding[], _lang: Lang, onProgress?: (p: Progress) => void): Promise<HighlightOutcome> => {
    this.fail("highlight");
    onProgress?.({ phase: "highlighting", done: findings.length, total: findings.length });
    return { warnings: this.highlightWarnings };
  });

  readonly clearHighlights = jest.fn(async (): Promise<HighlightOutcome> => {
    this.fail("clearHighlights");
    return { warnings: [] };
  });

  readonly exportFindings = jest.fn(async (_findings: Finding[], _lang: Lang): Promise<void> => {
    this.fail("exportFindings");
  });

  readonly loadSettings = jest.fn(async (): Promise<Partial<Settings>> => {
    this.fail("loadSettings");
    return { ...this.storedSettings };
  });

  readonly saveSettings = jest.fn(async (settings: Settings): Promise<void> => {
    this.fail("saveSettings");
    this.storedSettings = { ...settings };
  });

  readonly loadAccepted = jest.fn(async (): Promise<AcceptedFinding[]> => {
    this.fail("loadAccepted");
    return this.storedAccepted.map((a) => ({ ...a }));
  });

  readonly saveAccepted = jest.fn(async (accepted: AcceptedFinding[]): Promise<void> => {
    this.fail("saveAccepted");
    this.storedAccepted = accepted.map((a) => ({ ...a }));
  });

  constructor(options: FakeHostOptions = {}) {
    this.grids = options.grids ?? (() => [lineItemSheet(), indicatorSheet(), notesSheet()]);
    this.storedSettings = options.settings ?? {};
    this.storedAccepted = options.accepted ?? [];
  }

  /** Lets a held readGrids finish. */
  releaseRead(): void {
    this.releaseGate?.();
  }

  private fail(method: keyof AuditHost): void {
    if (method in this.failures) throw this.failures[method];
  }
}
