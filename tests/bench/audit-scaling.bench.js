#!/usr/bin/env node
/**
 * Audit engine part 6(b): runAudit alone on generated line-item grids of 50k, 100k and 200k rows.
 * Prints rows per second and how the time grows from 50k to 200k rows (linear growth is 4.0×).
 * src/core/audit.ts is compiled once into a temp dir (lib/compile.js). Median of several runs.
 *
 *   node tests/bench/audit-scaling.bench.js [--runs 5]
 */
"use strict";
const os = require("os");
const { compileSource } = require("./lib/compile");
const { lineItemGridInit } = require("./lib/workbooks");
const { median } = require("./lib/common");

const i = process.argv.indexOf("--runs");
const RUNS = i >= 0 ? Number(process.argv[i + 1]) : 5;
const SMOKE = process.env.BENCH_SMOKE === "1";

function loadCore() {
  const load = compileSource("core/rules/index.ts");
  const loadAudit = compileSource("core/audit.ts");
  const rules = load("core/rules/index.js");
  const audit = loadAudit("core/audit.js");
  return { run: (g) => audit.runAudit(g, { rules: rules.DEFAULT_RULES }), grid: loadAudit("core/grid/grid.js") };
}

/** The shared generated line-item table (lib/workbooks.js) as a Grid. */
function lineItemGrid(Grid, n) {
  return new Grid(lineItemGridInit(n));
}

function main() {
  const { run, grid } = loadCore();
  const sizes = SMOKE ? [500, 1000, 2000] : [50000, 100000, 200000];
  const results = [];
  // Warm the JIT on a separate grid first, so the first size measured is not also the coldest.
  const warm = lineItemGrid(grid.Grid, sizes[0]);
  for (let k = 0; k < 3; k++) run(warm);
  for (const n of sizes) {
    const g = lineItemGrid(grid.Grid, n);
    run(g); // warm-up
    const times = [];
    let findings = 0;
    for (let r = 0; r < RUNS; r++) {
      const t0 = process.hrtime.bigint();
      const report = run(g);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      findings = report.findings.length;
    }
    const ms = median(times);
    if (findings === 0) throw new Error(`the audit found nothing on ${n} generated rows: the benchmark is measuring nothing`);
    results.push({ n, ms });
    console.log(`runAudit ${String(n).padStart(6)} rows: ${ms.toFixed(1)} ms, ${Math.round((n / ms) * 1000).toLocaleString("en-US")} rows/s, ${findings} findings`);
  }
  const growth = results[2].ms / results[0].ms;
  const linear = growth <= 4 * 1.25;
  const verdict = SMOKE ? "(smoke: not judged)" : linear ? "OK" : "MISSED";
  console.log(`growth ${sizes[0]} → ${sizes[2]} rows: ${growth.toFixed(2)}× (linear is 4.00×; goal: linear) ${verdict}`);
  console.log(`machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, node ${process.version}`);
}

main();
