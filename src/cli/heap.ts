/**
 * The young generation of V8's heap, kept at its starting size while files are audited.
 *
 * V8 doubles the young generation (up to 16 MB a semi-space, 32 MB or more committed) whenever much of it
 * survives a scavenge, and reading a sheet is exactly that: every cell survives. On the 50,000-row
 * benchmark workbook that growth was a fifth of the CLI's peak memory (about 40 MB of 150), while the
 * audit's own garbage dies young either way, so the scavenges a smaller young generation needs cost little.
 *
 * The size limit itself (--max-semi-space-size) is fixed when the isolate is made and `jixiao` is started by
 * its shebang, so the command line cannot carry it; the growth factor is read each time V8 grows the space,
 * so setting it to 1 at run time keeps the space as it is. V8 flags belong to the process: worker threads
 * started afterwards share it. A user who gives node a semi-space flag of their own is left with theirs.
 */
import { setFlagsFromString } from "v8";

const OWN_FLAGS = /--(max-|min-)?semi-space-(size|growth-factor)/;
/** V8's default growth factor, put back when the run is over (a test or host calling runCli keeps its heap). */
const DEFAULT_GROWTH = 2;

function userChoseYoungGeneration(): boolean {
  return process.execArgv.some((a) => OWN_FLAGS.test(a)) || OWN_FLAGS.test(process.env.NODE_OPTIONS ?? "");
}

/** Runs `work` with the young generation held at its present size; the default growth is back afterwards. */
export async function withSteadyYoungGeneration<T>(work: () => Promise<T>): Promise<T> {
  if (userChoseYoungGeneration()) return work();
  setFlagsFromString("--semi-space-growth-factor=1");
  try {
    return await work();
  } finally {
    setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH}`);
  }
}
