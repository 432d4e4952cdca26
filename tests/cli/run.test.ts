/**
 * runCli in-process, with the engine replaced by a stand-in so these tests pin down the command line's
 * own behaviour (exit codes, JSON, --out, progress, colour) whatever state the real engine is in.
 */
import crypto from "crypto";
import fs from "fs";
import path from "path";
import * as ExcelJS from "exceljs";
import type { Grid } from "../../src/core/grid/grid";
import type { AuditOptions } from "../../src/core/audit";
import { DEFAULT_RULES } from "../../src/core/rules";
import type { Finding, SheetReport } from "../../src/core/types";
import { sampleFinding } from "../helpers/findings";
import { runCli, type CliIo } from "../../src/cli/run";
import { writeBadInputs } from "../helpers/bad-inputs";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";

const calls: AuditOptions[] = [];

/** Stand-in engine: A1 = "ERROR" / "WARN" / "THROW" decides what it finds on a sheet. */
function fakeAudit(grid: Grid, options: AuditOptions): SheetReport {
  calls.push(options);
  const kind = grid.value(1, 1);
  if (kind === "THROW") throw new Error("engine exploded\n    at fakeAudit (run.test.ts:1:1)");
  const findings: Finding[] = [];
  const at = (severity: Finding["severity"], item: string): Finding =>
    sampleFinding({ rule: severity === "error" ? "total-mismatch" : "unmet-target", severity, sheet: grid.sheet, cell: "B2", item, stated: 2, computed: 1 });
  if (kind === "ERROR") findings.push(at("error", "合计不符"));
  if (kind === "WARN") findings.push(at("warning", "目标未完成"));
  return {
    sheet: grid.sheet,
    layout: kind ? "line-items" : "unrecognised",
    blocks: [],
    findings,
    stats: { rowsScanned: 1, errors: 0, warnings: 0, infos: 0 },
  };
}

jest.mock("../../src/core/audit", () => {
  const actual = jest.requireActual("../../src/core/audit");
  return { ...actual, runAudit: (grid: Grid, options: AuditOptions) => fakeAudit(grid, options) };
});

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], io: Partial<CliIo> = {}): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { LANG: "zh_CN.UTF-8" },
    cwd: dir,
    ...io,
  });
  return { code, stdout, stderr };
}

async function writeBook(file: string, a1: string, sheets = 1): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i <= sheets; i++) {
    const ws = wb.addWorksheet(i === 1 ? "明细" : `表${i}`);
    ws.getCell("A1").value = a1;
    ws.getCell("B2").value = 42;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

const sha = (file: string): string => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("run");
  await writeBook(path.join(dir, "error.xlsx"), "ERROR", 2);
  await writeBook(path.join(dir, "warn.xlsx"), "WARN");
  await writeBook(path.join(dir, "clean.xlsx"), "");
  await writeBook(path.join(dir, "throws.xlsx"), "THROW");
  await writeBook(path.join(dir, "x", "same.xlsx"), "WARN");
  await writeBook(path.join(dir, "y", "same.xlsx"), "ERROR");
  fs.mkdirSync(path.join(dir, "bad"));
  await writeBadInputs(path.join(dir, "bad"));
});
afterAll(() => removeTempDir(dir));
beforeEach(() => {
  calls.length = 0;
});

