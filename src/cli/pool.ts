/**
 * Runs file jobs in worker threads, `jobs` at a time, each under a time budget: a worker still busy
 * when its file's time is up is terminated and replaced, and that file is reported as over the limit,
 * so one slow file cannot stall the batch. Results come back in input order.
 */
import { Worker } from "worker_threads";
import { limitsFrom } from "../xlsx";
import { failureReason, type FileResult } from "./render";
import { runFileJob, type FileJob } from "./job";

/** The script a worker runs (the CLI bundle itself); unset under ts-jest, where jobs run in-process. */
let workerScript: string | undefined;

export function setWorkerScript(file: string | undefined): void {
  workerScript = file;
}

export const WORKER_FLAG = "jixiaoFileWorker";

/** Extra time a worker gets beyond the read's own limit, for the audit and the copy. */
function budgetMillis(job: FileJob): number {
  return limitsFrom(job.limits).maxMillis * 2 + 5000;
}

export async function runJobs(jobs: readonly FileJob[], parallel: number, onStart: (index: number) => void, onResult: (index: number, result: FileResult) => void): Promise<void> {
  // One file has no others to stall: starting a worker (and loading the bundle again in it) would cost
  // about a fifth of a 50,000-row audit. Its read keeps its own time limit (ReadLimits.maxMillis).
  if (!workerScript || jobs.length <= 1) {
    for (const [i, job] of jobs.entries()) {
      onStart(i);
      onResult(i, await runFileJob(job));
    }
    return;
  }
  const script = workerScript;
  let next = 0;
  const lanes = Math.max(1, Math.min(parallel, jobs.length));
  const lane = async (): Promise<void> => {
    let worker: Worker | undefined;
    try {
      while (next < jobs.length) {
        const index = next++;
        const job = jobs[index] as FileJob;
        onStart(index);
        worker ??= new Worker(script, { workerData: { [WORKER_FLAG]: true } });
        const w = worker;
        const result = await new Promise<FileResult | "timeout" | Error>((resolve) => {
          const timer = setTimeout(() => resolve("timeout"), budgetMillis(job));
          const done = (r: FileResult | "timeout" | Error): void => {
            clearTimeout(timer);
            w.removeAllListeners("message");
            w.removeAllListeners("error");
            w.removeAllListeners("exit");
            resolve(r);
          };
          w.on("message", (r: FileResult) => done(r));
          w.on("error", (e) => done(e));
          w.on("exit", (code) => done(new Error(`worker exited with code ${code}`)));
          w.postMessage(job);
        });
        if (result === "timeout" || result instanceof Error) {
          void w.terminate();
          worker = undefined;
          const code = result === "timeout" ? "limit-time" : "internal";
          const params = result === "timeout" ? { limit: budgetMillis(job) / 1000 } : { detail: result.message };
          onResult(index, { file: job.display, error: { code, message: failureReason(code, job.lang, params) }, sheets: [] });
        } else onResult(index, result);
      }
    } finally {
      if (worker) await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

/** The body of a worker thread: runs each job it is sent and posts its result. */
export function serveJobs(port: import("worker_threads").MessagePort): void {
  port.on("message", (job: FileJob) => {
    runFileJob(job).then(
      (r) => port.postMessage(r),
      (e: unknown) => port.postMessage({ file: job.display, error: { code: "internal", message: failureReason("internal", job.lang, { detail: String(e) }) }, sheets: [] }),
    );
  });
}
