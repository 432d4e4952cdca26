import { paragraphText, reportText, runText, type Paragraph, type ReportModel } from "../../../src/core/report";
import { CHENGDE, describe0, draft, QINGDAO, readForm, type Form } from "../../helpers/report";

const paragraphs = (m: ReportModel): Paragraph[] => m.blocks.filter((b): b is Paragraph => b.kind === "paragraph");
const itemParagraphs = (m: ReportModel): Paragraph[] => paragraphs(m).filter((p) => p.about?.kind === "line-item");

describe("report draft: Qingdao line items", () => {
  let form: Form;
  let model: ReportModel;
  beforeAll(async () => {
    form = await readForm(QINGDAO);
    model = draft(form);
  });

  it("writes one paragraph per line item, 40 in all, in the sheet's order", () => {
    const items = itemParagraphs(model);
    expect(items).toHaveLength(40);
    expect(items.map((p) => p.about?.row)).toEqual(Array.from({ length: 40 }, (_, i) => i + 4));
  });

  it("gives each row's budget, spending and rate exactly as the sheet shows them, with the form's unit", () => {
    const items = itemParagraphs(model);
    expect(paragraphText(items[0] as Paragraph)).toMatch(/^1\.非煤矿山安全监管费用预算收入17\.00万元，实际支出13\.00万元，预算执行率76\.47%。采用购买服务方式/);
    expect(paragraphText(items[18] as Paragraph)).toContain("19.全市应急安全管理能力提升培训班预算收入51.13万元，实际支出50.53万元，预算执行率98.83%。");
    for (const p of items) {
      const row = p.about?.row as number;
      const figures = p.runs.filter((r) => r.kind === "figure").map((r) => (r.kind === "figure" ? r.figure.cell : ""));
      expect(figures.slice(0, 3)).toEqual([`C${row}`, `D${row}`, `E${row}`]);
      expect(figures[3]).toBe(`F${row}`);
    }
  });

  it("ends the five unmet items with 绩效目标未完成。 after their 情况说明", () => {
    const unmet = itemParagraphs(model).filter((p) => paragraphText(p).endsWith("绩效目标未完成。"));
    expect(unmet.map((p) => p.about?.row)).toEqual([9, 21, 27, 29, 43]);
    const clothes = paragraphText(unmet[0] as Paragraph);
    expect(clothes).toBe(
      "6.安全执法服装购置预算收入132.00万元，实际支出0.00万元，预算执行率0.00%。因山东省应急管理厅《山东省应急防护用品配备标准》2020年2月才下发，原防护服配备标准不再适用，导致2019年该项目经费无法正常使用。绩效目标未完成。",
    );
    const quoted = (unmet[0] as Paragraph).runs.find((r) => r.kind === "quote" && r.cell === "G9");
    expect(quoted).toBeDefined();
    expect(itemParagraphs(model).filter((p) => paragraphText(p).endsWith("绩效目标完成。"))).toHaveLength(35);
  });

  it("shows the rules' total and the stated 84.75 in the conclusion, marked for checking", () => {
    const text = reportText(model, describe0);
    expect(text).toContain("按评分规则计算，本项目自评总分为81.55分，评价等级为“良”。");
    expect(text).toMatch(/自评表填报总分为84\.75分，与按评分规则计算的结果不一致【请核对：[^】]+】。/);
  });

  it("details unmet indicators with target, actual, score and the form's 偏差原因, and asks for a missing one", () => {
    const text = reportText(model, describe0);
    expect(text).toContain("“开展安全生产应急演练”年度指标值≥1次，实际完成值0次，得分0分（分值5分）。偏差原因分析及改进措施：因2019年度单位机构改革，相关工作调整，未开展安全生产应急演练。该指标未完成。");
    expect(text).toContain("“风险分级管控与隐患排查治理体系建设培训”年度指标值1期，实际完成值0期，得分0分（分值5分）。【待补充：偏差原因分析及改进措施（自评表未填写）】该指标未完成。");
    expect(text).toContain("共设置6项指标，已完成2项，部分完成1项，未完成3项。");
    expect(text).toMatch(/“安全文化体系建设及教育培训”.*按评分规则最高可得4分【请核对/);
  });

  it("lists the audit's problems as a checklist under 存在的问题, from the findings as data", () => {
    const list = model.blocks.find((b) => b.kind === "checklist");
    expect(list && list.kind === "checklist" ? list.findings.length : 0).toBe(form.findings.length);
    const text = reportText(model, (f) => `<${f.rule}@${f.cell}>`);
    expect(text).toContain("☐ 项目支出明细!D44：<total-mismatch@D44>");
    const problemsAt = text.indexOf("存在的问题及原因分析");
    expect(problemsAt).toBeGreaterThan(0);
    expect(text.indexOf("☐ ")).toBeGreaterThan(problemsAt);
  });

  it("lists every figure and its cell in the appendix 数据来源", () => {
    const sources = model.blocks.find((b) => b.kind === "sources");
    expect(sources && sources.kind === "sources" ? sources.figures : []).toBe(model.figures);
    const text = reportText(model, describe0);
    expect(text).toContain("「安全执法服装购置」预算收入：132.00万元（项目支出明细!C9）");
    const cells = new Set(model.figures.map((f) => `${f.sheet}!${f.cell}`));
    expect(cells.size).toBe(model.figures.length);
  });
});

