/**
 * The three layouts of domain.md §4 as compact builders, so each rule test states only the cells it is
 * about. Every builder returns a SheetSpec (see grid.ts): plain rows, formats and merges.
 */
import type { CellValue } from "../../src/core/grid/grid";
import { a1 } from "../../src/core/grid/grid";
import type { SheetSpec } from "./grid";

type V = CellValue | undefined;

/** One row of a line-item table. `label` rows (一、…, 小计, 合计) carry their label in the name column. */
export interface LineItem {
  name: string;
  budget?: V;
  actual?: V;
  rate?: V;
  status?: V;
  note?: V;
  /** Put the label in the 序号 column instead of the name column (合计 often sits there). */
  labelInSeq?: boolean;
  /** Leave the 序号 cell empty (category, subtotal and total rows). */
  noSeq?: boolean;
}

export interface LineItemOptions {
  title?: string;
  /** A unit note above the header, such as 单位：万元. */
  unit?: string;
  /** Headers; default 序号 | 项目名称 | 预算数 | 执行数 | 执行率 | 绩效目标完成情况 | 情况说明. */
  header?: string[];
  /** Format of the amount cells (default 0.00) and of the rate cells (default 0.00%). */
  amountFormat?: string | null;
  rateFormat?: string | null;
  sheet?: string;
}

export const LINE_ITEM_HEADER = ["序号", "项目名称", "预算数", "执行数", "执行率", "绩效目标完成情况", "情况说明"];

/**
 * A line-item table at A1: optional title (row 1, merged across) and unit note (next row), then the header,
 * then one row per item. Returns the spec and the sheet row of the first item, so tests can name cells.
 */
export function lineItems(items: LineItem[], opts: LineItemOptions = {}): SheetSpec & { firstItemRow: number; headerRow: number } {
  const header = opts.header ?? LINE_ITEM_HEADER;
  const width = header.length;
  const rows: V[][] = [];
  const merges: string[] = [];
  if (opts.title !== undefined) {
    rows.push([opts.title]);
    merges.push(`A1:${a1(1, width).replace(/\d+$/, "")}1`);
  }
  if (opts.unit !== undefined) {
    const r: V[] = new Array(width).fill(null);
    r[width - 1] = opts.unit;
    rows.push(r);
  }
  rows.push(header);
  const headerRow = rows.length;
  let seq = 0;
  for (const it of items) {
    const isLabel = it.noSeq || it.labelInSeq;
    const first: V = it.labelInSeq ? it.name : isLabel ? null : ++seq;
    rows.push([first, it.labelInSeq ? null : it.name, it.budget, it.actual, it.rate, it.status, it.note].slice(0, width));
  }
  const last = rows.length;
  const formats: Record<string, string> = {};
  const amountFormat = opts.amountFormat === undefined ? "0.00" : opts.amountFormat;
  const rateFormat = opts.rateFormat === undefined ? "0.00%" : opts.rateFormat;
  if (last > headerRow) {
    if (amountFormat) formats[`C${headerRow + 1}:D${last}`] = amountFormat;
    if (rateFormat && width >= 5) formats[`E${headerRow + 1}:E${last}`] = rateFormat;
  }
  const spec: SheetSpec & { firstItemRow: number; headerRow: number } = { rows, formats, merges, firstItemRow: headerRow + 1, headerRow };
  if (opts.sheet) spec.sheet = opts.sheet;
  return spec;
}

/** One indicator row. `l1`/`l2` start a new first/second-level group; omitted, the row belongs to the group above. */
export interface Indicator {
  l1?: string;
  l2?: string;
  name: string;
  target: V;
  actual: V;
  weight: V;
  score: V;
  note?: V;
}

export interface IndicatorOptions {
  title?: string;
  /** The 总分 row: weight and score (omit for none). */
  total?: { weight?: V; score?: V };
  /** A grade row below the table: 自评等级 | 优. */
  grade?: string;
  /** false: repeat 一级/二级 on each row instead of merging them downward. */
  merged?: boolean;
  header?: string[];
  sheet?: string;
}

export const INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

