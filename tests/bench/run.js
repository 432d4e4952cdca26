#!/usr/bin/env node
/**
 * `npm run bench`: runs every top-level script in tests/bench (except this one) with node, one after
 * another in alphabetical order, output shown as it comes. A missed goal is the script's to print; a
 * script that crashes makes this exit non-zero after the others have run.
 *
 * BENCH_SMOKE=1 (or --smoke) runs each script once on tiny inputs and judges nothing: `npm test` does
 * this (tests/build/bench-smoke.test.ts), so a benchmark that no longer runs fails CI.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const scripts = fs
  .readdirSync(__dirname, { withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".js") && e.name !== path.basename(__filename))
  .map((e) => e.name)
  .sort();

const SMOKE = process.env.BENCH_SMOKE === "1" || process.argv.includes("--smoke");
// Every script reads --rows and --runs, or BENCH_SMOKE for the sizes it picks itself.
const SMOKE_ARGS = ["--rows", "300", "--runs", "1"];

const failed = [];
for (const name of scripts) {
  console.log(`\n▶ ${name}${SMOKE ? " (smoke)" : ""}`);
  const env = SMOKE ? { ...process.env, BENCH_SMOKE: "1" } : process.env;
  const r = spawnSync(process.execPath, [path.join(__dirname, name), ...(SMOKE ? SMOKE_ARGS : [])], { stdio: "inherit", env });
  if (r.error) failed.push(`${name} (${r.error.message})`);
  else if (r.status !== 0) failed.push(`${name} (exit ${r.status ?? r.signal})`);
}

if (failed.length > 0) {
  console.error(`\nbench: ${failed.length} of ${scripts.length} scripts failed: ${failed.join(", ")}`);
  process.exit(1);
}
console.log(`\nbench: ran ${scripts.length} scripts`);
