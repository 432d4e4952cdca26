/**
 * The classes of issue 9 that the evaluation corpus covers: the numbered classes 1–18, the unnumbered
 * bullets, and the rows of its "Must hold" table. Every class needs at least two corpus variants
 * (tests/eval/corpus.test.ts checks it).
 */
export const CLASS_IDS = [
  "c01-english-headers",
  "c02-provincial-header-words",
  "c03-grade-rows",
  "c04-two-row-headers",
  "c05-typesetting-symbols",
  "c06-double-breakdown",
  "c07-block-own-total",
  "goals-block-as-text",
  "zero-total-above-money",
  "never-filled",
  "c08-full-marks-unmet",
  "c09-label-weights",
  "c10-execution-weight",
  "c11-placeholders",
  "c12-empty-explanation-tokens",
  "c13-explanation-row",
  "c14-stacked-blocks",
  "c15-off-default-weights",
  "c16-qualitative-prefixes",
  "c17-rates-text-formulas",
  "c18-unsupported-score",
  "mh-english-line-items",
  "mh-funds-two-breakdowns",
  "mh-own-total-above-funds",
  "mh-cost-overrun",
  "mh-cost-overrun-whole-points",
  "mh-stacked-grade",
  "mh-label-weight-sum",
  "mh-placeholder-rows",
  "mh-explanation-none",
  "mh-two-row-national",
  "mh-unreadable-block",
  "mh-explain-prose",
  "mh-map-unrecognised",
] as const;

export type ClassId = (typeof CLASS_IDS)[number];
