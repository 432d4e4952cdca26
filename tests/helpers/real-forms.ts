/**
 * Sheets laid out as published provincial, county and grant-programme forms lay them out (issue 9), built
 * cell by cell here (never copied from ../shared). The must-hold tests and the evaluation corpus share them.
 */
import type { SheetSpec } from "./grid";

const INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

/** English line items: one low and unmet, one with a wrong rate, one below 90% without a comment. */
export function englishLineItems(opts: { comment?: string; words?: string[] } = {}): SheetSpec {
  const header = opts.words ?? ["Item", "Allocation (RMB)", "Amount spent", "Spend rate", "Achieved?", "Comments"];
  return {
    rows: [
      header,
      ["Training", 100, 50, 0.5, "No", opts.comment ?? ""],
      ["Equipment", 200, 190, 0.9, "Yes", "Delivered"],
      ["Outreach", 80, 60, 0.75, "Yes", ""],
      ["Total", 380, 300, null, null, null],
    ],
    formats: { "D2:D4": "0.00%" },
  };
}

/** The funds block of the national form, its total broken down by source and again by kind. */
export function fundsTwice(opts: { total?: [number, number, number]; source?: boolean; kind?: boolean } = {}): SheetSpec {
  const [i, f, a] = opts.total ?? [200, 200, 180];
  const rows: (string | number | null)[][] = [
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", i, f, a, 10, f === 0 ? null : a / f, f === 0 ? null : (10 * a) / f],
  ];
  if (opts.source !== false) rows.push(["", "其中：当年财政拨款", 150, 150, 135], ["", "上年结转资金", 30, 30, 27], ["", "其他资金", 20, 20, 18]);
  if (opts.kind !== false) rows.push(["", "其中：基本支出", 80, 80, 72], ["", "项目支出", 120, 120, 108]);
  return { rows, formats: { G2: "0.00%" } };
}

/** 年度资金总额 left at 0 over the row that holds the money. */
export function zeroTotal(): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 0, 0, 0, 10, null, null],
      ["", "其中：当年财政拨款", 120, 118.5, 117.2],
    ],
  };
}

/** An indicator block whose 合计 adds up its own rows, a 总分 with the execution score, and a funds block below. */
export function ownTotalAboveFunds(opts: { overall?: number } = {}): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 50, 50, ""],
      ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "95%", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "96%", 10, 10, ""],
      ["合计", "", "", "", "", 90, 90, ""],
      ["总分", "", "", "", "", 100, opts.overall ?? 100, ""],
      [],
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 100, 100, 100, 10, 1, 10],
    ],
    formats: { G9: "0.00%" },
  };
}

/** One indicator: a cost cap ≤50万元 with 52万元 spent, weight 5, stated 5; the rest fills the block to 100. */
export function costOverrun(stated = 5, note = ""): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "成本指标", "项目成本", "≤50万元", "52万元", 5, stated, note],
      ["产出指标", "数量指标", "检查次数", "≥10次", "12次", 45, 45, ""],
      ["效益指标", "社会效益指标", "事故起数", "0起", "0起", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["预算执行率", "", "预算执行率", "100%", "100%", 10, 10, ""],
      ["总分", "", "", "", "", 100, 100 - 5 + stated, ""],
    ],
  };
}

/** Two indicator blocks stacked on one sheet, each with its 合计 and 评价等级. */
export function stackedBlocks(secondGrade = "良", secondScores: [number, number] = [40, 38]): SheetSpec {
  const total2 = secondScores[0] + secondScores[1];
  return {
    rows: [
      ["年度绩效目标1"],
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "培训人次", "≥100人次", "100人次", 60, 60, ""],
      ["效益指标", "社会效益指标", "知晓率", "≥90%", "85%", 40, 35, "宣传不足"],
      ["合计", "", "", "", "", 100, 95, ""],
      ["评价等级", "优"],
      [],
      ["年度绩效目标2"],
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "检查次数", "≥50次", "40次", 50, secondScores[0], "人员不足"],
      ["效益指标", "社会效益指标", "整改率", "≥100%", "76%", 50, secondScores[1], "整改周期长"],
      ["合计", "", "", "", "", 100, total2, ""],
      ["评价等级", secondGrade],
    ],
  };
}

/** 产出指标(50分) whose 三级 weights add up to `outputs`. */
export function labelWeights(outputs: [number, number, number] = [15, 15, 15]): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标(50分)", "数量指标", "培训人次", "≥100人次", "100人次", outputs[0], outputs[0], ""],
      ["", "质量指标", "合格率", "≥95%", "96%", outputs[1], outputs[1], ""],
      ["", "时效指标", "完成及时率", "100%", "100%", outputs[2], outputs[2], ""],
      ["效益指标(30分)", "社会效益指标", "知晓率", "≥90%", "92%", 30, 30, ""],
      ["满意度指标(10分)", "服务对象满意度", "满意度", "≥90%", "93%", 10, 10, ""],
      ["预算执行率(10分)", "", "预算执行率", "100%", "100%", 10, 10, ""],
    ],
    merges: ["A2:A4"],
  };
}

/** 指标2 and …… rows left in from the template, between two real indicators. */
export function placeholders(): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "培训人次", "≥100人次", "100人次", 50, 50, ""],
      ["产出指标", "数量指标", "指标2", "", "", null, null, ""],
      ["产出指标", "质量指标", "……", "", "", null, null, ""],
      ["效益指标", "社会效益指标", "知晓率", "≥90%", "95%", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["预算执行率", "", "预算执行率", "100%", "100%", 10, 10, ""],
      ["总分", "", "", "", "", 100, 100, ""],
    ],
  };
}

