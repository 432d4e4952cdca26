/** Which files an `audit` run covers, and where their marked copies go. */
import { promises as fs } from "fs";
import * as path from "path";

export type InputFailureCode = "missing" | "not-file-or-folder" | "no-xlsx" | "unreadable";

export type Discovered =
  | { kind: "file"; /** As given on the command line, or joined onto the folder given. */ display: string; /** Absolute, symlinks resolved. */ path: string }
  | { kind: "failure"; display: string; code: InputFailureCode; detail?: string };

/** True for names a folder walk picks up: .xlsx, .xlsm, .xltx and .xltm, but not Office's `~$` lock files. */
export function isWorkbookName(name: string): boolean {
  return /\.(xlsx|xlsm|xltx|xltm)$/i.test(name) && !name.startsWith("~$");
}

/** Spreadsheets a folder walk cannot audit as they are, but that a user can re-save as .xlsx. */
export function isOtherSpreadsheetName(name: string): boolean {
  return /\.(xls|xlsb|et|ods|csv)$/i.test(name) && !name.startsWith("~$");
}

/**
 * Expands the inputs in order: files as given (whatever their extension: the content decides),
 * folders recursively for .xlsx, skipping hidden entries. A file reached twice is audited once.
 */
export async function discoverInputs(inputs: readonly string[], cwd: string): Promise<Discovered[]> {
  const out: Discovered[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (e) {
      out.push(statFailure(input, e));
      continue;
    }
    if (stat.isFile()) {
      const real = await fs.realpath(abs);
      if (!seen.has(real)) {
        seen.add(real);
        out.push({ kind: "file", display: input, path: real });
      }
    } else if (stat.isDirectory()) {
      const found: Discovered[] = [];
      const others = { count: 0 };
      await walk(abs, input, found, seen, new Set([await fs.realpath(abs)]), others);
      // Say how many .xls (and the like) are there: the user needs to re-save them, not to look again.
      if (!found.some((d) => d.kind === "file")) found.push({ kind: "failure", display: input, code: "no-xlsx", ...(others.count > 0 ? { detail: String(others.count) } : {}) });
      out.push(...found);
    } else {
      out.push({ kind: "failure", display: input, code: "not-file-or-folder" });
    }
  }
  return out;
}

async function walk(dir: string, display: string, out: Discovered[], seen: Set<string>, visitedDirs: Set<string>, others: { count: number }): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ kind: "failure", display, code: "unreadable", detail: errorCode(e) });
    return;
  }
  // Code-point order, so runs are reproducible whatever the locale.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const abs = path.join(dir, entry.name);
    const shown = path.join(display, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = await fs.stat(abs);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue; // A dangling link inside a folder is not something the user asked us to audit.
      }
    }
    if (isDir) {
      const real = await fs.realpath(abs);
      if (visitedDirs.has(real)) continue; // a link loop
      visitedDirs.add(real);
      await walk(abs, shown, out, seen, visitedDirs, others);
    } else if (isFile && isWorkbookName(entry.name)) {
      const real = await fs.realpath(abs);
      if (seen.has(real)) continue;
      seen.add(real);
      out.push({ kind: "file", display: shown, path: real });
    } else if (isFile && isOtherSpreadsheetName(entry.name)) {
      others.count++;
    }
  }
}

function statFailure(display: string, e: unknown): Discovered {
  const code = errorCode(e);
  if (code === "ENOENT" || code === "ENOTDIR") return { kind: "failure", display, code: "missing" };
  return { kind: "failure", display, code: "unreadable", detail: code };
}

/** The errno code of a Node error (`EACCES`), else its message. */
export function errorCode(e: unknown): string {
  if (e && typeof e === "object") {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string") return message;
  }
  return String(e);
}

/**
 * Output path in `outDir` for each input (absolute, real paths): its own file name, with ` (2)`, ` (3)`…
 * when another input already took that name or another input lives there. null when the copy would
 * land on the input itself. `outDir` should be a real path too.
 */
export function planOutputPaths(inputs: readonly string[], outDir: string, caseInsensitive = process.platform === "win32" || process.platform === "darwin"): (string | null)[] {
  const norm = (p: string): string => (caseInsensitive ? path.normalize(p).toLowerCase() : path.normalize(p));
  const inputSet = new Set(inputs.map(norm));
  const taken = new Set<string>();
  return inputs.map((input) => {
    const base = path.basename(input);
    const first = path.join(outDir, base);
    if (norm(first) === norm(input)) return null;
    const ext = path.extname(base);
    const stem = base.slice(0, base.length - ext.length);
    let candidate = first;
    for (let n = 2; taken.has(norm(candidate)) || inputSet.has(norm(candidate)); n++) {
      candidate = path.join(outDir, `${stem} (${n})${ext}`);
    }
    taken.add(norm(candidate));
    return candidate;
  });
}
