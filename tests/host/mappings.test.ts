/** Column roles picked per sheet: validated when read back, shared by the pane, the web page and the CLI's --map. */
import { columnMapOf, normaliseSettings, parseColumnMaps, parseMapSpecs, parseSettings, storedSettings, withColumnRole, DEFAULT_SETTINGS } from "../../src/host";

describe("column maps", () => {
  it("keeps valid picks and leaves out bad sheets, letters and roles", () => {
    expect(parseColumnMaps({ 明细: { c: "budget", D: "actual", "1": "rate", E: "nonsense", F: "ignore" }, 空: {}, bad: "x" })).toEqual({ 明细: { C: "budget", D: "amountActual", F: "ignore" } });
    expect(parseColumnMaps(["x"])).toEqual({});
    expect(parseColumnMaps(null)).toEqual({});
  });

  it("gives runAudit role → column numbers, the sheet's own before those for every sheet", () => {
    const maps = { 明细: { C: "budget" as const, AA: "amountActual" as const }, "*": { B: "name" as const } };
    expect(columnMapOf(maps, "明细")).toEqual({ budget: 3, amountActual: 27 });
    expect(columnMapOf(maps, "其他")).toEqual({ name: 2 });
    expect(columnMapOf({}, "明细")).toBeUndefined();
  });

  it("moves a role to the column it was picked for, and takes a pick away", () => {
    let maps = withColumnRole(undefined, "明细", 3, "budget");
    maps = withColumnRole(maps, "明细", 4, "amountActual");
    expect(maps).toEqual({ 明细: { C: "budget", D: "amountActual" } });
    expect(withColumnRole(maps, "明细", 5, "budget")).toEqual({ 明细: { D: "amountActual", E: "budget" } });
    expect(withColumnRole(maps, "明细", 3, "rate")).toEqual({ 明细: { C: "rate", D: "amountActual" } });
    expect(withColumnRole(withColumnRole(maps, "明细", 3, null), "明细", 4, null)).toEqual({});
    // Any number of columns may be read past.
    const ignored = withColumnRole(withColumnRole(maps, "明细", 5, "ignore"), "明细", 6, "ignore");
    expect(ignored).toEqual({ 明细: { C: "budget", D: "amountActual", E: "ignore", F: "ignore" } });
    expect(columnMapOf(ignored, "明细")).toEqual({ budget: 3, amountActual: 4, ignored: [5, 6] });
  });

  it("parses --map specs and a --map-file, and throws on a bad entry", () => {
    expect(parseMapSpecs(["明细!D=actual,E=rate", "B=item"], { 指标: { f: "weight" } })).toEqual({ 明细: { D: "amountActual", E: "rate" }, "*": { B: "name" }, 指标: { F: "weight" } });
    expect(() => parseMapSpecs(["明细!D=nonsense"])).toThrow("--map");
    expect(() => parseMapSpecs(["明细!4=budget"])).toThrow("--map");
  });

  it("round-trips through the stored settings, and settings without picks get no field", () => {
    const settings = { ...DEFAULT_SETTINGS, columnMaps: { 明细: { C: "budget" as const } } };
    expect(parseSettings(JSON.parse(JSON.stringify(storedSettings(settings))))).toEqual(settings);
    expect(storedSettings(DEFAULT_SETTINGS)).not.toHaveProperty("columnMaps");
    expect(normaliseSettings({ ...DEFAULT_SETTINGS, columnMaps: { 明细: { C: "bogus" } } })).not.toHaveProperty("columnMaps");
  });
});