/** The national form with a two-row indicator header (年度指标值 over 指标性质 | 指标值 | 度量单位). */
export function twoRowNationalForm(opts: { firstScore?: number; secondScore?: number; reason?: string } = {}): SheetSpec {
  return {
    rows: [
      ["项目支出绩效自评表"],
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 100, 100, 100, 10, 1, 10],
      ["", "其中：当年财政拨款", 100, 100, 100],
      ["年度总体目标", "预期目标", "", "", "", "实际完成情况"],
      ["", 2019, "", "", "", 100],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "", "", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["", "", "", "指标性质", "指标值", "度量单位"],
      ["产出指标", "数量指标", "检查矿山数量", "≥", 286, "座", 290, 50, opts.firstScore ?? 45, ""],
      ["产出指标", "质量指标", "合格率", "═", 100, "%", 98, 40, opts.secondScore ?? 40, opts.reason ?? ""],
      ["总分", "", "", "", "", "", "", 100, 10 + (opts.firstScore ?? 45) + (opts.secondScore ?? 40), ""],
    ],
    merges: ["A1:J1", "A7:A8", "B7:B8", "C7:C8", "D7:F7", "G7:G8", "H7:H8", "I7:I8", "J7:J8"],
    formats: { G3: "0.00%" },
  };
}

/** The national form whose indicator header names no target column: the block cannot be read. */
export function unreadableIndicators(): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 100, 100, 100, 10, 1, 10],
      ["一级指标", "二级指标", "三级指标", "预期", "实际完成", "分数", "评定"],
      ["产出指标", "数量指标", "检查矿山数量", "286座", "253座", 50, 50],
    ],
    formats: { G2: "0.00%" },
  };
}

/** Targets and weights present, every 完成值 and 得分 empty. */
export function neverFilled(): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "培训人次", "≥100人次", "", 50, null, ""],
      ["效益指标", "社会效益指标", "知晓率", "≥90%", "", 30, null, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "", 10, null, ""],
      ["预算执行率", "", "预算执行率", "100%", "", 10, null, ""],
    ],
  };
}

/** An actual that repeats the target with its operator, and a score on a row with neither target nor actual. */
export function unsupportedScores(): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "新建管网长度", "≥266米", "≥266米", 50, 50, ""],
      ["效益指标", "社会效益指标", "群众满意", "", "", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["预算执行率", "", "预算执行率", "100%", "100%", 10, 10, ""],
    ],
  };
}

/** An unmet target whose explanation cell says 无 (or another token that explains nothing). */
export function emptyExplanation(token = "无"): SheetSpec {
  return costOverrun(4.81, token);
}

/** A line-item table with no header at all: prose. */
export const PROSE_SHEET: SheetSpec = {
  rows: [["2019年度项目支出绩效自评报告"], ["一、基本情况"], ["本项目年初预算 100 万元，全年执行 95 万元。"]],
};

/** A sheet whose headers name nothing the vocabulary knows: only --map makes it readable. */
export function unknownHeaders(): SheetSpec {
  return {
    rows: [
      ["科目", "年度盘子", "花掉的钱", "说到"],
      ["办公费", 100, 40, ""],
      ["差旅费", 50, 50, ""],
    ],
  };
}

/* ------------------------------------------------------------------------------------------------------
 * Further variants for the evaluation corpus (tests/eval/corpus.ts). Each comment says what a reviewer
 * finds on the sheet; the corpus states it as expected findings and must-nots.
 * ---------------------------------------------------------------------------------------------------- */

type Row = (string | number | null)[];

/** An English indicator table: one quantity target missed (80 of ≥100) with full marks and no reason. */
export function englishIndicators(): SheetSpec {
  return {
    rows: [
      ["Indicator group", "Indicator", "Annual target", "Actual value", "Weight", "Score", "Reason for deviation"],
      ["Output", "People trained", "≥100", "80", 50, 50, ""],
      ["Output", "Pass rate", "≥95%", "97%", 20, 20, ""],
      ["Outcome", "Beneficiary satisfaction", "≥90%", "93%", 20, 20, ""],
      ["Budget", "Budget execution rate", "100%", "100%", 10, 10, ""],
      ["Total", "", "", "", 100, 100, ""],
    ],
  };
}

/** Hubei's funds block: 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率); 80% executed, full 20 stated (the rule gives 16). */
export function hubeiFunds(): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
      ["", "年度资金总额", 100, 80, 0.8, 20],
      ["", "其中：财政资金", 100, 80],
    ],
    formats: { E2: "0.00%" },
  };
}

/** Provincial indicator words: 年度指标值（A） | 全年实际值（B） | 指标权重（分） | 指标得分（分） | 扣分原因和其他说明. Row 2 missed with full marks, no reason. */
export function provincialIndicators(): SheetSpec {
  return {
    rows: [
      ["一级指标", "二级指标", "三级指标", "年度指标值（A）", "全年实际值（B）", "指标权重（分）", "指标得分（分）", "扣分原因和其他说明"],
      ["产出指标", "数量指标", "培训人次", "≥100人次", "90人次", 20, 20, ""],
      ["产出指标", "质量指标", "合格率", "≥95%", "96%", 30, 30, ""],
      ["效益指标", "社会效益指标", "知晓率", "≥90%", "92%", 30, 30, ""],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", 10, 10, ""],
      ["预算执行", "预算执行率", "预算执行率", "100%", "100%", 10, 10, ""],
    ],
  };
}

/**
 * 执行率权重 | 执行率得分（分） over a funds row (75% executed, 10 stated, the rule gives 7.5), and an indicator
 * block with 权数 and a 得分系数（%） column beside the 得分: the coefficient is not a score.
 */
