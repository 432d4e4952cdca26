#!/usr/bin/env node
/**
 * Issue 4 part 3: the Office.js adapter (src/excel) over the fake Excel of tests/excel, on 10,000-
 * and 100,000-row line-item sheets. For each it prints
 *   - the context.sync() calls of one audit (read + highlight), on the web (4 MB payload budget)
 *     and on Windows/Mac (no payload limit); goal: constant in the row count, within the budget;
 *   - the time spent in the adapter (reading + conversion + highlighting, without the fake's own
 *     time inside sync, which stands for Excel's) against runAudit's own time; goal: adapter ≤ core.
 * The TypeScript it needs is compiled with `tsc --noCheck` into .tmp/ (type checking is
 * `npm run typecheck`'s job).
 *
 * Exits 0 even when a goal is missed (a miss is printed as MISSED); 2 when the bench itself fails.
 * BENCH_SMOKE=1 runs it once on tiny sheets and judges nothing, so `npm test` sees it still works.
 *
 *   node tests/bench/excel-adapter.bench.js [--rows 10000,100000] [--runs 5]
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { performance } = require("perf_hooks");
const { median } = require("./lib/common");

const ROOT = path.resolve(__dirname, "..", "..");
const ENTRIES = ["src/excel/host.ts", "src/core/audit.ts", "src/core/rules/index.ts", "tests/excel/install.ts", "tests/excel/workbooks.ts", "tests/excel/fake-excel.ts"];
/** Plain JavaScript the entries import; tsc resolves it through its .d.ts and does not emit it. */
const JS_DEPENDENCIES = ["tests/bench/lib/workbooks.js"];
const SMOKE = process.env.BENCH_SMOKE === "1";

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function compile(outDir) {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  const args = [
    tsc,
    "--outDir",
    outDir,
    "--rootDir",
    ROOT,
    "--module",
    "commonjs",
    "--target",
    "ES2020",
    "--moduleResolution",
    "node",
    "--esModuleInterop",
    "--resolveJsonModule",
    "--skipLibCheck",
    "--noCheck",
    "--types",
    "node",
    ...ENTRIES.map((e) => path.join(ROOT, e)),
  ];
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  for (const js of JS_DEPENDENCIES) {
    fs.mkdirSync(path.dirname(path.join(outDir, js)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, js), path.join(outDir, js));
  }
  const load = (p) => require(path.join(outDir, p));
  return {
    host: load("src/excel/host.js"),
    audit: load("src/core/audit.js"),
    rules: load("src/core/rules/index.js"),
    install: load("tests/excel/install.js"),
    workbooks: load("tests/excel/workbooks.js"),
    fake: load("tests/excel/fake-excel.js"),
  };
}

/** One audit as the task pane runs it: read the sheet, runAudit, highlight the findings. */
async function auditOnce(m, rows, platform) {
  const data = m.fake.makeWorkbook([m.workbooks.lineItemSheet(rows)]);
  const excel = m.install.installExcel(data, { platform });
  try {
    const host = m.host.createExcelHost();
    const never = new globalThis.AbortController().signal;

    let fake0 = excel.stats.fakeMs;
    let t0 = performance.now();
    const grids = await host.readGrids("sheet", () => {}, never);
    const read = performance.now() - t0 - (excel.stats.fakeMs - fake0);
    const readSyncs = excel.stats.syncs;

    t0 = performance.now();
    const findings = [];
    for (const g of grids) findings.push(...m.audit.runAudit(g, { rules: m.rules.DEFAULT_RULES }).findings);
    const core = performance.now() - t0;

    fake0 = excel.stats.fakeMs;
    t0 = performance.now();
    await host.highlight(findings, "zh-CN");
    const highlight = performance.now() - t0 - (excel.stats.fakeMs - fake0);
    return { read, core, highlight, findings: findings.length, readSyncs, highlightSyncs: excel.stats.syncs - readSyncs };
  } finally {
    m.install.uninstallExcel();
  }
}

async function main() {
  const sizes = String(option("--rows", SMOKE ? "50,200" : "10000,100000"))
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const runs = SMOKE ? 1 : Number(option("--runs", 5));
  const cpu = os.cpus()[0];
  process.stdout.write(`machine: ${cpu ? cpu.model : "unknown CPU"}, ${os.cpus().length} cores, node ${process.version}\n`);

  // Inside the project, so the compiled files resolve node_modules (office-addin-mock, typescript's helpers).
  fs.mkdirSync(path.join(ROOT, ".tmp"), { recursive: true });
  const outDir = fs.mkdtempSync(path.join(ROOT, ".tmp", "excel-bench-"));
  try {
    const m = compile(outDir);
    // Warm the JIT so the first size is not charged for compilation.
    await auditOnce(m, SMOKE ? 20 : 2000, "OfficeOnline");

    // An audit is reading the sheet and running the core; highlighting is a separate click, reported apart.
    const syncs = { OfficeOnline: [], PC: [] };
    for (const rows of sizes) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await auditOnce(m, rows, "PC"));
      const web = await auditOnce(m, rows, "OfficeOnline");
      const pc = results[0];
      // Zero findings means the generated sheet or the audit broke: that is a failed bench, not a result.
      if (pc.findings === 0 || web.findings === 0) throw new Error(`no findings on ${rows} rows: the generated sheet or the audit is broken`);
      syncs.OfficeOnline.push(web.readSyncs);
      syncs.PC.push(pc.readSyncs);

      const read = median(results.map((r) => r.read));
      const highlight = median(results.map((r) => r.highlight));
      const core = median(results.map((r) => r.core));
      // Tiny smoke sizes time nothing meaningful, so they get no verdict.
      const verdict = SMOKE ? "(smoke run: not judged)" : read <= core ? "ok" : "MISSED";
      process.stdout.write(
        `${rows} rows × 7 columns, ${pc.findings} findings:\n` +
          `  syncs per audit: Windows/Mac ${pc.readSyncs}, web ${web.readSyncs}\n` +
          `  audit outside the core (read + conversion) ${read.toFixed(1)} ms vs runAudit ${core.toFixed(0)} ms: ` +
          `ratio ${(read / core).toFixed(2)} (goal ≤ 1) ${verdict}\n` +
          `  highlight of ${pc.findings} findings (separate action): ${highlight.toFixed(0)} ms, ${(highlight / core).toFixed(2)}× runAudit; ` +
          `syncs Windows/Mac ${pc.highlightSyncs}, web ${web.highlightSyncs}\n`,
      );
    }
    const constant = (xs) => xs.every((x) => x === xs[0]);
    process.stdout.write(
      `audit syncs constant across sizes: Windows/Mac ${syncs.PC.join(", ")} ${constant(syncs.PC) ? "ok" : "MISSED"}; ` +
        `web ${syncs.OfficeOnline.join(", ")} ${constant(syncs.OfficeOnline) ? "ok" : "(more only where the 4 MB payload limit forces them)"}\n`,
    );
  } finally {
    if (!process.env.KEEP_BENCH) fs.rmSync(outDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`bench failed: ${e && e.stderr ? String(e.stderr) : ""}${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
