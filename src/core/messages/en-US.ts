import type { MessageBook } from "./codes";

const s = (v: unknown): string => (v === undefined || v === null ? "" : String(v));
const item = (v: unknown): string => (s(v) ? `"${s(v)}": ` : "");
const band = (v: unknown): string => ({ achieved: "achieved", partial: "partly achieved", not: "not achieved" } as Record<string, string>)[s(v)] ?? s(v);

export const enUS: MessageBook = {
  lang: "en-US",
  findings: {
    "low-execution": (p) => `${item(p.item)}execution rate ${s(p.rate)} is below ${s(p.threshold)}`,
    "low-execution.no-budget": (p) => `${item(p.item)}the budget is zero or empty, so there is no execution rate (which is not a 0% rate); check the budget`,
    "unmet-target.declared": (p) => `${item(p.item)}target status is recorded as "${s(p.status)}"`,
    "unmet-target.numeric": (p) => `${item(p.item)}actual ${s(p.actual)} does not meet the target ${s(p.target)}`,
    "unmet-target.partial": (p) => `${item(p.item)}"${s(p.actual)}" only partly meets the target "${s(p.target)}"`,
    "unmet-target.qualitative": (p) => `${item(p.item)}"${s(p.actual)}" does not meet the target "${s(p.target)}"`,
    "unmet-target.deadline": (p) => `${item(p.item)}completed ${s(p.actual)}, after the deadline "${s(p.target)}"`,
    "rate-mismatch": (p) => `${item(p.item)}stated execution rate ${s(p.stated)} differs from actual ÷ budget = ${s(p.computed)}`,
    "total-mismatch.amount": (p) => `${item(p.item)}${s(p.column) ? s(p.column) + " " : ""}total ${s(p.stated)} differs from the sum of the items, ${s(p.computed)} (off by ${s(p.diff)})`,
    "total-mismatch.weight": (p) => `${item(p.item)}stated total weight ${s(p.stated)} differs from the sum of the weights, ${s(p.computed)}`,
    "total-mismatch.score": (p) => `${item(p.item)}stated total score ${s(p.stated)} differs from the sum of the scores, ${s(p.computed)} (off by ${s(p.diff)})`,
    "weight-sum": (p) => `weights add up to ${s(p.sum)}, not ${s(p.expected)}`,
    "weight-sum.group": (p) => `first-level group "${s(p.group)}" carries ${s(p.sum)} points instead of the usual ${s(p.expected)}; check it follows local rules`,
    "score-mismatch.over-weight": (p) => `${item(p.item)}score ${s(p.stated)} is above the weight ${s(p.weight)}`,
    "score-mismatch.quantitative": (p) => `${item(p.item)}the rules give ${s(p.computed)} (${s(p.formula)}), but ${s(p.stated)} is stated`,
    "score-mismatch.qualitative": (p) =>
      `${item(p.item)}"${s(p.actual)}" is in the ${band(p.band)} band, worth at most ${s(p.ceiling)}, but ${s(p.stated)} is stated`,
    "score-mismatch.execution": (p) => `execution score should be ${s(p.computed)} (${s(p.weight)} × ${s(p.rate)}), but ${s(p.stated)} is stated`,
    "missing-explanation.unmet": (p) => `${item(p.item)}target not met and no explanation given`,
    "missing-explanation.low-rate": (p) => `${item(p.item)}execution rate ${s(p.rate)} is below ${s(p.threshold)} and no explanation is given`,
    "grade-mismatch": (p) => `total score ${s(p.score)} means grade "${s(p.expected)}", but "${s(p.stated)}" is stated`,
    "target-exceeded": (p) => `${item(p.item)}actual ${s(p.actual)} is ${s(p.ratio)} of the target ${s(p.target)}; the target may be set too low`,
    "non-numeric-actual": (p) => `${item(p.item)}the target "${s(p.target)}" is a number but the actual is "${s(p.actual)}"`,
    "unit-mismatch": (p) => `${item(p.item)}the target "${s(p.target)}" and the actual "${s(p.actual)}" use different units`,
    "unit-mismatch.amount": (p) => `${item(p.item)}the amount "${s(p.actual)}" is not in this table's unit (${s(p.target)}); left out of rates and totals`,
    "over-budget": (p) => `${item(p.item)}actual spending ${s(p.actual)} exceeds the budget ${s(p.budget)}`,
    "execution-cap": (p) => `with execution at ${s(p.rate)} the total may not exceed ${s(p.cap)}, but ${s(p.score)} is stated`,
    "rule-based-total": (p) => `the rules give a total of ${s(p.computed)} (stated: ${s(p.stated)})`,
  },
  problems: {
    empty: () => "The cell is empty",
    "not-a-number": (t) => `'${t}' is not a number`,
    "bad-target": (t) => `The target '${t}' cannot be read`,
    "bad-date": (t) => `'${t}' is not a valid date`,
    "no-budget": () => "The budget is zero or empty, so there is no execution rate",
    "unit-mismatch": (t, o) => `'${t}' and '${o}' use different units`,
    "cannot-judge": (t) => `Cannot tell from '${t}' whether the target was met`,
    "bad-weight": (t) => `The weight '${t}' is not valid`,
    "bad-score": (t) => `The score '${t}' is not valid`,
    "shape-mismatch": () => "The argument ranges have different sizes",
    "error-value": (t) => `The cell holds the error ${t}`,
  },
  words: {
    severity: { error: "error", warning: "warning", info: "info" },
    band: { achieved: "achieved", partial: "partly achieved", not: "not achieved" },
    layout: {
      "line-items": "line-item table",
      "self-evaluation": "project self-evaluation form",
      indicators: "indicator table",
      mixed: "several tables",
      unrecognised: "layout not recognised; not audited",
      empty: "empty sheet",
    },
  },
};