export function coefficientColumns(): SheetSpec {
  return {
    rows: [
      ["资金项目", "全年预算数", "全年执行数", "执行率", "执行率权重", "执行率得分（分）"],
      ["年度资金总额", 200, 150, 0.75, 10, 10],
      [],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权数", "得分系数（%）", "得分", "未完成原因分析"],
      ["产出指标", "数量指标", "培训人次", "≥100人次", "80人次", 20, 80, 16, "受疫情影响停训两期"],
      ["产出指标", "质量指标", "合格率", "≥95%", "96%", 30, 100, 30, ""],
      ["效益指标", "社会效益指标", "知晓率", "≥90%", "95%", 30, 100, 30, ""],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", 10, 100, 10, ""],
    ],
    formats: { D2: "0.00%" },
  };
}

/**
 * 年初指标值 next to 调整指标值: the adjusted one is the target. Row 2 met the adjusted ≥80 (85) but not the
 * first ≥100, and nothing explains the change; row 3's change is explained.
 */
export function adjustedTargets(actualHeader = "实际完成值"): SheetSpec {
  return {
    rows: [
      ["一级指标", "二级指标", "三级指标", "年初指标值", "调整指标值", actualHeader, "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "改造户数", "≥100户", "≥80户", "85户", 30, 30, ""],
      ["产出指标", "数量指标", "培训人次", "≥50人次", "≥40人次", "45人次", 20, 20, "年中预算调减，经批准调整指标"],
      ["效益指标", "社会效益指标", "知晓率", "≥90%", "≥90%", "93%", 30, 30, ""],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "≥90%", "95%", 10, 10, ""],
      ["预算执行", "预算执行率", "预算执行率", "100%", "100%", "100%", 10, 10, ""],
    ],
  };
}

/** An indicator block (total 84, so 良) whose grade row puts the label under 一级指标 and the grade under the 得分 column. */
export function gradeUnderScore(label = "评价等级", grade = "优"): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "新建公厕", "≥10座", "8座", 50, 40, "两座未验收"],
      ["效益指标", "社会效益指标", "使用率", "≥90%", "72%", 30, 24, "选址偏远"],
      ["满意度指标", "服务对象满意度", "满意度", "≥80%", "85%", 10, 10, ""],
      ["预算执行率", "", "预算执行率", "100%", "100%", 10, 10, ""],
      ["总分", "", "", "", "", 100, 84, ""],
      [label, "", "", "", "", "", grade, ""],
    ],
  };
}

/** `绩效指标` over 一级指标 | 二级指标 | 三级指标 in the row below, and 分值 before 年度指标值. Row 3 missed (15 of ≥20) with full marks. */
export function groupOverLevels(): SheetSpec {
  return {
    rows: [
      ["绩效指标", "", "", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"],
      ["一级指标", "二级指标", "三级指标"],
      ["产出指标", "数量指标", "检查次数", 60, "≥20次", "15次", 60, ""],
      ["效益指标", "社会效益指标", "隐患整改率", 40, "≥90%", "95%", 40, ""],
      ["合计", "", "", 100, "", "", 100, ""],
    ],
    merges: ["A1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2"],
  };
}

/** The two-row provincial header (年度指标值 over 指标性质 | 指标值 | 度量单位) with 权重 and 未完成原因分析, placed under a title. */
export function twoRowProvincial(): SheetSpec {
  return {
    rows: [
      ["2023年度项目绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "", "", "全年完成值", "权重", "自评得分", "未完成原因分析"],
      ["", "", "", "指标性质", "指标值", "度量单位"],
      ["产出指标", "数量指标", "维修道路长度", "≥", 12, "公里", 12.5, 40, 40, ""],
      ["产出指标", "时效指标", "完工及时率", "=", 100, "%", 90, 20, 20, ""],
      ["效益指标", "社会效益指标", "通行时间缩短", "≥", 10, "分钟", 12, 20, 20, ""],
      ["满意度指标", "服务对象满意度", "群众满意度", "≥", 90, "%", 96, 10, 10, ""],
      ["预算执行率", "", "预算执行率", "=", 100, "%", 100, 10, 10, ""],
    ],
    merges: ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3", "I2:I3", "J2:J3"],
  };
}

/** Operators from real typesetting (≧, ≦, ＝, ═), 指标1： prefixes, and labels broken by line feeds and spaces. */
export function typesetSymbols(): SheetSpec {
  return {
    rows: [
      ["一级指标", "二级指标", "三级\n指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析\n及改进措施"],
      ["产出指标", "数量指标", "指标1：培训人次", "≧100人次", "90人次", 20, 20, "部分学员未到"],
      ["产出指标", "质量 指标", "指标2：安全事故", "≦5起", "6起", 10, 10, "施工期雨季"],
      ["产出指标", "时效指标", "指标3：完工率", "＝100%", "100%", 20, 20, ""],
      ["效益指标", "经济效益\n指标", "指标4：增收户数", "═50户", "50户", 30, 30, ""],
      ["满意度指标", "服务对象 满意度", "指标5：满意度", "≧90%", "95%", 10, 10, ""],
      ["预算执行", "预算执行率", "预算执行率", "100%", "100%", 10, 10, ""],
    ],
  };
}

/** A funds block whose labels carry stray spaces and line feeds (年度资金\n总额, 其中：当年财政 拨款); the stated rate 80% is 90%. */
export function spacedFundsLabels(): SheetSpec {
  return {
    rows: [
      ["项目资金\n（万元）", "", "年初\n预算数", "全年\n预算数", "全年\n执行数", "分值", "执行率", "得分"],
      ["", "年度资金\n总额", 100, 100, 90, 10, 0.8, 9],
      ["", "其中：当年财政 拨款", 100, 100, 90],
      ["", "上年结转 资金", 0, 0, 0],
    ],
    formats: { G2: "0.00%" },
  };
}

/** A department-wide funds block: 年度资金总额 by source (本年财政拨款, 财政专户管理资金, 单位资金) and again by kind, both right. */
export function departmentFundsTwice(): SheetSpec {
  return {
    rows: [
      ["部门整体支出绩效自评表"],
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 1250.5, 1300.5, 1222.47, 10, 0.94, 9.4],
      ["", "其中：本年财政拨款", 1000, 1050, 990],
      ["", "财政专户管理资金", 200.5, 200.5, 190.47],
      ["", "单位资金", 50, 50, 42],
      ["", "其中：基本支出", 850.5, 850.5, 840.2],
      ["", "项目支出", 400, 450, 382.27],
    ],
    formats: { "C3:E8": "0.00", G3: "0.00%" },
  };
}

/** The national form: funds block first, then an indicator block whose 合计 adds its own rows only (84), then 总分 with the execution score. */
export function ownTotalNational(overall = 93.5): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 100, 100, 95, 10, 0.95, 9.5],
      [],
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "改造户数", "≥100户", "100户", 30, 30, ""],
      ["产出指标", "质量指标", "验收合格率", "100%", "100%", 20, 20, ""],
      ["效益指标", "社会效益指标", "受益人口", "≥500人", "400人", 30, 24, "部分住户外出务工"],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["合计", "", "", "", "", 90, 84, ""],
      ["总分", "", "", "", "", 100, overall, ""],
    ],
    formats: { G2: "0.00%" },
  };
}

