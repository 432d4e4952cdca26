/**
 * The "Must hold" table for the custom functions, once, so the source-level tests
 * (tests/functions/cells.test.ts) and the built-bundle test (tests/build/functions-artifact.test.ts)
 * check the same calls against the same answers.
 */

/** EXECRATE(budget, actual) to 6 places. */
export const EXECRATE_MUST_HOLD: [unknown, unknown, number][] = [
  [17, 13, 0.764706],
  ["1940", "1,465.45", 0.755387],
  // The issue lists 0.835998, but 172.743 / 206.632 = 0.8359935 (206.632 × 0.836 = 172.744352).
  [206.632, 172.743, 0.835993],
];

/** INDICATORSCORE(target, actual, weight) to 4 places. */
export const INDICATORSCORE_MUST_HOLD: [unknown, unknown, unknown, number][] = [
  ["≥90%", "92%", 10, 10],
  ["≥90%", "81%", 10, 9],
  ["286座", "253座", 20, 17.6923],
  ["≤3起", "5起", 10, 6],
  ["0起", "0起", 15, 15],
  ["0起", "1起", 15, 0],
  ["≤206.4万元", "172.743万元", 5, 5],
  ["不低于95%", "96%", 10, 10],
  ["≥９０％", "８１％", 10, 9],
  [0.9, 0.81, 10, 9],
  ["2019年12月31日前", "2019年12月20日", 5, 5],
];
