#!/usr/bin/env node
/**
 * Issue 13: on the 50,000-row line-item workbook, side by side in one run —
 *   - time: the built CLI's `runCli(["audit", file, "--json"])` in-process (read + audit + JSON; node
 *     start-up not counted) ÷ a bare `new ExcelJS.Workbook().xlsx.readFile(file)`: goal ≤ 0.5; and the same
 *     cold, as a user runs it: `node dist/cli/jixiao.js audit file --json` in a fresh process ÷ a fresh node
 *     loading ExcelJS and reading the file (start-up included on both sides; printed, no goal of its own);
 *   - memory: peak resident set size of each, in a fresh child process (VmHWM from /proc/self/status,
 *     read by the child when its work is done, worker threads included; process.resourceUsage().maxRSS
 *     where there is no /proc, though Linux carries that over from the parent; an empty node's peak is
 *     printed as the floor): goal CLI ≤ half of ExcelJS.
 * Medians of --runs, with the user CPU time of each side beside the wall time (less noisy on a shared
 * machine). `--baseline other/jixiao.js` adds a second CLI build (say, main's) to every step, interleaved,
 * so that a change is measured before and after in one run. A missed goal prints MISSED; it is not a failure.
 *
 *   npm run build && node tests/bench/cli-vs-load.js [--rows 50000] [--runs 3] [--keep] [--cli dist/cli/jixiao.js] [--baseline path/jixiao.js]
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const ExcelJS = require("exceljs");
const { generateLineItems } = require("./lib/workbooks");

const ROOT = path.resolve(__dirname, "..", "..");
const CLI = process.argv.includes("--cli") ? path.resolve(process.argv[process.argv.indexOf("--cli") + 1] || "") : path.join(ROOT, "dist", "cli", "jixiao.js");
const BASELINE = process.argv.includes("--baseline") ? path.resolve(process.argv[process.argv.indexOf("--baseline") + 1] || "") : undefined;
const GOAL = 0.5;
const MEMORY_GOAL = 0.5;
const SMOKE = process.env.BENCH_SMOKE === "1";

/** `node <args> > /dev/null` (by default `node dist/cli/jixiao.js audit file --json`), resolving to its exit code. */
function child(file, args = [CLI, "audit", file, "--json"]) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    p.on("error", reject);
    p.on("exit", (code) => resolve(code));
  });
}

/** Wall time (ms) of a fresh process, node's start-up and the loading of the code included. */
async function wallOf(run) {
  const t0 = process.hrtime.bigint();
  await run();
  return { wall: Number(process.hrtime.bigint() - t0) / 1e6 };
}

/** Peak RSS (MB) of a fresh node running `body` (which must call done() when its work is over). */
function peakRss(body, file) {
  const script =
    `const peak = () => { try { return Number(/VmHWM:\\s*(\\d+)/.exec(require("fs").readFileSync("/proc/self/status", "utf8"))[1]); } catch { return process.resourceUsage().maxRSS; } };\n` +
    `const done = () => process.stdout.write(String(peak())); const file = ${JSON.stringify(file)};\n${body}`;
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("error", reject);
    p.on("exit", (code) => (code === 0 || code === 1) && /^\d+$/.test(out) ? resolve(Number(out) / 1024) : reject(new Error(`memory child exited ${code}: ${out.slice(0, 200)}`)));
  });
}

const EXCELJS_LOAD = `new (require("exceljs").Workbook)().xlsx.readFile(file).then(done);`;
const { option, median, machine } = require("./lib/common");
const CLI_AUDIT = (cli) =>
  `const io = { stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false, env: {} };\n` +
  `require(${JSON.stringify(cli)}).runCli(["audit", file, "--json"], io).then(done);`;

/** The 1-, 5- and 15-minute load averages, printed with every figure: this machine is shared. */
function loadAverage() {
  return `load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`;
}

/** Wall time and user CPU time (all threads of this process), in ms. */
async function time(fn) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  return { wall, user: process.cpuUsage(c0).user / 1000 };
}

function timings(label, xs) {
  const walls = xs.map((x) => x.wall);
  const users = xs.map((x) => x.user);
  return `${label}: ${median(walls).toFixed(0)} ms (runs: ${walls.map((x) => x.toFixed(0)).join(", ")}); user CPU ${median(users).toFixed(0)} ms (runs: ${users.map((x) => x.toFixed(0)).join(", ")})\n`;
}

