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
  const take = (): Queued | undefined => (next < jobs.length ? { index: next, job: jobs[next++] as FileJob } : undefined);
  const lanes = Math.max(1, Math.min(parallel, jobs.length));
  const lane = async (): Promise<void> => {
    let worker: JobWorker | undefined;
    /** Sent to the current worker, in order; the first is the one it is running. */
    const queue: Queued[] = [];
    /** Sent to a worker that was replaced before it started them: they go to the next one first. */
    const resend: Queued[] = [];
    try {
      for (;;) {
        while (queue.length < QUEUE_DEPTH) {
          const item = resend.shift() ?? take();
          if (!item) break;
          worker ??= new JobWorker(script);
          worker.send({ seq: item.index, job: item.job });
          queue.push(item);
        }
        const head = queue.shift();
        if (!head || !worker) break;
        onStart(head.index);
        const budget = budgetMillis(head.job);
        const result = await worker.result(head.index, budget);
        if (result === "timeout" || result instanceof Error) {
          void worker.terminate();
          worker = undefined;
          resend.unshift(...queue.splice(0));
          const code = result === "timeout" ? "limit-time" : "internal";
          const params = result === "timeout" ? { limit: budget / 1000 } : { detail: result.message };
          onResult(head.index, { file: head.job.display, error: { code, message: failureReason(code, head.job.lang, params) }, sheets: [] });
        } else onResult(head.index, result);
      }
    } finally {
      if (worker) await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

interface Queued {
  index: number;
  job: FileJob;
}

/**
 * Jobs a worker holds at once: the one it runs and the next. With every core busy the main thread may
 * not be scheduled for some milliseconds; had the worker to wait for it between two small files, two
 * workers on two cores ran no faster than one.
 */
const QUEUE_DEPTH = 2;

/** What a worker is sent, and what it answers: the file's place in the run, to match the two. */
export interface JobMessage {
  seq: number;
  job: FileJob;
}
export interface ResultMessage {
  seq: number;
  result: FileResult;
}

/** A worker thread, and the results it has posted that no one has asked for yet. */
class JobWorker {
  private readonly worker: Worker;
  private readonly arrived = new Map<number, FileResult>();
  private waiting: { seq: number; resolve: (r: FileResult | Error) => void } | undefined;
  private ended: Error | undefined;

  constructor(script: string) {
    this.worker = new Worker(script, { workerData: { [WORKER_FLAG]: true } });
    this.worker.on("message", (m: ResultMessage) => {
      if (this.waiting?.seq === m.seq) this.waiting.resolve(m.result);
      else this.arrived.set(m.seq, m.result);
    });
    this.worker.on("error", (e) => this.end(e));
    this.worker.on("exit", (code) => this.end(new Error(`worker exited with code ${code}`)));
  }

  send(message: JobMessage): void {
    this.worker.postMessage(message);
  }

  /** The result of job `seq`, or "timeout" when it did not come within `millis`. */
  result(seq: number, millis: number): Promise<FileResult | Error | "timeout"> {
    const ready = this.arrived.get(seq) ?? this.ended;
    if (ready) {
      this.arrived.delete(seq);
      return Promise.resolve(ready);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        resolve("timeout");
      }, millis);
      this.waiting = {
        seq,
        resolve: (r) => {
          clearTimeout(timer);
          this.waiting = undefined;
          resolve(r);
        },
      };
    });
  }

  terminate(): Promise<number> {
    this.worker.removeAllListeners();
    return this.worker.terminate();
  }

  private end(e: Error): void {
    this.ended ??= e;
    this.waiting?.resolve(e);
  }
}

/** The body of a worker thread: runs each job it is sent and posts its result. */
export function serveJobs(port: import("worker_threads").MessagePort): void {
  // One job at a time, in the order they came: the next one waits in the queue, not beside it.
  let last: Promise<unknown> = Promise.resolve();
  port.on("message", ({ seq, job }: JobMessage) => {
    const answer = (result: FileResult): void => port.postMessage({ seq, result } satisfies ResultMessage);
    last = last.then(() =>
      runFileJob(job).then(answer, (e: unknown) => answer({ file: job.display, error: { code: "internal", message: failureReason("internal", job.lang, { detail: String(e) }) }, sheets: [] })),
    );
  });
}
