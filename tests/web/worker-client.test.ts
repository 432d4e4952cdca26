/**
 * The web checker's worker and the page's client of it, joined by a structured-clone channel in one
 * process: a workbook opened there comes back as the Grids the reader makes in place (rebuilt from row
 * chunks), its audit as the reports runAudit gives (from finding chunks), a bad file as its input error,
 * and a cancelled audit as HostError("cancelled").
 */
import fs from "fs";
import { deserialize, serialize } from "v8";
import { runAudit } from "../../src/core/audit";
import { Grid } from "../../src/core/grid/grid";
import { auditOptionsOf, DEFAULT_SETTINGS, HostError, type Progress } from "../../src/host";
import { readWorkbook } from "../../src/xlsx";
import { WorkbookWorker, type WorkerPort } from "../../src/web/worker-client";
import type { FromWorker, ToWorker } from "../../src/web/worker-protocol";
import { ROWS_PER_MESSAGE } from "../../src/web/worker-protocol";
import { lineItemData } from "../bench/lib/workbooks";
import { fixture } from "../helpers/fixtures";
import { cells, gridView, workbookBytes } from "../helpers/grid";
import { costOverrun } from "../helpers/real-forms";

const clone = <T>(v: T): T => deserialize(serialize(v)) as T;

/** What the worker module sees as its global scope. */
const scope = globalThis as unknown as { onmessage: ((e: { data: ToWorker }) => void) | null; postMessage: (m: FromWorker) => void };
const sent: FromWorker[] = [];
/** What the client posted to the worker. */
const asked: ToWorker[] = [];
const port: WorkerPort = {
  onmessage: null,
  onerror: null,
  postMessage: (m) => {
    asked.push(m);
    setTimeout(() => scope.onmessage?.({ data: clone(m) }));
  },
};
scope.postMessage = (m) => {
  sent.push(m);
  const copy = clone(m);
  setTimeout(() => port.onmessage?.({ data: copy } as MessageEvent<FromWorker>));
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../../src/web/audit-worker");
const worker = new WorkbookWorker(port);

const settings = clone(DEFAULT_SETTINGS);

beforeEach(() => {
  sent.length = 0;
  asked.length = 0;
});

const never = (): AbortSignal => new AbortController().signal;
const types = (ms: readonly { type: string }[]): string[] => ms.map((m) => m.type);

describe("the worker and its client", () => {
  it("open a fixture as the Grids the reader makes in place, and audit it as runAudit does", async () => {
    const bytes = new Uint8Array(fs.readFileSync(fixture("chengde-2019-mine-inspection.xlsx")));
    const progress: Progress[] = [];
    const opened = await worker.open("a", bytes, (p) => progress.push(p));
    if (!("grids" in opened)) throw new Error(`not opened: ${opened.error}`);
    const here = readWorkbook(bytes).grids;
    expect(opened.grids.map(gridView)).toEqual(here.map(gridView));
    // The preview's column widths come over too (<col min="9" max="10" width="20"/>).
    expect([opened.grids[0]?.columnWidth(4), opened.grids[0]?.columnWidth(10)]).toEqual([30, 20]);
    expect(progress.at(-1)).toMatchObject({ phase: "reading", done: here.length, total: here.length });

    const reports = await worker.audit("a", null, settings, () => undefined, new AbortController().signal);
    expect(reports).toEqual(here.map((g) => runAudit(g, auditOptionsOf(settings))));
    const sheet = here[0]?.sheet ?? "";
    const one = await worker.audit("a", [sheet], settings, () => undefined, new AbortController().signal);
    expect(one.map((r) => r.sheet)).toEqual([sheet]);
  });

  it("send a large sheet and its findings in slices", async () => {
    const data = lineItemData(3 * ROWS_PER_MESSAGE);
    const rows = [[data.title], [], data.header, ...data.items];
    const grid = new Grid({ sheet: "明细", rows, formats: rows.map((_, i) => (i < 3 ? [] : [null, null, ...data.formats])) });
    // Through the real reader: the sheet written as a workbook.
    const ExcelJS = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("明细");
    for (const r of rows) ws.addRow(r);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const opened = await worker.open("big", bytes);
    if (!("grids" in opened)) throw new Error(`not opened: ${opened.error}`);
    expect(opened.grids[0]?.rowCount).toBe(grid.rowCount);
    expect(opened.grids.map(gridView)).toEqual(readWorkbook(bytes).grids.map(gridView));
    expect(sent.filter((m) => m.type === "rows").length).toBeGreaterThanOrEqual(3);

    const reports = await worker.audit("big", null, settings, () => undefined, new AbortController().signal);
    expect(reports).toEqual(readWorkbook(bytes).grids.map((g) => runAudit(g, auditOptionsOf(settings))));
    expect(reports[0]?.findings.length).toBeGreaterThan(1000);
    expect(sent.filter((m) => m.type === "findings").length).toBeGreaterThan(1);
    worker.close("big");
  });

  it("report a file that is not a workbook with its input error", async () => {
    expect(await worker.open("bad", new TextEncoder().encode("序号,项目\n1,a\n"))).toMatchObject({ error: expect.stringMatching(/./) });
  });

  it("reject an audit of a closed file, and a cancelled one with HostError('cancelled')", async () => {
    await expect(worker.audit("gone", null, settings, () => undefined, new AbortController().signal)).rejects.toMatchObject({ code: "read-failed" });
    const bytes = new Uint8Array(fs.readFileSync(fixture("qingdao-2019-safety-fund.xlsx")));
    await worker.open("q", bytes);
    const abort = new AbortController();
    const run = worker.audit("q", null, settings, () => undefined, abort.signal);
    abort.abort();
    await expect(run).rejects.toEqual(new HostError("cancelled"));
  });

  it("audit with the page's score tolerance: issue 9's ≤50万元 case under 0.01 and under whole points", async () => {
    const opened = await worker.open("cost", await workbookBytes([{ ...costOverrun(), sheet: "绩效指标" }]));
    if (!("grids" in opened)) throw new Error(`not opened: ${opened.error}`);
    const row2 = async (s: typeof settings): Promise<string[]> => {
      const [report] = await worker.audit("cost", null, clone(s), () => undefined, new AbortController().signal);
      return cells(report?.findings ?? []).filter((c) => /^[A-Z]+2 /.test(c) && !c.includes("missing-explanation"));
    };
    expect(await row2(settings)).toEqual(["E2 unmet-target.numeric", "G2 score-mismatch.quantitative"]);
    expect(await row2({ ...settings, scoreTolerance: 1 })).toEqual(["E2 unmet-target.numeric"]);
    worker.close("cost");
  });

  it("read within the page's limits: a file over a lowered cell limit is refused naming it, and opens once the limit is raised", async () => {
    const bytes = await workbookBytes([{ ...costOverrun(), sheet: "绩效指标" }]);
    expect(await worker.open("lim", bytes, undefined, { maxCells: 10 })).toMatchObject({ error: "limit-cells", params: { limit: 10 } });
    const opened = await worker.open("lim", bytes, undefined, { maxCells: 1000 });
    expect("grids" in opened && opened.grids.map((g) => g.sheet)).toEqual(["绩效指标"]);
    worker.close("lim");
  });

  describe("opened with the settings to audit with", () => {
    const bytes = new Uint8Array(fs.readFileSync(fixture("chengde-2019-mine-inspection.xlsx")));
    const expected = (): ReturnType<typeof runAudit>[] => readWorkbook(bytes).grids.map((g) => runAudit(g, auditOptionsOf(settings)));

    it("audits the whole file straight after the read, rows first, without being asked; the panel's audit takes that run over", async () => {
      const opened = await worker.open("early", bytes, undefined, {}, settings);
      if (!("grids" in opened)) throw new Error(`not opened: ${opened.error}`);
      // The preview's rows came, and the worker went on to audit by itself.
      expect(opened.grids.map(gridView)).toEqual(readWorkbook(bytes).grids.map(gridView));
      const flow = types(sent);
      expect(flow.indexOf("ready")).toBeLessThan(flow.indexOf("audit-progress"));
      const progress: Progress[] = [];
      const reports = await worker.audit("early", null, settings, (p) => progress.push(p), never());
      expect(reports).toEqual(expected());
      expect(types(asked)).toEqual(["open"]);
      expect(progress.at(-1)).toMatchObject({ phase: "auditing", done: reports.length, total: reports.length });
      // Taken over once: the next audit is asked of the worker.
      expect(await worker.audit("early", null, settings, () => undefined, never())).toEqual(expected());
      expect(types(asked)).toEqual(["open", "audit"]);
      worker.close("early");
    });

    it("takes over a run that has already finished", async () => {
      await worker.open("done", bytes, undefined, {}, settings);
      const run = (asked[0] as Extract<ToWorker, { type: "open" }>).audit?.run;
      await waitFor(() => sent.some((m) => m.type === "reports" && m.run === run));
      expect(await worker.audit("done", null, settings, () => undefined, never())).toEqual(expected());
      expect(types(asked)).toEqual(["open"]);
      worker.close("done");
    });

    it("audits again, and stops its own run, when the panel asks with other settings or for one sheet", async () => {
      await worker.open("other", bytes, undefined, {}, settings);
      const own = (asked[0] as Extract<ToWorker, { type: "open" }>).audit?.run;
      const strict = { ...settings, scoreTolerance: 1 as const };
      const reports = await worker.audit("other", null, strict, () => undefined, never());
      expect(reports).toEqual(readWorkbook(bytes).grids.map((g) => runAudit(g, auditOptionsOf(strict))));
      expect(asked.slice(1).map((m) => (m.type === "cancel" ? `cancel ${m.run === own}` : m.type))).toEqual(["cancel true", "audit"]);

      asked.length = 0;
      await worker.open("other", bytes, undefined, {}, settings);
      const sheet = readWorkbook(bytes).grids[0]?.sheet ?? "";
      expect((await worker.audit("other", [sheet], settings, () => undefined, never())).map((r) => r.sheet)).toEqual([sheet]);
      expect(types(asked)).toEqual(["open", "cancel", "audit"]);
      worker.close("other");
    });

    it("is cancelled like any audit once taken over", async () => {
      await worker.open("stop", bytes, undefined, {}, settings);
      const abort = new AbortController();
      const run = worker.audit("stop", null, settings, () => undefined, abort.signal);
      abort.abort();
      await expect(run).rejects.toEqual(new HostError("cancelled"));
      expect(types(asked)).toEqual(["open", "cancel"]);
      worker.close("stop");
    });

    it("stops auditing a file closed while it is read (removed, or another file picked instead), and the next file is read and audited", async () => {
      const first = worker.open("gone", bytes, undefined, {}, settings);
      const run = (asked[0] as Extract<ToWorker, { type: "open" }>).audit?.run;
      worker.close("gone");
      const next = await worker.open("next", bytes, undefined, {}, settings);
      expect("grids" in next).toBe(true);
      expect(await worker.audit("next", null, settings, () => undefined, never())).toEqual(expected());
      // The closed file's read came to nothing on the page, and its audit was never started or was cancelled: no findings, no reports.
      const ofGone = sent.filter((m) => "run" in m && m.run === run);
      expect(ofGone.filter((m) => m.type !== "audit-progress" && !(m.type === "audit-failed" && m.code === "cancelled"))).toEqual([]);
      await expect(Promise.race([first, new Promise((r) => setTimeout(() => r("pending"), 50))])).resolves.toBe("pending");
      worker.close("next");
    });

    it("starts no audit for a file it could not read", async () => {
      expect(await worker.open("csv", new TextEncoder().encode("序号,项目\n1,a\n"), undefined, {}, settings)).toMatchObject({ error: expect.stringMatching(/./) });
      expect(types(sent).filter((t) => t.startsWith("audit") || t === "findings" || t === "reports")).toEqual([]);
      await expect(worker.audit("csv", null, settings, () => undefined, never())).rejects.toMatchObject({ code: "read-failed" });
    });
  });
});

async function waitFor(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ok()) throw new Error("timed out");
}
