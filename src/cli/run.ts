/** `jixiao` as a function: tests and the benchmark call it in-process; main.ts wires it to the real process. */
import { promises as fs } from "fs";
import * as path from "path";
import { runAudit } from "../core/audit";
import type { Lang } from "../core/types";
import { isWorkbookInputError, loadWorkbook, readGrids, writeHighlightedCopy } from "../xlsx";
import packageJson from "../../package.json";
import { parseArgs, type AuditArgs, type Env } from "./args";
import { discoverInputs, errorCode, planOutputPaths, type Discovered } from "./files";
import { countResults, failureLine, failureReason, renderFileReport, renderSummary, toJsonReport, type FileResult } from "./render";
import { crosscheck } from "./crosscheck";
import { report } from "./report";
import { cliText, fill } from "./text";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Env;
  /** Folder relative inputs are resolved against; defaults to process.cwd(). */
  cwd?: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILED = 2;

/** Runs `jixiao <argv>` and resolves to its exit code. Never throws: anything unexpected is one stderr line and exit 2. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? {};
  let lang: Lang = "zh-CN";
  try {
    const args = parseArgs(argv, env);
    lang = args.lang;
    const t = cliText(lang);
    switch (args.command) {
      case "help":
        io.stdout(fill(t.help, { version: packageJson.version }) + "\n");
        return EXIT_OK;
      case "version":
        io.stdout(`${packageJson.version}\n`);
        return EXIT_OK;
      case "usage-error":
        io.stderr(`${fill(t.usageError, { message: args.message })}\n${t.seeHelp}\n`);
        return EXIT_FAILED;
      case "audit":
        return await audit(args, io, env);
      case "report":
        return await report(args, io);
      case "crosscheck":
        return await crosscheck(args, io);
    }
  } catch (e) {
    io.stderr(fill(cliText(lang).fatal, { detail: describe(e) }) + "\n");
    return EXIT_FAILED;
  }
}

async function audit(args: AuditArgs, io: CliIo, env: Env): Promise<number> {
  const { lang } = args;
  const cwd = io.cwd ?? process.cwd();
  const colour = args.color ?? (!!io.stdoutIsTTY && !env.NO_COLOR && !args.json);
  const discovered = await discoverInputs(args.inputs, cwd);
  const files = discovered.filter((d): d is Extract<Discovered, { kind: "file" }> => d.kind === "file");
  const progress = new Progress(io, lang, files.length > 3 || !!io.stderrIsTTY);

  let outputs: (string | null)[] = [];
  let outDirProblem: string | undefined;
  if (args.out !== undefined) {
    const outDir = path.resolve(cwd, args.out);
    let realOut = outDir;
    try {
      await fs.mkdir(outDir, { recursive: true });
      realOut = await fs.realpath(outDir);
    } catch (e) {
      outDirProblem = errorCode(e);
    }
    outputs = planOutputPaths(
      files.map((f) => f.path),
      realOut,
    );
  }

  const results: FileResult[] = [];
  /** Records a result: its report on stdout (text mode), its failure as one line on stderr. */
  const record = (result: FileResult): void => {
    results.push(result);
    progress.clear();
    // An audited file whose copy could not be written still shows its findings.
    if (!args.json && result.sheets.length > 0) io.stdout(renderFileReport(result, lang, colour) + "\n");
    if (result.error) io.stderr(failureLine(result.file, result.error.message, lang) + "\n");
  };

  let index = 0;
  for (const item of discovered) {
    if (item.kind === "failure") {
      const message = failureReason(item.code, lang, item.detail !== undefined ? { detail: item.detail } : {});
      record({ file: item.display, error: { code: item.code, message }, sheets: [] });
      continue;
    }
    const fileIndex = index++;
    progress.show(fileIndex + 1, files.length, item.display);
    record(await auditFile(item, args, outputs[fileIndex], outDirProblem));
  }
  progress.clear();

  const counts = countResults(results);
  // Indented for a person at a terminal; compact when piped to a program (a third smaller, faster).
  if (args.json) io.stdout(JSON.stringify(toJsonReport(results), null, io.stdoutIsTTY ? 2 : undefined) + "\n");
  else io.stdout(renderSummary(counts, lang, colour));
  if (counts.failed > 0) return EXIT_FAILED;
  return counts.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

async function auditFile(
  item: { display: string; path: string },
  args: AuditArgs,
  output: string | null | undefined,
  outDirProblem: string | undefined,
): Promise<FileResult> {
  const { lang } = args;
  const failed = (code: Parameters<typeof failureReason>[0], params: { detail?: string; path?: string } = {}, sheets: FileResult["sheets"] = []): FileResult => ({
    file: item.display,
    error: { code, message: failureReason(code, lang, params) },
    sheets,
  });

  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(item.path);
  } catch (e) {
    return failed("unreadable", { detail: errorCode(e) });
  }
  let sheets: FileResult["sheets"];
  let workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (e) {
    if (isWorkbookInputError(e)) return failed(e.code);
    return failed("internal", { detail: describe(e) });
  }
  try {
    sheets = readGrids(workbook).map((grid) => runAudit(grid, { lowRate: args.lowRate, explainRate: args.explainRate, lang }));
  } catch (e) {
    return failed("internal", { detail: describe(e) });
  }

  if (args.out === undefined) return { file: item.display, error: null, sheets };
  if (output === null) return failed("same-as-input", {}, sheets);
  const target = output ?? path.resolve(args.out, path.basename(item.path)); // planned for every file; never undefined
  if (outDirProblem !== undefined) return failed("write-failed", { path: target, detail: outDirProblem }, sheets);
  try {
    const copy = await writeHighlightedCopy(workbook, sheets, lang);
    await fs.writeFile(target, copy);
  } catch (e) {
    return failed("write-failed", { path: target, detail: describe(e) }, sheets);
  }
  return { file: item.display, error: null, sheets, output: target };
}

/** `[3/120] name.xlsx` on stderr: rewritten in place on a terminal, one line per file otherwise. */
class Progress {
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly lang: Lang,
    private readonly enabled: boolean,
  ) {}

  show(index: number, total: number, file: string): void {
    if (!this.enabled) return;
    const text = fill(cliText(this.lang).progress, { index, total, file });
    if (this.io.stderrIsTTY) {
      this.io.stderr(`\r\u001b[K${text}`);
      this.shown = true;
    } else {
      this.io.stderr(`${text}\n`);
    }
  }

  clear(): void {
    if (!this.shown) return;
    this.io.stderr("\r\u001b[K");
    this.shown = false;
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message.split("\n")[0] ?? e.name;
  return String(e);
}
