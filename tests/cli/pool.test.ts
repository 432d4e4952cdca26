/**
 * The CLI's worker pool, with a stand-in worker script: results come back in input order whatever the
 * number of lanes; a worker that hangs past its file's budget or dies is replaced, its file reported, and
 * the files already queued behind it on that worker are audited by the next one.
 */
import fs from "fs";
import path from "path";
import { runJobs, setWorkerScript } from "../../src/cli/pool";
import type { FileJob } from "../../src/cli/job";
import type { FileResult } from "../../src/cli/render";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";

let dir: string;

/** Answers each job with its name and the worker's thread id; "hang" never answers, "crash" exits. */
const WORKER = `
const { parentPort, threadId } = require("worker_threads");
parentPort.on("message", ({ seq, job }) => {
  if (job.display === "hang") return;
  if (job.display === "crash") process.exit(3);
  // Not one at a time like the real worker: the pool matches answers to jobs by their number, not their order.
  parentPort.postMessage({ seq, result: { file: job.display, error: null, sheets: [], output: String(threadId) } });
});
`;

beforeAll(() => {
  dir = makeTempDir("pool");
  const script = path.join(dir, "worker.js");
  fs.writeFileSync(script, WORKER);
  setWorkerScript(script);
});

afterAll(() => {
  setWorkerScript(undefined);
  removeTempDir(dir);
});

function job(display: string): FileJob {
  // maxSeconds 0.5: the pool gives a file twice its read limit plus 5 s before it replaces the worker.
  return { display, path: display, output: undefined, outDirProblem: undefined, lang: "zh-CN", settings: {}, maps: {}, explain: false, out: undefined, limits: { maxSeconds: 0.5 } };
}

async function run(names: string[], lanes: number): Promise<{ started: number[]; results: FileResult[] }> {
  const started: number[] = [];
  const results: FileResult[] = [];
  const order: number[] = [];
  await runJobs(
    names.map(job),
    lanes,
    (i) => started.push(i),
    (i, r) => {
      order.push(i);
      results[i] = r;
    },
  );
  expect(results).toHaveLength(names.length);
  return { started, results };
}

it.each([1, 2, 3])("returns every file's result with %s lanes", async (lanes) => {
  const names = Array.from({ length: 12 }, (_, i) => `f${i}`);
  const { started, results } = await run(names, lanes);
  expect(results.map((r) => r.file)).toEqual(names);
  expect(results.every((r) => r.error === null)).toBe(true);
  expect([...started].sort((a, b) => a - b)).toEqual(names.map((_, i) => i));
  // Each lane has its own worker: with more than one lane, more than one thread answered.
  expect(new Set(results.map((r) => r.output)).size).toBe(lanes);
});

it("reports a file that hangs as over its time, and audits the file queued behind it on a new worker", async () => {
  const { results } = await run(["a", "hang", "b", "c"], 1);
  expect(results.map((r) => r.file)).toEqual(["a", "hang", "b", "c"]);
  expect(results[1]?.error?.code).toBe("limit-time");
  expect(results[1]?.error?.message).toMatch(/6/);
  for (const i of [0, 2, 3]) expect(results[i]?.error).toBeNull();
  // "b" had been sent to the worker that hung; it was audited by its replacement.
  expect(results[2]?.output).not.toBe(results[0]?.output);
  expect(results[3]?.output).toBe(results[2]?.output);
}, 20_000);

it("reports a file whose worker died, and goes on with the rest", async () => {
  const { results } = await run(["a", "crash", "b", "c", "d"], 2);
  expect(results.map((r) => r.file)).toEqual(["a", "crash", "b", "c", "d"]);
  expect(results[1]?.error?.code).toBe("internal");
  expect(results.filter((r) => r.error === null)).toHaveLength(4);
});