/** The national form whose 年度总体目标 block holds bare numbers (a unit typed budget and spending there). */
export function goalsWithNumbers(expected: number | string = 120, achieved: number | string = 60): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 120, 120, 118.8, 10, 0.99, 9.9],
      ["", "其中：当年财政拨款", 120, 120, 118.8],
      ["年度总体目标", "预期目标", "", "", "", "实际完成情况"],
      ["", expected, "", "", "", achieved],
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "改造户数", "≥100户", "100户", 50, 50, ""],
      ["效益指标", "社会效益指标", "受益人口", "≥500人", "520人", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["总分", "", "", "", "", 100, 99.9, ""],
    ],
    merges: ["A4:A5", "B4:E4", "F4:H4", "B5:E5", "F5:H5"],
    formats: { G2: "0.00%" },
  };
}

/** 年度资金总额 0 | 0 | 0 in a whole form, over sub-rows that hold 100 | 100 | 95; no execution score stated, 总分 90. */
export function zeroTotalForm(): SheetSpec {
  return {
    rows: [
      ["项目支出绩效自评表"],
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 0, 0, 0, 10, null, null],
      ["", "其中：当年财政拨款", 80, 80, 76],
      ["", "上年结转资金", 20, 20, 19],
      ["", "其他资金", 0, 0, 0],
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "改造户数", "≥100户", "100户", 50, 50, ""],
      ["效益指标", "社会效益指标", "受益人口", "≥500人", "520人", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["总分", "", "", "", "", 100, 90, ""],
    ],
  };
}

/** The national form with the funds filled in and the indicator block never filled: targets and weights, no 完成值, no 得分. */
export function neverFilledForm(): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 100, 100, 100, 10, 1, 10],
      [],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "改造户数", "≥100户", null, 50, null, ""],
      ["效益指标", "社会效益指标", "受益人口", "≥500人", null, 30, null, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", null, 10, null, ""],
      ["总分", "", "", "", "", 100, null, ""],
    ],
    formats: { G2: "0.00%" },
  };
}

/** A ≥100% completion target at 98% with full marks (20 where the rule gives 19.6), explained. */
export function smallShortfall(stated = 20): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "质量指标", "项目完成率", "≥100%", "98%", 20, stated, "个别点位延期"],
      ["产出指标", "数量指标", "培训人次", "≥100人次", "100人次", 30, 30, ""],
      ["效益指标", "社会效益指标", "知晓率", "≥90%", "95%", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["预算执行率", "", "预算执行率", "100%", "100%", 10, 10, ""],
    ],
  };
}

/** A funds row with its own 分值 (weight `weight`), `actual` of 100 executed and `score` stated. */
export function fundsWithWeight(weight: number, actual: number, score: number, reason = "部分采购延至次年"): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "偏差原因"],
      ["", "年度资金总额", 100, 100, actual, weight, actual / 100, score, reason],
      ["", "其中：当年财政拨款", 100, 100, actual],
    ],
    formats: { G2: "0.00%" },
  };
}

/** `预算执行情况(20分)` as an indicator row: 95% executed, 20 stated (the rule gives 19). */
export function executionLabelWeight(): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标(50分)", "数量指标", "改造户数", "≥100户", "100户", 50, 50, ""],
      ["效益指标(20分)", "社会效益指标", "受益人口", "≥500人", "520人", 20, 20, ""],
      ["满意度指标(10分)", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["预算执行情况(20分)", "", "预算执行率", "100%", "95%", 20, 20, "部分尾款未付"],
    ],
  };
}

/** Full-width bracketed label weights: 产出指标（60分） right, 效益指标（30分） whose weights add up to 25. */
export function fullWidthLabelWeights(): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标（60分）", "数量指标", "改造户数", "≥100户", "100户", 30, 30, ""],
      ["", "质量指标", "合格率", "100%", "100%", 30, 30, ""],
      ["效益指标（30分）", "社会效益指标", "受益人口", "≥500人", "520人", 15, 15, ""],
      ["", "可持续影响指标", "长效管护", "建立", "已建立", 10, 10, ""],
      ["预算执行率（10分）", "", "预算执行率", "100%", "100%", 10, 10, ""],
    ],
    merges: ["A2:A3", "A4:A5"],
  };
}

