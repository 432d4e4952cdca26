/** What a column holds, as told by its header word. */
export type Role =
  | "seq"
  | "name"
  | "initialBudget"
  | "fullBudget"
  | "budget"
  | "amountActual"
  | "rate"
  | "status"
  | "explanation"
  | "level1"
  | "level2"
  | "level3"
  | "target"
  /** 年初指标值 next to 调整指标值: the adjusted one is the target; this one is read only when it is alone. */
  | "initialTarget"
  | "operator"
  | "unit"
  | "indicatorActual"
  | "weight"
  | "score"
  | "grade";

/** Every role, for --map and for listing a sheet's columns. */
export const ROLES: readonly Role[] = [
  "seq", "name", "initialBudget", "fullBudget", "budget", "amountActual", "rate", "status", "explanation",
  "level1", "level2", "level3", "target", "initialTarget", "operator", "unit", "indicatorActual", "weight", "score", "grade",
];
