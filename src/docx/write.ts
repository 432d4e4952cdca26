/**
 * Writes the report model as a Word document with `docx`, laid out as Chinese official documents are
 * (GB/T 9704 style: 仿宋 body, 黑体 / 楷体 headings, 28-point lines, two-character first-line indent).
 * 【待补充】 and 【请核对】 are highlighted so the author finds them. Runs in Node and in a browser.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, LineRuleType, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Figure, ReportModel, Run } from "../core/report/model";
import { checklistLine, runText } from "../core/report/model";
import type { Finding } from "../core/types";

const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋_GB2312" };
const HEI = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };
const KAI = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "楷体_GB2312" };
const TITLE_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "方正小标宋简体" };
/** 三号 (16 pt) body, 二号 (22 pt) title, in half-points. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
/** Two characters of 三号. */
const INDENT = 640;

export interface DocxOptions {
  /** The text of an audit finding in the reader's language (the host's message book). */
  describe: (f: Finding) => string;
}

function textRun(run: Run): TextRun {
  const text = runText(run);
  switch (run.kind) {
    case "todo":
      return new TextRun({ text, highlight: "yellow" });
    case "check":
      return new TextRun({ text, highlight: "yellow", bold: true, color: "C00000" });
    default:
      return new TextRun({ text });
  }
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: 21 })] })],
  });
}

function sourcesTable(figures: readonly Figure[]): Table {
  const header = new TableRow({ tableHeader: true, children: ["序号", "内容", "数值", "工作表!单元格"].map((h) => cell(h, true)) });
  const rows = figures.map((f) => new TableRow({ children: [cell(String(f.id)), cell(f.label), cell(f.text + (f.unit ?? "")), cell(`${f.sheet}!${f.cell}`)] }));
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [header, ...rows],
  });
}

/** The children of the document body, in the model's order. */
function body(model: ReportModel, options: DocxOptions): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 280 }, children: [new TextRun({ text: model.title, font: TITLE_FONT, size: TITLE_SIZE })] }),
  ];
  for (const b of model.blocks) {
    switch (b.kind) {
      case "heading": {
        const heading = b.level === 1 ? HeadingLevel.HEADING_1 : b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
        out.push(new Paragraph({ heading, indent: { firstLine: INDENT }, spacing: LINE, children: [new TextRun({ text: b.number + b.title })] }));
        break;
      }
      case "paragraph":
        out.push(new Paragraph({ indent: { firstLine: INDENT }, spacing: LINE, alignment: AlignmentType.JUSTIFIED, children: b.runs.map(textRun) }));
        break;
      case "checklist":
        for (const f of b.findings) out.push(new Paragraph({ indent: { firstLine: INDENT }, spacing: LINE, children: [new TextRun({ text: checklistLine(f, options.describe) })] }));
        break;
      case "sources":
        out.push(sourcesTable(b.figures));
        break;
    }
  }
  return out;
}

/** The report as .docx bytes. */
export async function writeReportDocx(model: ReportModel, options: DocxOptions): Promise<Uint8Array> {
  const doc = new Document({
    creator: "Jixiao",
    title: model.title,
    description: "预算绩效自评报告草稿（由自评表生成，请补充【待补充】、核对【请核对】各处后使用）",
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: BODY_SIZE }, paragraph: { spacing: LINE } },
        heading1: { run: { font: HEI, size: BODY_SIZE, bold: false, color: "000000" }, paragraph: { spacing: LINE } },
        heading2: { run: { font: KAI, size: BODY_SIZE, bold: false, color: "000000" }, paragraph: { spacing: LINE } },
        heading3: { run: { font: BODY_FONT, size: BODY_SIZE, bold: true, color: "000000" }, paragraph: { spacing: LINE } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: body(model, options),
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}
