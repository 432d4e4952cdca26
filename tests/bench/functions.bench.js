#!/usr/bin/env node
/**
 * Foundation part 7: the custom functions' cell logic against plain JavaScript over the same data.
 *   EXECRATE over a 100,000 × 1 range vs a division loop                       — goal ≤ 3×
 *   INDICATORSCORE over 100,000 varied target/actual strings vs strip + parseFloat — goal ≤ 4×
 * src/functions/cells.ts (and what it imports) is compiled once with the TypeScript API into a temp dir,
 * because the production bundle needs the CustomFunctions runtime. Median of several runs after warm-up.
 *
 *   node tests/bench/functions.bench.js [--rows 100000] [--runs 15]
 * Exits 0 even when a goal is missed; a miss is printed as MISSED.
 */
"use strict";
const os = require("os");
const { compileSource } = require("./lib/compile");
const { option } = require("./lib/common");

const ROWS = option("--rows", 100000);
const RUNS = option("--runs", 15);
const WARMUP = 5;

/** src/functions/cells.ts and its imports, compiled to CommonJS in a temp dir. */
function loadCells() {
  return compileSource("functions/cells.ts")("functions/cells.js");
}

/** A small deterministic generator (mulberry32), so every run measures the same data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FULL_WIDTH = "０１２３４５６７８９";
const fullWidth = (s) => s.replace(/[0-9]/g, (d) => FULL_WIDTH[d]).replace(/%/g, "％").replace(/\./g, "．");

/** Budgets and spending as Excel passes a column: [[b1], [b2], …]. */
function execRateData(rows) {
  const rnd = random(1);
  const budget = new Array(rows);
  const actual = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const b = Math.round((1 + rnd() * 2000) * 100) / 100;
    budget[i] = [b];
    actual[i] = [Math.round(b * (0.2 + rnd() * 0.9) * 100) / 100];
  }
  return { budget, actual };
}

/** Target/actual/weight columns in the shapes the forms use, every number different. */
function indicatorData(rows) {
  const rnd = random(2);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const dec = (lo, hi, places) => (lo + rnd() * (hi - lo)).toFixed(places);
  const makers = [
    () => [`≥${int(80, 99)}%`, `${dec(60, 100, 1)}%`],
    () => [`${int(50, 400)}座`, `${int(30, 420)}座`],
    () => [`≤${dec(50, 300, 1)}万元`, `${dec(40, 320, 3)}万元`],
    () => [`不低于${int(85, 99)}%`, `${dec(70, 100, 2)}%`],
    () => [fullWidth(`≥${int(80, 99)}%`), fullWidth(`${dec(60, 100, 1)}%`)],
    () => [`0起`, `${int(0, 3)}起`],
    () => [`≤${int(1, 9)}起`, `${int(0, 12)}起`],
    () => {
      const y = int(2015, 2023);
      return [`${y}年12月31日前`, `${y + (rnd() < 0.1 ? 1 : 0)}年${int(1, 12)}月${int(1, 28)}日`];
    },
    () => [`12月底前`, `${int(6, 12)}月${int(1, 28)}日`],
    () => [`不少于${int(2, 40)}次`, `${int(0, 45)}次`],
    () => [`≥${int(1, 9)},${String(int(0, 999)).padStart(3, "0")}人次`, `${int(1, 9)},${String(int(0, 999)).padStart(3, "0")}人次`],
    () => [`${int(80, 99)}%以上`, `${dec(60, 100, 2)}%`],
  ];
  const targets = new Array(rows);
  const actuals = new Array(rows);
  const weights = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const [t, a] = makers[int(0, makers.length - 1)]();
    targets[i] = [t];
    actuals[i] = [a];
    weights[i] = [[5, 10, 15, 20][int(0, 3)]];
  }
  return { targets, actuals, weights };
}

