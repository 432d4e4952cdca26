import { findingKey, isAccepted, legacyFindingKey, runAudit } from "../../src/core/audit";
import { renderFinding } from "../../src/core/messages";
import { DEFAULT_RULE_IDS, DEFAULT_RULES } from "../../src/core/rules";
import type { Finding } from "../../src/core/types";
import { createExcelHost } from "../../src/excel/host";
import { ACCEPTED_KEY, SETTINGS_KEY } from "../../src/excel/settings";
import { DEFAULT_SETTINGS, type AcceptedFinding, type Settings } from "../../src/host";
import { makeSheet, makeWorkbook, reopen, type FakeWorkbookData } from "./fake-excel";
import { installExcel, uninstallExcel } from "./install";
import { lineItemSheet } from "./workbooks";

afterEach(uninstallExcel);

const never = new AbortController().signal;

const SETTINGS: Settings = { lowRate: 0.5, explainRate: 0.8, rules: ["low-execution", "total-mismatch"], scoreTolerance: 1, executionWeight: 20 };

/** The findings of a generated line-item sheet, as the pane would get them. */
async function auditOf(data: FakeWorkbookData): Promise<Finding[]> {
  const grids = await createExcelHost().readGrids("workbook", () => undefined, never);
  expect(grids.length).toBe(data.sheets.length);
  return grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
}

function acceptedOf(f: Finding, reason = "项目已终止"): AcceptedFinding {
  return { key: findingKey(f), rule: f.rule, sheet: f.sheet, cell: f.cell, finding: f, reason, at: "2024-05-01T08:00:00.000Z" };
}

describe("settings and accepted findings live in the workbook", () => {
  it("round-trip through save and reopen, under namespaced keys, one sync each", async () => {
    const data = makeWorkbook([lineItemSheet(20)]);
    const fake = installExcel(data);
    const accepted = (await auditOf(data)).slice(0, 2).map((f) => acceptedOf(f));
    const syncs = fake.stats.syncs;
    const host = createExcelHost();
    expect(await host.loadSettings()).toEqual({});
    expect(await host.loadAccepted()).toEqual([]);
    await host.saveSettings(SETTINGS);
    await host.saveAccepted(accepted);
    expect(fake.stats.syncs - syncs).toBe(4);
    expect([...data.settings.keys()].sort()).toEqual([ACCEPTED_KEY, SETTINGS_KEY]);
    expect(typeof data.settings.get(SETTINGS_KEY)).toBe("string");

    uninstallExcel();
    installExcel(reopen(data));
    const again = createExcelHost();
    expect(await again.loadSettings()).toEqual(SETTINGS);
    expect(await again.loadAccepted()).toEqual(accepted);
  });

  it("keeps a finding accepted in a zh-CN session accepted in an en-US one, shown in English", async () => {
    const data = makeWorkbook([lineItemSheet(20)]);
    installExcel(data);
    const findings = await auditOf(data);
    const chosen = findings[0] as Finding;
    // zh-CN session: the user accepts the finding as the pane shows it in Chinese.
    expect(renderFinding(chosen, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    await createExcelHost().saveAccepted([acceptedOf(chosen)]);

    // en-US session on the saved workbook: the same audit, the stored keys, the stored data.
    uninstallExcel();
    const reopened = reopen(data);
    installExcel(reopened);
    const loaded = await createExcelHost().loadAccepted();
    const keys = new Set(loaded.map((a) => a.key));
    const again = await auditOf(reopened);
    expect(again.filter((f) => isAccepted(f, keys))).toEqual([chosen]);
    expect(again.filter((f) => !isAccepted(f, keys))).toHaveLength(findings.length - 1);
    const stored = loaded[0]?.finding as Finding;
    expect(stored).toEqual(chosen);
    const english = renderFinding(stored, "en-US");
    // English words around the sheet's own (Chinese) names and values.
    expect(english).toMatch(/[A-Za-z]{4,} [A-Za-z]{2,}/);
    expect(english).not.toBe(renderFinding(stored, "zh-CN"));
  });

  it("loads accepted lists saved by version 0.1 ({key, rule, sheet, cell, message, reason, at}) as accepted", async () => {
    const data = makeWorkbook([lineItemSheet(20)]);
    installExcel(data);
    const chosen = (await auditOf(data))[0] as Finding;
    const legacy = { key: legacyFindingKey(chosen), rule: chosen.rule, sheet: chosen.sheet, cell: chosen.cell, message: "执行率 30% 低于 60%", reason: "项目已终止", at: "2024-05-01T08:00:00.000Z" };
    data.settings.set(ACCEPTED_KEY, JSON.stringify([legacy]));
    const loaded = await createExcelHost().loadAccepted();
    expect(loaded).toEqual([{ key: legacy.key, rule: legacy.rule, sheet: legacy.sheet, cell: legacy.cell, savedText: legacy.message, reason: legacy.reason, at: legacy.at }]);
    const keys = new Set(loaded.map((a) => a.key));
    expect((await auditOf(data)).filter((f) => isAccepted(f, keys))).toEqual([chosen]);
  });

  it("replaces earlier values", async () => {
    const data = makeWorkbook([lineItemSheet(20)]);
    installExcel(data);
    const accepted = [acceptedOf((await auditOf(data))[0] as Finding)];
    const host = createExcelHost();
    await host.saveSettings(SETTINGS);
    await host.saveSettings({ ...SETTINGS, lowRate: 0.7 });
    await host.saveAccepted(accepted);
    await host.saveAccepted([]);
    expect((await host.loadSettings()).lowRate).toBe(0.7);
    expect(await host.loadAccepted()).toEqual([]);
  });

  it("falls back to the defaults for what it cannot use: damaged JSON, bad rates, unknown rules, incomplete entries", async () => {
    const data = makeWorkbook([lineItemSheet(20)]);
    installExcel(data);
    const good = acceptedOf((await auditOf(data))[0] as Finding);
    data.settings.set(SETTINGS_KEY, "{not json");
    data.settings.set(ACCEPTED_KEY, JSON.stringify([{ ...good, rule: "no-such-rule" }, { key: "x" }, good]));
    const host = createExcelHost();
    expect(await host.loadSettings()).toEqual({});
    expect(await host.loadAccepted()).toEqual([good]);
    data.settings.set(SETTINGS_KEY, JSON.stringify({ lowRate: 2, explainRate: 0.9, rules: ["low-execution", "bogus", 3] }));
    // Stored without the list of rules it knew, as version 0.1 did: the rules added since then start at their default.
    const loaded = await host.loadSettings();
    expect(loaded).toMatchObject({ lowRate: DEFAULT_SETTINGS.lowRate, explainRate: 0.9 });
    expect(loaded.rules).toContain("low-execution");
    expect(loaded.rules).not.toContain("rate-mismatch");
    expect(loaded.rules).toContain("short-sum");
    data.settings.set(ACCEPTED_KEY, JSON.stringify({}));
    expect(await host.loadAccepted()).toEqual([]);
  });

  it("accepts values stored as objects rather than JSON text", async () => {
    const data = makeWorkbook([makeSheet("表", [[1]])]);
    data.settings.set(SETTINGS_KEY, { lowRate: 0.4 });
    installExcel(data);
    expect(await createExcelHost().loadSettings()).toEqual({ ...DEFAULT_SETTINGS, lowRate: 0.4, rules: [...DEFAULT_RULE_IDS] });
  });
});
