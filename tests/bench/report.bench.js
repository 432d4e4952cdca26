/**
 * Draft and cross-check of the 40-item Qingdao workbook (read in place from ../shared/fixtures) against
 * the audit of the same workbook, in CPU time per run, side by side in one process. Goal: each well under
 * a second of CPU.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { compileSource, ROOT } = require("./lib/compile");

// The compiled tree lives in a temp dir; let it find exceljs, docx and mammoth in the project's node_modules.
process.env.NODE_PATH = [path.join(ROOT, "node_modules"), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
require("module").Module._initPaths();

const FIXTURE = path.resolve(ROOT, "..", "shared", "fixtures", "qingdao-2019-safety-fund.xlsx");
const SEED = path.resolve(ROOT, "..", "shared", "seeds", "000_4c7fd10a856f9691.txt");

function cpuMs(fn, runs) {
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000 / runs;
}

async function cpuMsAsync(fn, runs) {
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) await fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000 / runs;
}

(async () => {
  if (!fs.existsSync(FIXTURE)) throw new Error(`fixture missing: ${FIXTURE}`);
  const load = compileSource("cli/report.ts");
  const { readWorkbook } = load("xlsx/index.js");
  const core = load("core/audit.js");
  const { DEFAULT_RULES } = load("core/rules/index.js");
  const runAudit = (g) => core.runAudit(g, { rules: DEFAULT_RULES });
  const report = load("core/report/index.js");
  const { writeReportDocx } = load("docx/write.js");
  const grids = readWorkbook(new Uint8Array(fs.readFileSync(FIXTURE))).grids;
  const seed = fs.readFileSync(SEED, "utf8");
  const findings = grids.flatMap((g) => runAudit(g).findings);
  const describe = (f) => f.message;
  const runs = 50;
  // Warm-up, so the JIT has seen every path before timing.
  for (let i = 0; i < 5; i++) {
    grids.forEach((g) => runAudit(g));
    report.crosscheckReport(seed, report.collectFacts(grids, findings));
    await writeReportDocx(report.draftReport(grids, findings, { kind: "project" }), { describe });
  }
  const audit = cpuMs(() => grids.forEach((g) => runAudit(g)), runs);
  const model = cpuMs(() => report.draftReport(grids, findings, { kind: "project" }), runs);
  const docx = await cpuMsAsync(() => writeReportDocx(report.draftReport(grids, findings, { kind: "project" }), { describe }), 20);
  const cross = cpuMs(() => report.crosscheckReport(seed, report.collectFacts(grids, findings)), runs);
  const line = (name, ms) => console.log(`${name.padEnd(34)} ${ms.toFixed(2).padStart(8)} ms CPU  ${(ms / audit).toFixed(1).padStart(6)} × audit`);
  console.log(`40-item workbook (${path.basename(FIXTURE)}, ${grids.length} sheets), CPU per run:`);
  line("audit (runAudit, every sheet)", audit);
  line("draft model (draftReport)", model);
  line("draft as .docx (model + docx)", docx);
  line("crosscheck of the seed report", cross);
  for (const [name, ms] of [["draft .docx", docx], ["crosscheck", cross]]) {
    if (ms >= 1000) console.log(`MISSED: ${name} takes ${ms.toFixed(0)} ms of CPU, not well under a second`);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