/** Median wall time in ms of `runs` calls after warm-up; the pair is interleaved so both see the same machine state. */
function measurePair(a, b, runs) {
  for (let i = 0; i < WARMUP; i++) {
    a();
    b();
  }
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    let t0 = process.hrtime.bigint();
    a();
    ta.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    b();
    tb.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [median(ta), median(tb)];
}

/** Sums numbers in a result column so neither side can be optimised away, and checks the shape. */
function checksum(out, rows) {
  if (out.length !== rows || !Array.isArray(out[0]) || out[0].length !== 1) throw new Error("result is not a rows × 1 column");
  let s = 0;
  let problems = 0;
  for (let i = 0; i < out.length; i++) {
    const v = out[i][0];
    if (typeof v === "number") s += v;
    else problems++;
  }
  return { sum: s, problems };
}

function report(name, jx, plain, goal) {
  const ratio = jx / plain;
  const verdict = ratio <= goal ? "ok" : "MISSED";
  console.log(
    `${name}: jixiao ${jx.toFixed(1)} ms, plain loop ${plain.toFixed(1)} ms, ratio ${ratio.toFixed(1)}× (goal ≤ ${goal}×) ${verdict}`,
  );
  return ratio <= goal;
}

function main() {
  const cpus = os.cpus();
  console.log(`functions.bench: ${cpus[0] ? cpus[0].model : "unknown CPU"}, ${cpus.length} cores, node ${process.version}, ${os.platform()} ${os.arch()}`);
  console.log(`rows ${ROWS}, median of ${RUNS} runs after ${WARMUP} warm-up runs`);
  const cells = loadCells();
  const k = `${Math.round(ROWS / 1000)}k`;
  let allMet = true;

  // EXECRATE
  {
    const { budget, actual } = execRateData(ROWS);
    let jxOut;
    let plainOut;
    const jx = () => {
      jxOut = cells.elementwise([budget, actual], cells.execRateCell);
    };
    const plain = () => {
      const n = actual.length;
      const out = new Array(n);
      for (let i = 0; i < n; i++) out[i] = [actual[i][0] / budget[i][0]];
      plainOut = out;
    };
    const [tj, tp] = measurePair(jx, plain, RUNS);
    const a = checksum(jxOut, ROWS);
    const b = checksum(plainOut, ROWS);
    if (a.problems !== 0 || Math.abs(a.sum - b.sum) > 1e-6 * Math.abs(b.sum)) throw new Error(`EXECRATE results differ: ${a.sum} vs ${b.sum}`);
    allMet = report(`EXECRATE ${k}`, tj, tp, 3) && allMet;
  }

  // INDICATORSCORE
  {
    const { targets, actuals, weights } = indicatorData(ROWS);
    let jxOut;
    let plainOut;
    const jx = () => {
      jxOut = cells.elementwise([targets, actuals, weights], cells.indicatorScoreCell);
    };
    const plain = () => {
      const n = targets.length;
      const out = new Array(n);
      for (let i = 0; i < n; i++) {
        const t = parseFloat(targets[i][0].replace(/[^0-9.]/g, ""));
        const a = parseFloat(actuals[i][0].replace(/[^0-9.]/g, ""));
        out[i] = [t + a];
      }
      plainOut = out;
    };
    const [tj, tp] = measurePair(jx, plain, RUNS);
    const a = checksum(jxOut, ROWS);
    checksum(plainOut, ROWS);
    if (a.problems !== 0) {
      const bad = jxOut.findIndex((r) => typeof r[0] !== "number");
      throw new Error(`INDICATORSCORE gave ${a.problems} problems, first at ${bad}: ${targets[bad][0]} / ${actuals[bad][0]} → ${JSON.stringify(jxOut[bad][0])}`);
    }
    allMet = report(`INDICATORSCORE ${k}`, tj, tp, 4) && allMet;
  }

  console.log(allMet ? "functions.bench: all goals met" : "functions.bench: MISSED at least one goal");
}

if (require.main === module) main();
else module.exports = { execRateData, indicatorData, loadCells };
