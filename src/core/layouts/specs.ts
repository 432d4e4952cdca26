/**
 * The layouts the detector knows, as data: the roles a header row must name, the roles it may name, and
 * how its block ends. Detection runs these in list order; adding a layout is one spec here plus tests.
 */
import type { Role } from "../vocabulary";

export interface LayoutSpec {
  id: "line-items" | "funds" | "indicators";
  /** How its rows are read: amounts (budget, actual, rate) or indicators (target, actual, weight, score). */
  kind: "amount" | "indicators";
  /** Each entry: at least one of these roles must be named by the header. */
  needs: readonly (readonly Role[])[];
  may: readonly Role[];
  /** Fewest roles a header row must name. */
  minRoles: number;
  /** Columns whose numbers mark a row as data (so it is no header). */
  valueRoles: readonly Role[];
  /** What ends the block besides the next header: the goals block (年度总体目标) for the funds block. */
  endsAtGoals: boolean;
  /** A role that stands in for a missing one: [missing, stand-in] (实际完成情况 is the actual of an indicator table without 实际完成值). */
  standIns?: readonly (readonly [Role, Role])[];
  /** Row labels its rows may carry, for the account of what was recognised. */
  rowLabels: readonly ("item" | "category" | "subtotal" | "total" | "breakdown" | "placeholder" | "explanation" | "grade")[];
}

/** Blocks without rows of their own: they are recognised by a label and never read as data. */
export const LABEL_BLOCKS = {
  /** 年度总体目标 | 预期目标 | 实际完成情况: prose, even when a unit typed numbers there. */
  goals: "goals",
  /** 自评等级 | 良 next to a total. */
  grade: "grade",
} as const;

export const LAYOUT_SPECS: readonly LayoutSpec[] = [
  {
    // Line-item tables (明细表) and the funds block of the national form; a weight or score column, or a
    // 资金总额 row, makes it the funds block.
    id: "line-items",
    kind: "amount",
    needs: [["budget", "fullBudget", "initialBudget"], ["amountActual"]],
    may: ["seq", "name", "rate", "status", "explanation", "weight", "score"],
    minRoles: 2,
    valueRoles: ["budget", "fullBudget", "initialBudget", "amountActual", "rate"],
    endsAtGoals: true,
    rowLabels: ["item", "category", "subtotal", "total", "breakdown"],
  },
  {
    id: "indicators",
    kind: "indicators",
    needs: [["target", "initialTarget"], ["indicatorActual", "score", "weight"]],
    may: ["level1", "level2", "level3", "name", "operator", "unit", "status", "explanation", "grade", "seq"],
    minRoles: 3,
    standIns: [["indicatorActual", "status"]],
    valueRoles: ["target", "initialTarget", "indicatorActual", "weight", "score"],
    endsAtGoals: false,
    rowLabels: ["item", "total", "placeholder", "explanation", "grade"],
  },
];

/** Roles that show a row was meant as an indicator header even when a spec's needs are not met. */
export const INDICATOR_HINTS: readonly Role[] = ["level1", "level2", "level3", "target", "initialTarget", "indicatorActual"];
/** Roles that show a row was meant as an amount header. */
export const AMOUNT_HINTS: readonly Role[] = ["budget", "fullBudget", "initialBudget", "amountActual", "rate"];
