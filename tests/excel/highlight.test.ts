import { runAudit } from "../../src/core/audit";
import { messages, renderFinding } from "../../src/core/messages";
import { DEFAULT_RULES } from "../../src/core/rules";
import type { Finding, Lang } from "../../src/core/types";
import { decodeBackup } from "../../src/excel/backup";
import { createExcelHost } from "../../src/excel/host";
import { BACKUP_SHEET } from "../../src/excel/sheets";
import { buildMarks, HostError, type AuditHost, type CellMark } from "../../src/host";
import { cellKey, cellLook, makeSheet, makeWorkbook, NO_FILL, parseAddress, reopen, sheetOf, type FakeWorkbookData } from "./fake-excel";
import { installExcel, uninstallExcel, type InstallOptions } from "./install";
import { lineItemSheet, LINE_ITEM_SHEET } from "./workbooks";

afterEach(uninstallExcel);

const never = new AbortController().signal;
const noProgress = (): void => undefined;

/** host's ARGB fills as Office.js takes them. */
const FILL = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;

async function audit(host: AuditHost): Promise<Finding[]> {
  const grids = await host.readGrids("workbook", noProgress, never);
  return grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
}

/** A low-execution finding at `cell`, named `item` in its message. */
function finding(sheet: string, cell: string, severity: Finding["severity"], item = `问题 ${cell}`): Finding {
  const p = parseAddress(cell);
  return { rule: "low-execution", severity, sheet, cell, row: p.top, column: p.left, code: "low-execution", params: { item, rate: 0.3, threshold: 0.6 } };
}

/** One line of a note as host's marks builder words it (its format is tested in tests/host). */
function line(f: Finding, lang: Lang = "zh-CN"): string {
  const text = (buildMarks([f], lang)[0] as CellMark).lines[0] as string;
  // The line carries the rendered message and the severity word in the viewer's language.
  expect(text).toContain(renderFinding(f, lang));
  expect(text).toContain(messages(lang).severity[f.severity]);
  return text;
}

function recordedCells(data: FakeWorkbookData): string[] {
  const decoded = decodeBackup(sheetOf(data, BACKUP_SHEET).values);
  expect(decoded.damaged).toBe(0);
  return decoded.records.map((r) => r.cell);
}

/** Every write to a sheet other than the add-in's own must be formatting or a note. */
function userDataWrites(data: FakeWorkbookData): string[] {
  return data.writes
    .filter((w) => w.sheet !== BACKUP_SHEET && !/^(审核结果|Audit results)/.test(w.sheet))
    .filter((w) => ["values", "formulas", "numberFormat", "hyperlink", "clear"].includes(w.property))
    .map((w) => `${w.sheet}!${w.address} ${w.property}`);
}

/** A sheet whose cells start with assorted formatting: no fill, white fill, a pattern, a note, a white font. */
function decoratedWorkbook(): FakeWorkbookData {
  const s = makeSheet("表", [
    ["a", "b", "c", "d", "e"],
    [1, 2, 3, 4, 5],
  ]);
  s.fills.set(cellKey(1, 2), { color: "#FFFFFF", pattern: "Solid" });
  s.fills.set(cellKey(1, 3), { color: "#00B050", pattern: "Gray25", patternColor: "#FF0000" });
  s.fills.set(cellKey(1, 5), { color: "#1F4E79", pattern: "Solid" });
  s.fonts.set(cellKey(1, 5), "#FFFFFF");
  s.fonts.set(cellKey(2, 1), "#C00000");
  s.notes.set(cellKey(1, 4), "用户自己的批注");
  return makeWorkbook([s, makeSheet("其他", [["x"]])]);
}

const CELLS = ["A1", "B1", "C1", "D1", "E1", "A2"];

function looks(data: FakeWorkbookData): unknown[] {
  const s = sheetOf(data, "表");
  return CELLS.map((c) => cellLook(s, c));
}

