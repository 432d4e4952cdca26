import { runAudit } from "../../src/core/audit";
import { DEFAULT_RULES } from "../../src/core/rules";
import { createExcelHost } from "../../src/excel/host";
import { BACKUP_SHEET } from "../../src/excel/sheets";
import { HostError, type Progress } from "../../src/host";
import { makeSheet, makeWorkbook, type FakeValue } from "./fake-excel";
import { installExcel, uninstallExcel } from "./install";
import { lineItemSheet, LINE_ITEM_SHEET } from "./workbooks";

afterEach(uninstallExcel);

const never = new AbortController().signal;
const noProgress = (): void => undefined;

async function expectHostError(p: Promise<unknown>, code: string, detail?: string): Promise<HostError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HostError);
  expect((e as HostError).code).toBe(code);
  if (detail !== undefined) expect((e as HostError).detail).toBe(detail);
  return e as HostError;
}

describe("readGrids: round trips", () => {
  it("takes the same number of syncs for 100 and 10,000 rows (2 for the active sheet)", async () => {
    const counts: number[] = [];
    for (const rows of [100, 10_000]) {
      const fake = installExcel(makeWorkbook([lineItemSheet(rows)]));
      const grids = await createExcelHost().readGrids("sheet", noProgress, never);
      expect(grids[0]?.rowCount).toBe(rows + 4);
      counts.push(fake.stats.syncs);
    }
    expect(counts).toEqual([2, 2]);
  });

  it("reads a whole workbook in 3 syncs whatever the row counts (within the payload budget)", async () => {
    const counts: number[] = [];
    for (const rows of [100, 5_000]) {
      const fake = installExcel(makeWorkbook([lineItemSheet(rows, "甲"), lineItemSheet(rows, "乙")]));
      const grids = await createExcelHost().readGrids("workbook", noProgress, never);
      expect(grids.map((g) => g.sheet)).toEqual(["甲", "乙"]);
      counts.push(fake.stats.syncs);
    }
    expect(counts).toEqual([3, 3]);
  });

  it("spreads chunks over more syncs only when the payload budget requires it, with the same result", async () => {
    const sheet = lineItemSheet(2000);
    const big = installExcel(makeWorkbook([sheet]));
    const whole = await createExcelHost().readGrids("sheet", noProgress, never);
    expect(big.stats.syncs).toBe(2);

    const small = installExcel(makeWorkbook([lineItemSheet(2000)]), { limits: { payloadBytes: 200_000 } });
    const chunked = await createExcelHost({ payloadBudget: 100_000 }).readGrids("sheet", noProgress, never);
    expect(small.stats.syncs).toBeGreaterThan(2);
    for (const p of small.stats.payloads) expect(p).toBeLessThanOrEqual(200_000);
    expect(chunked[0]?.rowCount).toBe(whole[0]?.rowCount);
    for (let r = 1; r <= 2004; r += 97) for (let c = 1; c <= 7; c++) expect(chunked[0]?.value(r, c)).toEqual(whole[0]?.value(r, c));
  });

  it("uses the web's payload budget on the web and a larger one on Windows and Mac", async () => {
    const counts: number[] = [];
    for (const platform of ["OfficeOnline", "PC", "Mac"]) {
      // 20,000 rows × 7 columns is about 5.6 MB by the estimate: over the web's budget.
      const fake = installExcel(makeWorkbook([lineItemSheet(20_000)]), { platform });
      await createExcelHost().readGrids("sheet", noProgress, never);
      counts.push(fake.stats.syncs);
    }
    expect(counts).toEqual([3, 2, 2]);
  });

  it("halves the batch and retries when Excel refuses a payload the estimate let through", async () => {
    const fake = installExcel(makeWorkbook([lineItemSheet(3000)]), { limits: { payloadBytes: 300_000 } });
    // An estimate of 1 byte per cell lets everything into one batch; Excel (the fake) refuses it.
    const grids = await createExcelHost({ bytesPerCell: 1 }).readGrids("sheet", noProgress, never);
    expect(grids[0]?.rowCount).toBe(3004);
    expect(grids[0]?.value(3003, 2)).toBe("项目3000");
    expect(fake.stats.syncs).toBeGreaterThan(3);
  });
});

