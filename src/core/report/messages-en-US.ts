import type { ReportMessages } from "./codes";

const item = (s: string): string => (s ? `"${s}": ` : "");

export const reportEnUS: ReportMessages = {
  lang: "en-US",
  what: { budget: "budget", initialBudget: "initial budget", actual: "spending", rate: "execution rate", score: "score", count: "count", grade: "grade" },
  findings: {
    "report-number-mismatch": (p) => `${item(p.item)}the report gives the ${reportEnUS.what[p.what]} as ${p.stated}; the form shows ${p.shown}`,
    "report-inconsistent": (p) =>
      `${item(p.item)}the report gives the ${reportEnUS.what[p.what]} as ${p.first} (${p.firstAt}) and as ${p.second} here; the form shows ${p.shown}${p.otherShown ? `, and ${p.otherShown} as ${p.otherLabel}` : ""}`,
    "report-missing-unit": (p) => `${item(p.item)}the ${reportEnUS.what[p.what]} ${p.stated} has no unit (the form uses ${p.unit})`,
    "report-score-claim.total": (p) => `the report claims a total of ${p.stated}; the rules give ${p.computed}${p.form ? ` (the form states ${p.form})` : ""}`,
    "report-score-claim.grade": (p) => `the report claims grade "${p.stated}"; the rules' total of ${p.score} means "${p.computed}"`,
    "report-score-claim.indicator": (p) => `${item(p.item)}the report claims a score of ${p.stated}; the rules give ${p.computed}`,
    "report-unmentioned.unmet": (p) => `${item(p.item)}target not met, and the report never mentions it`,
    "report-unmentioned.low-execution": (p) => `${item(p.item)}execution rate ${p.rate} is low, and the report never mentions it`,
  },
};