describe("report draft: Chengde self-evaluation form", () => {
  let model: ReportModel;
  beforeAll(async () => {
    model = draft(await readForm(CHENGDE));
  });

  it("gives the funds as the form shows them: 206.632 / 172.743 / 83.60%", () => {
    const funds = paragraphs(model).find((p) => p.about?.kind === "funds") as Paragraph;
    expect(paragraphText(funds)).toMatch(/^本项目年初预算数206\.4万元，全年预算数206\.632万元，全年执行数172\.743万元，执行率83\.60%，预算执行率得分9\.7分（分值10分）。按评分规则计算，预算执行率得分应为8\.36分【请核对/);
  });

  it("concludes with the rules' 96.05 and 优, and the stated 99.7 marked for checking", () => {
    const text = reportText(model, describe0);
    expect(text).toContain("按评分规则计算，本项目自评总分为96.05分，评价等级为“优”。");
    expect(text).toMatch(/自评表填报总分为99\.7分，与按评分规则计算的结果不一致【请核对：/);
  });

  it("follows the 财预〔2020〕10号 outline with 一、（一）1. numbering", () => {
    const h1 = model.blocks.filter((b) => b.kind === "heading" && b.level === 1).map((b) => (b.kind === "heading" ? b.number + b.title : ""));
    expect(h1).toEqual([
      "一、基本情况",
      "二、绩效评价工作开展情况",
      "三、综合评价情况及评价结论",
      "四、绩效评价指标分析",
      "五、主要经验及做法、存在的问题及原因分析",
      "六、有关建议",
      "七、其他需要说明的问题",
      "附件：数据来源",
    ]);
    const h2 = model.blocks.filter((b) => b.kind === "heading" && b.level === 2).map((b) => (b.kind === "heading" ? b.number : ""));
    expect(h2.slice(0, 3)).toEqual(["（一）", "（二）", "（一）"]);
    expect(model.blocks.some((b) => b.kind === "heading" && b.level === 3 && b.number === "1." && b.title === "数量指标")).toBe(true);
    expect(model.title).toBe("2019年度金属非金属矿山“专家会诊”隐患排查项目绩效自评报告");
  });

  it("invents no sentence: each one carries a cell, a rule result or a 【待补充】/【请核对】", () => {
    for (const p of paragraphs(model)) {
      // Split on the sentence ends of the draft's own words; quoted cell text is one unit.
      let sentence: typeof p.runs = [];
      const sentences: (typeof p.runs)[] = [];
      for (const r of p.runs) {
        if (r.kind === "text") {
          const parts = r.text.split(/(?<=[。；])/);
          parts.forEach((part) => {
            sentence.push({ kind: "text", text: part });
            if (/[。；]$/.test(part)) {
              sentences.push(sentence);
              sentence = [];
            }
          });
        } else sentence.push(r);
      }
      if (sentence.length > 0) sentences.push(sentence);
      for (const s of sentences) {
        const text = s.map(runText).join("");
        if (text.trim() === "" || /^[。；]$/.test(text)) continue;
        const grounded = s.some((r) => r.kind !== "text");
        expect([text, grounded]).toEqual([text, true]);
      }
    }
  });

  it("copies the form's 预期目标 and 实际完成情况 word for word", () => {
    const text = reportText(model, describe0);
    expect(text).toContain("年度总体目标：对全市286个金属非金属矿山系统进行隐患排查，整治事故隐患，提升安全生产条件，遏制较大以上事故发生。");
    expect(text).toContain("实际完成情况：因部分矿山停产，实际排查金属非金属矿山253座");
  });
});

describe("report draft: department-wide outline", () => {
  it("uses the 部门整体支出 outline and title", async () => {
    const model = draft(await readForm(QINGDAO), "department");
    expect(model.title).toBe("2019年度青岛市应急管理局安全生产专项资金部门整体支出绩效自评报告");
    const h1 = model.blocks.filter((b) => b.kind === "heading" && b.level === 1).map((b) => (b.kind === "heading" ? b.title : ""));
    expect(h1).toEqual(["部门基本情况", "绩效目标及完成情况", "绩效自评结论", "存在的问题及原因分析", "改进措施及有关建议", "其他需要说明的问题", "数据来源"]);
    expect(itemParagraphs(model)).toHaveLength(40);
  });
});
