/** host/settings: the one validator, and rules added after a workbook's settings were saved. */
import { DEFAULT_RULE_IDS } from "../../src/core/rules";
import { RULE_IDS } from "../../src/core/types";
import { DEFAULT_SETTINGS, parseSettings, storedSettings } from "../../src/host";

const OLD_DEFAULTS = ["low-execution", "unmet-target", "rate-mismatch", "total-mismatch", "weight-sum", "score-mismatch", "missing-explanation", "grade-mismatch", "target-exceeded", "non-numeric-actual", "unit-mismatch", "over-budget", "rule-based-total"];

describe("parseSettings", () => {
  it("falls back to the defaults for anything missing, out of range or unknown", () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ lowRate: 2, explainRate: "x", rules: ["nope"] })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ lowRate: 0.95, explainRate: 0.9 }).lowRate).toBe(DEFAULT_SETTINGS.lowRate); // low above explain
  });

  it("settings saved by version 0.1 keep what was turned off and get the rules added since, at their default", () => {
    const saved = { lowRate: 0.5, explainRate: 0.8, rules: OLD_DEFAULTS.filter((id) => id !== "over-budget") };
    const s = parseSettings(JSON.parse(JSON.stringify(saved)));
    expect(s.rules).not.toContain("over-budget");
    expect(s.rules).not.toContain("execution-cap"); // off by default then and now
    const added = DEFAULT_RULE_IDS.filter((id) => !OLD_DEFAULTS.includes(id));
    expect(added.length).toBeGreaterThan(0);
    for (const id of added) expect(s.rules).toContain(id);
  });

  it("settings saved now remember the rules they knew: a rule turned off stays off, and they round-trip", () => {
    const now = { ...DEFAULT_SETTINGS, rules: DEFAULT_SETTINGS.rules.filter((id) => id !== "typed-total" && id !== "low-execution") };
    const stored = JSON.parse(JSON.stringify(storedSettings(now)));
    expect(stored.known).toEqual([...RULE_IDS]);
    expect(parseSettings(stored)).toEqual(now);
  });
});
