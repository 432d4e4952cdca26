/**
 * For tests that inspect the production build (dist/). Call once per test file:
 *
 *   beforeAll(() => ensureBuild(), BUILD_TIMEOUT_MS);
 *
 * It runs `webpack --mode production` only when an output is missing or older than its sources, and
 * holds a lock so that parallel Jest workers do not build into dist/ at the same time.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

/** Outputs of the add-in build; the CLI bundle is added when its entry exists. */
const OUTPUTS = [
  "functions.js",
  "taskpane.js",
  "taskpane.html",
  "checker.js",
  "checker.html",
  "functions.json",
  "functions-zh-cn.json",
  "manifest.xml",
  "compat.js",
];
const SOURCES = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"];
/** Inside SOURCES but not built: the README's screenshots (rewritten by UPDATE_SCREENSHOTS=1 runs). */
const NOT_BUILT = new Set([path.join(ROOT, "assets", "screenshots")]);
const LOCK = path.join(ROOT, ".tmp", "build.lock");
const STALE_LOCK_MS = BUILD_TIMEOUT_MS + 60_000;

function newestMtime(p: string): number {
  if (!fs.existsSync(p) || NOT_BUILT.has(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

function expectedOutputs(): string[] {
  const outputs = OUTPUTS.map((o) => path.join(DIST, o));
  if (fs.existsSync(path.join(ROOT, "src/cli/main.ts"))) outputs.push(path.join(DIST, "cli/jixiao.js"));
  return outputs;
}

/** True when every output exists and is newer than every source. */
export function buildIsFresh(): boolean {
  const outputs = expectedOutputs();
  if (!outputs.every((o) => fs.existsSync(o))) return false;
  const oldestOutput = Math.min(...outputs.map((o) => fs.statSync(o).mtimeMs));
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  return oldestOutput >= newestSource;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withLock<T>(run: () => T): T {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const age = Date.now() - fs.statSync(LOCK).mtimeMs;
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for another build (${LOCK})`);
      else sleep(500);
    }
  }
  try {
    return run();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds dist/ with `webpack --mode production` unless it is already up to date. Returns DIST. */
export function ensureBuild(): string {
  if (buildIsFresh()) return DIST;
  withLock(() => {
    if (buildIsFresh()) return; // another worker built it while we waited
    const webpackBin = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
    try {
      execFileSync(process.execPath, [webpackBin, "--mode", "production"], {
        cwd: ROOT,
        stdio: "pipe",
        encoding: "utf8",
        timeout: BUILD_TIMEOUT_MS,
        env: { ...process.env, NODE_ENV: "production" },
      });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      throw new Error(`webpack --mode production failed:\n${err.stdout ?? ""}${err.stderr ?? ""}\n${err.message}`);
    }
  });
  // Only existence is checked here: a source edited during the build is not this build's failure.
  const missing = expectedOutputs().filter((o) => !fs.existsSync(o));
  if (missing.length > 0) throw new Error(`the build finished but dist/ lacks ${missing.map((m) => path.relative(ROOT, m)).join(", ")}`);
  return DIST;
}
