#!/usr/bin/env node
/**
 * `npm run eval`: compiles tests/eval/main.ts (and what it imports from src/ and tests/helpers) to
 * CommonJS in a temp dir with the project's TypeScript, as the benchmarks do (tests/bench/lib/compile.js),
 * and runs it. Prints precision and recall per rule; exits non-zero only if a golden fixture claim broke.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..", "..");
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-eval-build-"));
process.on("exit", () => fs.rmSync(outDir, { recursive: true, force: true }));

const program = ts.createProgram([path.join(__dirname, "main.ts")], {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  resolveJsonModule: true,
  rootDir: ROOT,
  outDir,
  types: [],
  skipLibCheck: true,
  noEmitOnError: false,
});
if (program.emit().emitSkipped) throw new Error("TypeScript emitted nothing for tests/eval/main.ts");
fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(outDir, "node_modules"), "dir");
// The compiled helpers find ../shared/fixtures from the project, not from the temp dir.
process.env.JIXIAO_ROOT = ROOT;
require(path.join(outDir, "tests", "eval", "main.js"));
