#!/usr/bin/env node
/**
 * Issue 9's performance goal: runAudit on the 50,000-row line-item sheet is no slower than before issue 9's work.
 * Times today's src/core and the src/core of the commit before issue 9 (the parent of the first commit that
 * touched src/core/vocabulary; --baseline or BENCH_BASELINE names another) side by side in this one run: both
 * compiled the same way (lib/compile.js), each on its own Grid of the same generated table, runs interleaved
 * and alternating which goes first; medians compared. Goal ≤ 1.0: a miss prints MISSED, never a failure.
 * Also prints the ratio with only the rules the baseline had, which tells the cost of the rules added since
 * from the cost of the engine. Without the git history (a shallow clone) it says so and times today's alone.
 *
 *   node tests/bench/audit-vs-baseline.bench.js [--rows 50000] [--runs 7] [--baseline <commit>]
 */
"use strict";
const os = require("os");
const { compileSource } = require("./lib/compile");
const { commitBefore, extractCore } = require("./lib/baseline");
const { lineItemGridInit } = require("./lib/workbooks");
const { median } = require("./lib/common");

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const SMOKE = process.env.BENCH_SMOKE === "1";
const ROWS = Number(arg("--rows", SMOKE ? 300 : 50000));
const RUNS = Number(arg("--runs", SMOKE ? 1 : 7));
const GOAL = 1.0;

/** One compiled src/core: runAudit with its default rules (or the given ids) and its Grid class. */
function loadCore(srcRoot) {
  const load = compileSource(["core/audit.ts", "core/rules/index.ts"], srcRoot);
  const audit = load("core/audit.js");
  const rules = load("core/rules/index.js");
  return {
    Grid: load("core/grid/grid.js").Grid,
    ruleIds: rules.DEFAULT_RULE_IDS,
    runner: (ids) => {
      const list = ids ? rules.rulesById(ids) : rules.DEFAULT_RULES;
      return (g) => audit.runAudit(g, { rules: list });
    },
  };
}

/** The shared generated table (lib/workbooks.js) as a Grid of the given tree. */
function lineItemGrid(Grid, n) {
  return new Grid(lineItemGridInit(n));
}

/** Runs every contestant RUNS times, interleaved, the order rotating each round; median ms and findings of each. */
function race(contestants) {
  for (const c of contestants) for (let k = 0; k < 2; k++) c.run(c.grid); // warm-up
  const times = contestants.map(() => []);
  const findings = contestants.map(() => 0);
  for (let r = 0; r < RUNS; r++) {
    for (let k = 0; k < contestants.length; k++) {
      const i = (k + r) % contestants.length;
      const c = contestants[i];
      const t0 = process.hrtime.bigint();
      const report = c.run(c.grid);
      times[i].push(Number(process.hrtime.bigint() - t0) / 1e6);
      findings[i] = report.findings.length;
    }
  }
  return contestants.map((c, i) => {
    if (findings[i] === 0) throw new Error(`${c.name}: the audit found nothing on ${ROWS} generated rows: the benchmark is measuring nothing`);
    return { name: c.name, ms: median(times[i]), findings: findings[i] };
  });
}

function main() {
  const now = loadCore(undefined);
  let commit = arg("--baseline", process.env.BENCH_BASELINE);
  let before = null;
  let why = "";
  try {
    commit = commit || commitBefore("src/core/vocabulary");
    const tree = extractCore(commit);
    if (tree.error) why = tree.error;
    else {
      commit = tree.commit;
      before = loadCore(tree.srcRoot);
    }
  } catch (e) {
    why = String(e && e.stderr ? String(e.stderr).trim().split("\n")[0] : e && e.message ? e.message : e);
  }
  const verdict = (ratio) => (SMOKE ? "(smoke: not judged)" : ratio <= GOAL ? "OK" : "MISSED");
  const line = (r) => `${r.ms.toFixed(1)} ms (${r.findings} findings)`;
  if (!before) {
    const [today] = race([{ name: "today", run: now.runner(), grid: lineItemGrid(now.Grid, ROWS) }]);
    console.log(`runAudit ${ROWS} rows today: ${line(today)}`);
    console.log(`baseline skipped: the commit before issue 9 is not available here (${why || "no git history"}); a full clone has it`);
  } else {
    const shared = before.ruleIds.filter((id) => now.ruleIds.includes(id));
    const [today, then, sameRules] = race([
      { name: "today", run: now.runner(), grid: lineItemGrid(now.Grid, ROWS) },
      { name: `before issue 9 (${commit})`, run: before.runner(), grid: lineItemGrid(before.Grid, ROWS) },
      { name: "today, the baseline's rules only", run: now.runner(shared), grid: lineItemGrid(now.Grid, ROWS) },
    ]);
    const ratio = today.ms / then.ms;
    console.log(`runAudit ${ROWS} rows, default rules: today ${line(today)}; before issue 9 (${commit}) ${line(then)}`);
    console.log(`ratio today ÷ before issue 9: ${ratio.toFixed(2)}× (goal ≤ ${GOAL.toFixed(1)}) ${verdict(ratio)}`);
    console.log(`  with only the ${shared.length} rules the baseline had (today ${now.ruleIds.length}): ${line(sameRules)}, ${(sameRules.ms / then.ms).toFixed(2)}× before`);
  }
  const load = os.loadavg().map((x) => x.toFixed(2)).join(" ");
  console.log(`machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, node ${process.version}, load average ${load}, ${RUNS} runs each, interleaved`);
}

main();
