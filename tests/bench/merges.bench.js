#!/usr/bin/env node
/**
 * Issue 13: a small sheet with 20,000 and with 200,000 merged ranges (lib/workbooks.js writes them
 * from hand-made parts) through the built CLI's `runCli(["audit", file, "--json"])` in-process: each
 * audited in a few seconds, and the time growing at most 12× for the tenfold merges (linear is 10×).
 * Median of --runs; a missed goal prints MISSED and is not a failure.
 *
 *   npm run build && node tests/bench/merges.bench.js [--runs 3]
 *   (--rows N is accepted and ignored; BENCH_SMOKE=1 uses 200 and 2,000 merges)
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { mergedRangesWorkbook } = require("./lib/workbooks");
const { option, median, machine } = require("./lib/common");

const ROOT = path.resolve(__dirname, "..", "..");
const CLI = path.join(ROOT, "dist", "cli", "jixiao.js");
const GROWTH_GOAL = 12;
/** "A few seconds" for the larger file. */
const SECONDS_GOAL = 5;
const SMOKE = process.env.BENCH_SMOKE === "1";

async function main() {
  const runs = option("--runs", 3);
  if (!fs.existsSync(CLI)) {
    process.stderr.write(`bench: ${path.relative(ROOT, CLI)} is missing; run \`npm run build\` first.\n`);
    process.exitCode = 2;
    return;
  }
  const cli = require(CLI);
  const sizes = SMOKE ? [200, 2000] : [20000, 200000];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-merges-"));
  try {
    process.stdout.write(`machine: ${machine()}\n`);
    let out = "";
    const io = { stdout: (t) => (out = t), stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false, env: {} };
    const files = sizes.map((n) => {
      const file = path.join(dir, `merges-${n}.xlsx`);
      fs.writeFileSync(file, mergedRangesWorkbook(n));
      return file;
    });
    await cli.runCli(["audit", files[0], "--json"], io); // warm-up
    const times = sizes.map(() => []);
    for (let r = 0; r < runs; r++) {
      for (const [k, file] of files.entries()) {
        const t0 = process.hrtime.bigint();
        const code = await cli.runCli(["audit", file, "--json"], io);
        times[k].push(Number(process.hrtime.bigint() - t0) / 1e6);
        const report = JSON.parse(out);
        if (code === 2 || report.files[0].error) throw new Error(`${path.basename(file)} was not audited: ${JSON.stringify(report.files[0].error)}`);
      }
    }
    const ms = times.map(median);
    for (const [k, n] of sizes.entries()) {
      process.stdout.write(`${n.toLocaleString("en-US")} merges (${(fs.statSync(files[k]).size / 1024).toFixed(0)} KB): ${ms[k].toFixed(0)} ms (runs: ${times[k].map((x) => x.toFixed(0)).join(", ")})\n`);
    }
    const growth = ms[1] / ms[0];
    process.stdout.write(`growth ×${sizes[1] / sizes[0]} merges: ${growth.toFixed(1)}× (goal ≤ ${GROWTH_GOAL}×); largest ${(ms[1] / 1000).toFixed(1)} s (goal ≤ ${SECONDS_GOAL} s)\n`);
    if (!SMOKE && growth > GROWTH_GOAL) process.stdout.write("MISSED: the audit grows faster than linearly with the merges\n");
    if (!SMOKE && ms[1] > SECONDS_GOAL * 1000) process.stdout.write(`MISSED: ${sizes[1].toLocaleString("en-US")} merges take more than ${SECONDS_GOAL} s\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`bench failed: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
