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

/**
 * Returns a require() for the compiled tree: `load("core/audit.js")`. `entry` may be a list, compiled as one
 * tree; `srcRoot` compiles another copy of src (an older commit's, see lib/baseline.js) the same way.
 */
function compileSource(entry, srcRoot = path.join(ROOT, "src")) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  const entries = [].concat(entry);
  const program = ts.createProgram(entries.map((e) => path.join(srcRoot, e)), {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    rootDir: srcRoot,
    outDir,
    types: [],
    skipLibCheck: true,
    noEmitOnError: false,
  });
  if (program.emit().emitSkipped) throw new Error(`TypeScript emitted nothing for ${entries.join(", ")} under ${srcRoot}`);
  // The compiled tree lives in a temp dir: let its imports of packages (@formulajs/formulajs) find the project's.
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(outDir, "node_modules"), "dir");
  process.on("exit", () => fs.rmSync(outDir, { recursive: true, force: true }));
  return (compiled) => require(path.join(outDir, compiled));
}

module.exports = { compileSource, ROOT };
