#!/usr/bin/env node
/**
 * Issue 3 (a): a full CLI audit of a 50,000-row line-item workbook should cost at most 1.3× a bare
 * ExcelJS load of the same file. Generates the workbook in a temp dir, then times (median of 3)
 * `new ExcelJS.Workbook().xlsx.readFile(file)` against the built CLI's `runCli(["audit", file, "--json"])`
 * run in-process (so node start-up is not counted against the CLI).
 *
 *   npm run build && node tests/bench/cli-vs-load.js [--rows 50000] [--runs 3] [--keep] [--cli dist/cli/jixiao.js]
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
const GOAL = 1.3;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

/** `node dist/cli/jixiao.js audit file --json > /dev/null`, resolving to its exit code. */
function child(file) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [CLI, "audit", file, "--json"], { stdio: ["ignore", "ignore", "inherit"] });
    p.on("error", reject);
    p.on("exit", (code) => resolve(code));
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
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
    process.stdout.write(`workbook: ${rows} rows, ${(size / 1048576).toFixed(1)} MB\n`);

    const silent = { stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false, env: {} };
    const loads = [];
    const audits = [];
    let exit;
    // Interleave the two so drift (GC, thermal) hits both alike.
    for (let i = 0; i < runs; i++) {
      loads.push(await time(() => new ExcelJS.Workbook().xlsx.readFile(file)));
      audits.push(
        await time(async () => {
          exit = inProcess ? await cli.runCli(["audit", file, "--json"], silent) : await child(file);
        }),
      );
    }
    const load = median(loads);
    const audit = median(audits);
    process.stdout.write(`ExcelJS load: ${load.toFixed(0)} ms (runs: ${loads.map((x) => x.toFixed(0)).join(", ")})\n`);
    process.stdout.write(`CLI audit${inProcess ? " (in-process)" : " (child process)"}: ${audit.toFixed(0)} ms (runs: ${audits.map((x) => x.toFixed(0)).join(", ")}; exit ${exit})\n`);
    const ratio = audit / load;
    process.stdout.write(`cli/load ratio: ${ratio.toFixed(2)} (goal ≤ ${GOAL})\n`);
    if (ratio > GOAL) process.stdout.write("MISSED: the audit costs more than the goal allows beyond reading the file\n");
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
