/**
 * Compiles one src/ entry (and what it imports) to CommonJS in a temp dir, for benchmarks that time
 * source modules directly rather than a bundle. The temp dir is removed when the process exits.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** Returns a require() for the compiled tree: `load("core/audit.js")`. */
function compileSource(entry) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  const program = ts.createProgram([path.join(ROOT, "src", entry)], {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    rootDir: path.join(ROOT, "src"),
    outDir,
    types: [],
    skipLibCheck: true,
    noEmitOnError: false,
  });
  if (program.emit().emitSkipped) throw new Error(`TypeScript emitted nothing for src/${entry}`);
  // The compiled tree lives in a temp dir: let its imports of packages (@formulajs/formulajs) find the project's.
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(outDir, "node_modules"), "dir");
  process.on("exit", () => fs.rmSync(outDir, { recursive: true, force: true }));
  return (compiled) => require(path.join(outDir, compiled));
}

module.exports = { compileSource, ROOT };