describe("highlight: round trips", () => {
  it("takes the same number of syncs for 100 and 10,000 rows (3 for a first highlight)", async () => {
    const counts: number[] = [];
    for (const rows of [100, 10_000]) {
      const fake = installExcel(makeWorkbook([lineItemSheet(rows)]));
      const host = createExcelHost();
      const findings = await audit(host);
      expect(findings.length).toBeGreaterThan(rows / 10);
      const before = fake.stats.syncs;
      await host.highlight(findings, "zh-CN");
      counts.push(fake.stats.syncs - before);
    }
    expect(counts).toEqual([3, 3]);
  });

  it("takes a constant number of syncs to re-highlight and to clear", async () => {
    const counts: number[][] = [];
    for (const rows of [100, 10_000]) {
      const fake = installExcel(makeWorkbook([lineItemSheet(rows)]));
      const host = createExcelHost();
      const findings = await audit(host);
      await host.highlight(findings, "zh-CN");
      let before = fake.stats.syncs;
      await host.highlight(findings.slice(0, Math.floor(findings.length / 2)), "zh-CN");
      const rehighlight = fake.stats.syncs - before;
      before = fake.stats.syncs;
      await host.clearHighlights();
      counts.push([rehighlight, fake.stats.syncs - before]);
    }
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]).toEqual([4, 4]);
  });
});

describe("highlight: never costs the user anything", () => {
  it("paints by worst severity with a note, then clear restores fill (no fill vs white vs pattern), font and note exactly", async () => {
    const data = decoratedWorkbook();
    installExcel(data);
    const original = looks(data);
    const host = createExcelHost();
    const findings = [
      finding("表", "A1", "info"),
      finding("表", "A1", "error", "执行率过低"),
      finding("表", "B1", "warning"),
      finding("表", "C1", "info"),
      finding("表", "D1", "error", "缺少说明"),
      finding("表", "E1", "warning"),
      finding("表", "A2", "warning"),
    ];
    expect(await host.highlight(findings, "zh-CN")).toEqual({ warnings: [] });
    expect(recordedCells(data)).toEqual(["A1", "B1", "C1", "D1", "E1", "A2"]);

    const s = sheetOf(data, "表");
    expect(cellLook(s, "A1").fill).toEqual({ color: FILL.error, pattern: "Solid" });
    expect(cellLook(s, "B1").fill.color).toBe(FILL.warning);
    expect(cellLook(s, "C1").fill.color).toBe(FILL.info);
    expect(cellLook(s, "A1").note).toBe(`${line(findings[0] as Finding)}\n${line(findings[1] as Finding)}`);
    expect(cellLook(s, "A1").note).toContain("「执行率过低」预算执行率为 30%，低于 60%");
    const sep = messages("zh-CN").exports.noteSeparator;
    expect(cellLook(s, "D1").note).toBe(`用户自己的批注\n${sep}\n${line(findings[4] as Finding)}`);
    // White text on our pale tint would vanish: it gets a dark colour, recorded to be put back.
    expect(cellLook(s, "E1").font).toBe("#9C5700");
    expect(cellLook(s, "A2").font).toBe("#C00000");

    const backup = sheetOf(data, BACKUP_SHEET);
    expect(backup.visibility).toBe("VeryHidden");

    await host.clearHighlights();
    expect(looks(data)).toEqual(original);
    expect(cellLook(s, "A1").fill).toEqual(NO_FILL);
    expect(cellLook(s, "B1").fill).toEqual({ color: "#FFFFFF", pattern: "Solid" });
    expect(cellLook(s, "C1").fill).toEqual({ color: "#00B050", pattern: "Gray25", patternColor: "#FF0000" });
    expect(cellLook(s, "D1").note).toBe("用户自己的批注");
    expect(cellLook(s, "A1").note).toBeUndefined();
    expect(data.sheets.map((x) => x.name)).toEqual(["表", "其他"]);
    expect(userDataWrites(data)).toEqual([]);
  });

  it("clears after save and reopen: the record lives in the workbook, not in the add-in", async () => {
    const data = decoratedWorkbook();
    installExcel(data);
    const original = looks(data);
    await createExcelHost().highlight(
      CELLS.map((c) => finding("表", c, "error")),
      "zh-CN",
    );
    const reopened = reopen(data);
    uninstallExcel();
    installExcel(reopened);
    expect(looks(reopened)).not.toEqual(original);
    await createExcelHost().clearHighlights();
    expect(looks(reopened)).toEqual(original);
    expect(reopened.sheets.some((x) => x.name === BACKUP_SHEET)).toBe(false);
  });

  it("replaces earlier marks instead of stacking them: the record keeps the user's originals", async () => {
    const data = decoratedWorkbook();
    installExcel(data);
    const original = looks(data);
    const host = createExcelHost();
    await host.highlight([finding("表", "A1", "error"), finding("表", "D1", "warning"), finding("表", "E1", "info")], "zh-CN");
    await host.highlight([finding("表", "A1", "warning"), finding("表", "B1", "info"), finding("表", "D1", "info")], "en-US");

    const s = sheetOf(data, "表");
    expect(cellLook(s, "A1").fill.color).toBe(FILL.warning);
    // E1 is no longer flagged: back to its own dark fill and white text.
    expect(cellLook(s, "E1")).toEqual(original[4]);
    // Our earlier note text is replaced, not appended to.
    expect(cellLook(s, "D1").note).toBe(`用户自己的批注\n${messages("en-US").exports.noteSeparator}\n${line(finding("表", "D1", "info"), "en-US")}`);
    expect(cellLook(s, "D1").note).toMatch(/execution rate 30% is below 60%$/);
    const records = decodeBackup(sheetOf(data, BACKUP_SHEET).values).records;
    expect(records.map((r) => r.cell).sort()).toEqual(["A1", "B1", "D1"]);
    for (const r of records) {
      expect(Object.values(FILL)).not.toContain(r.fill.color);
      expect(r.note === null || r.note === "用户自己的批注").toBe(true);
    }

    // A third run over the same cells, then clear: still the originals.
    await host.highlight([finding("表", "A1", "error"), finding("表", "B1", "error"), finding("表", "C1", "error"), finding("表", "E1", "error")], "zh-CN");
    await host.clearHighlights();
    expect(looks(data)).toEqual(original);
    expect(userDataWrites(data)).toEqual([]);
  });

  it("never writes values or formulas to the user's sheets, across read, highlight, re-highlight, clear and export", async () => {
    const data = makeWorkbook([lineItemSheet(300), makeSheet("其他", [["x"]])]);
    installExcel(data);
    const host = createExcelHost();
    const findings = await audit(host);
    await host.highlight(findings, "zh-CN");
    await host.highlight(findings.slice(3), "zh-CN");
    await host.exportFindings(findings, "zh-CN");
    await host.clearHighlights();
    expect(data.writes.length).toBeGreaterThan(0);
    expect(userDataWrites(data)).toEqual([]);
    const props = new Set(data.writes.filter((w) => w.sheet === LINE_ITEM_SHEET).map((w) => w.property));
    expect([...props].every((p) => p.startsWith("format.") || p.startsWith("note."))).toBe(true);
  });

  it("marks the top-left cell of a merged range, which is the cell Excel shows", async () => {
    const data = makeWorkbook([lineItemSheet(10)]);
    installExcel(data);
    const host = createExcelHost();
    await host.readGrids("sheet", noProgress, never);
    await host.highlight([finding(LINE_ITEM_SHEET, "E1", "error")], "zh-CN");
    const s = sheetOf(data, LINE_ITEM_SHEET);
    expect(cellLook(s, "A1").fill.color).toBe(FILL.error);
    expect(cellLook(s, "E1").fill).toEqual(NO_FILL);
  });

  it("highlighting nothing takes earlier marks away and removes the record", async () => {
    const data = decoratedWorkbook();
    installExcel(data);
    const original = looks(data);
    const host = createExcelHost();
    await host.highlight([finding("表", "B1", "error")], "zh-CN");
    await host.highlight([], "zh-CN");
    expect(looks(data)).toEqual(original);
    expect(data.sheets.some((x) => x.name === BACKUP_SHEET)).toBe(false);
  });

  it("clear without a record changes nothing", async () => {
    const data = decoratedWorkbook();
    const fake = installExcel(data);
    await createExcelHost().clearHighlights();
    expect(data.writes).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
  });
});

