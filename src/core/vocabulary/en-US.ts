/**
 * The English words the engine recognises, from grant programmes and international projects. Each word
 * matches whole English words of a header; a trailing `*` takes any ending. Order matters as in zh-CN.ts.
 */
import type { LabelWords, RoleWords } from "./types";

export const HEADERS_EN: readonly RoleWords[] = [
  { role: "ignore", words: ["coefficient", "factor", "criteria", "scoring method", "scoring rule*"] },
  { role: "explanation", words: ["reason*", "explanation*", "comment*", "note*", "remark*", "justification*", "cause*", "deviation*", "why"] },
  { role: "weight", words: ["weight*", "weighting", "points", "max score", "maximum score", "full score", "full marks", "max points", "points possible"] },
  { role: "score", words: ["score*", "points awarded", "marks", "self assessment"] },
  { role: "grade", words: ["grade", "rating"] },
  { role: "rate", words: ["rate", "execution rate", "percent*", "utilisation", "utilization", "burn rate", "ratio"] },
  { role: "indicatorActual", words: ["actual value", "achieved value", "actual result*", "result*", "outcome*", "actual achievement"] },
  { role: "status", words: ["achieved", "met", "status", "target met", "completed", "accomplished", "done"] },
  { role: "level1", words: ["level 1", "level1", "first level", "category"] },
  { role: "level2", words: ["level 2", "level2", "second level", "subcategory", "sub category"] },
  { role: "level3", words: ["level 3", "level3", "third level", "indicator*", "kpi*"] },
  { role: "initialTarget", words: ["original target", "initial target", "baseline target"] },
  // "Value" alone: the target's value under "Annual target" (Operator | Value | Unit), as 指标值 is in Chinese.
  { role: "target", words: ["target*", "planned value", "goal", "expected value", "target value"], exact: ["value"] },
  { role: "operator", words: ["operator", "comparison"] },
  { role: "unit", words: ["unit", "units", "uom", "unit of measure"] },
  // A budget line is the item, not its amount: before the budget and spending words it contains.
  { role: "name", words: ["budget item*", "budget line*", "expenditure item*", "expense item*", "cost item*"] },
  { role: "initialBudget", words: ["original budget", "initial budget", "opening budget"] },
  { role: "fullBudget", words: ["revised budget", "adjusted budget", "final budget", "full year budget", "annual budget"] },
  { role: "amountActual", words: ["actual*", "spent", "spending", "spend", "expenditure*", "expended", "disburs*", "paid", "used", "utilised", "utilized", "outturn"] },
  { role: "budget", words: ["budget*", "allocation*", "allocated", "appropriation*", "approved", "planned amount", "grant amount", "funding"] },
  { role: "name", words: ["item*", "line item", "project*", "name", "activity", "activities", "description", "component*", "programme", "program", "line"] },
  { role: "seq", words: ["no", "seq", "sn", "s n", "number"], exact: ["#"] },
];

export const LABELS_EN: LabelWords = {
  total: ["total", "grand total", "overall", "sum"],
  overallTotal: ["total score", "overall score", "overall"],
  subtotal: ["subtotal", "sub total", "sub-total"],
  breakdown: ["of which", "including"],
  breakdownFamilies: { source: ["government", "fiscal", "carried", "other"], kind: ["basic", "project expenditure"] },
  breakdownClosers: { source: ["other"], kind: ["basic&project expenditure"] },
  goals: ["overall goal", "overall objective", "annual objective"],
  gradeLabels: ["grade", "rating", "overall grade"],
  // 优 / 良 / 中 / 差 as English forms write them (keys as labelKey makes them: lower case, no spaces).
  grades: { excellent: "优", outstanding: "优", good: "良", fair: "中", average: "中", satisfactory: "中", poor: "差", fail: "差", unsatisfactory: "差" },
  explanationRows: ["reasons for deviation", "reason for shortfall"],
  emptyExplanations: ["n/a", "na", "none", "nil", "no", "nothing"],
  bandPartial: ["partly", "partially", "partial", "mostly", "in part", "in progress"],
  bandNot: ["no", "n", "not", "unmet", "not met", "failed"],
  bandAchieved: ["yes", "y", "met", "achieved", "done", "completed", "complete"],
};
