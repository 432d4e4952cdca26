/** `jixiao crosscheck REPORT FORM.xlsx`: the report's figures against the form, as text or one JSON document. */
import { promises as fs } from "fs";
import * as path from "path";
import { collectFacts, crosscheckReport, reportFindingMessage, type ReportFinding } from "../core/report";
import { isReportInputError, readReportText } from "../docx/read";
import type { CrosscheckArgs } from "./report-args";
import { EXIT_FAILED, EXIT_FINDINGS, EXIT_OK, hasBlocks, readForm } from "./report";
import { REPORT_CLI_TEXT } from "./report-text";
import { failureReason } from "./render";
import { fill } from "./text";
import type { CliIo } from "./run";

/** Long sentences are cut in the text output; JSON keeps them whole. */
function clip(s: string, max = 60): string {
  return s.length > max ? s.slice(0, max) + "…" : s;
}

export async function crosscheck(args: CrosscheckArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  const t = REPORT_CLI_TEXT[lang];
  const cwd = io.cwd ?? process.cwd();
  let text: string;
  try {
    text = await readReportText(await fs.readFile(path.resolve(cwd, args.report)), args.report);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = isReportInputError(e) ? t.reportInput[e.code] : code === "ENOENT" ? failureReason("missing", lang) : failureReason("unreadable", lang, { detail: code ?? String(e) });
    io.stderr(fill(t.reportFailed, { file: args.report, reason }) + "\n");
    return EXIT_FAILED;
  }
  const form = await readForm(path.resolve(cwd, args.workbook), lang);
  if ("error" in form) {
    io.stderr(form.error.replace(path.resolve(cwd, args.workbook), args.workbook) + "\n");
    return EXIT_FAILED;
  }
  if (!hasBlocks(form.grids)) {
    io.stderr(fill(t.workbookFailed, { file: args.workbook, reason: t.noBlocks }) + "\n");
    return EXIT_FAILED;
  }
  const result = crosscheckReport(text, collectFacts(form.grids, form.findings));
  if (result.claims.length === 0) {
    io.stderr(fill(t.noClaims, { file: args.report }) + "\n");
    return EXIT_FAILED;
  }
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of result.findings) {
    if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  if (args.json) {
    const doc = {
      version: 1,
      report: args.report,
      workbook: args.workbook,
      claims: result.claims.length,
      findings: result.findings.map((f: ReportFinding) => ({ ...f, message: reportFindingMessage(f, lang) })),
    };
    io.stdout(JSON.stringify(doc, null, io.stdoutIsTTY ? 2 : undefined) + "\n");
  } else {
    const lines = [fill(t.crosscheckHeading, { report: args.report, workbook: args.workbook })];
    if (result.findings.length === 0) lines.push(`  ${t.noReportFindings}`);
    for (const f of result.findings) {
      const where = [f.section, f.sheet && f.cell ? `${f.sheet}!${f.cell}` : ""].filter(Boolean).join(" · ");
      lines.push(`  ${t.severity[f.severity]}  [${f.rule}] ${where}`);
      lines.push(`      ${reportFindingMessage(f, lang)}`);
      if (f.sentence) lines.push(`      「${clip(f.sentence)}」`);
    }
    lines.push(fill(t.crosscheckSummary, { claims: result.claims.length, ...counts }));
    io.stdout(lines.join("\n") + "\n");
  }
  return counts.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