describe("highlight: a damaged record is reported, never skipped silently", () => {
  /** Highlights every decorated cell, then damages the records of A1 (cut short) and D1 (typed over). */
  async function highlightThenDamage(data: FakeWorkbookData): Promise<void> {
    await createExcelHost().highlight(
      CELLS.map((c) => finding("表", c, "error")),
      "zh-CN",
    );
    expect(recordedCells(data)).toEqual(CELLS);
    const rows = sheetOf(data, BACKUP_SHEET).values;
    const a1 = rows[1] as unknown[];
    a1[0] = String(a1[0]).slice(0, 12);
    (rows[4] as unknown[])[0] = 2019;
  }

  it("clears every other cell exactly and says how many could not be restored", async () => {
    const data = decoratedWorkbook();
    installExcel(data);
    const original = looks(data);
    await highlightThenDamage(data);
    const painted = looks(data);

    const outcome = await createExcelHost().clearHighlights();
    expect(outcome.warnings).toEqual([{ code: "backup-damaged", count: 2 }]);
    const now = looks(data);
    CELLS.forEach((cell, i) => {
      // A1 and D1 keep what they had (our marks): their originals are not known any more.
      expect(now[i]).toEqual(cell === "A1" || cell === "D1" ? painted[i] : original[i]);
    });
    expect(data.sheets.some((x) => x.name === BACKUP_SHEET)).toBe(false);
    expect(userDataWrites(data)).toEqual([]);
  });

  it("says so after save and reopen, and when a new highlight replaces the damaged record", async () => {
    const data = decoratedWorkbook();
    installExcel(data);
    const original = looks(data);
    await highlightThenDamage(data);
    uninstallExcel();
    const reopened = reopen(data);
    installExcel(reopened);
    const outcome = await createExcelHost().highlight([finding("表", "B1", "warning")], "zh-CN");
    expect(outcome.warnings).toEqual([{ code: "backup-damaged", count: 2 }]);
    expect(recordedCells(reopened)).toEqual(["B1"]);
    expect((await createExcelHost().clearHighlights()).warnings).toEqual([]);
    expect(looks(reopened)[1]).toEqual(original[1]);
  });
});

