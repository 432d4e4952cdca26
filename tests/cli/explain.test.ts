/** jixiao audit --explain, --map and the score settings, in process on workbooks written here. */
import fs from "fs";
import os from "os";
import path from "path";
import * as ExcelJS from "exceljs";
import { runCli } from "../../src/cli/run";
import { parseArgs } from "../../src/cli/args";
import * as forms from "../helpers/real-forms";
import type { SheetSpec } from "../helpers/grid";

async function book(dir: string, name: string, spec: SheetSpec, sheet = "Sheet1"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  spec.rows.forEach((r, i) => r.forEach((v, j) => {
    if (v !== null && v !== undefined) ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
  }));
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
  return { code, out, err };
}

describe("jixiao audit --explain / --map / --score-tolerance", () => {
  let dir = "";
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "jx-explain-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("--explain on a prose sheet says no header row was found and which words were looked for", async () => {
    const file = await book(dir, "prose.xlsx", forms.PROSE_SHEET, "说明");
    const r = await run(["audit", "--explain", "--lang", "zh-CN", file]);
    expect(r.out).toContain("没有找到表头行");
    expect(r.out).toContain("预算数");
    expect(r.out).toContain("--map");
  });

  it("--explain lists blocks, header rows, each column's role and how rows were read", async () => {
    const file = await book(dir, "form.xlsx", forms.twoRowNationalForm());
    const r = await run(["audit", "--explain", "--lang", "zh-CN", file]);
    expect(r.out).toContain("项目资金：表头在第 2 行");
    expect(r.out).toContain("绩效指标：表头在第 7–8 行");
    expect(r.out).toMatch(/D 列「指标性质」→ 指标性质/);
    expect(r.out).toMatch(/读作合计的行：11/);
  });

  it("--map assigning budget and actual audits a sheet it could not read", async () => {
    const file = await book(dir, "unknown.xlsx", forms.unknownHeaders(), "明细");
    const before = await run(["audit", "--json", file]);
    expect(JSON.parse(before.out).files[0].sheets[0].layout).toBe("unrecognised");
    const after = await run(["audit", "--json", "--map", "明细!A=name,B=budget,C=actual", file]);
    const sheet = JSON.parse(after.out).files[0].sheets[0];
    expect(sheet.layout).toBe("line-items");
    expect(sheet.findings.map((f: { rule: string }) => f.rule)).toContain("low-execution");
  });

  it("--score-tolerance and --execution-weight are read as settings", () => {
    const a = parseArgs(["audit", "--score-tolerance", "1", "--execution-weight", "20", "x.xlsx"], {});
    expect(a).toMatchObject({ command: "audit", scoreTolerance: 1, executionWeight: 20 });
    expect(parseArgs(["audit", "--score-tolerance", "5", "x.xlsx"], {}).command).toBe("usage-error");
  });

  it("--score-tolerance and --execution-weight take what the stored settings take (one validator)", () => {
    expect(parseArgs(["audit", "--score-tolerance", "0.10", "x.xlsx"], {})).toMatchObject({ scoreTolerance: 0.1 });
    expect(parseArgs(["audit", "--score-tolerance", "0.05", "x.xlsx"], {})).toMatchObject({ command: "usage-error", message: "--score-tolerance 只能是 0.01、0.1 或 1（两位小数、一位小数、整数分），而不是 “0.05”" });
    expect(parseArgs(["audit", "--execution-weight", "0", "x.xlsx"], {})).toMatchObject({ command: "usage-error", message: "--execution-weight 必须是大于 0、不超过 100 的分值，而不是 “0”" });
    expect(parseArgs(["audit", "--execution-weight", "1e1", "x.xlsx"], {}).command).toBe("usage-error");
    expect(parseArgs(["audit", "--execution-weight", "12.5", "x.xlsx"], {})).toMatchObject({ executionWeight: 12.5 });
  });
});
