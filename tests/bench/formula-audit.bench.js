#!/usr/bin/env node
/**
 * Formula-aware audit (issue 11): runAudit on the 50,000-row line-item grid with a formula in every
 * rate cell (=D{r}/C{r}, results saved) and SUMs in 合计, against the same grid without formulas.
 * Goal: within 1.5× of the plain sheet. Runs alternate between the two grids; medians are compared.
 *
 *   node tests/bench/formula-audit.bench.js [--rows 50000] [--runs 7]
 */
"use strict";
const os = require("os");
const { compileSource } = require("./lib/compile");
const { lineItemGridInit } = require("./lib/workbooks");
const { median } = require("./lib/common");

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const SMOKE = process.env.BENCH_SMOKE === "1";
const ROWS = arg("--rows", SMOKE ? 300 : 50000);
const RUNS = arg("--runs", SMOKE ? 1 : 7);
const GOAL = 1.5;

function loadCore() {
  const load = compileSource("core/audit.ts");
  const loadRules = compileSource("core/rules/index.ts");
  const audit = load("core/audit.js");
  const rules = loadRules("core/rules/index.js");
  return { run: (g) => audit.runAudit(g, { rules: rules.DEFAULT_RULES }), Grid: load("core/grid/grid.js").Grid };
}

/** The shared generated table as a Grid; with `formulas`, every rate is =D/C and 合计 sums its columns. */
function lineItemGrid(Grid, n, formulas) {
  const init = lineItemGridInit(n);
  if (formulas) {
    const f = init.rows.map(() => []);
    for (let r = 4; r < 4 + n; r++) f[r - 1][4] = `=D${r}/C${r}`;
    const total = 4 + n;
    f[total - 1][2] = `=SUM(C4:C${total - 1})`;
    f[total - 1][3] = `=SUM(D4:D${total - 1})`;
    f[total - 1][4] = `=D${total}/C${total}`;
    init.formulas = f;
  }
  return new Grid(init);
}

function time(run, g) {
  const t0 = process.hrtime.bigint();
  const report = run(g);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, findings: report.findings.length };
}

function main() {
  const { run, Grid } = loadCore();
  const plain = lineItemGrid(Grid, ROWS, false);
  const withFormulas = lineItemGrid(Grid, ROWS, true);
  // Warm the JIT on both, then alternate so drift hits both alike.
  for (let k = 0; k < (SMOKE ? 1 : 3); k++) {
    run(plain);
    run(withFormulas);
  }
  const a = [];
  const b = [];
  let fa = 0;
  let fb = 0;
  for (let r = 0; r < RUNS; r++) {
    const x = time(run, plain);
    const y = time(run, withFormulas);
    a.push(x.ms);
    b.push(y.ms);
    fa = x.findings;
    fb = y.findings;
  }
  if (fa === 0) throw new Error("the audit found nothing on the generated rows: the benchmark is measuring nothing");
  if (fb !== fa) throw new Error(`formulas changed the findings (${fa} → ${fb}): the two sheets should audit alike`);
  const ratio = median(b) / median(a);
  const verdict = SMOKE ? "(smoke: not judged)" : ratio <= GOAL ? "OK" : "MISSED";
  console.log(`runAudit ${ROWS} rows without formulas: ${median(a).toFixed(1)} ms; with a formula in every rate cell: ${median(b).toFixed(1)} ms (${fa} findings each)`);
  console.log(`ratio ${ratio.toFixed(2)}× (goal: ≤ ${GOAL}×) ${verdict}`);
  console.log(`machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, node ${process.version}`);
}

main();
