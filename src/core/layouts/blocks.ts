import type { Result } from "../parse/result";
import type { Actual, Target } from "../parse/target";
import type { IndicatorResult } from "../scoring/scoring";
import type { Role } from "./headers";
import type { Num } from "./read";

export type Columns = Partial<Record<Role, number>>;

/** Row kinds in amount tables. */
export type AmountRowKind = "item" | "category" | "subtotal" | "total";

export interface AmountRow {
  row: number;
  kind: AmountRowKind;
  name: string;
  /** The column holding the name (or the 合计 label), for pointing at the row. */
  nameCol: number | undefined;
  budget: Num | null;
  initialBudget: Num | null;
  actual: Num | null;
  rate: Num | null;
  weight: Num | null;
  score: Num | null;
  status: string;
  /** null when the table has no explanation column. */
  explanation: string | null;
  /** The row's amounts are in different units (950000元 in a 万元 table): they are not compared. */
  unitClash: boolean;
}

/** A line-item table (明细表) or the funds block of the self-evaluation form. */
export interface AmountBlock {
  kind: "line-items" | "funds";
  headerRow: number;
  columns: Columns;
  /** 万元 or 元 from a unit note (单位：万元) or the header, if stated. */
  unit: string | null;
  rows: AmountRow[];
}

export interface IndicatorRow {
  row: number;
  level1: string;
  level2: string;
  name: string;
  /** The target as written (operator, value and unit joined when split over columns). */
  targetText: string;
  target: Result<Target> | null;
  actual: Result<Actual> | null;
  actualText: string;
  weight: Num | null;
  score: Num | null;
  status: string;
  explanation: string | null;
  /** The rule's verdict, when target, actual and weight allow one. */
  result: Result<IndicatorResult> | null;
  /** Cells to point at. */
  targetCol: number | undefined;
  actualCol: number | undefined;
}

export interface IndicatorBlock {
  kind: "indicators";
  headerRow: number;
  columns: Columns;
  rows: IndicatorRow[];
  /** The 总分 / 合计 row, if the block has one. */
  total: { row: number; weight: Num | null; score: Num | null } | null;
}

export type Block = AmountBlock | IndicatorBlock;

/** A grade stated on the sheet (自评等级：优), with the cell that holds it. */
export interface StatedGrade {
  grade: string;
  row: number;
  col: number;
}

/** What the layout pass found on a sheet: the input to every rule. */
export interface SheetModel {
  blocks: Block[];
  grade: StatedGrade | null;
}
