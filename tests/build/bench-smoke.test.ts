/**
 * Every benchmark still runs: `npm run bench` in smoke mode (tiny inputs, no timing judged) must exit 0.
 * A benchmark that throws, or one that can no longer find its modules, fails here rather than rot.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";

const ROOT = path.resolve(__dirname, "..", "..");
const BENCH = path.join(ROOT, "tests", "bench");

beforeAll(() => ensureBuild(), BUILD_TIMEOUT_MS);

it("runs every benchmark once in smoke mode, and each one completes", () => {
  const scripts = fs.readdirSync(BENCH).filter((f) => f.endsWith(".js") && f !== "run.js");
  expect(scripts.length).toBeGreaterThanOrEqual(5);
  const r = spawnSync(process.execPath, [path.join(BENCH, "run.js")], { cwd: ROOT, encoding: "utf8", env: { ...process.env, BENCH_SMOKE: "1" }, timeout: 240_000 });
  const output = `${r.stdout}\n${r.stderr}`;
  // On failure, show what the benchmarks printed: the status alone says nothing.
  if (r.status !== 0) throw new Error(`npm run bench (smoke) exited ${r.status}:\n${output.slice(-4000)}`);
  for (const s of scripts) expect(r.stdout).toContain(`▶ ${s} (smoke)`);
  expect(r.stdout).toContain(`bench: ran ${scripts.length} scripts`);
}, 300_000);
