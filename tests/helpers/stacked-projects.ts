/**
 * Two whole projects stacked on one sheet, each a funds block (年度资金总额 with 分值 and 得分) over its own
 * indicator block and 总分: what the rules must check project by project (issue 9 §14).
 */
import type { SheetSpec } from "./grid";

export interface Project {
  /** 全年执行数 of 100 budgeted. */
  actual: number;
  /** The funds block's 分值 (execution weight). */
  weight: number;
  /** The execution score stated. */
  score: number;
  /** The indicators' weights (and full scores), in order 产出, 效益, 满意度. */
  indicators?: [number, number, number];
  /** The 总分 stated; by default the stated scores' sum. */
  total?: number;
  /** The 总分's weight stated; by default the weights' sum. */
  totalWeight?: number;
}

function project(title: string, p: Project): SheetSpec["rows"] {
  const [a, b, c] = p.indicators ?? [50, 30, 10];
  return [
    [title],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", 100, 100, p.actual, p.weight, p.actual / 100, p.score],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "改造户数", "≥100户", "100户", a, a, ""],
    ["效益指标", "社会效益指标", "受益人口", "≥500人", "520人", b, b, ""],
    ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", c, c, ""],
    ["总分", "", "", "", "", p.totalWeight ?? a + b + c + p.weight, p.total ?? a + b + c + p.score, ""],
  ];
}

/** 项目一 on rows 1-8, 项目二 on rows 10-17 (its 年度资金总额 on row 12, its 总分 on row 17). */
export function twoProjects(first: Project, second: Project): SheetSpec {
  return { rows: [...project("项目一", first), [], ...project("项目二", second)], formats: { G3: "0.00%", G12: "0.00%" } };
}
