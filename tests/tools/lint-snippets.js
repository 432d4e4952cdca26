#!/usr/bin/env node
/**
 * Lints code snippets as if they were files in the project, with the project's eslint.config.mjs.
 * Reads [{ code, filePath }] (filePath relative to the repository) as JSON on stdin and writes one
 * array of { ruleId, line, message } per snippet as JSON on stdout.
 * Used by tests/lint/*.test.ts: ESLint loads its flat config with import(), which Jest's module
 * sandbox cannot do without --experimental-vm-modules, so the linting happens in this child process.
 */
"use strict";

const path = require("path");
const { ESLint } = require("eslint");

const ROOT = path.resolve(__dirname, "..", "..");

async function main() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const snippets = JSON.parse(input);
  const eslint = new ESLint({ cwd: ROOT });
  const out = [];
  for (const { code, filePath } of snippets) {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
    out.push((result ? result.messages : []).map((m) => ({ ruleId: m.ruleId, line: m.line, message: m.message })));
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
