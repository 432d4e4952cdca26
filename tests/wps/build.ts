/**
 * For tests of the built WPS add-in (dist-wps/): runs `webpack --mode production --env wps` only when
 * an output is missing or older than its sources, under a lock so parallel Jest workers build once.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { BUILD_TIMEOUT_MS, ROOT } from "../helpers/build";

export { BUILD_TIMEOUT_MS };
export const DIST_WPS = path.join(ROOT, "dist-wps");
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const WPS_FOLDER = (require(path.join(ROOT, "webpack.config.js")) as { WPS_FOLDER: string }).WPS_FOLDER;
export const ADDIN = path.join(DIST_WPS, WPS_FOLDER);

const OUTPUTS = ["index.html", "main.js", "functions.js", "functions.json", "ribbon.xml", "manifest.xml", "taskpane.html", "taskpane.js"].map((f) => path.join(ADDIN, f));
const ARCHIVE = path.join(DIST_WPS, `${WPS_FOLDER}.zip`);
const SOURCES = ["src", "assets/icon-64.png", "webpack.config.js", "package.json"].map((s) => path.join(ROOT, s));
const LOCK = path.join(ROOT, ".tmp", "build-wps.lock");

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((n, f) => Math.max(n, newest(path.join(p, f))), 0);
}

function fresh(): boolean {
  const outputs = [...OUTPUTS, ARCHIVE];
  if (!outputs.every((o) => fs.existsSync(o))) return false;
  return Math.min(...outputs.map((o) => fs.statSync(o).mtimeMs)) >= Math.max(...SOURCES.map(newest));
}

export function ensureWpsBuild(): string {
  if (fresh()) return ADDIN;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (const deadline = Date.now() + BUILD_TIMEOUT_MS; ; ) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || Date.now() > deadline) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (!fresh()) {
      const webpackBin = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
      execFileSync(process.execPath, [webpackBin, "--mode", "production", "--env", "wps"], { cwd: ROOT, stdio: "pipe", encoding: "utf8", timeout: BUILD_TIMEOUT_MS });
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
  return ADDIN;
}
