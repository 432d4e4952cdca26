/**
 * The fields and loops a locality's own Word template can use (`--template`), as plain strings: every
 * figure as its cell shows it, the draft's sentences for whoever just wants the paragraphs, and the
 * audit's problems. The README lists the placeholders; docx/template.ts fills them.
 */
import { fmtNum } from "../messages/format";
import type { Finding } from "../types";
import type { AmountFact, Fact, WorkbookFacts } from "./facts";
import { checklistLine, headingText, paragraphText, type ReportModel } from "./model";

export interface TemplateItem {
  seq: string;
  name: string;
  budget: string;
  actual: string;
  rate: string;
  status: string;
  explanation: string;
  unmet: boolean;
  /** The draft's paragraph for the item. */
  paragraph: string;
}

export interface TemplateIndicator {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  score: string;
  ruleScore: string;
  met: boolean;
  explanation: string;
}

export interface TemplateData {
  title: string;
  name: string;
  year: string;
  department: string;
  implementer: string;
  amountUnit: string;
  budget: string;
  initialBudget: string;
  actual: string;
  rate: string;
  executionWeight: string;
  executionScore: string;
  rulesTotal: string;
  rulesGrade: string;
  statedTotal: string;
  statedGrade: string;
  /** The draft's conclusion, as one paragraph of text. */
  conclusion: string;
  /** The whole draft as text, one paragraph a line (use with linebreaks). */
  body: string;
  items: TemplateItem[];
  indicators: TemplateIndicator[];
  unmetIndicators: TemplateIndicator[];
  problems: { cell: string; text: string; line: string }[];
  sources: { id: number; label: string; value: string; cell: string }[];
}

const shown = (f: Fact | null): string => (f ? f.text : "");

function whole(facts: WorkbookFacts): AmountFact | null {
  return facts.funds ?? facts.lineTotal;
}

export function templateData(facts: WorkbookFacts, model: ReportModel, describe: (f: Finding) => string): TemplateData {
  const w = whole(facts);
  const paragraphsByRow = new Map<string, string>();
  const lines: string[] = [];
  let conclusion = "";
  let inConclusion = false;
  for (const b of model.blocks) {
    if (b.kind === "heading") {
      lines.push(headingText(b));
      inConclusion = /评价结论|自评结论/.test(b.title);
    } else if (b.kind === "paragraph") {
      const text = paragraphText(b);
      lines.push(text);
      if (b.about) paragraphsByRow.set(`${b.about.sheet}!${b.about.row}`, text);
      if (inConclusion && !b.runs.every((r) => r.kind === "todo")) conclusion += text;
    } else if (b.kind === "checklist") {
      for (const f of b.findings) lines.push(checklistLine(f, describe));
    }
  }
  const indicators = facts.indicators.map((i) => ({
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    target: shown(i.target),
    actual: shown(i.actual),
    weight: shown(i.weight),
    score: shown(i.score),
    ruleScore: i.ruleScore === null ? "" : fmtNum(i.ruleScore),
    met: i.shortfall === null,
    explanation: i.explanation?.text ?? "",
  }));
  return {
    title: model.title,
    name: facts.name?.text ?? "",
    year: facts.year ?? "",
    department: facts.department?.text ?? "",
    implementer: facts.implementer?.text ?? "",
    amountUnit: w?.unit ?? "",
    budget: shown(w?.budget ?? null),
    initialBudget: shown(w?.initialBudget ?? null),
    actual: shown(w?.actual ?? null),
    rate: shown(w?.rate ?? null),
    executionWeight: shown(facts.funds?.weight ?? null),
    executionScore: shown(facts.funds?.score ?? null),
    rulesTotal: facts.rulesTotal === null ? "" : fmtNum(facts.rulesTotal),
    rulesGrade: facts.rulesGrade ?? "",
    statedTotal: shown(facts.statedTotal),
    statedGrade: shown(facts.statedGrade),
    conclusion,
    body: lines.join("\n"),
    items: facts.lineItems.map((r, k) => ({
      seq: r.seq ?? String(k + 1),
      name: r.name,
      budget: shown(r.budget),
      actual: shown(r.actual),
      rate: shown(r.rate),
      status: shown(r.status),
      explanation: r.explanation?.text ?? "",
      unmet: r.unmet,
      paragraph: paragraphsByRow.get(`${r.sheet}!${r.row}`) ?? "",
    })),
    indicators,
    unmetIndicators: indicators.filter((i) => !i.met),
    problems: facts.findings.map((f) => ({ cell: `${f.sheet}!${f.cell}`, text: describe(f), line: checklistLine(f, describe) })),
    sources: model.figures.map((f) => ({ id: f.id, label: f.label, value: f.text + (f.unit ?? ""), cell: `${f.sheet}!${f.cell}` })),
  };
}

/** Every top-level field and loop name, for the README and for the template test. */
export const TEMPLATE_FIELDS: readonly (keyof TemplateData)[] = [
  "title", "name", "year", "department", "implementer", "amountUnit", "budget", "initialBudget", "actual", "rate",
  "executionWeight", "executionScore", "rulesTotal", "rulesGrade", "statedTotal", "statedGrade", "conclusion", "body",
  "items", "indicators", "unmetIndicators", "problems", "sources",
];
