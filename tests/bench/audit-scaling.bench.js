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

const i = process.argv.indexOf("--runs");
const RUNS = i >= 0 ? Number(process.argv[i + 1]) : 5;

function loadCore() {
  const load = compileSource("core/audit.ts");
  return { audit: load("core/audit.js"), grid: load("core/grid/grid.js") };
}

/** A line-item table as finance staff keep it: title, unit note, header, items, a 合计 row. */
function lineItemGrid(Grid, n) {
  const rows = [["2019年度项目支出执行情况"], [null, null, null, null, null, null, "单位：万元"], ["序号", "项目名称", "预算数", "执行数", "执行率", "完成情况", "情况说明"]];
  const formats = [[], [], []];
  let budgets = 0;
  let actuals = 0;
  for (let k = 1; k <= n; k++) {
    const budget = 10 + (k % 97) * 3.5;
    // Every 7th item is low; every 11th has no explanation.
    const actual = Math.round(budget * (k % 7 === 0 ? 0.42 : 0.93) * 100) / 100;
    budgets += budget;
    actuals += actual;
    rows.push([k, `项目${k}`, budget, actual, Math.round((actual / budget) * 10000) / 10000, k % 13 === 0 ? "未完成" : "完成", k % 11 === 0 ? "" : "按计划执行"]);
    formats.push([null, null, "0.00", "0.00", "0.00%", null, null]);
  }
  rows.push(["合计", "", Math.round(budgets * 100) / 100, Math.round(actuals * 100) / 100, Math.round((actuals / budgets) * 10000) / 10000, "", ""]);
  formats.push([null, null, "0.00", "0.00", "0.00%", null, null]);
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
