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
const { lineItemData } = require("./lib/workbooks");

const i = process.argv.indexOf("--runs");
const RUNS = i >= 0 ? Number(process.argv[i + 1]) : 5;

function loadCore() {
  const load = compileSource("core/audit.ts");
  return { audit: load("core/audit.js"), grid: load("core/grid/grid.js") };
}

/** The shared generated line-item table (lib/workbooks.js) as a Grid. */
function lineItemGrid(Grid, n) {
  const data = lineItemData(n);
  const rowFormats = [null, null, ...data.formats, null, null];
  const rows = [[data.title], [null, null, null, null, null, null, data.unitNote], data.header, ...data.items];
  rows.push(["合计", "", data.totals.budget, data.totals.spent, data.totals.rate, "", ""]);
  const formats = rows.map((_, i) => (i < 3 ? [] : rowFormats));
  return new Grid({ sheet: "项目支出明细", rows, formats, merges: [{ top: 1, left: 1, bottom: 1, right: 7 }] });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main() {
  const { audit, grid } = loadCore();
  const sizes = [50000, 100000, 200000];
  const results = [];
  // Warm the JIT on a separate grid first, so the first size measured is not also the coldest.
  const warm = lineItemGrid(grid.Grid, 50000);
  for (let k = 0; k < 3; k++) audit.runAudit(warm);
  for (const n of sizes) {
    const g = lineItemGrid(grid.Grid, n);
    audit.runAudit(g); // warm-up
    const times = [];
    let findings = 0;
    for (let r = 0; r < RUNS; r++) {
      const t0 = process.hrtime.bigint();
      const report = audit.runAudit(g);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      findings = report.findings.length;
    }
    const ms = median(times);
    results.push({ n, ms });
    console.log(`runAudit ${String(n).padStart(6)} rows: ${ms.toFixed(1)} ms, ${Math.round((n / ms) * 1000).toLocaleString("en-US")} rows/s, ${findings} findings`);
  }
  const growth = results[2].ms / results[0].ms;
  const linear = growth <= 4 * 1.25;
  console.log(`growth 50k → 200k rows: ${growth.toFixed(2)}× (linear is 4.00×; goal: linear) ${linear ? "OK" : "MISSED"}`);
  console.log(`machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, node ${process.version}`);
}

main();