/** Two projects stacked, each titled and headed in its own words; the first 合计 states 97 where its scores add up to 95.83, the second's grade is right. */
export function stackedProjects(): SheetSpec {
  return {
    rows: [
      ["项目一：农村公路养护"],
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "养护里程", "≥120公里", "110公里", 50, 45.83, "资金到位晚"],
      ["效益指标", "社会效益指标", "优良路率", "≥80%", "85%", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "92%", 10, 10, ""],
      ["预算执行率", "", "预算执行率", "100%", "100%", 10, 10, ""],
      ["合计", "", "", "", "", 100, 97, ""],
      [],
      ["项目二：校舍维修"],
      ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "自评得分", "未完成原因分析"],
      ["产出指标", "数量指标", "维修面积", "≥2000平方米", "2100平方米", 50, 50, ""],
      ["效益指标", "社会效益指标", "安全隐患消除率", "100%", "100%", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "师生满意度", "≥90%", "90%", 10, 10, ""],
      ["预算执行率", "", "预算执行率", "100%", "92%", 10, 9.2, "尾款未结"],
      ["合计", "", "", "", "", 100, 99.2, ""],
      ["绩效等级", "优"],
    ],
  };
}

/** 年度绩效目标1(40分) and 年度绩效目标2(60分) stacked; the second's weights add up to 55. */
export function stackedLabelGoals(): SheetSpec {
  return {
    rows: [
      ["年度绩效目标1(40分)"],
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "培训人次", "≥100人次", "100人次", 20, 20, ""],
      ["效益指标", "社会效益指标", "知晓率", "≥90%", "95%", 20, 20, ""],
      ["合计", "", "", "", "", 40, 40, ""],
      [],
      ["年度绩效目标2(60分)"],
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "检查次数", "≥50次", "50次", 30, 30, ""],
      ["效益指标", "社会效益指标", "整改率", "100%", "100%", 25, 25, ""],
      ["合计", "", "", "", "", 55, 55, ""],
    ],
  };
}

/** Sichuan's split: 产出 60, 效益 30, no 满意度 group; the funds block carries the other 10. All right. */
export function ninetyNoSatisfaction(): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 100, 100, 100, 10, 1, 10],
      [],
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "改造户数", "≥100户", "100户", 30, 30, ""],
      ["产出指标", "质量指标", "验收合格率", "100%", "100%", 30, 30, ""],
      ["效益指标", "社会效益指标", "受益人口", "≥500人", "520人", 30, 30, ""],
      ["合计", "", "", "", "", 90, 90, ""],
      ["总分", "", "", "", "", 100, 100, ""],
    ],
    formats: { G2: "0.00%" },
  };
}

/** Four equal shares of 22.5 and the execution 10: off the default split, adding up. */
export function equalShares(): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "改造户数", "≥100户", "100户", 22.5, 22.5, ""],
      ["产出指标", "质量指标", "验收合格率", "100%", "100%", 22.5, 22.5, ""],
      ["效益指标", "社会效益指标", "受益人口", "≥500人", "520人", 22.5, 22.5, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 22.5, 22.5, ""],
      ["预算执行率", "", "预算执行率", "100%", "100%", 10, 10, ""],
      ["总分", "", "", "", "", 100, 100, ""],
    ],
  };
}

/** Qualitative actuals built from a word and a prefix, each scored against its band's ceiling (partly 80%, not achieved 60%). */
export function qualitativeBands(): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "质量指标", "管理制度", "健全", "基本健全", 10, 10, ""],
      ["产出指标", "质量指标", "配套设施", "建成", "基本建成", 10, 8, "尚有收尾工程"],
      ["产出指标", "时效指标", "年度任务", "完成", "部分完成", 10, 9, "受汛期影响"],
      ["效益指标", "可持续影响指标", "长效机制", "建立", "未建立", 10, 5, "机构调整中"],
      ["效益指标", "生态效益指标", "出水水质", "达标", "未达标", 10, 10, ""],
      ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 40, 40, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
    ],
  };
}

/** More qualitative words: 基本达标 with full marks, 部分达成 within its band, 未达成 with full marks and no reason, 已建立. */
export function qualitativeBands2(): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["效益指标", "社会效益指标", "环境卫生", "达标", "基本达标", 15, 15, "个别村未验收"],
      ["效益指标", "社会效益指标", "宣传目标", "达成", "部分达成", 15, 10, "经费不足"],
      ["效益指标", "可持续影响指标", "群众参与", "达成", "未达成", 10, 10, ""],
      ["产出指标", "质量指标", "管护制度", "建立", "已建立", 50, 50, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
    ],
  };
}

/** Line items under 执行率（%） in percent points, amounts as text with separators: row 3 low (50), row 4 stated 80 where 75. */
export function percentPointRates(): SheetSpec {
  return {
    rows: [
      ["序号", "项目名称", "预算数（元）", "执行数（元）", "执行率（%）", "情况说明"],
      [1, "办公设备购置", "1,000,000.00", "952,000.00", 95.2, "按计划完成"],
      [2, "信息系统运维", "200,000.00", "100,000.00", 50, "合同延期签订"],
      [3, "人员培训", "80,000.00", "60,000.00", 80, "部分课程取消"],
      ["合计", "", "1,280,000.00", "1,112,000.00", 86.88, ""],
    ],
  };
}