/** A stand-alone indicator table at A1 (header at row 1, or row 2 under a title). */
export function indicators(list: readonly Indicator[], opts: IndicatorOptions = {}): SheetSpec & { firstRow: number; headerRow: number; totalRow: number | null; gradeRow: number | null } {
  const rows: V[][] = [];
  const merges: string[] = [];
  const header = opts.header ?? INDICATOR_HEADER;
  if (opts.title !== undefined) {
    rows.push([opts.title]);
    merges.push(`A1:${a1(1, header.length).replace(/\d+$/, "")}1`);
  }
  rows.push(header);
  const headerRow = rows.length;
  const merged = opts.merged ?? true;
  let l1 = "";
  let l2 = "";
  let l1Start = 0;
  let l2Start = 0;
  const closeRun = (col: string, start: number, end: number): void => {
    if (merged && start > 0 && end > start) merges.push(`${col}${start}:${col}${end}`);
  };
  list.forEach((ind) => {
    const r = rows.length + 1;
    if (ind.l1 !== undefined) {
      closeRun("A", l1Start, r - 1);
      closeRun("B", l2Start, r - 1);
      l1 = ind.l1;
      l1Start = r;
      l2Start = 0;
    }
    if (ind.l2 !== undefined) {
      closeRun("B", l2Start, r - 1);
      l2 = ind.l2;
      l2Start = r;
    }
    const showL1 = !merged || ind.l1 !== undefined ? l1 : null;
    const showL2 = !merged || ind.l2 !== undefined ? l2 : null;
    rows.push([showL1, showL2, ind.name, ind.target, ind.actual, ind.weight, ind.score, ind.note ?? null]);
  });
  const lastData = rows.length;
  closeRun("A", l1Start, lastData);
  closeRun("B", l2Start, lastData);
  let totalRow: number | null = null;
  if (opts.total) {
    rows.push(["总分", null, null, null, null, opts.total.weight ?? null, opts.total.score ?? null, null]);
    totalRow = rows.length;
    merges.push(`A${totalRow}:E${totalRow}`);
  }
  let gradeRow: number | null = null;
  if (opts.grade !== undefined) {
    rows.push(["自评等级", opts.grade]);
    gradeRow = rows.length;
  }
  const spec = { rows, merges, firstRow: headerRow + 1, headerRow, totalRow, gradeRow } as SheetSpec & {
    firstRow: number;
    headerRow: number;
    totalRow: number | null;
    gradeRow: number | null;
  };
  if (opts.sheet) spec.sheet = opts.sheet;
  return spec;
}

/**
 * A clean indicator set on the national default split (产出 50, 效益 30, 满意度 10, 预算执行率 10):
 * every target met exactly, every score the full weight. Rows 2–9 of `indicators(CLEAN_INDICATORS)`.
 */
export const CLEAN_INDICATORS: readonly Indicator[] = [
  { l1: "产出指标", l2: "数量指标", name: "检查矿山数量", target: "≥4座", actual: "4座", weight: 20, score: 20 },
  { name: "培训期数", target: "≥2期", actual: "2期", weight: 10, score: 10 },
  { l2: "质量指标", name: "报告出具率", target: "100%", actual: "100%", weight: 10, score: 10 },
  { l2: "时效指标", name: "完成及时性", target: "及时", actual: "及时", weight: 10, score: 10 },
  { l1: "效益指标", l2: "社会效益指标", name: "较大事故起数", target: "0起", actual: "0起", weight: 15, score: 15 },
  { l2: "可持续影响指标", name: "举报机制", target: "建立", actual: "已建立", weight: 15, score: 15 },
  { l1: "满意度指标", l2: "服务对象满意度指标", name: "受益对象满意度", target: "≥90%", actual: "95%", weight: 10, score: 10 },
  { l1: "预算执行", l2: "预算执行率", name: "预算执行率", target: "100%", actual: "100%", weight: 10, score: 10 },
];

/** CLEAN_INDICATORS with some rows changed (0-based index → fields to replace). */
export function changed(changes: Record<number, Partial<Indicator>>, base: readonly Indicator[] = CLEAN_INDICATORS): Indicator[] {
  return base.map((ind, i) => ({ ...ind, ...(changes[i] ?? {}) }));
}

export interface Funds {
  initial: V;
  full: V;
  actual: V;
  weight?: V;
  rate?: V;
  score?: V;
}

