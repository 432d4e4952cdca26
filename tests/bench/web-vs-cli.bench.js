#!/usr/bin/env node
/**
 * Issues 5 and 13: the web checker should show the findings of the 50,000-row line-item workbook in at
 * most 1.5× the time the CLI takes to audit it. In one run, interleaved, median of 3:
 *   - page: from setInputFiles on dist/checker.html (served by src/web/serve.js, in Debian's Chromium
 *     via playwright-core) until the file is listed as audited and its findings list is visible —
 *     reading and auditing in the page's Web Worker, the grids and findings sent to the page, and the
 *     rendering;
 *   - CLI: the built CLI's `runCli(["audit", file, "--json"])` in-process (node start-up not counted).
 *
 *   npm run build && node tests/bench/web-vs-cli.bench.js [--rows 50000] [--runs 3] [--keep]
 */
"use strict";
/* global document -- the functions passed to page.waitForFunction/evaluate run in the page */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { generateLineItems } = require("./lib/workbooks");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const CLI = path.join(DIST, "cli", "jixiao.js");
const { CHROMIUM, CHROMIUM_ARGS } = require("../helpers/chromium");
const { option, median } = require("./lib/common");
const GOAL = 1.5;

async function time(fn) {
  const t0 = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

/** One page run in a fresh context: pick the file, wait for the findings. Returns the number listed as open. */
async function pageRun(browser, origin, file) {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.locator('[data-testid="file-input"]').waitFor({ state: "attached" });
    const { ms, result } = await time(async () => {
      await page.setInputFiles('[data-testid="file-input"]', file);
      await page.waitForFunction(
        () => {
          const item = document.querySelector('[data-testid="file-item"]');
          const finding = document.querySelector('[data-testid="checker-panel"]:not([hidden]) li[data-rule]');
          return item && item.getAttribute("data-status") === "results" && finding && finding.getBoundingClientRect().height > 0
            ? Number(item.getAttribute("data-findings"))
            : false;
        },
        undefined,
        { timeout: 300_000, polling: "raf" },
      );
      return page.evaluate(() => Number(document.querySelector('[data-testid="file-item"]').getAttribute("data-findings")));
    });
    return { ms, findings: result };
  } finally {
    await context.close();
  }
}

async function main() {
  const rows = option("--rows", 50000);
  const runs = option("--runs", 3);
  for (const need of [CLI, path.join(DIST, "checker.html"), path.join(DIST, "checker.js")]) {
    if (!fs.existsSync(need)) {
      process.stderr.write(`bench: ${path.relative(ROOT, need)} is missing; run \`npm run build\` first.\n`);
      process.exitCode = 2;
      return;
    }
  }
  if (!fs.existsSync(CHROMIUM)) {
    process.stderr.write(`bench: no Chromium at ${CHROMIUM}; install Debian's chromium package (bash .ci/run does).\n`);
    process.exitCode = 2;
    return;
  }
  const { chromium } = require("playwright-core");
  const { serve } = require(path.join(ROOT, "src", "web", "serve.js"));
  const cli = require(CLI);
  if (typeof cli.runCli !== "function") throw new Error("the CLI bundle does not export runCli");

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-web-"));
  const file = path.join(dir, "line-items-50k.xlsx");
  const server = await serve({ dist: DIST, port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    await generateLineItems(file, rows);
    const cpus = os.cpus();
    process.stdout.write(
      `machine: ${cpus[0] ? cpus[0].model.trim() : "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ` +
        `${os.platform()} ${os.release()}, node ${process.version}, Chromium ${browser.version()}, load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}\n`,
    );
    process.stdout.write(`workbook: ${rows} rows, ${(fs.statSync(file).size / 1048576).toFixed(1)} MB\n`);

    let cliJson = "";
    const silent = {
      // The CLI writes a large --json document in pieces: keep them all (reset before each run).
      stdout: (text) => {
        cliJson += text;
      },
      stderr: () => {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
    };
    const pages = [];
    const clis = [];
    let pageFindings = 0;
    // Interleave the two so drift (GC, thermal) hits both alike.
    for (let i = 0; i < runs; i++) {
      const p = await pageRun(browser, origin, file);
      pages.push(p.ms);
      pageFindings = p.findings;
      cliJson = "";
      clis.push((await time(() => cli.runCli(["audit", file, "--json"], silent))).ms);
    }
    const cliFindings = JSON.parse(cliJson).files[0].sheets.reduce((n, s) => n + s.findings.length, 0);
    const web = median(pages);
    const audit = median(clis);
    process.stdout.write(`page (pick file → findings visible): ${web.toFixed(0)} ms (runs: ${pages.map((x) => x.toFixed(0)).join(", ")}; ${pageFindings} findings)\n`);
    process.stdout.write(`CLI audit --json (in-process runCli): ${audit.toFixed(0)} ms (runs: ${clis.map((x) => x.toFixed(0)).join(", ")}; ${cliFindings} findings)\n`);
    if (pageFindings !== cliFindings) {
      process.stderr.write(`bench: the page listed ${pageFindings} findings but the CLI reported ${cliFindings}\n`);
      process.exitCode = 1;
    }
    const ratio = web / audit;
    process.stdout.write(`web/cli ratio: ${ratio.toFixed(2)} (goal ≤ ${GOAL}×)\n`);
    if (ratio > GOAL && process.env.BENCH_SMOKE !== "1") process.stdout.write("MISSED: the page takes longer than the goal allows over the CLI\n");
  } finally {
    await browser.close();
    server.close();
    if (process.argv.includes("--keep")) process.stdout.write(`kept ${file}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`bench failed: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
