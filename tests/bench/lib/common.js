/**
 * What every benchmark script needs: numeric command-line options, the median of a run list, and one line
 * naming the machine and its load, printed beside every figure (the machine may be shared).
 */
"use strict";
const os = require("os");

/** The number after `name` on the command line (`--rows 50000`), or the fallback. */
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function machine() {
  const cpus = os.cpus();
  return `${cpus[0] ? cpus[0].model.trim() : "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.platform()} ${os.release()}, node ${process.version}, load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`;
}

module.exports = { option, median, machine };