/**
 * The national project self-evaluation form (项目支出绩效自评表) as in the official template, at A1:
 * title rows 1–2, 项目名称 row 3, 主管部门 row 4, funds header row 5 (年初预算数 D | 全年预算数 E |
 * 全年执行数 F | 分值 G | 执行率 H | 得分 I), 年度资金总额 row 6, sub-rows 7–9, 年度总体目标 rows 10–11,
 * indicator header row 12 (一级 B | 二级 C | 三级 D | 指标值 E | 实际 F | 分值 G | 得分 H | 偏差原因 I),
 * indicators from row 13, then 总分.
 */
export function selfEvaluationForm(funds: Funds, list: readonly Indicator[], opts: { total?: { weight?: V; score?: V }; sheet?: string } = {}): SheetSpec & { totalRow: number } {
  const rows: V[][] = [
    ["项目支出绩效自评表"],
    ["（2019年度）"],
    ["项目名称", "金属非金属矿山隐患排查项目"],
    ["主管部门", "市应急管理局", null, null, null, "实施单位", null, "市应急管理局"],
    ["项目资金（万元）", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", null, funds.initial, funds.full, funds.actual, funds.weight === undefined ? 10 : funds.weight, funds.rate, funds.score],
    [null, "其中：当年财政拨款", null, 0, 0, 0, "—", "—", "—"],
    [null, "上年结转资金", null, funds.initial, funds.full, funds.actual, "—", "—", "—"],
    [null, "其他资金", null, 0, 0, 0, "—", "—", "—"],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
    [null, "完成全市矿山隐患排查。", null, null, null, "已完成排查。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ];
  const merges = ["A1:J1", "A2:J2", "B3:J3", "B4:E4", "F4:G4", "H4:J4", "A5:A9", "B5:C5", "I5:J5", "B6:C6", "I6:J6", "B7:C7", "I7:J7", "B8:C8", "I8:J8", "B9:C9", "I9:J9", "A10:A11", "B10:E10", "F10:J10", "B11:E11", "F11:J11", "I12:J12"];
  const first = rows.length + 1;
  let l1Start = 0;
  let l2Start = 0;
  const close = (col: string, start: number, end: number): void => {
    if (start > 0 && end > start) merges.push(`${col}${start}:${col}${end}`);
  };
  list.forEach((ind) => {
    const r = rows.length + 1;
    if (ind.l1 !== undefined) {
      close("B", l1Start, r - 1);
      close("C", l2Start, r - 1);
      l1Start = r;
      l2Start = 0;
    }
    if (ind.l2 !== undefined) {
      close("C", l2Start, r - 1);
      l2Start = r;
    }
    rows.push([null, ind.l1 ?? null, ind.l2 ?? null, ind.name, ind.target, ind.actual, ind.weight, ind.score, ind.note ?? null]);
    merges.push(`I${r}:J${r}`);
  });
  const last = rows.length;
  close("B", l1Start, last);
  close("C", l2Start, last);
  merges.push(`A${first - 1}:A${last}`);
  rows.push(["总分", null, null, null, null, null, opts.total?.weight ?? null, opts.total?.score ?? null]);
  const totalRow = rows.length;
  merges.push(`A${totalRow}:F${totalRow}`, `I${totalRow}:J${totalRow}`);
  const spec: SheetSpec & { totalRow: number } = { rows, merges, formats: { H6: "0.00%" }, totalRow };
  if (opts.sheet) spec.sheet = opts.sheet;
  return spec;
}

/** The indicators of the form: CLEAN_INDICATORS without the 预算执行率 row (the funds block carries those 10 points). */
export const FORM_INDICATORS: readonly Indicator[] = CLEAN_INDICATORS.slice(0, 7);

/** A report pasted into a sheet as text, one paragraph per row (as people do with the 自评报告). */
export const PROSE: SheetSpec = {
  rows: [
    ["2019年度安全生产专项资金绩效自评报告"],
    ["一、项目基本情况"],
    ["2019年安全生产专项资金预算数1940万元，执行数1465.45万元，预算执行率75.54%。"],
    ["（一）项目绩效目标"],
    ["全年共设置16个绩效目标，其中11个完成，5个未完成，总体得分84.75分。"],
    ["二、绩效目标完成情况"],
    ["检查非煤矿山6座，目标≥4座；开展应急演练0次，目标≥1次。"],
    [],
    ["三、存在的问题及改进措施"],
    ["因机构改革，部分项目未能按计划执行。"],
    ["附件：项目支出明细表"],
  ],
};
