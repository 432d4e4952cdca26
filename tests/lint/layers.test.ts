/**
 * The floors of src (core → host → adapters → UI and apps) are enforced by eslint.config.mjs. Each case
 * lints one import as if it sat in a file of that folder and expects the ban to fire, or not.
 */
import { boundaryOnly, lint } from "../helpers/lint";

/** [file, import, banned?] */
const CASES: [string, string, boolean][] = [
  // Adapters import core and host only: never each other, never the UI or the apps.
  ["src/excel/x.ts", "../xlsx/highlight", true],
  ["src/excel/x.ts", "../taskpane/i18n", true],
  ["src/excel/x.ts", "../web/csv", true],
  ["src/excel/x.ts", "../cli/render", true],
  ["src/xlsx/x.ts", "../excel/read", true],
  ["src/xlsx/x.ts", "../taskpane/i18n", true],
  ["src/functions/x.ts", "../excel/read", true],
  ["src/functions/x.ts", "../taskpane/office-env", true],
  ["src/functions/x.ts", "../wps/host", true],
  ["src/wps/x.ts", "../excel/backup", true],
  ["src/wps/x.ts", "../functions/wps", true],
  ["src/wps/x.ts", "../taskpane/i18n", true],
  ["src/wps/x.ts", "../web/csv", true],
  ["src/excel/x.ts", "../wps/host", true],
  ["src/wps/x.ts", "../host", false],
  ["src/wps/x.ts", "../core/grid/grid", false],
  ["src/excel/x.ts", "../host", false],
  ["src/excel/x.ts", "../core/messages", false],
  ["src/xlsx/x.ts", "../host/marks", false],
  // The contract imports core only.
  ["src/host/x.ts", "../excel/read", true],
  ["src/host/x.ts", "../taskpane/i18n", true],
  ["src/host/x.ts", "../core/audit", false],
  // The panel talks to hosts through the contract; its entry alone wires in Excel.
  ["src/taskpane/components/x.tsx", "../../excel/host", true],
  ["src/taskpane/hooks/x.ts", "../../xlsx", true],
  ["src/taskpane/x.ts", "../web/host", true],
  ["src/taskpane/x.ts", "../host", false],
  // …and of the adapters only src/docx, the host-neutral report writer and reader.
  ["src/taskpane/components/x.tsx", "../../docx/write", false],
  ["src/taskpane/components/x.tsx", "../../docx/read", false],
  ["src/taskpane/components/x.tsx", "../../xlsx/highlight", true],
  ["src/taskpane/index.tsx", "../excel/host", false],
  ["src/taskpane/wps-index.tsx", "../wps/host", false],
  ["src/taskpane/x.ts", "../wps/host", true],
  ["src/taskpane/components/x.tsx", "../../wps/host", true],
  ["src/web/x.ts", "../wps/host", true],
  // The apps over files use the file adapters, never Excel or each other.
  ["src/web/x.ts", "../excel/host", true],
  ["src/web/x.ts", "../cli/render", true],
  ["src/web/x.ts", "../xlsx", false],
  ["src/web/x.ts", "../taskpane/components/CheckerPanel", false],
  ["src/cli/x.ts", "../excel/host", true],
  ["src/cli/x.ts", "../taskpane/i18n", true],
  ["src/cli/x.ts", "../web/csv", true],
  ["src/cli/x.ts", "../xlsx", false],
  // The core imports nothing above it.
  ["src/core/x.ts", "../host", true],
  ["src/core/rules/x.ts", "../../web/csv", true],
];

describe("import floors of src (eslint.config.mjs)", () => {
  let results: string[][];

  beforeAll(() => {
    const raw = lint(CASES.map(([filePath, from]) => ({ filePath, code: `import * as m from "${from}";\nexport { m };\n` })));
    expect(raw.flat().filter((m) => m.ruleId === null)).toEqual([]);
    results = raw.map((messages) => boundaryOnly(messages).map((m) => m.ruleId as string));
  }, 90_000);

  it.each(CASES.map(([file, from, banned], i) => [file, from, banned, i] as const))("%s importing %s: banned = %p", (_file, _from, banned, i) => {
    expect(results[i]?.includes("no-restricted-imports")).toBe(banned);
  });
});

/** [file, code, banned?]: the WPS globals, outside src/wps. */
const GLOBALS: [string, string, boolean][] = [
  ["src/taskpane/x.ts", "export const a = Application.ActiveWorkbook;\n", true],
  ["src/functions/x.ts", "export const a = wps.AddCustomFunction;\n", true],
  ["src/core/x.ts", "export const a = Application;\n", true],
  ["src/web/x.ts", "export const a = wps;\n", true],
  ["src/wps/x.ts", "export const a = Application.ActiveWorkbook;\n", false],
];

describe("only src/wps touches the WPS object model (eslint.config.mjs)", () => {
  let results: string[][];

  beforeAll(() => {
    const raw = lint(GLOBALS.map(([filePath, code]) => ({ filePath, code: `/* global Application, wps */\n${code}` })));
    results = raw.map((messages) => boundaryOnly(messages).map((m) => m.ruleId as string));
  }, 90_000);

  it.each(GLOBALS.map(([file, code, banned], i) => [file, code.trim(), banned, i] as const))("%s: %s banned = %p", (_file, _code, banned, i) => {
    expect(results[i]?.includes("no-restricted-globals")).toBe(banned);
  });
});
