/** Entry point of the `jixiao` command (bundled to dist/cli/jixiao.js). The work is in run.ts. */
import { isMainThread, parentPort, workerData } from "worker_threads";
import { serveJobs, setWorkerScript, WORKER_FLAG } from "./pool";
import { runCli } from "./run";

export { runCli, type CliIo } from "./run";

// webpack's name for Node's own require; absent when this file runs under ts-jest.
declare const __non_webpack_require__: NodeJS.Require | undefined;

/** True when node was asked to run this file, false when a test or the benchmark requires it for runCli. */
function isProgram(): boolean {
  // Inside the bundle `require.main === module` is always true, so ask Node's require which script it ran.
  if (typeof __non_webpack_require__ !== "undefined") return __non_webpack_require__.main?.filename === __filename;
  return require.main === module;
}

/** Last resort for anything that escapes runCli: one line, exit 2, never a stack trace. */
function die(e: unknown): never {
  const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
  process.stderr.write(`jixiao: ${message}\n`);
  process.exit(2);
}

// Bundled, this very file is what the file workers run; under ts-jest files are audited in-process.
if (typeof __non_webpack_require__ !== "undefined") setWorkerScript(__filename);

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  serveJobs(parentPort);
} else if (isProgram()) {
  process.on("uncaughtException", die);
  process.on("unhandledRejection", die);
  // `| head` closing the pipe early is not an error worth a message.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : die(e)));
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  }).then((code) => {
    // exitCode, not exit(): a large --json document must finish flushing into a pipe first.
    process.exitCode = code;
  }, die);
}
