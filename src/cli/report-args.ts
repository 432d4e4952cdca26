/** Arguments of `jixiao report` and `jixiao crosscheck`, after args.ts has split options from inputs. */
import type { Lang } from "../core/types";
import type { ReportKind } from "../core/report/model";
import { REPORT_CLI_TEXT } from "./report-text";
import { fill } from "./text";

export interface ReportArgs {
  command: "report";
  lang: Lang;
  workbook: string;
  /** .docx (or .txt) to write; undefined for `<workbook name>-自评报告.docx` in the working folder. */
  out?: string;
  kind: ReportKind;
  template?: string;
}

export interface CrosscheckArgs {
  command: "crosscheck";
  lang: Lang;
  report: string;
  workbook: string;
  json: boolean;
}

type Usage = { command: "usage-error"; lang: Lang; message: string };

export function parseReportArgs(
  command: "report" | "crosscheck",
  inputs: readonly string[],
  values: ReadonlyMap<string, string>,
  flags: ReadonlySet<string>,
  lang: Lang,
): ReportArgs | CrosscheckArgs | Usage {
  const t = REPORT_CLI_TEXT[lang];
  const usage = (message: string): Usage => ({ command: "usage-error", lang, message });
  if (command === "crosscheck") {
    const [report, workbook, ...rest] = inputs;
    if (report === undefined || workbook === undefined || rest.length > 0) return usage(t.crosscheckInputs);
    return { command, lang, report, workbook, json: flags.has("--json") };
  }
  const [workbook, ...rest] = inputs;
  if (workbook === undefined || rest.length > 0) return usage(t.reportInputs);
  const kindText = values.get("--kind") ?? "project";
  if (kindText !== "project" && kindText !== "department") return usage(fill(t.badKind, { value: kindText }));
  const out = values.get("--out");
  const template = values.get("--template");
  return { command, lang, workbook, kind: kindText, ...(out !== undefined ? { out } : {}), ...(template !== undefined ? { template } : {}) };
}
