/**
 * The README's example locality template, built with `docx` so no binary is committed:
 * tests use it, and the README shows the same lines for a locality to start from.
 */
import { Document, Packer, Paragraph, TextRun } from "docx";

export const EXAMPLE_TEMPLATE_LINES = [
  "{title}",
  "一、项目基本情况",
  "项目名称：{name}；主管部门：{department}。",
  "全年预算数{budget}{amountUnit}，全年执行数{actual}{amountUnit}，预算执行率{rate}。",
  "二、绩效目标完成情况",
  "{#items}{seq}.{name}：预算{budget}{amountUnit}，支出{actual}{amountUnit}，执行率{rate}，{status}。{/items}",
  "{#indicators}{name}：目标{target}，完成{actual}，得分{score}（按规则{ruleScore}）。{/indicators}",
  "三、自评结论",
  "按评分规则总分{rulesTotal}分，等级“{rulesGrade}”；自评表填报{statedTotal}分。",
  "四、存在的问题",
  "{#problems}{line}{/problems}",
  "五、{下一步措施}",
];

export async function exampleTemplate(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: EXAMPLE_TEMPLATE_LINES.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