/** Rates typed as text ("95.00%") and formulas with saved results; row 4 states "80%" where 75%. */
export function textRatesAndFormulas(): SheetSpec {
  return {
    rows: [
      ["序号", "项目名称", "预算数", "执行数", "执行率", "备注"],
      [1, "设备购置", 100, 95, "95.00%", "按计划完成"],
      [2, "运维服务", 200, 190, 0.95, "按计划完成"],
      [3, "培训", 80, 60, "80%", "课程取消"],
      ["合计", "", 380, 345, 0.9079, ""],
    ],
    formulas: { E3: "=D3/C3", C5: "=SUM(C2:C4)", D5: "=SUM(D2:D4)", E5: "=D5/C5" },
    formats: { "C2:D5": "0.00", E3: "0.00%", E5: "0.00%" },
  };
}

/** The national form: an actual that repeats the target (不低于95%), and a score on a row whose target and actual are `/` and `—`. */
export function unsupportedScoresForm(): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 50, 50, 50, 10, 1, 10],
      [],
      INDICATOR_HEADER,
      ["产出指标", "质量指标", "验收合格率", "不低于95%", "不低于95%", 40, 40, ""],
      ["效益指标", "社会效益指标", "带动就业", "/", "—", 40, 40, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "96%", 10, 10, ""],
    ],
    formats: { G2: "0.00%" },
  };
}

/** An indicator block with no explanation column and a bottom row for the reason (`label`), holding `reason`. */
export function explanationRow(label = "偏差大或目标未完成原因分析", reason = ""): SheetSpec {
  return {
    rows: [
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "改造户数", "≥100户", "80户", 50, 40],
      ["效益指标", "社会效益指标", "受益人口", "≥500人", "520人", 30, 30],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10],
      ["预算执行率", "", "预算执行率", "100%", "100%", 10, 10],
      [label, reason, "", "", "", "", ""],
    ],
    merges: ["B6:G6"],
  };
}

/** Template rows left in a national form (指标1, 指标3, 其他 with a name and nothing else) around one real, explained miss. */
export function placeholdersForm(): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 100, 100, 100, 10, 1, 10],
      [],
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "改造户数", "≥100户", "90户", 50, 45, "两户拒绝改造"],
      ["产出指标", "质量指标", "指标1", "", "", null, null, ""],
      ["产出指标", "时效指标", "指标3", "", "", null, null, ""],
      ["效益指标", "社会效益指标", "受益人口", "≥500人", "520人", 30, 30, ""],
      ["效益指标", "经济效益指标", "其他", "", "", null, null, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["总分", "", "", "", "", 100, 95, ""],
    ],
    formats: { G2: "0.00%" },
  };
}

/** Line items each below 90% whose explanation cell holds a token that explains nothing. */
export function tokenExplanations(tokens: readonly string[] = ["暂无", "/", "—", "0", "-"]): SheetSpec {
  const rows: Row[] = [["序号", "项目名称", "预算数", "执行数", "执行率", "未完成原因"]];
  tokens.forEach((t, i) => rows.push([i + 1, `项目${i + 1}`, 100, 80, 0.8, t]));
  rows.push([tokens.length + 1, "项目已说明", 100, 80, 0.8, "政府采购流程较长，部分合同次年支付"]);
  return { rows, formats: { [`E2:E${rows.length}`]: "0.00%" } };
}

/** Indicator headers in words the vocabulary does not know (考核内容 | 考核指标 | 完成情况 | 分数): the block cannot be read. */
export function unreadableIndicators2(): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 100, 100, 100, 10, 1, 10],
      [],
      ["一级指标", "考核内容", "考核指标", "完成情况", "分数"],
      ["产出指标", "数量", "≥100户", "80户", 50],
      ["效益指标", "社会", "≥500人", "520人", 40],
    ],
    formats: { G2: "0.00%" },
  };
}

/** An English sheet whose headers say nothing the vocabulary knows; --map names name, budget, actual and rate. Row 3's rate is wrong. */
export function unknownEnglishHeaders(): SheetSpec {
  return {
    rows: [
      ["Line", "Envelope", "Burn", "Pct"],
      ["Workshops", 100, 40, 0.4],
      ["Travel", 50, 45, 0.8],
    ],
    formats: { "D2:D3": "0.00%" },
  };
}

/** Department-form words: 考核指标 | 年度目标 | 完成值 | 权重 | 评分 | 扣分说明. Row 2 missed (85 of ≥100) with full marks, no reason. */
export function departmentIndicatorWords(actualHeader = "完成值"): SheetSpec {
  return {
    rows: [
      ["一级指标", "二级指标", "考核指标", "年度目标", actualHeader, "权重", "评分", "扣分说明"],
      ["产出指标", "数量指标", "政策宣传场次", "≥100场", "85场", 30, 30, ""],
      ["产出指标", "质量指标", "资料归档率", "100%", "100%", 20, 20, ""],
      ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "93%", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "96%", 10, 10, ""],
      ["预算执行", "预算执行率", "预算执行率", "100%", "100%", 10, 10, ""],
    ],
  };
}

/** Line items headed 支出项目 | 预算安排数 | 执行金额 | 支出进度% | 备注, progress in percent points; row 3 at 45 with no remark. */
export function progressLineItems(): SheetSpec {
  return {
    rows: [
      ["单位：万元"],
      ["序号", "支出项目", "预算安排数", "执行金额", "支出进度%", "备注"],
      [1, "村道硬化", 300, 297, 99, ""],
      [2, "路灯安装", 60, 27, 45, ""],
      [3, "绿化补植", 40, 38, 95, ""],
      ["合计", "", 400, 362, 90.5, ""],
    ],
  };
}

