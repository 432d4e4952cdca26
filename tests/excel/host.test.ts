import fs from "fs";
import path from "path";
import { officeError, planBatches } from "../../src/excel/batch";
import { areaLists, parseAreas, quoteSheet } from "../../src/excel/address";
import { decodeBackup, encodeBackup, CELL_TEXT_LIMIT } from "../../src/excel/backup";
import { isLight, officeColour, severityFill } from "../../src/excel/colours";
import { annotatedNote } from "../../src/excel/notes";
import { createExcelHost } from "../../src/excel/host";
import { checkRequirements, missingRequirements, notesSupported, REQUIRED_SETS } from "../../src/excel/requirements";
import { isOwnSheet, uniqueSheetName } from "../../src/excel/sheets";
import { buildMarks, HostError, SEVERITY_FILL, type CellMark } from "../../src/host";
import { FakeOfficeError, makeSheet, makeWorkbook } from "./fake-excel";
import { installExcel, uninstallExcel } from "./install";

afterEach(uninstallExcel);

const never = new AbortController().signal;

describe("requirement sets", () => {
  it("are all there on a current Excel", () => {
    installExcel(makeWorkbook([makeSheet("S")]), { excelApi: "1.18" });
    expect(missingRequirements()).toEqual([]);
    expect(() => checkRequirements()).not.toThrow();
    expect(notesSupported()).toBe(true);
  });

  it.each([
    ["1.12", "ExcelApi 1.13"],
    ["1.9", "ExcelApi 1.13"],
    ["1.3", "ExcelApi 1.13"],
  ])("with ExcelApi %s, every host method refuses with unsupported naming %s, before any Excel.run", async (version, named) => {
    const fake = installExcel(makeWorkbook([makeSheet("S", [[1]])]), { excelApi: version });
    const host = createExcelHost();
    const calls: Promise<unknown>[] = [
      host.readGrids("sheet", () => undefined, never),
      host.highlight([], "zh-CN"),
      host.clearHighlights(),
      host.exportFindings([], "zh-CN"),
      host.selectCell("S", "A1"),
      host.loadSettings(),
      host.saveAccepted([]),
    ];
    for (const call of calls) await expect(call).rejects.toMatchObject({ name: "HostError", code: "unsupported", detail: named });
    expect(fake.stats.syncs).toBe(0);
  });

  it("names the set a host lacks in between", () => {
    installExcel(makeWorkbook([makeSheet("S")]), { excelApi: "1.9" });
    expect(missingRequirements().map((s) => s.version)).toEqual(["1.10", "1.13"]);
    expect(notesSupported()).toBe(false);
  });

  it("treats a page without Office.js as unsupported, and without Excel as no workbook", async () => {
    expect(() => checkRequirements()).toThrow(HostError);
    expect(REQUIRED_SETS.every((s) => s.name === "ExcelApi")).toBe(true);
    installExcel(makeWorkbook([makeSheet("S")]));
    delete (globalThis as { Excel?: unknown }).Excel;
    await expect(createExcelHost().loadSettings()).rejects.toMatchObject({ code: "no-workbook" });
  });
});

describe("Office errors become HostErrors", () => {
  it.each([
    ["AccessDenied", false, "protected"],
    ["InvalidOperation", true, "protected"],
    ["InvalidOperation", false, "read-failed"],
    ["ResponsePayloadSizeLimitExceeded", false, "too-large"],
    ["ApiNotFound", false, "unsupported"],
    ["GeneralException", false, "read-failed"],
  ])("%s (writing: %s) → %s", (code, writing, expected) => {
    const e = officeError(new FakeOfficeError(code), "read-failed", "表", { writing });
    expect(e.code).toBe(expected);
    expect(e.detail).toBe("表");
    expect((e as { cause?: unknown }).cause).toBeInstanceOf(FakeOfficeError);
  });

  it("passes HostErrors through and leaves non-Office errors to host's toHostError, with the fallback", () => {
    const h = new HostError("cancelled");
    expect(officeError(h, "unknown", "")).toBe(h);
    const e = officeError(new TypeError("x"), "write-failed", "S");
    expect(e.code).toBe("write-failed");
    expect(e.detail).toBe("S");
    const aborted = new Error("stop");
    aborted.name = "AbortError";
    expect(officeError(aborted, "read-failed", "").code).toBe("cancelled");
  });

  it("reports a sheet that vanished while reading as read-failed", async () => {
    const data = makeWorkbook([makeSheet("甲", [[1]])]);
    installExcel(data, { limits: { beforeSync: (n, d) => void (n === 2 && (d.sheets = [])) } });
    await expect(createExcelHost().readGrids("sheet", () => undefined, never)).rejects.toMatchObject({ code: "read-failed" });
  });
});

