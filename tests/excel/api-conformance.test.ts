/**
 * Every Office.js member src/excel uses exists in the requirement sets the add-in requires, or sits
 * behind a named capability check. The baseline is the highest set of REQUIRED_SETS: checkRequirements()
 * gates every Excel.run on it, and the pane tells an older Excel what is missing. (The manifest itself
 * declares no ExcelApi set, so that Excel can still open the pane and say so instead of refusing silently.)
 * The table of members is the README's; `UPDATE_README=1 npx jest tests/excel/api-conformance` rewrites it.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { REQUIRED_SETS } from "../../src/excel/requirements";
import { capabilityChecks, excelMemberUses, memberTable, parseVersion, ROOT, unguarded, versionText } from "../helpers/api-conformance";

const EXCEL_DIR = path.join(ROOT, "src", "excel");
const REQUIREMENTS = path.join(EXCEL_DIR, "requirements.ts");
const BASELINE = parseVersion(REQUIRED_SETS[REQUIRED_SETS.length - 1]?.version ?? "1.1");
const README = path.join(ROOT, "README.md");
const START = "<!-- api-sets:start -->";
const END = "<!-- api-sets:end -->";

const excelFiles = (): string[] =>
  fs
    .readdirSync(EXCEL_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(EXCEL_DIR, f));

describe("Office.js API conformance of src/excel", () => {
  const uses = excelMemberUses(excelFiles());
  const checks = capabilityChecks(REQUIREMENTS);

  it("finds the members the adapter uses, with their sets", () => {
    expect(uses.length).toBeGreaterThan(20);
    expect(uses.map((u) => u.member)).toEqual(expect.arrayContaining(["Excel.Worksheet.getUsedRangeOrNullObject", "Excel.Range.values"]));
    expect(versionText(BASELINE)).toBe("1.13");
    expect(checks.get("notesSupported")).toEqual({ major: 1, minor: 18 });
  });

  it("uses nothing above the required sets except behind a capability check", () => {
    const bad = unguarded(uses, BASELINE, checks).map((u) => `${u.file}:${u.line} ${u.member} needs ExcelApi ${versionText(u.set)}`);
    expect(bad).toEqual([]);
  });

  it("fails for a planted file that uses a newer member without a guard, and passes once it is guarded", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-api-"));
    try {
      const planted = path.join(dir, "planted.ts");
      fs.writeFileSync(planted, 'export function add(context: Excel.RequestContext): void {\n  context.workbook.notes.add("A1", "x");\n}\n');
      const bad = unguarded(excelMemberUses([planted]), BASELINE, checks);
      expect(bad.map((u) => [u.member, versionText(u.set), u.line])).toEqual([["Excel.NoteCollection.add", "1.18", 2], ["Excel.Workbook.notes", "1.18", 2]]);
      fs.writeFileSync(planted, 'export function add(context: Excel.RequestContext): void {\n  context.workbook.notes.add("A1", "x"); // guarded: notesSupported()\n}\n');
      expect(unguarded(excelMemberUses([planted]), BASELINE, checks)).toEqual([]);
      // A guard that checks too low a set is no guard.
      fs.writeFileSync(planted, 'export function add(context: Excel.RequestContext): void {\n  context.workbook.notes.add("A1", "x"); // guarded: nothingSupported()\n}\n');
      expect(unguarded(excelMemberUses([planted]), BASELINE, checks)).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the README carries the table of members and sets", () => {
    const table = memberTable(uses, BASELINE);
    const text = fs.readFileSync(README, "utf8");
    const a = text.indexOf(START);
    const b = text.indexOf(END);
    if (process.env.UPDATE_README === "1" && a >= 0 && b > a) {
      fs.writeFileSync(README, `${text.slice(0, a + START.length)}\n${table}\n${text.slice(b)}`);
      return;
    }
    expect(a).toBeGreaterThanOrEqual(0);
    expect(text.slice(a + START.length, b).trim()).toBe(table);
  });
});
