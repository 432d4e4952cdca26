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
  /** Under a funds total: which breakdown the row belongs to (source: 财政拨款…; kind: 基本支出…), if its words say. */
  breakdown?: string | null;
}

/** A line-item table (明细表) or the funds block of the self-evaluation form. */
export interface AmountBlock {
  kind: "line-items" | "funds";
  headerRow: number;
  columns: Columns;
  /** 万元 or 元 from a unit note (单位：万元) or the header, if stated. */
  unit: string | null;
  rows: AmountRow[];
  /** Where the header sits (two rows when 年度指标值 spans 指标性质 | 指标值 | 度量单位) and where data begins. */
  headerRows?: number[];
  firstDataRow?: number;
  /** The last row the block covers (the goals block, or the next header, ends it). */
  lastRow?: number;
  /** Each header cell read, with the role it was given (null: read past). */
  headerCells?: HeaderCell[];
  /** The execution weight the form states (分值 cell, 得分(20分*执行率), 预算执行情况(20分)), if any. */
  executionWeight?: number | null;
}

export interface HeaderCell {
  row: number;
  col: number;
  text: string;
  role: Role | null;
  /** The role (or, with role null, reading past the column) came from the user (--map, a pick), not from the header's words. */
  mapped?: boolean;
}

/** A weight stated in a group label, 产出指标(50分), with the rows of the group. */
export interface LabelWeight {
  group: string;
  level: 1 | 2;
  stated: number;
  row: number;
  col: number;
  rows: number[];
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
  /** 年初指标值 as written, when the block has one beside the 调整指标值 (the target); "" when blank. */
  initialTargetText?: string;
  initialTargetCol?: number;
}

export interface IndicatorBlock {
  kind: "indicators";
  headerRow: number;
  columns: Columns;
  rows: IndicatorRow[];
  /** The 总分 / 合计 row, if the block has one. */
  total: { row: number; weight: Num | null; score: Num | null; overall?: boolean; label?: string } | null;
  /** Every total row of the block: a 合计 of its own rows, and the form's 总分 (which includes the execution score). */
  totals?: IndicatorTotal[];
  headerRows?: number[];
  firstDataRow?: number;
  lastRow?: number;
  headerCells?: HeaderCell[];
  /** Rows left as in the template (指标2, ……): not read, not counted. */
  placeholders?: number[];
  /** The explanation written as a row at the bottom of the block (偏差大或目标未完成原因分析). */
  explanationRow?: { row: number; col: number; text: string } | null;
  /** Weights stated in labels (产出指标(50分)). */
  labelWeights?: LabelWeight[];
  /** A total weight stated in the header or the block's label (绩效指标(90分)). */
  statedWeight?: number | null;
  /** The label cell that states it (绩效指标(90分) in the header, 年度绩效目标2(60分) above it). */
  statedWeightAt?: { row: number; col: number } | null;
  /** The grade stated next to this block's total. */
  grade?: StatedGrade | null;
}

export interface IndicatorTotal {
  row: number;
  label: string;
  /** 总分: the form's overall score, which includes the funds block's execution score. */
  overall: boolean;
  weight: Num | null;
  score: Num | null;
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
  /** Every grade stated on the sheet, in order. */
  grades?: StatedGrade[];
  /** Blocks the sheet seems to hold but that could not be read, and why. */
  unread?: UnreadBlock[];
}

/** A header row that names some roles of a layout but not enough to read it. */
export interface UnreadBlock {
  expected: "indicators" | "line-items";
  row: number;
  found: Role[];
  missing: Role[];
  /** The header row's text cells, with the role each was given (null: none), so a user can assign the rest. */
  cells?: HeaderCell[];
}
