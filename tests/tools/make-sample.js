#!/usr/bin/env node
/*
 * Builds assets/sample/self-evaluation-2019.xlsx, the sample workbook the README's first command
 * audits. Figures come from the two seed reports (a city's safety fund line items and a mine
 * inspection project's self-evaluation form), laid out the way finance staff keep them, with the
 * slips reviewers keep finding. Run: node tests/tools/make-sample.js
 */
const path = require("path");
const fs = require("fs");
const ExcelJS = require("exceljs");

const OUT = path.join(__dirname, "..", "..", "assets", "sample", "self-evaluation-2019.xlsx");

const thin = { style: "thin", color: { argb: "FF999999" } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const headFill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

function styleHeader(row) {
  row.eachCell((c) => {
    c.font = { bold: true };
    c.fill = headFill;
    c.border = border;
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
}

function lineItems(wb) {
  const ws = wb.addWorksheet("项目支出明细");
  ws.columns = [{ width: 6 }, { width: 34 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 16 }, { width: 40 }];
  ws.mergeCells("A1:G1");
  ws.getCell("A1").value = "2019年度安全生产专项资金项目支出执行情况";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.getCell("G2").value = "单位：万元";
  ws.addRow(["序号", "项目名称", "预算收入", "实际支出", "预算执行率", "绩效目标完成情况", "情况说明"]);
  styleHeader(ws.getRow(3));
  const items = [
    ["非煤矿山安全监管费用", 17, 13, "完成", "省应急厅组织多轮执法检查，矿山随机专项检查资金未使用。"],
    ["危险化学品领域企业安全控制系统专项检查", 50, 50, "完成", "已完成专项检查并督促整改。"],
    ["消防员招录工作经费", 25.9, 17.01, "完成", "完成两次消防员招录，设备采购低于预算。"],
    ["春节烟花爆竹安全监管费", 10, 5, "完成", ""],
    ["安全执法服装购置", 132, 0, "未完成", "防护用品配备标准2020年2月才下发，经费无法使用。"],
    ["事故调查处理及评估专项经费", 15, 14.81, "完成", "用于事故调查临时办公场所租赁等。"],
    ["安全生产巡查督查及专项检查活动经费", 105, 83.75, "完成", "开展执法检查，每月不少于16个工作日。"],
    ["安全生产法制机构骨干培训费用", 5, 0, "未完成", ""],
    ["全市2万名新入职员工培训", 133, 130.78, "完成", "完成新入职员工应急安全培训。"],
    ["安全隐患排查治理专家费", 130, 67.48, "完成", "按实际排查治理情况支付专家劳务费。"],
  ];
  items.forEach(([name, budget, actual, status, note], i) => {
    // Stated rates as people type them: rounded to two decimals of a percent.
    const rate = Math.round((actual / budget) * 10000) / 10000;
    const row = ws.addRow([i + 1, name, budget, actual, i === 2 ? 0.7568 : rate, status, note]);
    row.getCell(3).numFmt = "0.00";
    row.getCell(4).numFmt = "0.00";
    row.getCell(5).numFmt = "0.00%";
    row.eachCell({ includeEmpty: true }, (c) => (c.border = border));
  });
  const budgets = items.reduce((s, it) => s + it[1], 0);
  const actuals = items.reduce((s, it) => s + it[2], 0);
  // The stated actual total is off by 0.01 万元, as in the seed report.
  const total = ws.addRow(["合计", "", budgets, Math.round((actuals + 0.01) * 100) / 100, Math.round((actuals / budgets) * 10000) / 10000, "", ""]);
  total.font = { bold: true };
  total.getCell(3).numFmt = "0.00";
  total.getCell(4).numFmt = "0.00";
  total.getCell(5).numFmt = "0.00%";
  total.eachCell({ includeEmpty: true }, (c) => (c.border = border));
}

function selfEvaluation(wb) {
  const ws = wb.addWorksheet("项目支出绩效自评表");
  ws.columns = [{ width: 10 }, { width: 12 }, { width: 14 }, { width: 26 }, { width: 16 }, { width: 16 }, { width: 8 }, { width: 8 }, { width: 20 }, { width: 14 }];
  const put = (addr, v) => (ws.getCell(addr).value = v);
  ws.mergeCells("A1:J1");
  put("A1", "项目支出绩效自评表");
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.mergeCells("A2:J2");
  put("A2", "（2019年度）");
  ws.getCell("A2").alignment = { horizontal: "center" };
  put("A3", "项目名称");
  ws.mergeCells("B3:J3");
  put("B3", "2019年度金属非金属矿山“专家会诊”隐患排查项目");
  put("A4", "主管部门");
  ws.mergeCells("B4:E4");
  put("B4", "承德市应急管理局");
  ws.mergeCells("F4:G4");
  put("F4", "实施单位");
  ws.mergeCells("H4:J4");
  put("H4", "承德市应急管理局");
  ws.mergeCells("A5:A9");
  put("A5", "项目资金（万元）");
  ws.mergeCells("B5:C5");
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((h, i) => put(String.fromCharCode(68 + i) + "5", h));
  ws.mergeCells("I5:J5");
  const funds = [
    ["年度资金总额", 206.4, 206.632, 172.743, 10, 0.836, 9.7],
    ["其中：当年财政拨款", 0, 0, 0, "—", "—", "—"],
    ["上年结转资金", 206.4, 206.632, 172.743, "—", "—", "—"],
    ["其他资金", 0, 0, 0, "—", "—", "—"],
  ];
  funds.forEach((f, i) => {
    const r = 6 + i;
    ws.mergeCells(`B${r}:C${r}`);
    ws.mergeCells(`I${r}:J${r}`);
    put(`B${r}`, f[0]);
    ["D", "E", "F", "G", "H", "I"].forEach((col, k) => put(`${col}${r}`, f[k + 1]));
  });
  ws.getCell("H6").numFmt = "0.00%";
  ws.mergeCells("A10:A11");
  put("A10", "年度总体目标");
  ws.mergeCells("B10:E10");
  put("B10", "预期目标");
  ws.mergeCells("F10:J10");
  put("F10", "实际完成情况");
  ws.mergeCells("B11:E11");
  put("B11", "对全市286个金属非金属矿山系统进行隐患排查，整治事故隐患，遏制较大以上事故发生。");
  ws.mergeCells("F11:J11");
  put("F11", "因部分矿山停产，实际排查矿山253座，排查整治隐患3099条，支出172.743万元。");
  ws.mergeCells("A12:A20");
  put("A12", "绩效指标");
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].forEach((h, i) =>
    put(String.fromCharCode(66 + i) + "12", h),
  );
  ws.mergeCells("I12:J12");
  const indicators = [
    ["产出指标", "数量指标", "排查金属非金属矿山数量", "286座", "253座", 20, 20, "部分矿山停产、证照到期，未能按计划排查。"],
    ["产出指标", "数量指标", "排查整治事故隐患数量", "≥2000条", "3099条", 10, 10, ""],
    ["产出指标", "质量指标", "安全现状评估报告出具率", "100%", "100%", 10, 10, ""],
    ["产出指标", "时效指标", "排查工作完成时限", "2019年12月31日前", "2019年12月20日", 5, 5, ""],
    ["产出指标", "成本指标", "排查服务费", "≤206.4万元", "172.743万元", 5, 5, ""],
    ["效益指标", "社会效益指标", "较大及以上生产安全事故起数", "0起", "0起", 15, 15, ""],
    ["效益指标", "可持续影响指标", "企业“双控”体系建设指导覆盖率", "≥90%", "基本完成", 15, 15, ""],
    ["满意度指标", "服务对象满意度指标", "被排查企业满意度", "≥90%", "96%", 10, 10, ""],
  ];
  indicators.forEach((ind, i) => {
    const r = 13 + i;
    ws.mergeCells(`I${r}:J${r}`);
    ["B", "C", "D", "E", "F", "G", "H", "I"].forEach((col, k) => put(`${col}${r}`, ind[k]));
  });
  ws.mergeCells("B13:B17");
  ws.mergeCells("C13:C14");
  ws.mergeCells("B18:B19");
  ws.mergeCells("A21:F21");
  put("A21", "总分");
  put("G21", 100);
  put("H21", 99.7);
  ws.mergeCells("I21:J21");
  put("A22", "自评等级");
  put("B22", "优");
  for (let r = 3; r <= 22; r++) ws.getRow(r).eachCell({ includeEmpty: true }, (c) => (c.border = border));
  styleHeader(ws.getRow(12));
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Jixiao sample";
  wb.created = new Date(Date.UTC(2020, 5, 30));
  wb.modified = wb.created;
  lineItems(wb);
  selfEvaluation(wb);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await wb.xlsx.writeFile(OUT);
  process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e && e.message ? e.message : e}\n`);
  process.exit(1);
});