describe("helpers", () => {
  it("plans batches within a budget, never leaving an item out", () => {
    expect(planBatches([1, 2, 3, 4, 5], (n) => n, 5)).toEqual([[1, 2], [3], [4], [5]]);
    expect(planBatches([9, 1], (n) => n, 5)).toEqual([[9], [1]]);
    expect(planBatches([], (n: number) => n, 5)).toEqual([]);
  });

  it("builds getRanges address lists: runs per column, bounded in areas and length", () => {
    expect(areaLists([{ row: 3, col: 2 }, { row: 1, col: 1 }, { row: 2, col: 2 }, { row: 5, col: 2 }])).toEqual(["A1,B2:B3,B5"]);
    const many = Array.from({ length: 1000 }, (_, i) => ({ row: i * 2 + 1, col: 3 }));
    const lists = areaLists(many);
    expect(lists.length).toBe(10);
    for (const l of lists) expect(l.length).toBeLessThanOrEqual(2000);
  });

  it("parses RangeAreas addresses, quoted sheet names included", () => {
    expect(parseAreas("Sheet1!A1:G1, Sheet1!B3")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 7 },
      { top: 3, left: 2, bottom: 3, right: 2 },
    ]);
    expect(parseAreas("'a, b''c'!$C$4:$D$5")).toEqual([{ top: 4, left: 3, bottom: 5, right: 4 }]);
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
  });

  it("encodes the record as text Excel cannot reinterpret, splitting very long notes over cells", () => {
    const long = "注".repeat(CELL_TEXT_LIMIT + 10);
    const rows = encodeBackup([
      { sheet: "=SUM(A1)", cell: "A1", fill: { color: "#FFFFFF", pattern: "None" }, note: long },
      { sheet: "2019", cell: "B2", fill: { color: "#FFFFFF", pattern: "Solid" }, font: "#FFFFFF", note: null },
    ]);
    // Every record starts with "{": never a formula, number, date or boolean to Excel.
    for (const row of rows) expect(row[0]?.startsWith("{")).toBe(true);
    expect(rows[1]?.length).toBe(2);
    const { records: back, damaged } = decodeBackup(rows);
    expect(damaged).toBe(0);
    expect(back[0]?.note).toBe(long);
    expect(back[1]).toEqual({ sheet: "2019", cell: "B2", fill: { color: "#FFFFFF", pattern: "Solid" }, font: "#FFFFFF", note: null });
    expect(() => decodeBackup([["someone else's sheet"]])).toThrow(HostError);
  });

  it("knows its own sheets and picks free names", () => {
    expect(isOwnSheet("_jixiao_backup")).toBe(true);
    expect(isOwnSheet("审核结果 (3)")).toBe(true);
    expect(isOwnSheet("audit results")).toBe(true);
    expect(isOwnSheet("审核结果说明")).toBe(false);
    expect(uniqueSheetName(["审核结果", "审核结果 (2)"], "审核结果")).toBe("审核结果 (3)");
  });

  it("counts every damaged record row, and ignores the empty rows past the last record", () => {
    const good = { sheet: "表", cell: "A1", fill: { color: "#FFFFFF", pattern: "None" } };
    const rows: unknown[][] = encodeBackup([good, { ...good, cell: "B1" }, { ...good, cell: "C1" }, { ...good, cell: "D1" }, { ...good, cell: "E1" }]);
    rows[1] = ["{cut sho"];
    rows[2] = [JSON.stringify({ s: "表", c: "not a cell", f: good.fill })];
    rows[3] = [JSON.stringify({ s: "表", c: "C1", f: good.fill, n: 3 })];
    rows[4] = [42];
    rows.push([""], [null]);
    const decoded = decodeBackup(rows);
    expect(decoded.damaged).toBe(4);
    expect(decoded.records).toEqual([{ ...good, cell: "E1" }]);
  });

  it("converts host's ARGB fills to Office.js colours in one place", () => {
    expect(officeColour("FFFFC7CE")).toBe("#FFC7CE");
    expect(severityFill("warning")).toBe(`#${SEVERITY_FILL.warning.slice(2)}`);
    expect(() => officeColour("#FFC7CE")).toThrow();
  });

  it("puts host's note text after the user's own note, and spots light fonts", () => {
    const mark = buildMarks([{ rule: "low-execution", severity: "error", sheet: "S", cell: "A1", row: 1, column: 1, code: "low-execution.no-budget", params: { item: "甲" } }], "zh-CN")[0] as CellMark;
    const ours = mark.lines.join("\n");
    expect(annotatedNote(mark, "zh-CN", null)).toBe(ours);
    expect(annotatedNote(mark, "zh-CN", "  ")).toBe(ours);
    expect(annotatedNote(mark, "zh-CN", "mine")).toMatch(new RegExp(`^mine\n.+\n${ours.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    expect(isLight("#FFFFFF")).toBe(true);
    expect(isLight("#000000")).toBe(false);
    expect(isLight("#C00000")).toBe(false);
  });
});

describe("source rule: values and formulas are written only to the add-in's own sheets", () => {
  it("assigns .values only in the backup and results writers, and .formulas nowhere", () => {
    const dir = path.resolve(__dirname, "../../src/excel");
    const hits: string[] = [];
    for (const file of fs.readdirSync(dir)) {
      fs.readFileSync(path.join(dir, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/\.(values|formulas\w*|valuesAsJson\w*)\s*=[^=]/.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    hits.sort();
    expect(hits).toHaveLength(2);
    expect(hits[1]).toMatch(/^export\.ts:\d+: range\.values = block\.rows;$/);
    expect(hits[0]).toMatch(/^backup-sheet\.ts:\d+: range\.values = block\.rows;$/);
  });
});
