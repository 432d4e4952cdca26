/** `jixiao report` (draft a 自评报告 from a form) and `jixiao crosscheck` (check a written report against it). */
import { promises as fs } from "fs";
import * as path from "path";
import { runAudit } from "../core/audit";
import { renderFinding } from "../core/messages";
import { DEFAULT_RULES } from "../core/rules";
import type { Grid } from "../core/grid/grid";
import { detectBlocks } from "../core/layouts/detect";
import { collectFacts, draftFromFacts, reportText, type ReportModel } from "../core/report";
import { templateData } from "../core/report/template-data";
import type { Finding, Lang } from "../core/types";
import { fillTemplate } from "../docx/template";
import { writeReportDocx } from "../docx/write";
import { isWorkbookInputError, readWorkbook } from "../xlsx";
import type { ReportArgs } from "./report-args";
import { REPORT_CLI_TEXT } from "./report-text";
import { failureReason } from "./render";
import { fill } from "./text";
import type { CliIo } from "./run";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILED = 2;

/** A finding's text for the draft's checklist, in the draft's language. */
export function describeFinding(f: Finding, lang: Lang): string {
  return renderFinding(f, lang);
}

/** The workbook's sheets and audit findings, or a one-line reason why it cannot be read. */
export async function readForm(file: string, lang: Lang): Promise<{ grids: Grid[]; findings: Finding[] } | { error: string }> {
  const t = REPORT_CLI_TEXT[lang];
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: fill(t.workbookFailed, { file, reason: code === "ENOENT" ? failureReason("missing", lang) : failureReason("unreadable", lang, { detail: code ?? String(e) }) }) };
  }
  try {
    const grids = readWorkbook(bytes).grids;
    const findings = grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
    return { grids, findings };
  } catch (e) {
    if (isWorkbookInputError(e)) return { error: fill(t.workbookFailed, { file, reason: failureReason(e.code, lang, e.params) }) };
    throw e;
  }
}

export function hasBlocks(grids: readonly Grid[]): boolean {
  return grids.some((g) => detectBlocks(g).blocks.length > 0);
}

function counts(model: ReportModel): { figures: number; todos: number; checks: number } {
  let todos = 0;
  let checks = 0;
  for (const b of model.blocks) {
    if (b.kind !== "paragraph") continue;
    for (const r of b.runs) {
      if (r.kind === "todo") todos++;
      else if (r.kind === "check") checks++;
    }
  }
  return { figures: model.figures.length, todos, checks };
}

export async function report(args: ReportArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  const t = REPORT_CLI_TEXT[lang];
  const cwd = io.cwd ?? process.cwd();
  const input = path.resolve(cwd, args.workbook);
  const form = await readForm(input, lang);
  if ("error" in form) {
    io.stderr(form.error.replace(input, args.workbook) + "\n");
    return EXIT_FAILED;
  }
  if (!hasBlocks(form.grids)) {
    io.stderr(fill(t.workbookFailed, { file: args.workbook, reason: t.noBlocks }) + "\n");
    return EXIT_FAILED;
  }
  const facts = collectFacts(form.grids, form.findings);
  const model = draftFromFacts(facts, { kind: args.kind });
  const out = path.resolve(cwd, args.out ?? `${path.basename(args.workbook).replace(/\.xlsx$/i, "")}-自评报告.docx`);
  if (out === input) {
    io.stderr(fill(t.outIsInput, { path: out }) + "\n");
    return EXIT_FAILED;
  }
  const describe = (f: Finding): string => describeFinding(f, lang);
  let bytes: Uint8Array;
  if (args.template !== undefined) {
    let template: Uint8Array;
    try {
      template = await fs.readFile(path.resolve(cwd, args.template));
      bytes = fillTemplate(template, templateData(facts, model, describe));
    } catch (e) {
      io.stderr(fill(t.templateFailed, { file: args.template, reason: e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e) }) + "\n");
      return EXIT_FAILED;
    }
  } else if (/\.txt$/i.test(out)) {
    bytes = new TextEncoder().encode(reportText(model, describe));
  } else {
    bytes = await writeReportDocx(model, { describe });
  }
  await fs.writeFile(out, bytes);
  io.stdout(fill(t.wroteReport, { path: args.out ?? path.relative(cwd, out), ...counts(model) }) + "\n");
  return EXIT_OK;
}
