/**
 * The import rule that keeps src/core host-neutral must actually fire. Each snippet is linted with the
 * project's eslint.config.mjs as if it were a file in src/core, and again in src/excel, where the
 * same code is allowed. (The ESLint Node API runs in tests/tools/lint-snippets.js; see why there.)
 */
import { boundaryOnly, lint, type LintMessage } from "../helpers/lint";

const HOST_SNIPPET = `import React from "react";
export async function paint(): Promise<unknown> {
  return Excel.run(async (context) => context.sync());
}
export const element = React.createElement("div");
`;

const FORBIDDEN_IMPORTS: [string, string][] = [
  ["exceljs", 'import ExcelJS from "exceljs";'],
  ["@fluentui/*", 'import { Button } from "@fluentui/react-components";'],
  ["office-addin-*", 'import { OfficeMockObject } from "office-addin-mock";'],
  ["@microsoft/office-js", 'import "@microsoft/office-js";'],
  ["node:*", 'import { readFileSync } from "node:fs";'],
  ["fs", 'import { readFileSync } from "fs";'],
  ["path", 'import { join } from "path";'],
  ["os", 'import { EOL } from "os";'],
  ["child_process", 'import { spawn } from "child_process";'],
  ["react-dom/*", 'import { createRoot } from "react-dom/client";'],
  ["a host folder", 'import { readGrid } from "../../excel/read";'],
  ["the host contract", 'import { HostError } from "../../host";'],
  ["the web page", 'import { findingsCsv } from "../../web/csv";'],
];

const GLOBALS_SNIPPET = `export const a = document.title;
export const b = window.innerWidth;
export const c = Office.context;
export type R = Excel.Range;
export const d = CustomFunctions.ErrorCode.invalidValue;
`;

const CORE_INTERNAL_SNIPPET = `import type { Grid } from "../grid/grid";
import { runAudit } from "../audit";
export { runAudit };
export type G = Grid;
`;

describe("src/core import boundary (eslint.config.mjs)", () => {
  let raw: LintMessage[][];
  let results: LintMessage[][];

  beforeAll(() => {
    raw = lint([
      { code: HOST_SNIPPET, filePath: "src/core/x.ts" },
      { code: HOST_SNIPPET, filePath: "src/excel/x.ts" },
      { code: GLOBALS_SNIPPET, filePath: "src/core/y.ts" },
      { code: CORE_INTERNAL_SNIPPET, filePath: "src/core/rules/x.ts" },
      ...FORBIDDEN_IMPORTS.map(([, code]) => ({ code: `${code}\nexport {};\n`, filePath: "src/core/parse/x.ts" })),
    ]);
    results = raw.map(boundaryOnly);
  }, 90_000);

  it("parses every snippet (a parse error would hide the rules)", () => {
    expect(raw.flat().filter((m) => m.ruleId === null)).toEqual([]);
  });

  it("reports a React import and Excel.run in src/core", () => {
    const found = (results[0] ?? []).map((m) => `${m.ruleId}@${m.line}`);
    expect(found).toContain("no-restricted-imports@1");
    expect(found).toContain("no-restricted-globals@3");
  });

  it("does not restrict the same code in src/excel", () => {
    expect(results[1]).toEqual([]);
  });

  it("reports DOM, Office and custom-function globals and Office types in src/core", () => {
    const lines = [...new Set((results[2] ?? []).map((m) => m.line))].sort();
    expect(lines).toEqual([1, 2, 3, 4, 5]);
  });

  it("allows imports inside the core", () => {
    expect(results[3]).toEqual([]);
  });

  it.each(FORBIDDEN_IMPORTS.map(([what], i) => [what, i] as const))("reports an import of %s in src/core", (_what, i) => {
    expect((results[4 + i] ?? []).map((m) => m.ruleId)).toContain("no-restricted-imports");
  });
});
