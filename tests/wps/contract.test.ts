/**
 * The same contract tests against the Excel fake (tests/excel) and the ET fake: both hosts read the
 * golden fixtures into the same Grids and the same findings the CLI gives, mark and clear them back
 * exactly (also after save and reopen), and never write a value or a formula to a user's sheet.
 */
import { runAudit } from "../../src/core/audit";
import type { Grid } from "../../src/core/grid/grid";
import { DEFAULT_RULES } from "../../src/core/rules";
import type { Finding } from "../../src/core/types";
import { createExcelHost } from "../../src/excel/host";
import { BACKUP_SHEET, columnMapOf, DEFAULT_SETTINGS, type AuditHost, type Settings } from "../../src/host";
import { createWpsHost } from "../../src/wps/host";
import { makeWorkbook, reopen, type FakeWorkbookData } from "../excel/fake-excel";
import { fixtureWorkbook } from "../excel/fixtures";
import { installExcel, uninstallExcel } from "../excel/install";
import { lineItemSheet } from "../excel/workbooks";
import { fakeEt, makeEtWorkbook, reopenEt, type EtWorkbookData } from "./fake-et";
import { etFixtureWorkbook, etSheetOfFake, fixtureGrids } from "./workbooks";

const FIXTURES = ["chengde-2019-mine-inspection.xlsx", "qingdao-2019-safety-fund.xlsx"];
const never = new AbortController().signal;
const noProgress = (): void => undefined;

interface Harness {
  host(): AuditHost;
  /** Save, close and open again: a new session over a copy of the stored workbook. */
  reopen(): void;
  /** Everything about the user's sheets a highlight may touch (values, formats, fills, fonts, notes), as text. */
  userSheets(): string;
  sheetNames(): string[];
  /** Properties written to user sheets since the last reopen. */
  userWrites(): string[];
  /** Whether a written property is formatting or a note/comment only (never a value or a formula). */
  formattingOnly(property: string): boolean;
}

function excelHarness(initial: FakeWorkbookData): Harness {
  let data = initial;
  const users = new Set(data.sheets.map((s) => s.name));
  installExcel(data);
  return {
    host: () => createExcelHost(),
    reopen() {
      data = reopen(data);
      installExcel(data);
    },
    userSheets: () =>
      JSON.stringify(
        data.sheets
          .filter((s) => users.has(s.name))
          .map((s) => ({ name: s.name, values: s.values, formats: s.formats, fills: [...s.fills], fonts: [...s.fonts], notes: [...s.notes] })),
      ),
    sheetNames: () => data.sheets.map((s) => s.name),
    userWrites: () => data.writes.filter((w) => users.has(w.sheet)).map((w) => w.property),
    formattingOnly: (p) => p.startsWith("format.") || p.startsWith("note."),
  };
}

function etHarness(initial: EtWorkbookData): Harness {
  let data = initial;
  const users = new Set(data.sheets.map((s) => s.name));
  let fake = fakeEt(data);
  return {
    host: () => createWpsHost({ application: () => fake.Application as never }),
    reopen() {
      data = reopenEt(data);
      fake = fakeEt(data);
    },
    userSheets: () => JSON.stringify(data.sheets.filter((s) => users.has(s.name))),
    sheetNames: () => data.sheets.map((s) => s.name),
    userWrites: () => data.writes.filter((w) => users.has(w.sheet)).map((w) => w.property),
    formattingOnly: (p) => p.startsWith("Interior.") || ["Font.Color", "AddComment", "ClearComments"].includes(p),
  };
}

const HOSTS: [string, (fixture: string) => Promise<Harness>][] = [
  ["Excel (Office.js fake)", async (f) => excelHarness(await fixtureWorkbook(f))],
  ["WPS (ET fake)", async (f) => etHarness(await etFixtureWorkbook(f))],
];

afterEach(uninstallExcel);

function audit(grids: readonly Grid[]): Finding[] {
  return grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
}

/** Every cell's shown value and (for cells with a value) its number format, and the merges. */
function gridText(g: Grid): string {
  const cells: string[] = [];
  for (let r = g.firstRow; r <= g.lastRow; r++) {
    for (let c = g.firstCol; c <= g.lastCol; c++) {
      const v = g.value(r, c);
      if (v !== null) cells.push(`${r},${c}=${JSON.stringify(v)} ${g.format(r, c)}`);
    }
  }
  const merges = [...g.merges].map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
  return `${g.sheet}\n${merges.join(" ")}\n${cells.join("\n")}`;
}