/** The national form in English, as grant programmes translate it: 80% executed, 10 stated (the rule gives 8). */
export function englishNationalForm(): SheetSpec {
  return {
    rows: [
      ["Project self-evaluation form"],
      ["Funds (RMB 10,000)", "", "Initial budget", "Revised budget", "Actual expenditure", "Weight", "Execution rate", "Score"],
      ["", "Total funds", 120, 100, 80, 10, 0.8, 10],
      ["", "Of which: fiscal allocation", 120, 100, 80],
      [],
      ["Level 1 indicator", "Level 2 indicator", "Level 3 indicator", "Annual target", "Actual value", "Weight", "Score", "Reason for deviation"],
      ["Output", "Quantity", "Schools repaired", "≥10", "10", 50, 50, ""],
      ["Outcome", "Social", "Pupils served", "≥2000", "1800", 30, 30, ""],
      ["Satisfaction", "Beneficiaries", "Satisfaction rate", "≥90%", "95%", 10, 10, ""],
      ["Total score", "", "", "", "", 100, 100, ""],
    ],
    formats: { G3: "0.00%" },
  };
}

/** Line items whose budget header spans two columns (预算数 over 年初 | 调整后); rates on the adjusted base, except row 5's (57/50 on the initial one). */
export function twoRowBudgetHeader(): SheetSpec {
  return {
    rows: [
      ["序号", "项目名称", "预算数", "", "执行数", "执行率", "情况说明"],
      ["", "", "年初预算数", "调整后预算数", "", "", ""],
      [1, "教师培训", 100, 80, 78, 0.975, "按计划完成"],
      [2, "设备购置", 200, 200, 150, 0.75, ""],
      [3, "校园维修", 50, 60, 57, 1.14, "追加维修项目"],
      ["合计", "", 350, 340, 285, 0.8382, ""],
    ],
    merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2", "G1:G2"],
    formats: { "F3:F6": "0.00%" },
  };
}

/** Line items in categories (一、/二、) with 小计 rows; the second 小计 and the 合计 state wrong actuals. */
export function categoriesAndSubtotals(): SheetSpec {
  return {
    rows: [
      ["2023年专项资金支出明细表"],
      ["", "", "", "", "", "单位：万元"],
      ["序号", "项目名称", "预算数", "执行数", "执行率", "备注"],
      ["一、", "基础设施", null, null, null, ""],
      [1, "道路修缮", 100, 95, 0.95, ""],
      [2, "桥梁加固", 50, 48, 0.96, ""],
      ["", "小计", 150, 143, 0.9533, ""],
      ["二、", "公共服务", null, null, null, ""],
      [3, "文化活动", 30, 27, 0.9, ""],
      [4, "体育设施", 20, 19, 0.95, ""],
      ["", "小计", 50, 47, 0.94, ""],
      ["合计", "", 200, 191, 0.955, ""],
    ],
    merges: ["A1:F1"],
    formats: { "C5:D12": "0.00", "E5:E12": "0.00%" },
  };
}

/** A grade written inline (自评等级：优秀) under a 总分 of 87, and deadlines: one missed (11月底前, done 12月15日). */
export function inlineGradeAndDeadline(gradeText = "自评等级：优秀"): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "时效指标", "完工时间", "2023年11月底前", "2023年12月15日", 20, 20, ""],
      ["产出指标", "数量指标", "改造户数", "≥100户", "100户", 30, 30, ""],
      ["效益指标", "社会效益指标", "受益人口", "≥500人", "450人", 30, 27, "部分住户外出"],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["总分", "", "", "", "", 90, 87, ""],
      [gradeText],
    ],
  };
}

/** The national form with 绩效指标(90分) in its indicator header, the indicator weights adding up to 85, the execution weight `executionWeight`. */
export function statedIndicatorTotal(executionWeight = 10, label = "绩效指标(90分)"): SheetSpec {
  return {
    rows: [
      ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["", "年度资金总额", 100, 100, 100, executionWeight, 1, executionWeight],
      [],
      [label, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["", "产出指标", "数量指标", "改造户数", "≥100户", "100户", 45, 45, ""],
      ["", "效益指标", "社会效益指标", "受益人口", "≥500人", "520人", 30, 30, ""],
      ["", "满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
    ],
    merges: ["A4:A7"],
    formats: { G2: "0.00%" },
  };
}

/** Headers typeset with spaces (预 算 数), the 合  计 row first under the header (before its items), stating 300 where the items add up to 290. */
export function totalFirstSpacedHeaders(): SheetSpec {
  return {
    rows: [
      ["序 号", "项 目 名 称", "预 算 数", "执 行 数", "执 行 率", "备 注"],
      ["合  计", "", 400, 300, 0.75, ""],
      [1, "环境整治", 200, 190, 0.95, ""],
      [2, "污水处理", 150, 70, 0.4667, "管网工程延期"],
      [3, "垃圾清运", 50, 30, 0.6, ""],
    ],
    formats: { "E2:E5": "0.00%" },
  };
}

/** An explanation header as long as forms print it, over an unmet target with no reason. */
export function longExplanationHeader(): SheetSpec {
  const header = [...INDICATOR_HEADER];
  header[7] = "偏差原因分析及改进措施（对未达到年度指标值的指标须逐项说明原因）";
  return {
    rows: [
      header,
      ["产出指标", "数量指标", "培训人次", "≥100人次", "80人次", 50, 40, ""],
      ["效益指标", "社会效益指标", "知晓率", "≥90%", "95%", 30, 30, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
      ["预算执行率", "", "预算执行率", "100%", "100%", 10, 10, ""],
    ],
  };
}

/** Percent targets with actuals typed as fractions (0.95, General), points (95) and text ("95"); one 0.85 against ≥90%. */
export function percentActualsAsNumbers(): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "质量指标", "验收合格率", "≥90%", 0.95, 20, 20, ""],
      ["产出指标", "质量指标", "设备完好率", "≥90%", 95, 20, 20, ""],
      ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "95", 20, 20, ""],
      ["效益指标", "社会效益指标", "政策覆盖率", "≥90%", 0.85, 20, 20, ""],
      ["满意度指标", "服务对象满意度", "满意度", "≥90%", "96%", 10, 10, ""],
      ["预算执行率", "", "预算执行率", "100%", "100%", 10, 10, ""],
    ],
  };
}