describe("exit codes", () => {
  it("is 0 without error findings, 1 with them", async () => {
    expect((await run(["audit", "warn.xlsx", "clean.xlsx"])).code).toBe(0);
    expect((await run(["audit", "warn.xlsx", "error.xlsx"])).code).toBe(1);
  });

  it("is 2 when any input cannot be audited, and still audits the rest", async () => {
    const r = await run(["audit", "error.xlsx", "missing.xlsx", "bad/旧表格.xls", "warn.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("error.xlsx\n");
    expect(r.stdout).toContain("warn.xlsx\n");
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      "无法审核 missing.xlsx：找不到该文件或文件夹。",
      "无法审核 bad/旧表格.xls：这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再审核。",
    ]);
  });

  it("turns an engine crash into one line for that file, without a stack trace", async () => {
    const r = await run(["audit", "throws.xlsx", "warn.xlsx", "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("Cannot audit throws.xlsx: internal error while auditing (engine exploded); please report it with this file.\n");
    expect(r.stdout).toContain("warn.xlsx\n");
  });

  it("is 2 for usage errors, 0 for help and version", async () => {
    const usage = await run(["audit", "a.xlsx", "--low-rate", "2"]);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe("");
    expect(usage.stderr).toContain("运行 jixiao --help 查看用法。");
    const help = await run(["--help"], { env: { LANG: "en_US.UTF-8" } });
    expect([help.code, help.stdout.startsWith("jixiao "), help.stdout.includes("Usage:")]).toEqual([0, true, true]);
    const version = await run(["--version"]);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("audit options", () => {
  it("passes the rates and the default rules to the engine for every sheet, and no language", async () => {
    await run(["audit", "error.xlsx", "--low-rate", "50%", "--explain-rate", "0.8", "--lang", "en-US"]);
    expect(calls).toEqual([
      { rules: DEFAULT_RULES, settings: { lowRate: 0.5, explainRate: 0.8 } },
      { rules: DEFAULT_RULES, settings: { lowRate: 0.5, explainRate: 0.8 } },
    ]);
  });

  it("defaults to 0.6 / 0.9", async () => {
    await run(["audit", "warn.xlsx"], { env: { LC_ALL: "en_US.UTF-8" } });
    expect(calls).toEqual([{ rules: DEFAULT_RULES, settings: { lowRate: 0.6, explainRate: 0.9 } }]);
  });

  it("prints findings in the run's language, rendered from the same data", async () => {
    const zh = await run(["audit", "error.xlsx"]);
    const en = await run(["audit", "error.xlsx", "--lang", "en-US"]);
    expect(zh.stdout).toContain("「合计不符」实际支出填报为 2.00，与各明细之和 1.00 不一致（相差 1.00）");
    expect(en.stdout).toContain('"合计不符": 实际支出 total 2.00 differs from the sum of the items, 1.00 (off by 1.00)');
  });
});

describe("--json", () => {
  it("prints exactly one JSON document with every input, failures included", async () => {
    const r = await run(["audit", "--json", "error.xlsx", "bad", "nope"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.files.map((f: { file: string; errorCode: string | null }) => [f.file, f.errorCode])).toEqual([
      ["error.xlsx", null],
      [path.join("bad", "archive.xlsx"), "not-xlsx"],
      [path.join("bad", "empty.xlsx"), "empty"],
      [path.join("bad", "notes.xlsx"), "not-xlsx"],
      [path.join("bad", "truncated.xlsx"), "corrupt"],
      [path.join("bad", "加密.xlsx"), "encrypted"],
      ["nope", "missing"],
    ]);
    expect(doc.files[0].sheets[0]).toEqual({
      sheet: "明细",
      layout: "line-items",
      findings: [
        {
          rule: "total-mismatch",
          severity: "error",
          sheet: "明细",
          cell: "B2",
          row: 2,
          column: 2,
          expected: 1,
          actual: 2,
          code: "total-mismatch.amount",
          params: { item: "合计不符", column: "实际支出", stated: 2, computed: 1, decimals: 2 },
        },
      ],
    });
    expect(r.stderr.trim().split("\n").filter((line) => line.startsWith("无法审核 "))).toHaveLength(6);
  });
});

describe("--out", () => {
  it("writes a marked copy into DIR and leaves the input byte-identical", async () => {
    const input = path.join(dir, "error.xlsx");
    const before = sha(input);
    const r = await run(["audit", "error.xlsx", "--out", "marked"]);
    expect(r.code).toBe(1);
    expect(sha(input)).toBe(before);
    const copy = path.join(fs.realpathSync(dir), "marked", "error.xlsx");
    expect(r.stdout).toContain(`审核副本：${copy}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["明细", "表2", "审核结果"]);
    expect(wb.getWorksheet("明细")?.getCell("B2").value).toBe(42);
  });

  it("numbers copies of inputs that share a file name", async () => {
    const r = await run(["audit", "x/same.xlsx", "y/same.xlsx", "--out", "same-out", "--json"]);
    const doc = JSON.parse(r.stdout);
    const out = path.join(fs.realpathSync(dir), "same-out");
    expect(doc.files.map((f: { output?: string }) => f.output)).toEqual([path.join(out, "same.xlsx"), path.join(out, "same (2).xlsx")]);
    expect(fs.readdirSync(out).sort()).toEqual(["same (2).xlsx", "same.xlsx"]);
  });

  it("refuses to overwrite the input when DIR is the input's own folder", async () => {
    const input = path.join(dir, "warn.xlsx");
    const before = sha(input);
    const r = await run(["audit", "warn.xlsx", "--out", "."]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("无法审核 warn.xlsx：审核副本会覆盖原文件，请用 --out 指定另一个文件夹。\n");
    expect(sha(input)).toBe(before);
    // The audit itself is still shown.
    expect(r.stdout).toContain("目标未完成");
  });
});

describe("progress and colour", () => {
  it("shows progress on stderr, never stdout, for more than three files", async () => {
    const r = await run(["audit", "error.xlsx", "warn.xlsx", "clean.xlsx", "x", "--json"]);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("["))).toEqual([
      "[1/4] error.xlsx",
      "[2/4] warn.xlsx",
      "[3/4] clean.xlsx",
      `[4/4] ${path.join("x", "same.xlsx")}`,
    ]);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it("shows no progress for a few files when stderr is not a terminal, and rewrites one line when it is", async () => {
    expect((await run(["audit", "warn.xlsx"])).stderr).toBe("");
    const tty = await run(["audit", "warn.xlsx"], { stderrIsTTY: true });
    expect(tty.stderr).toBe("\r\u001b[K[1/1] warn.xlsx\r\u001b[K");
  });

  it("colours a terminal's output unless NO_COLOR or --no-color says otherwise", async () => {
    expect((await run(["audit", "error.xlsx"], { stdoutIsTTY: true })).stdout).toContain("\u001b[31m错误\u001b[0m");
    expect((await run(["audit", "error.xlsx"], { stdoutIsTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
    expect((await run(["audit", "error.xlsx", "--no-color"], { stdoutIsTTY: true })).stdout).not.toContain("\u001b[");
    expect((await run(["audit", "error.xlsx"])).stdout).not.toContain("\u001b[");
    expect((await run(["audit", "error.xlsx", "--json"], { stdoutIsTTY: true })).stdout).not.toContain("\u001b[");
  });
});