describe.each(FIXTURES)("%s through both hosts", (fixture) => {
  it("reads the same Grids in Excel and WPS, and both give exactly the CLI's findings", async () => {
    const excel = await (HOSTS[0] as (typeof HOSTS)[0])[1](fixture);
    const excelGrids = await excel.host().readGrids("workbook", noProgress, never);
    uninstallExcel();
    const wps = await (HOSTS[1] as (typeof HOSTS)[0])[1](fixture);
    const wpsGrids = await wps.host().readGrids("workbook", noProgress, never);

    expect(wpsGrids.map(gridText)).toEqual(excelGrids.map(gridText));
    const cli = audit(await fixtureGrids(fixture));
    expect(cli.length).toBeGreaterThan(0);
    expect(audit(wpsGrids)).toEqual(cli);
    expect(audit(excelGrids)).toEqual(cli);
  }, 60_000);

  it.each(HOSTS)("%s: highlight, save and reopen, clear: every user sheet exactly as before, no value or formula written", async (_name, make) => {
    const h = await make(fixture);
    const before = h.userSheets();
    const grids = await h.host().readGrids("workbook", noProgress, never);
    const findings = audit(grids);
    await h.host().highlight(findings, "zh-CN");
    expect(h.userSheets()).not.toEqual(before);
    expect(h.sheetNames()).toContain(BACKUP_SHEET);
    const written = h.userWrites();
    expect(written.length).toBeGreaterThan(0);
    expect(written.filter((p) => !h.formattingOnly(p))).toEqual([]);

    h.reopen();
    // A second highlight in the new session replaces the first rather than stacking on it.
    await h.host().highlight(findings.slice(0, Math.ceil(findings.length / 2)), "en-US");
    h.reopen();
    const outcome = await h.host().clearHighlights();
    expect(outcome.warnings).toEqual([]);
    expect(h.userSheets()).toEqual(before);
    expect(h.sheetNames()).not.toContain(BACKUP_SHEET);
    expect(h.userWrites().length).toBeGreaterThan(0);
    expect(h.userWrites().filter((p) => !h.formattingOnly(p))).toEqual([]);
  }, 60_000);

  it.each(HOSTS)("%s: settings and accepted findings survive save and reopen", async (_name, make) => {
    const h = await make(fixture);
    await h.host().saveSettings({ lowRate: 0.5, explainRate: 0.8, rules: ["low-execution", "total-mismatch"], scoreTolerance: 0.1, executionWeight: 20 });
    const finding = audit(await h.host().readGrids("sheet", noProgress, never))[0];
    const accepted = [{ key: "k1", rule: "low-execution" as const, sheet: "S", cell: "A1", reason: "已说明", at: "2026-01-01T00:00:00Z", ...(finding ? { finding: { ...finding, rule: "low-execution" as const } } : {}) }];
    await h.host().saveAccepted(accepted);
    h.reopen();
    expect(await h.host().loadSettings()).toEqual({ lowRate: 0.5, explainRate: 0.8, rules: ["low-execution", "total-mismatch"], scoreTolerance: 0.1, executionWeight: 20 });
    expect((await h.host().loadAccepted()).map((a) => [a.key, a.reason])).toEqual([["k1", "已说明"]]);
    expect(h.userWrites()).toEqual([]);
  }, 60_000);
});

describe("column roles picked in the pane (识别结果), in both hosts", () => {
  it.each(HOSTS)("%s: survive save and reopen with the other settings, and the next audit reads the sheet with them", async (_name, make) => {
    const h = await make(FIXTURES[0] as string);
    const [grid] = await h.host().readGrids("sheet", noProgress, never);
    const sheet = (grid as Grid).sheet;
    const settings: Settings = { ...DEFAULT_SETTINGS, columnMaps: { [sheet]: { C: "budget", D: "amountActual" }, 别的表: { F: "weight" } } };
    await h.host().saveSettings(settings);
    h.reopen();
    const loaded = await h.host().loadSettings();
    expect(loaded).toEqual(settings);
    // A user's sheet is never written for it (WPS keeps it on its very-hidden settings sheet).
    expect(h.userWrites()).toEqual([]);
    const [again] = await h.host().readGrids("sheet", noProgress, never);
    const mapping = columnMapOf(loaded.columnMaps, sheet);
    expect(mapping).toEqual({ budget: 3, amountActual: 4 });
    const report = runAudit(again as Grid, { rules: DEFAULT_RULES, ...(mapping ? { mapping } : {}) });
    const mapped = (report.account?.blocks ?? []).flatMap((b) => b.columns).filter((c) => c.mapped);
    expect(mapped.map((c) => [c.col, c.role])).toEqual(expect.arrayContaining([[3, "budget"], [4, "amountActual"]]));
  }, 60_000);
});

describe("reading a sheet costs the same for 100 and 10,000 rows, in both hosts", () => {
  /** [host, what is counted, a reader of `rows` rows returning the count]. */
  const READERS: [string, string, (rows: number) => Promise<number>][] = [
    [
      "Excel (Office.js fake)",
      "context.sync() round trips",
      async (rows) => {
        const fake = installExcel(makeWorkbook([lineItemSheet(rows)]));
        await createExcelHost().readGrids("sheet", noProgress, never);
        return fake.stats.syncs;
      },
    ],
    [
      "WPS (ET fake)",
      "object-model calls",
      async (rows) => {
        const fake = fakeEt(makeEtWorkbook([etSheetOfFake(lineItemSheet(rows))]));
        const grids = await createWpsHost({ application: () => fake.Application as never }).readGrids("sheet", noProgress, never);
        expect(grids[0]?.rowCount).toBe(rows + 4);
        return fake.stats.calls;
      },
    ],
  ];

  it.each(READERS)("%s: %s", async (_host, _what, read) => {
    const small = await read(100);
    const large = await read(10_000);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  }, 60_000);
});