describe("highlight: refusals and degraded hosts", () => {
  it("refuses a protected sheet with protected naming it, before changing anything", async () => {
    const data = decoratedWorkbook();
    sheetOf(data, "其他").protected = true;
    installExcel(data);
    const host = createExcelHost();
    const e = await host.highlight([finding("表", "A1", "error"), finding("其他", "A1", "error")], "zh-CN").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).code).toBe("protected");
    expect((e as HostError).detail).toBe("其他");
    expect(data.writes).toEqual([]);
    expect(data.sheets.some((x) => x.name === BACKUP_SHEET)).toBe(false);
  });

  it("refuses to clear while a marked sheet is protected, leaving marks and record for later", async () => {
    const data = decoratedWorkbook();
    installExcel(data);
    const host = createExcelHost();
    await host.highlight([finding("表", "A1", "error")], "zh-CN");
    sheetOf(data, "表").protected = true;
    data.writes = [];
    await expect(host.clearHighlights()).rejects.toMatchObject({ code: "protected", detail: "表" });
    expect(data.writes).toEqual([]);
    sheetOf(data, "表").protected = false;
    await host.clearHighlights();
    expect(cellLook(sheetOf(data, "表"), "A1").fill).toEqual(NO_FILL);
  });

  it("refuses to add its record to a workbook whose structure is protected, before changing anything", async () => {
    const data = decoratedWorkbook();
    data.structureProtected = true;
    installExcel(data);
    await expect(createExcelHost().highlight([finding("表", "A1", "error")], "zh-CN")).rejects.toMatchObject({ code: "protected" });
    expect(data.writes).toEqual([]);
  });

  it("maps Excel's AccessDenied during the writes to protected, with the record already safe", async () => {
    const data = decoratedWorkbook();
    const original = looks(data);
    // The sheet gets protected between the reads and the writes (sync 3 of a first highlight).
    installExcel(data, { limits: { beforeSync: (n, d) => void (n === 3 && (sheetOf(d, "表").protected = true)) } });
    const host = createExcelHost();
    await expect(host.highlight([finding("表", "A1", "error"), finding("表", "B1", "error")], "zh-CN")).rejects.toMatchObject({ code: "protected", detail: "表" });
    // The record was written first, so once unprotected, clear puts everything back.
    expect(recordedCells(data)).toEqual(["A1", "B1"]);
    uninstallExcel();
    sheetOf(data, "表").protected = false;
    installExcel(data);
    await createExcelHost().clearHighlights();
    expect(looks(data)).toEqual(original);
  });

  it("without ExcelApi 1.18 paints fills only and says so; clear still restores", async () => {
    const data = decoratedWorkbook();
    installExcel(data, { excelApi: "1.17" } satisfies InstallOptions);
    const original = looks(data);
    const host = createExcelHost();
    const result = await host.highlight([finding("表", "A1", "error"), finding("表", "D1", "error")], "zh-CN");
    expect(result.warnings).toEqual([{ code: "notes-unsupported" }]);
    const s = sheetOf(data, "表");
    expect(cellLook(s, "A1").fill.color).toBe(FILL.error);
    expect(cellLook(s, "A1").note).toBeUndefined();
    expect(cellLook(s, "D1").note).toBe("用户自己的批注");
    await host.clearHighlights();
    expect(looks(data)).toEqual(original);
  });

  it("gives a cell with a threaded comment a fill but no note (Excel refuses both on one cell)", async () => {
    const data = decoratedWorkbook();
    sheetOf(data, "表").comments.add(cellKey(1, 1));
    installExcel(data);
    const host = createExcelHost();
    const findings = [finding("表", "A1", "error"), finding("表", "B1", "error")];
    const result = await host.highlight(findings, "zh-CN");
    expect(result.warnings).toEqual([{ code: "comment-cell", sheet: "表", cell: "A1" }]);
    const s = sheetOf(data, "表");
    expect(cellLook(s, "A1").fill.color).toBe(FILL.error);
    expect(cellLook(s, "A1").note).toBeUndefined();
    expect(cellLook(s, "B1").note).toBe(line(findings[1] as Finding));
  });

  it("skips findings on sheets that no longer exist and says which", async () => {
    const data = decoratedWorkbook();
    installExcel(data);
    const result = await createExcelHost().highlight([finding("表", "A1", "error"), finding("已删除", "A1", "error")], "zh-CN");
    expect(recordedCells(data)).toEqual(["A1"]);
    expect(result.warnings).toEqual([{ code: "missing-sheet", sheet: "已删除" }]);
  });

  it("leaves a gradient fill alone (Office.js cannot put one back) but still adds the note", async () => {
    const data = decoratedWorkbook();
    sheetOf(data, "表").fills.set(cellKey(2, 2), { color: "#FFFFFF", pattern: "LinearGradient" });
    installExcel(data);
    const host = createExcelHost();
    const result = await host.highlight([finding("表", "B2", "error")], "zh-CN");
    expect(result.warnings).toEqual([{ code: "gradient-fill", sheet: "表", cell: "B2" }]);
    expect(cellLook(sheetOf(data, "表"), "B2").fill.pattern).toBe("LinearGradient");
    expect(cellLook(sheetOf(data, "表"), "B2").note).toBe(line(finding("表", "B2", "error")));
    await host.clearHighlights();
    expect(cellLook(sheetOf(data, "表"), "B2").note).toBeUndefined();
  });

  it("keeps every sync under the payload budget when asked to, with the same result", async () => {
    const data = makeWorkbook([lineItemSheet(2000)]);
    const fake = installExcel(data, { limits: { payloadBytes: 120_000 } });
    const host = createExcelHost({ payloadBudget: 60_000 });
    const findings = await audit(host);
    const syncs = fake.stats.syncs;
    await host.highlight(findings, "zh-CN");
    expect(fake.stats.syncs - syncs).toBeGreaterThan(3);
    for (const p of fake.stats.payloads) expect(p).toBeLessThanOrEqual(120_000);
    const s = sheetOf(data, LINE_ITEM_SHEET);
    for (const f of findings) expect(cellLook(s, f.cell).fill.color).not.toBe(NO_FILL.color);
    await host.clearHighlights();
    for (const f of findings) expect(cellLook(s, f.cell)).toEqual({ fill: NO_FILL, font: undefined, note: undefined });
  });

  it("reads a record too big for one response in parts, then re-highlights and clears exactly", async () => {
    const data = makeWorkbook([lineItemSheet(2000)]);
    const fake = installExcel(data);
    const findings = await audit(createExcelHost());
    await createExcelHost().highlight(findings, "zh-CN");
    // From now on Excel refuses anything over 60 kB: the record (about 200 kB) no longer fits.
    fake.limits.payloadBytes = 60_000;
    const host = createExcelHost({ payloadBudget: 30_000 });
    await host.highlight(findings.slice(0, 40), "zh-CN");
    for (const p of fake.stats.payloads.slice(-5)) expect(p).toBeLessThanOrEqual(60_000);
    const s = sheetOf(data, LINE_ITEM_SHEET);
    expect(recordedCells(data).length).toBe(new Set(findings.slice(0, 40).map((f) => f.cell)).size);
    const unmarked = findings.find((f) => !findings.slice(0, 40).some((g) => g.cell === f.cell)) as Finding;
    expect(cellLook(s, unmarked.cell)).toEqual({ fill: NO_FILL, font: undefined, note: undefined });
    await host.clearHighlights();
    for (const f of findings) expect(cellLook(s, f.cell)).toEqual({ fill: NO_FILL, font: undefined, note: undefined });
  });
});
