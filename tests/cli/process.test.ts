/** The real `jixiao` process: bad inputs, one JSON document, --out, exit codes. */
import crypto from "crypto";
import fs from "fs";
import path from "path";
import * as ExcelJS from "exceljs";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { runJixiao } from "../helpers/cli";
import { tinyWorkbook, writeBadInputs, type BadInput } from "../helpers/bad-inputs";
import { fixture, makeTempDir, removeTempDir } from "../helpers/fixtures";

const sha = (file: string): string => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

let dir: string;
let bad: Record<string, BadInput>;
let good: string;

beforeAll(async () => {
  ensureBuild();
  dir = makeTempDir("process");
  bad = await writeBadInputs(dir);
  good = path.join(dir, "good.xlsx");
  fs.writeFileSync(good, await tinyWorkbook());
  fs.mkdirSync(path.join(dir, "no-workbooks"));
  fs.writeFileSync(path.join(dir, "no-workbooks", "readme.txt"), "nothing to audit");
}, BUILD_TIMEOUT_MS);
afterAll(() => removeTempDir(dir));

/** Inputs that cannot be audited, in the order given, with the reason each must print. */
const BAD_CASES: [string, string, string][] = [
  ["missing.xlsx", "找不到该文件或文件夹。", "no such file or folder."],
  ["no-workbooks", "文件夹中没有 .xlsx 文件。", "the folder holds no .xlsx files."],
  ["notes.xlsx", "这不是 Excel .xlsx 文件。", "this is not an Excel .xlsx file."],
  ["旧表格.xls", "这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再审核。", "this is a legacy .xls file; save it as .xlsx in Excel or WPS and audit that."],
  ["加密.xlsx", "文件设有打开密码", "the file is password-protected"],
  ["truncated.xlsx", "文件已损坏", "the file is damaged"],
  ["empty.xlsx", "文件是空的（0 字节）。", "the file is empty (0 bytes)."],
];

describe("inputs that cannot be audited", () => {
  it.each([
    ["zh-CN", "zh_CN.UTF-8", 1],
    ["en-US", "en_US.UTF-8", 2],
  ] as const)("each give one clear line on stderr (%s), exit 2, and the good file is still audited", (_lang, locale, column) => {
    const names = BAD_CASES.map(([name]) => name);
    const r = runJixiao(["audit", "good.xlsx", ...names, "--json"], { cwd: dir, env: { LANG: locale } });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain("    at ");
    // More than three files also brings `[i/n] name` progress lines; the rest is one line per failure.
    const lines = r.stderr.trimEnd().split("\n").filter((line) => !/^\[\d+\/\d+\] /.test(line));
    expect(lines).toHaveLength(BAD_CASES.length);
    BAD_CASES.forEach((c, i) => {
      const prefix = column === 1 ? `无法审核 ${c[0]}：` : `Cannot audit ${c[0]}: `;
      expect(lines[i]?.startsWith(prefix + c[column])).toBe(true);
    });
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0]).toMatchObject({ file: "good.xlsx", error: null });
    expect(doc.files[0].sheets.map((s: { sheet: string }) => s.sheet)).toEqual(["Sheet1"]);
    expect(doc.files.slice(1).map((f: { file: string; error: string | null }) => [f.file, typeof f.error])).toEqual(names.map((n) => [n, "string"]));
  });

  it("covers every WorkbookInputError code", () => {
    expect(new Set(Object.values(bad).map((b) => b.code))).toEqual(new Set(["not-xlsx", "legacy-xls", "encrypted", "corrupt", "empty"]));
  });

  it("prints the text report for the good file and the counts, with failures on stderr only", () => {
    const r = runJixiao(["audit", "good.xlsx", "旧表格.xls"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("good.xlsx\n  工作表「Sheet1」：");
    expect(r.stdout).toContain("共审核 1 个文件，1 个无法审核");
    expect(r.stdout).not.toContain("旧表格.xls");
    expect(r.stderr).toBe("无法审核 旧表格.xls：这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再审核。\n");
  });

  it("answers usage errors with exit 2 and no stack trace", () => {
    const r = runJixiao(["audit", "good.xlsx", "--low-rate", "0.95"], { cwd: dir, env: { LANG: "en_US.UTF-8" } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("jixiao: --low-rate (0.95) must not be above --explain-rate (0.9)\nRun jixiao --help for usage.\n");
  });
});

describe("the jixiao process", () => {
  it("prints its version and help", () => {
    const version = runJixiao(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")).version);
    const help = runJixiao(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("jixiao audit <文件或文件夹>... [选项]");
  });

  it("prints exactly one JSON document on stdout for a folder", () => {
    const r = runJixiao(["audit", path.dirname(fixture("qingdao-2019-safety-fund.xlsx")), "--json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.files.map((f: { file: string }) => path.basename(f.file))).toEqual(["chengde-2019-mine-inspection.xlsx", "qingdao-2019-safety-fund.xlsx"]);
    expect(r.stderr).toBe("");
  });

  it("writes a marked copy with --out and leaves the input byte-identical", async () => {
    const input = fixture("qingdao-2019-safety-fund.xlsx");
    const before = sha(input);
    const out = path.join(dir, "marked");
    const r = runJixiao(["audit", input, "--out", out]);
    expect([0, 1]).toContain(r.status);
    expect(sha(input)).toBe(before);
    const copy = path.join(fs.realpathSync(out), "qingdao-2019-safety-fund.xlsx");
    expect(fs.existsSync(copy)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["项目支出明细", "绩效指标", "审核结果"]);
    expect(wb.getWorksheet("项目支出明细")?.getCell("D44").value).toBe(1465.45);
  });

  it("exits 1 when the audit finds error-level problems (needs the engine)", () => {
    const r = runJixiao(["audit", fixture("qingdao-2019-safety-fund.xlsx")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
  });
});
