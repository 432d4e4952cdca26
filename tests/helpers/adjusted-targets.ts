/**
 * Sheets for the 年初指标值 / 调整指标值 checks: an indicator table with both columns (D: 年初, E: 调整), and
 * funds blocks whose 年度资金总额 was left at 0 or blank above the rows that hold the money.
 */
import type { CellValue } from "../../src/core/grid/grid";
import type { SheetSpec } from "./grid";

type V = CellValue | undefined;

export interface Adjusted {
  name: string;
  initial: V;
  adjusted: V;
  actual: V;
  weight: V;
  score: V;
  note?: V;
}

export const ADJUSTED_HEADER = ["一级指标", "二级指标", "三级指标", "年初指标值", "调整指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

/** Rows 2–5: every target kept as set at the start of the year (调整指标值 repeats it), every one met. */
export const UNCHANGED: readonly Adjusted[] = [
  { name: "培训人次", initial: "≥100人次", adjusted: "≥100人次", actual: "120人次", weight: 40, score: 40 },
  { name: "检查次数", initial: "≥10次", adjusted: "≥10次", actual: "10次", weight: 30, score: 30 },
  { name: "项目成本", initial: "≤50万元", adjusted: "≤50万元", actual: "48万元", weight: 20, score: 20 },
  { name: "完成时限", initial: "2023年12月底前", adjusted: "2023年12月底前", actual: "2023年11月20日", weight: 10, score: 10 },
];

/** UNCHANGED with some rows changed (0-based index → fields to replace). */
export function adjustedRows(changes: Record<number, Partial<Adjusted>>): Adjusted[] {
  return UNCHANGED.map((r, i) => ({ ...r, ...(changes[i] ?? {}) }));
}

/**
 * An indicator table at A1 with 年初指标值 (D) and 调整指标值 (E). `explanationRow` puts the explanation in a row
 * at the bottom (偏差大或目标未完成原因分析) and leaves the explanation column out.
 */
export function adjustedTargets(rows: readonly Adjusted[], opts: { explanationRow?: string } = {}): SheetSpec {
  const withColumn = opts.explanationRow === undefined;
  const header = withColumn ? ADJUSTED_HEADER : ADJUSTED_HEADER.slice(0, -1);
  const body = rows.map((r, i) => {
    const cells: V[] = [i === 0 ? "产出指标" : null, i === 0 ? "数量指标" : null, r.name, r.initial, r.adjusted, r.actual, r.weight, r.score];
    if (withColumn) cells.push(r.note ?? null);
    return cells;
  });
  const out: V[][] = [header, ...body];
  if (!withColumn) out.push(["偏差大或目标未完成原因分析", opts.explanationRow ?? ""]);
  return { rows: out, merges: rows.length > 1 ? [`A2:A${rows.length + 1}`, `B2:B${rows.length + 1}`] : [] };
}

/** The funds block of the national form with its 年度资金总额 row (row 2) given, over the source rows (rows 3–). */
export function fundsOver(total: [V, V, V], parts: [string, V, V, V][], opts: { score?: V; weight?: V } = {}): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", ...total, opts.weight === undefined ? 10 : opts.weight, null, opts.score ?? null],
      ...parts.map(([name, a, b, c]) => ["", name, a, b, c]),
    ],
  };
}
