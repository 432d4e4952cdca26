import { fillTemplate, TemplateError } from "../../src/docx/template";
import { readReportText } from "../../src/docx/read";
import { TEMPLATE_FIELDS, templateData } from "../../src/core/report";
import { CHENGDE, describe0, draft, QINGDAO, readForm } from "../helpers/report";
import { exampleTemplate } from "../tools/example-template";
import { Document, Packer, Paragraph } from "docx";

describe("locality templates (docxtemplater)", () => {
  it("fills fields and loops over line items, indicators and problems", async () => {
    const form = await readForm(QINGDAO);
    const data = templateData(form.facts, draft(form), describe0);
    const text = await readReportText(fillTemplate(await exampleTemplate(), data), "t.docx");
    expect(text).toContain("2019年度青岛市应急管理局安全生产专项资金绩效自评报告");
    expect(text).toContain("1.非煤矿山安全监管费用：预算17.00万元，支出13.00万元，执行率76.47%，完成。");
    expect(text).toContain("40.安全生产中介机构和专家管理费用：预算3.00万元，支出0.00万元，执行率0.00%，未完成。");
    expect(text).toContain("按评分规则总分81.55分，等级“良”；自评表填报84.75分。");
    expect(text).toContain("☐ 项目支出明细!D44：");
    expect(text).toContain("五、【待补充：下一步措施】");
    expect(data.items).toHaveLength(40);
  });

  it("offers every documented field", async () => {
    const form = await readForm(CHENGDE);
    const data = templateData(form.facts, draft(form), describe0);
    expect(Object.keys(data).sort()).toEqual([...TEMPLATE_FIELDS].sort());
    expect(data).toMatchObject({ budget: "206.632", initialBudget: "206.4", actual: "172.743", rate: "83.60%", rulesTotal: "96.05", rulesGrade: "优", statedTotal: "99.7", executionScore: "9.7" });
    expect(data.unmetIndicators.map((i) => i.name)).toEqual(["排查金属非金属矿山数量"]);
  });

  it("says what is wrong with a broken template", async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ text: "{#items}{name}" })] }] });
    const broken = new Uint8Array(await Packer.toBuffer(doc));
    const form = await readForm(CHENGDE);
    expect(() => fillTemplate(broken, templateData(form.facts, draft(form), describe0))).toThrow(TemplateError);
    expect(() => fillTemplate(new TextEncoder().encode("not a zip"), templateData(form.facts, draft(form), describe0))).toThrow("not a .docx (zip) file");
  });
});
