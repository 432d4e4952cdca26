/** One file of an audit run: read it (bounded), audit it, write its copy. Runs in a worker thread or in-process. */
import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import { constants as zlibConstants, inflateRawSync } from "zlib";
import { runAudit } from "../core/audit";
import { DEFAULT_RULES } from "../core/rules";
import type { Grid } from "../core/grid/grid";
import { explainSheet } from "../core/layouts/explain";
import type { AuditSettings, Lang } from "../core/types";
import { columnMapOf, type ColumnMaps } from "../host";
import { renderAccount } from "./explain";
import { isWorkbookInputError, limitsFrom, readWorkbook, writeHighlightedCopy, type LimitSettings } from "../xlsx";
import { errorCode } from "./files";
import { failureReason, type FileResult } from "./render";

export interface FileJob {
  display: string;
  path: string;
  /** Planned copy path; null when it would overwrite the input; undefined without --out. */
  output: string | null | undefined;
  outDirProblem: string | undefined;
  lang: Lang;
  settings: Partial<AuditSettings>;
  /** Column roles given with --map / --map-file, per sheet ("*" for every sheet). */
  maps: ColumnMaps;
  /** --explain: the account of what was recognised instead of an audit. */
  explain: boolean;
  out: string | undefined;
  limits: LimitSettings;
}

/** Output buffer zlib fills in one piece; past it, its pieces are joined (briefly holding the part twice). */
const MAX_CHUNK = 64 * 1024 * 1024;

/**
 * Node's zlib, bounded: about three times faster than fflate on a large sheet. The output buffer is the
 * part's declared size (maxOutput, already within the limits), so zlib writes the part once instead of
 * in 16 KB pieces that it then copies together: a 50,000-row sheet inflates in a quarter of the time,
 * with 10 MB less at the peak. A buffer of that size costs nothing until written to.
 */
export const nativeInflate = (data: Uint8Array, maxOutput: number, partial?: boolean): Uint8Array =>
  partial
    ? inflateRawSync(data, { maxOutputLength: maxOutput, finishFlush: zlibConstants.Z_SYNC_FLUSH })
    : inflateRawSync(data, { maxOutputLength: maxOutput, chunkSize: Math.max(zlibConstants.Z_MIN_CHUNK, Math.min(maxOutput, MAX_CHUNK)) });

const EMPTY = new Uint8Array(0);

export async function runFileJob(job: FileJob): Promise<FileResult> {
  const { lang } = job;
  const failed = (code: Parameters<typeof failureReason>[0], params: Parameters<typeof failureReason>[2] = {}, sheets: FileResult["sheets"] = []): FileResult => ({
    file: job.display,
    error: { code, message: failureReason(code, lang, params) },
    sheets,
  });

  let bytes: Uint8Array;
  try {
    // Synchronous: a worker (or a lone file) has nothing else to do meanwhile, and on small files in a batch
    // fs.promises.readFile's separate open, stat and read steps showed up in the profile.
    bytes = readFileSync(job.path);
  } catch (e) {
    return failed("unreadable", { detail: errorCode(e) });
  }
  const limits = limitsFrom(job.limits);
  let grids: Grid[];
  try {
    grids = readWorkbook(bytes, limits, { nativeInflate }).grids;
  } catch (e) {
    if (isWorkbookInputError(e)) return failed(e.code, e.params);
    return failed("internal", { detail: describe(e) });
  }
  // The file's bytes are needed again only for a highlighted copy; without one they go before the audit.
  const original = job.out === undefined ? undefined : bytes;
  bytes = EMPTY;
  let sheets: FileResult["sheets"];
  try {
    if (job.explain) {
      return { file: job.display, error: null, sheets: [], explained: grids.map((g) => renderAccount(explainSheet(g, columnMapOf(job.maps, g.sheet)), lang)).join("\n") };
    }
    sheets = grids.map((grid) => {
      const mapping = columnMapOf(job.maps, grid.sheet);
      return runAudit(grid, { rules: DEFAULT_RULES, settings: job.settings, ...(mapping ? { mapping } : {}) });
    });
  } catch (e) {
    return failed("internal", { detail: describe(e) });
  }

  if (job.out === undefined || original === undefined) return { file: job.display, error: null, sheets };
  if (job.output === null) return failed("same-as-input", {}, sheets);
  const target = job.output ?? path.resolve(job.out, path.basename(job.path));
  if (job.outDirProblem !== undefined) return failed("write-failed", { path: target, detail: job.outDirProblem }, sheets);
  try {
    const copy = writeHighlightedCopy(original, sheets, lang, limits);
    await fs.writeFile(target, copy);
  } catch (e) {
    return failed("write-failed", { path: target, detail: describe(e) }, sheets);
  }
  return { file: job.display, error: null, sheets, output: target };
}

export function describe(e: unknown): string {
  if (e instanceof Error) return e.message.split("\n")[0] ?? e.name;
  return String(e);
}
