#!/usr/bin/env node
/**
 * Issue 13: a batch of 500 small workbooks (copies of ../shared/fixtures, made in a temp dir at run
 * time, never in the repository) through the built CLI, `audit DIR --json`, as a child process each
 * time (node start-up included, the same for both): files per second with `--jobs 1` and with one job
 * per core. Goal: the second at least 1.7× the first on 2 cores. Median of --runs; a missed goal
 * prints MISSED and is not a failure.
 *
 * Beside them, the machine's own ceiling for this work: one `--jobs 1` process per core at once, each on
 * its share of the files (separate processes share nothing: no pool, no main thread, no heap). Where
 * that is no faster than one process, no way of running the jobs inside one can be.
 *
 *   npm run build && node tests/bench/batch.bench.js [--files 500] [--runs 3] [--cli dist/cli/jixiao.js]
 *   (--rows N is accepted and ignored: the files are the fixtures as they are)
 */
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { option, median, machine } = require("./lib/common");

const ROOT = path.resolve(__dirname, "..", "..");
const CLI = process.argv.includes("--cli") ? path.resolve(process.argv[process.argv.indexOf("--cli") + 1] || "") : path.join(ROOT, "dist", "cli", "jixiao.js");
const FIXTURES = path.resolve(ROOT, "..", "shared", "fixtures");
const CPU_AT_EXIT = path.join(__dirname, "lib", "cpu-at-exit.js");
const GOAL = 1.7;
const SMOKE = process.env.BENCH_SMOKE === "1";

/** Runs the CLI over the folder; resolves with the wall time (ms) and the number of files in its JSON. */
function audit(dir, jobs) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const p = spawn(process.execPath, ["-r", CPU_AT_EXIT, CLI, "audit", dir, "--json", "--jobs", String(jobs)], { stdio: ["ignore", "pipe", "ignore", "pipe"] });
    const chunks = [];
    const usage = [];
    p.stdout.on("data", (d) => chunks.push(d));
    p.stdio[3].on("data", (d) => usage.push(d));
    p.on("error", reject);
    // "close", not "exit": both pipes are read to their end.
    p.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      try {
        const report = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        const failed = report.files.filter((f) => f.error).length;
        if (failed > 0) throw new Error(`${failed} files could not be audited`);
        const { cpuMs } = JSON.parse(Buffer.concat(usage).toString("utf8") || '{"cpuMs":null}');
        resolve({ ms, cpuMs, files: report.files.length, code });
      } catch (e) {
        reject(new Error(`jobs ${jobs}: exit ${code}, ${e.message}`));
      }
    });
  });
}

/** One `--jobs 1` CLI per folder, all at once; resolves with the wall time until the last is done and the files they reported. */
async function independent(dirs) {
  const t0 = process.hrtime.bigint();
  const results = await Promise.all(dirs.map((d) => audit(d, 1)));
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, files: results.reduce((n, r) => n + r.files, 0), cpuMs: results.reduce((n, r) => (n === null || r.cpuMs === null ? null : n + r.cpuMs), 0) };
}

async function main() {
  const count = SMOKE ? 10 : option("--files", 500);
  const runs = option("--runs", 3);
  if (!fs.existsSync(CLI)) {
    process.stderr.write(`bench: ${path.relative(ROOT, CLI)} is missing; run \`npm run build\` first.\n`);
    process.exitCode = 2;
    return;
  }
  const sources = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(FIXTURES, f));
  if (sources.length === 0) throw new Error(`no .xlsx fixtures in ${FIXTURES}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-batch-"));
  const shares = [];
  try {
    for (let i = 0; i < count; i++) {
      const src = sources[i % sources.length];
      fs.copyFileSync(src, path.join(dir, `${String(i).padStart(4, "0")}-${path.basename(src)}`));
    }
    const cores = os.cpus().length;
    // The same files dealt out into one folder per core, for the independent processes.
    for (let k = 0; k < cores; k++) shares.push(fs.mkdtempSync(path.join(os.tmpdir(), `jixiao-bench-share-${k}-`)));
    fs.readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .forEach((f, i) => fs.copyFileSync(path.join(dir, f), path.join(shares[i % cores], f)));
    process.stdout.write(`machine: ${machine()}\n`);
    process.stdout.write(`batch: ${count} copies of ${sources.map((s) => path.basename(s)).join(", ")}\n`);
    const one = [];
    const all = [];
    const apart = [];
    // Interleaved, so the other load on the machine hits both alike.
    for (let i = 0; i < runs; i++) {
      one.push(await audit(dir, 1));
      all.push(await audit(dir, cores));
      apart.push(await independent(shares));
    }
    for (const r of [...one, ...all, ...apart]) if (r.files !== count) throw new Error(`the CLI reported ${r.files} files, not ${count}`);
    const rate = (rs) => count / (median(rs.map((r) => r.ms)) / 1000);
    const fmt = (rs) => rs.map((r) => (r.ms / 1000).toFixed(1)).join(", ") + `; CPU, s: ${rs.map((r) => (r.cpuMs === null ? "?" : (r.cpuMs / 1000).toFixed(1))).join(", ")}`;
    const a = rate(one);
    const b = rate(all);
    process.stdout.write(`--jobs 1: ${a.toFixed(1)} files/s (runs, s: ${fmt(one)})\n`);
    process.stdout.write(`--jobs ${cores}: ${b.toFixed(1)} files/s (runs, s: ${fmt(all)})\n`);
    const loadNow = os.loadavg().map((x) => x.toFixed(1)).join(" ");
    process.stdout.write(`speed-up: ${(b / a).toFixed(2)}× (goal ≥ ${GOAL}× on 2 cores; this machine has ${cores}; load ${loadNow})\n`);
    if (b / a < GOAL && !SMOKE) process.stdout.write(`MISSED: one job per core is less than ${GOAL}× one job\n`);
    const c = rate(apart);
    process.stdout.write(`ceiling: ${cores} separate --jobs 1 processes at once, one per core on its share of the files: ${c.toFixed(1)} files/s, ${(c / a).toFixed(2)}× one job (runs, s: ${fmt(apart)})\n`);
    // What two free cores would give: the CPU time of a run spread over them, never less than one job's share.
    const cpu1 = median(one.map((r) => r.cpuMs ?? NaN));
    const cpuN = median(all.map((r) => r.cpuMs ?? NaN));
    if (Number.isFinite(cpu1) && Number.isFinite(cpuN)) {
      process.stdout.write(`CPU per run: --jobs 1 ${(cpu1 / 1000).toFixed(2)} s, --jobs ${cores} ${(cpuN / 1000).toFixed(2)} s (${(cpuN / cpu1).toFixed(2)}× the work, spread over ${cores} cores)\n`);
    }
  } finally {
    for (const d of [dir, ...shares]) fs.rmSync(d, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`bench failed: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
