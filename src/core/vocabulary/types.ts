import type { Role } from "./roles";

/**
 * One line of a header vocabulary: a header has `role` when it contains one of `words` (or is one of
 * `exact`) and none of `unless`. Entries are tried in list order and the first that holds wins, so an
 * entry placed earlier overrides a later one (权重 before 执行率: 执行率权重 is a weight).
 *
 * Chinese words match inside the header's compact key (spaces and brackets removed). ASCII words match
 * whole English words of the header, in sequence; a trailing `*` matches any ending (`disburs*`).
 */
export interface RoleWords {
  /** `ignore`: a column to read past (评分标准, 得分系数): it must never take another role. */
  role: Role | "ignore";
  words?: readonly string[];
  exact?: readonly string[];
  unless?: readonly string[];
}

/** Row labels, grade words, placeholders, empty explanations and qualitative bands of one language. */
export interface LabelWords {
  /** A row whose label starts with one of these totals the rows above it (or the breakdown below it). */
  total: readonly string[];
  /** Totals that are the form's overall score: they include the funds block's execution score. */
  overallTotal: readonly string[];
  subtotal: readonly string[];
  /** 其中: a row that starts a breakdown of the total above. */
  breakdown: readonly string[];
  /** Words that say which breakdown of a funds total a row belongs to (by source, by kind). */
  breakdownFamilies: Readonly<Record<string, readonly string[]>>;
  /** Breakdowns that are complete only when this family word is among their rows (其他资金 closes the by-source list). */
  breakdownClosers: Readonly<Record<string, readonly string[]>>;
  /** Row labels that end a funds block: the goals block follows (年度总体目标, 预期目标). */
  goals: readonly string[];
  /** Labels of a stated grade (自评等级 | 良). */
  gradeLabels: readonly string[];
  /** Grade words and the grade each stands for. */
  grades: Readonly<Record<string, "优" | "良" | "中" | "差">>;
  /** Explanation rows at the bottom of an indicator block (偏差大或目标未完成原因分析). */
  explanationRows: readonly string[];
  /** Text that says "nothing to explain" where an explanation belongs. */
  emptyExplanations: readonly string[];
  /** Qualitative band words: prefixes for partial and not achieved, and words for achieved. */
  bandPartial: readonly string[];
  bandNot: readonly string[];
  bandAchieved: readonly string[];
}