/** Line items whose amounts are typed with their unit (120万元) and thousands separators; row 3 states 90% where 75%. */
export function amountsWithUnits(): SheetSpec {
  return {
    rows: [
      ["序号", "项目名称", "预算数", "执行数", "执行率", "情况说明"],
      [1, "宣传经费", "120万元", "114万元", "95%", "按计划完成"],
      [2, "培训经费", "1,200.00万元", "900.00万元", "90%", "部分培训改为线上"],
      ["合计", "", "1,320.00万元", "1,014.00万元", "76.82%", ""],
    ],
  };
}

/** Two whole projects on one sheet, each a funds block and an indicator block; the second's execution score 10 where the rule gives 9. */
export function twoProjectsWithFunds(): SheetSpec {
  const project = (title: string, actual: number, score: number): Row[] => [
    [title],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", 100, 100, actual, 10, actual / 100, score],
    INDICATOR_HEADER,
    ["产出指标", "数量指标", "改造户数", "≥100户", "100户", 50, 50, ""],
    ["效益指标", "社会效益指标", "受益人口", "≥500人", "520人", 30, 30, ""],
    ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 10, 10, ""],
    ["总分", "", "", "", "", 100, 90 + score, ""],
  ];
  return { rows: [...project("项目一", 100, 10), [], ...project("项目二", 90, 10)], formats: { G3: "0.00%", G12: "0.00%" } };
}

/** An English indicator table whose target spans two rows (Annual target over Operator | Value | Unit). Row 4 missed with full marks. */
export function englishTwoRowTarget(): SheetSpec {
  return {
    rows: [
      ["Category", "Indicator", "Annual target", "", "", "Actual value", "Weight", "Score", "Explanation"],
      ["", "", "Operator", "Value", "Unit"],
      ["Output", "Wells drilled", "≥", 40, "wells", 42, 40, 40, ""],
      ["Output", "Water quality pass rate", "≥", 95, "%", 90, 30, 30, ""],
      ["Outcome", "Households served", "≥", 1000, "households", 1100, 20, 20, ""],
      ["Budget", "Budget execution rate", "=", 100, "%", 100, 10, 10, ""],
    ],
    merges: ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2", "H1:H2", "I1:I2"],
  };
}

/** Line items with a status column: 部分完成 and 基本完成 (partly achieved) with no note, 未完成 with one. */
export function lineItemsPartialStatus(): SheetSpec {
  return {
    rows: [
      ["序号", "项目名称", "预算数", "执行数", "执行率", "绩效目标完成情况", "情况说明"],
      [1, "农技推广", 50, 48, 0.96, "部分完成", ""],
      [2, "种苗补贴", 80, 80, 1, "完成", ""],
      [3, "农机购置", 120, 60, 0.5, "未完成", "补贴申请未获批"],
      [4, "技能培训", 30, 29, 0.9667, "基本完成", ""],
    ],
    formats: { "E2:E5": "0.00%" },
  };
}

/** An English indicator table with template rows (Indicator 2, ...) left in, a Total score of 78 and a Grade row saying Good. */
export function englishGradeAndPlaceholders(grade = "Good"): SheetSpec {
  return {
    rows: [
      ["Category", "Indicator", "Target", "Actual value", "Weight", "Score", "Explanation"],
      ["Output", "Clinics built", "≥10", "8", 50, 40, "Two sites delayed by floods"],
      ["Output", "Indicator 2", "", "", null, null, ""],
      ["Output", "...", "", "", null, null, ""],
      ["Outcome", "Patients treated", "≥5000", "4000", 30, 24, "Staff shortage"],
      ["Satisfaction", "Patient satisfaction", "≥90%", "92%", 10, 10, ""],
      ["Budget", "Budget execution rate", "100%", "40%", 10, 4, "Funds arrived in November"],
      ["Total score", "", "", "", 100, 78, ""],
      ["Grade", grade],
    ],
  };
}

/** A stand-alone indicator table of 产出 60 and 效益 30 whose 合计 states 90 (no 满意度 group, no funds block on the sheet). */
export function ninetyStandAlone(): SheetSpec {
  return {
    rows: [
      INDICATOR_HEADER,
      ["产出指标", "数量指标", "新增绿地面积", "≥5000平方米", "5200平方米", 30, 30, ""],
      ["产出指标", "质量指标", "苗木成活率", "≥95%", "96%", 30, 30, ""],
      ["效益指标", "生态效益指标", "绿化覆盖率提高", "≥1%", "1.2%", 30, 30, ""],
      ["XX指标", "", "指标名称1", "", "", null, null, ""],
      ["合计", "", "", "", "", 90, 90, ""],
    ],
  };
}

/** An English indicator table with its reason as a bottom row ("Reasons for deviation"), `reason` in it. */
export function englishExplanationRow(reason = ""): SheetSpec {
  return {
    rows: [
      ["Category", "Indicator", "Target", "Actual value", "Weight", "Score"],
      ["Output", "Teachers trained", "≥200", "150", 60, 45],
      ["Outcome", "Pass rate", "≥80%", "85%", 30, 30],
      ["Budget", "Budget execution rate", "100%", "100%", 10, 10],
      ["Reasons for deviation", reason],
    ],
  };
}
