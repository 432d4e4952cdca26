/**
 * Preloaded (`node -r`) into a benchmarked child: when the process exits, writes the CPU time it used,
 * all its threads together (user + system, ms), as JSON to file descriptor 3. The wall time of a
 * parallel run means little on a shared machine without the CPU time beside it.
 */
"use strict";
const { isMainThread } = require("worker_threads");

if (isMainThread) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    try {
      require("fs").writeSync(3, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
    } catch {
      // no fd 3: not run by a benchmark
    }
  });
}
