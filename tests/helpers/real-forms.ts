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
