/** `jixiao` as a function: tests and the benchmark call it in-process; main.ts wires it to the real process. */
import { promises as fs } from "fs";
import * as path from "path";
import * as os from "os";
import type { Lang } from "../core/types";
import packageJson from "../../package.json";
import { parseArgs, type AuditArgs, type Env } from "./args";
import { discoverInputs, errorCode, planOutputPaths, type Discovered } from "./files";
import { describe, type FileJob } from "./job";
import { withSteadyYoungGeneration } from "./heap";
import { runJobs } from "./pool";
import { countResults, failureLine, failureReason, renderFileReport, renderSummary, toJsonReport, writeJsonReport, type FileResult } from "./render";
import { cliText, fill } from "./text";
import { parseMapSpecs, type ColumnMaps } from "../host";

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
        return await withSteadyYoungGeneration(() => audit(args, io, env));
      // Loaded on first use: docx, docxtemplater and mammoth are most of the bundle, and an audit needs none of them.
      case "report":
        return await (await import(/* webpackChunkName: "report" */ "./report")).report(args, io);
      case "crosscheck":
        return await (await import(/* webpackChunkName: "crosscheck" */ "./crosscheck")).crosscheck(args, io);
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
    // A file given as --out would otherwise surface per input as EEXIST on "file/name.xlsx".
    const existing = await fs.stat(outDir).catch(() => undefined);
    if (existing && !existing.isDirectory()) {
      io.stderr(`${fill(cliText(lang).outIsFile, { path: args.out })}\n${cliText(lang).seeHelp}\n`);
      return EXIT_FAILED;
    }
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
    if (result.explained !== undefined) io.stdout(`${result.file}\n${result.explained}\n`);
    else if (!args.json && result.sheets.length > 0) io.stdout(renderFileReport(result, lang, colour) + "\n");
    if (result.error) io.stderr(failureLine(result.file, result.error.message, lang) + "\n");
  };

  // Files are audited in parallel; their reports are printed in input order as soon as all before them are done.
  const slots: (FileResult | undefined)[] = discovered.map((item) =>
    item.kind === "failure" ? { file: item.display, error: { code: item.code, message: failureReason(item.code, lang, item.detail !== undefined ? { detail: item.detail } : {}) }, sheets: [] } : undefined,
  );
  let flushed = 0;
  const flush = (): void => {
    while (flushed < slots.length && slots[flushed] !== undefined) record(slots[flushed++] as FileResult);
  };
  flush();
  const fileSlots = discovered.map((d, i) => (d.kind === "file" ? i : -1)).filter((i) => i >= 0);
  let maps: ColumnMaps;
  try {
    maps = await mapsOf(args);
  } catch (e) {
    io.stderr(`${fill(cliText(lang).usageError, { message: describe(e) })}\n`);
    return EXIT_FAILED;
  }
  const settings = {
    lowRate: args.lowRate,
    explainRate: args.explainRate,
    ...(args.scoreTolerance !== undefined ? { scoreTolerance: args.scoreTolerance } : {}),
    ...(args.executionWeight !== undefined ? { executionWeight: args.executionWeight } : {}),
  };
  const jobs: FileJob[] = files.map((f, i) => ({
    display: f.display,
    path: f.path,
    output: outputs[i],
    outDirProblem,
    lang,
    settings,
    maps,
    explain: args.explain === true,
    out: args.out,
    limits: args.limits,
  }));
  let started = 0;
  await runJobs(
    jobs,
    args.jobs ?? defaultJobs(),
    (i) => progress.show(++started, files.length, (jobs[i] as FileJob).display),
    (i, result) => {
      slots[fileSlots[i] as number] = result;
      flush();
    },
  );
  progress.clear();

  const counts = countResults(results);
  // Indented for a person at a terminal; compact when piped to a program (a third smaller, faster).
  const textLang = args.langGiven ? lang : undefined;
  if (args.json && io.stdoutIsTTY) io.stdout(JSON.stringify(toJsonReport(results, textLang), null, 2) + "\n");
  else if (args.json) writeJsonReport(results, textLang, io.stdout);
  else io.stdout(renderSummary(counts, lang, colour));
  if (counts.failed > 0 || counts.copiesNotWritten > 0) return EXIT_FAILED;
  return counts.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** One job per core (at least one). */
function defaultJobs(): number {
  const n = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, n);
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

async function mapsOf(args: AuditArgs): Promise<ColumnMaps> {
  const json: unknown = args.mapFile === undefined ? undefined : JSON.parse(await fs.readFile(args.mapFile, "utf8"));
  return parseMapSpecs(args.maps ?? [], json);
}