async function main() {
  const rows = option("--rows", 50000);
  const runs = option("--runs", 3);
  if (!fs.existsSync(CLI)) {
    process.stderr.write(`bench: ${path.relative(ROOT, CLI)} is missing; run \`npm run build\` first.\n`);
    process.exitCode = 2;
    return;
  }
  const cli = require(CLI);
  const inProcess = typeof cli.runCli === "function";
  if (!inProcess) {
    process.stderr.write("bench: the CLI bundle does not export runCli (webpack output.library commonjs2); timing a child process instead, node start-up included.\n");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  const file = path.join(dir, "line-items-50k.xlsx");
  try {
    await generateLineItems(file, rows);
    const size = fs.statSync(file).size;
    process.stdout.write(`machine: ${machine()}\n`);
    process.stdout.write(`workbook: ${rows} rows, ${(size / 1048576).toFixed(1)} MB\n`);

    const silent = { stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false, env: {} };
    const baseline = BASELINE ? require(BASELINE) : undefined;
    const loads = [];
    const audits = [];
    const baselines = [];
    let exit;
    // Interleave the sides so drift (GC, thermal, the other users of the machine) hits them alike.
    for (let i = 0; i < runs; i++) {
      loads.push(await time(() => new ExcelJS.Workbook().xlsx.readFile(file)));
      audits.push(
        await time(async () => {
          exit = inProcess ? await cli.runCli(["audit", file, "--json"], silent) : await child(file);
        }),
      );
      if (baseline) baselines.push(await time(() => baseline.runCli(["audit", file, "--json"], silent)));
    }
    const load = median(loads.map((x) => x.wall));
    const audit = median(audits.map((x) => x.wall));
    process.stdout.write(timings("ExcelJS load", loads));
    process.stdout.write(timings(`CLI audit${inProcess ? " (in-process)" : " (child process)"}, exit ${exit}`, audits));
    if (baseline) process.stdout.write(timings(`baseline CLI audit (${path.relative(ROOT, BASELINE)})`, baselines));
    const ratio = audit / load;
    const userRatio = median(audits.map((x) => x.user)) / median(loads.map((x) => x.user));
    const versus = (xs) => `${(median(xs.map((x) => x.wall)) / load).toFixed(2)} (user CPU ${(median(xs.map((x) => x.user)) / median(loads.map((x) => x.user))).toFixed(2)})`;
    process.stdout.write(`cli/load ratio: ${ratio.toFixed(2)} (user CPU ${userRatio.toFixed(2)}; goal ≤ ${GOAL}; ${loadAverage()})${baseline ? `; baseline/load ${versus(baselines)}` : ""}\n`);
    if (ratio > GOAL && !SMOKE) process.stdout.write("MISSED: the CLI audit takes more than the goal's share of an ExcelJS load\n");

    // As a user runs it: `jixiao audit file --json` in a process of its own, cold, against a fresh node that
    // loads ExcelJS and reads the file. Start-up counts on both sides; the heap starts small on both.
    const coldLoads = [];
    const coldAudits = [];
    const coldBaselines = [];
    for (let i = 0; i < runs; i++) {
      coldLoads.push(await wallOf(() => child(file, ["-e", `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)})`])));
      coldAudits.push(await wallOf(() => child(file)));
      if (BASELINE) coldBaselines.push(await wallOf(() => child(file, [BASELINE, "audit", file, "--json"])));
    }
    const coldWalls = (xs) => xs.map((x) => x.wall);
    const coldList = (xs) => coldWalls(xs).map((x) => x.toFixed(0)).join(", ");
    const coldRatio = (xs) => (median(coldWalls(xs)) / median(coldWalls(coldLoads))).toFixed(2);
    process.stdout.write(
      `fresh processes: node + ExcelJS load ${median(coldWalls(coldLoads)).toFixed(0)} ms (runs: ${coldList(coldLoads)}), jixiao audit ${median(coldWalls(coldAudits)).toFixed(0)} ms (runs: ${coldList(coldAudits)})` +
        (BASELINE ? `, baseline ${median(coldWalls(coldBaselines)).toFixed(0)} ms (runs: ${coldList(coldBaselines)})` : "") +
        `\ncold cli/load ratio: ${coldRatio(coldAudits)} (${loadAverage()})${BASELINE ? `; baseline ${coldRatio(coldBaselines)}` : ""}\n`,
    );

    const floors = [];
    const excel = [];
    const ours = [];
    const theirs = [];
    for (let i = 0; i < runs; i++) {
      floors.push(await peakRss("done();", file));
      excel.push(await peakRss(EXCELJS_LOAD, file));
      ours.push(await peakRss(CLI_AUDIT(CLI), file));
      if (BASELINE) theirs.push(await peakRss(CLI_AUDIT(BASELINE), file));
    }
    const mb = (x) => `${x.toFixed(0)} MB`;
    process.stdout.write(`peak RSS (VmHWM of a fresh child; empty node ${mb(median(floors))}): ExcelJS load ${mb(median(excel))} (runs: ${excel.map(mb).join(", ")}), CLI audit ${mb(median(ours))} (runs: ${ours.map(mb).join(", ")})${BASELINE ? `, baseline CLI audit ${mb(median(theirs))} (runs: ${theirs.map(mb).join(", ")})` : ""}\n`);
    const memory = median(ours) / median(excel);
    process.stdout.write(`cli/ExcelJS peak memory: ${memory.toFixed(2)} (goal ≤ ${MEMORY_GOAL}; ${loadAverage()})${BASELINE ? `; baseline/ExcelJS ${(median(theirs) / median(excel)).toFixed(2)}` : ""}\n`);
    if (memory > MEMORY_GOAL && !SMOKE) process.stdout.write("MISSED: the CLI audit's peak memory is above half of ExcelJS's\n");
  } finally {
    if (process.argv.includes("--keep")) process.stdout.write(`kept ${file}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { generateLineItems };

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`bench failed: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