describe("readGrids: values", () => {
  it("turns Office.js values into Grid values: '' → null, errors (by valueTypes) → {error}", async () => {
    const rows: FakeValue[][] = [
      ["text", 12.5, true, null],
      [{ error: "#DIV/0!" }, "#N/A", { error: "#N/A" }, false],
    ];
    installExcel(makeWorkbook([makeSheet("S", rows)]));
    const [g] = await createExcelHost().readGrids("sheet", noProgress, never);
    expect(g?.value(1, 1)).toBe("text");
    expect(g?.value(1, 2)).toBe(12.5);
    expect(g?.value(1, 3)).toBe(true);
    expect(g?.value(1, 4)).toBeNull();
    expect(g?.value(2, 1)).toEqual({ error: "#DIV/0!" });
    // Typed text that merely looks like an error stays text.
    expect(g?.value(2, 2)).toBe("#N/A");
    expect(g?.value(2, 3)).toEqual({ error: "#N/A" });
    expect(g?.value(2, 4)).toBe(false);
  });

  it("keeps number formats and the used range's position", async () => {
    const values: FakeValue[][] = [[], [], [null, null, 0.5, 100]];
    installExcel(makeWorkbook([makeSheet("S", values, { formats: [[], [], [undefined, undefined, "0.00%", "#,##0.00"]] })]));
    const [g] = await createExcelHost().readGrids("sheet", noProgress, never);
    expect(g?.firstRow).toBe(3);
    expect(g?.firstCol).toBe(3);
    expect(g?.value(3, 3)).toBe(0.5);
    expect(g?.format(3, 3)).toBe("0.00%");
    expect(g?.format(3, 4)).toBe("#,##0.00");
    expect(g?.format(3, 5)).toBe("General");
  });

  it("gives merged ranges to the Grid, so followers read as the top-left value", async () => {
    installExcel(makeWorkbook([lineItemSheet(10)]));
    const [g] = await createExcelHost().readGrids("sheet", noProgress, never);
    expect(g?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 7 }]);
    expect(g?.value(1, 5)).toBe("10个项目支出执行情况");
    expect(g?.isMergedFollower(1, 5)).toBe(true);
  });

  it.each([false, true])("asks per chunk when a sheet has more merged areas than Excel returns at once (areas cut at the edge: %s)", async (clip) => {
    const values: FakeValue[][] = [];
    const merges = [];
    for (let r = 1; r <= 60; r += 2) {
      values.push([`m${r}`, 1], [null, 2]);
      merges.push({ top: r, left: 1, bottom: r + 1, right: 1 });
    }
    const fake = installExcel(makeWorkbook([makeSheet("S", values, { merges })]), { limits: { maxMergedAreas: 8, clipMergedAreas: clip } });
    // 5-row chunks: every other merge straddles a chunk boundary.
    const [g] = await createExcelHost({ chunkCells: 10 }).readGrids("sheet", noProgress, never);
    expect(g?.merges.length).toBe(30);
    expect([...(g?.merges ?? [])].sort((a, b) => a.top - b.top)).toEqual(merges);
    expect(g?.value(6, 1)).toBe("m5");
    expect(fake.stats.syncs).toBe(3);
  });

  it("gives an empty Grid for an empty sheet", async () => {
    installExcel(makeWorkbook([makeSheet("空")]));
    const [g] = await createExcelHost().readGrids("sheet", noProgress, never);
    expect(g?.sheet).toBe("空");
    expect(g?.rowCount).toBe(0);
  });

  it("reads what runAudit needs: the same findings as from the rows directly", async () => {
    installExcel(makeWorkbook([lineItemSheet(70)]));
    const [g] = await createExcelHost().readGrids("sheet", noProgress, never);
    const report = runAudit(g as NonNullable<typeof g>, { rules: DEFAULT_RULES });
    expect(report.layout).toBe("line-items");
    expect(report.findings.length).toBeGreaterThan(0);
  });
});

describe("readGrids: scope, limits, progress, cancellation", () => {
  it("reads every visible worksheet but not hidden ones, the backup or results sheets", async () => {
    const hidden = makeSheet("隐藏", [["x"]], { visibility: "Hidden" });
    const backup = makeSheet(BACKUP_SHEET, [["{}"]], { visibility: "VeryHidden" });
    installExcel(makeWorkbook([lineItemSheet(5), hidden, backup, makeSheet("审核结果", [["x"]]), makeSheet("Audit results (2)", [["x"]]), makeSheet("其他", [[1]])]));
    const grids = await createExcelHost().readGrids("workbook", noProgress, never);
    expect(grids.map((g) => g.sheet)).toEqual([LINE_ITEM_SHEET, "其他"]);
  });

  it("reads only the active sheet for scope 'sheet'", async () => {
    const data = makeWorkbook([lineItemSheet(5), makeSheet("其他", [[1]])]);
    data.active = "其他";
    installExcel(data);
    const grids = await createExcelHost().readGrids("sheet", noProgress, never);
    expect(grids.map((g) => g.sheet)).toEqual(["其他"]);
  });

  it("refuses a sheet over the cell limit with too-large naming it, before reading its cells", async () => {
    const fake = installExcel(makeWorkbook([lineItemSheet(1000)]));
    await expectHostError(createExcelHost({ maxCells: 5000 }).readGrids("sheet", noProgress, never), "too-large", LINE_ITEM_SHEET);
    expect(fake.stats.syncs).toBe(1);
  });

  it("turns values that Excel on the web returns as null (past its cell limits) into too-large naming the sheet", async () => {
    installExcel(makeWorkbook([lineItemSheet(200)]), { limits: { nullValuesOverCells: 100 } });
    await expectHostError(createExcelHost().readGrids("sheet", noProgress, never), "too-large", LINE_ITEM_SHEET);
  });

  it("reports progress per chunk, ending at done = total", async () => {
    installExcel(makeWorkbook([lineItemSheet(5000)]));
    const seen: Progress[] = [];
    await createExcelHost().readGrids("sheet", (p) => seen.push(p), never);
    expect(seen.length).toBe(Math.ceil(5004 / Math.floor(10_000 / 7)));
    expect(seen.every((p) => p.phase === "reading" && p.sheet === LINE_ITEM_SHEET)).toBe(true);
    const last = seen[seen.length - 1] as Progress;
    expect(last.done).toBe(last.total);
  });

  it("stops with cancelled when the signal fires between chunks", async () => {
    installExcel(makeWorkbook([lineItemSheet(5000)]), { limits: {} });
    const abort = new AbortController();
    const seen: Progress[] = [];
    const p = createExcelHost({ payloadBudget: 60_000 }).readGrids(
      "sheet",
      (x) => {
        seen.push(x);
        if (x.done === 2) abort.abort();
      },
      abort.signal,
    );
    await expectHostError(p, "cancelled");
    expect(seen.length).toBe(2);
  });

  it("does not touch Excel when the signal has already fired", async () => {
    const fake = installExcel(makeWorkbook([lineItemSheet(5)]));
    const abort = new AbortController();
    abort.abort();
    await expectHostError(createExcelHost().readGrids("workbook", noProgress, abort.signal), "cancelled");
    expect(fake.stats.syncs).toBe(0);
  });
});
