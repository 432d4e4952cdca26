#!/usr/bin/env node
/**
 * `npm run bench`: runs every top-level script in tests/bench (except this one) with node, one after
 * another in alphabetical order, output shown as it comes. A missed goal is the script's to print; a
 * script that crashes makes this exit non-zero after the others have run.
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

const failed = [];
for (const name of scripts) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(process.execPath, [path.join(__dirname, name)], { stdio: "inherit" });
  if (r.error) failed.push(`${name} (${r.error.message})`);
  else if (r.status !== 0) failed.push(`${name} (exit ${r.status ?? r.signal})`);
}

if (failed.length > 0) {
  console.error(`\nbench: ${failed.length} of ${scripts.length} scripts failed: ${failed.join(", ")}`);
  process.exit(1);
}
console.log(`\nbench: ran ${scripts.length} scripts`);
