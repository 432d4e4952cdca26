/**
 * The 自评报告 draft as plain data: an outline of headings and paragraphs, each paragraph a list of runs.
 * Every figure run carries the cell it came from and the text that cell shows, so a writer never formats
 * a number itself and the appendix 数据来源 can list them all. Audit findings stay data (no message text):
 * writers render them through a `describe` callback supplied by the host.
 */
import type { Finding } from "../types";

export type ReportKind = "project" | "department";

/** A value read from one cell, with the text the cell shows (`17.00`, `76.47%`, `未完成`). */
export interface Figure {
  /** 1-based position in the report, as listed in the appendix. */
  id: number;
  value: number | string;
  text: string;
  /** What the figure is, for the appendix: 「非煤矿山安全监管费用」预算收入. */
  label: string;
  sheet: string;
  cell: string;
  /** The unit the draft writes after it (万元), when the cell text has none. */
  unit?: string;
}

export type Run =
  /** Connecting words of the draft (预算收入, 万元, 。). Never a figure, cause or measure of its own. */
  | { kind: "text"; text: string }
  /** A number, status or grade from a cell, shown as the cell shows it. */
  | { kind: "figure"; figure: Figure }
  /** Text copied verbatim from a cell: a 情况说明, a 偏差原因, a project name. */
  | { kind: "quote"; text: string; sheet: string; cell: string }
  /** What the author still has to write: rendered 【待补充：…】. */
  | { kind: "todo"; text: string }
  /** Something the author must check before the report goes out: rendered 【请核对：…】. */
  | { kind: "check"; text: string }
  /** A figure computed by the rules (the rule-based total and grade), with how it was computed. */
  | { kind: "computed"; text: string; value: number | string; basis: string };

export interface Heading {
  kind: "heading";
  level: 1 | 2 | 3;
  /** 一、 （一） 1. */
  number: string;
  title: string;
}

export interface Paragraph {
  kind: "paragraph";
  runs: Run[];
  /** The line item or indicator the paragraph is about, for tests and templates. */
  about?: { sheet: string; row: number; kind: "line-item" | "indicator" | "funds" | "total" };
}

/** The audit's findings, for the author to work through under 存在的问题. */
export interface Checklist {
  kind: "checklist";
  findings: Finding[];
}

export interface SourceTable {
  kind: "sources";
  figures: Figure[];
}

export type ReportBlock = Heading | Paragraph | Checklist | SourceTable;

export interface ReportModel {
  kind: ReportKind;
  title: string;
  /** The unit writing the report, when the form names one (主管部门 / 实施单位). */
  unit: string | null;
  blocks: ReportBlock[];
  figures: Figure[];
}

export const TODO_OPEN = "【待补充：";
export const CHECK_OPEN = "【请核对：";
export const MARK_CLOSE = "】";

/** The text of one run as it appears in the document. */
export function runText(run: Run): string {
  switch (run.kind) {
    case "text":
    case "quote":
    case "computed":
      return run.text;
    case "figure":
      return run.figure.text;
    case "todo":
      return TODO_OPEN + run.text + MARK_CLOSE;
    case "check":
      return CHECK_OPEN + run.text + MARK_CLOSE;
  }
}

export function paragraphText(p: Paragraph): string {
  return p.runs.map(runText).join("");
}

export function headingText(h: Heading): string {
  return h.number + h.title;
}

/**
 * The whole draft as plain text, one block per line: what the .txt output prints, what a template's
 * text placeholders hold, and what the tests read. `describe` gives a finding's text in the reader's language.
 */
export function reportText(model: ReportModel, describe: (f: Finding) => string): string {
  const lines: string[] = [model.title, ""];
  for (const b of model.blocks) {
    switch (b.kind) {
      case "heading":
        lines.push(headingText(b));
        break;
      case "paragraph":
        lines.push(paragraphText(b));
        break;
      case "checklist":
        for (const f of b.findings) lines.push(checklistLine(f, describe));
        break;
      case "sources":
        for (const f of b.figures) lines.push(sourceLine(f));
        break;
    }
  }
  return lines.join("\n") + "\n";
}

/** ☐ 项目支出明细!E7：message — one item of the 存在的问题 checklist. */
export function checklistLine(f: Finding, describe: (f: Finding) => string): string {
  return `☐ ${f.sheet}!${f.cell}：${describe(f)}`;
}

export function sourceLine(f: Figure): string {
  return `${f.id}. ${f.label}：${f.text}${f.unit ?? ""}（${f.sheet}!${f.cell}）`;
}
