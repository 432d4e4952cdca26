import type { AcceptedFinding, Settings } from "../../src/taskpane/host";
import { createExcelHost } from "../../src/excel/host";
import { ACCEPTED_KEY, SETTINGS_KEY, toAccepted, toSettings } from "../../src/excel/settings";
import { makeSheet, makeWorkbook, reopen } from "./fake-excel";
import { installExcel, uninstallExcel } from "./install";

afterEach(uninstallExcel);

const SETTINGS: Settings = { lowRate: 0.5, explainRate: 0.8, rules: ["low-execution", "total-mismatch"] };
const ACCEPTED: AcceptedFinding[] = [
  {
    key: "low-execution|表|E5|low-execution",
    rule: "low-execution",
    sheet: "表",
    cell: "E5",
    message: "执行率 30% 低于 60%",
    reason: "项目已终止",
    at: "2024-05-01T08:00:00.000Z",
  },
];

describe("settings and accepted findings live in the workbook", () => {
  it("round-trip through save and reopen, under namespaced keys, one sync each", async () => {
    const data = makeWorkbook([makeSheet("表", [[1]])]);
    const fake = installExcel(data);
    const host = createExcelHost();
    expect(await host.loadSettings()).toEqual({});
    expect(await host.loadAccepted()).toEqual([]);
    await host.saveSettings(SETTINGS);
    await host.saveAccepted(ACCEPTED);
    expect(fake.stats.syncs).toBe(4);
    expect([...data.settings.keys()].sort()).toEqual([ACCEPTED_KEY, SETTINGS_KEY]);
    expect(typeof data.settings.get(SETTINGS_KEY)).toBe("string");

    uninstallExcel();
    installExcel(reopen(data));
    const again = createExcelHost();
    expect(await again.loadSettings()).toEqual(SETTINGS);
    expect(await again.loadAccepted()).toEqual(ACCEPTED);
  });

  it("replaces earlier values", async () => {
    const data = makeWorkbook([makeSheet("表", [[1]])]);
    installExcel(data);
    const host = createExcelHost();
    await host.saveSettings(SETTINGS);
    await host.saveSettings({ ...SETTINGS, lowRate: 0.7 });
    await host.saveAccepted(ACCEPTED);
    await host.saveAccepted([]);
    expect((await host.loadSettings()).lowRate).toBe(0.7);
    expect(await host.loadAccepted()).toEqual([]);
  });

  it("ignores what it cannot use: damaged JSON, bad rates, unknown rules, incomplete entries", async () => {
    const data = makeWorkbook([makeSheet("表", [[1]])]);
    data.settings.set(SETTINGS_KEY, "{not json");
    data.settings.set(ACCEPTED_KEY, JSON.stringify([{ ...ACCEPTED[0], rule: "no-such-rule" }, { key: "x" }, ACCEPTED[0]]));
    installExcel(data);
    const host = createExcelHost();
    expect(await host.loadSettings()).toEqual({});
    expect(await host.loadAccepted()).toEqual(ACCEPTED);
    expect(toSettings({ lowRate: 2, explainRate: 0.9, rules: ["low-execution", "bogus", 3] })).toEqual({ explainRate: 0.9, rules: ["low-execution"] });
    expect(toSettings("x")).toEqual({});
    expect(toAccepted({})).toEqual([]);
  });

  it("accepts values stored as objects rather than JSON text", async () => {
    const data = makeWorkbook([makeSheet("表", [[1]])]);
    data.settings.set(SETTINGS_KEY, { lowRate: 0.4 });
    installExcel(data);
    expect(await createExcelHost().loadSettings()).toEqual({ lowRate: 0.4 });
  });
});
