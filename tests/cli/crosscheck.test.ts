/** `jixiao crosscheck` in-process: seed reports as .txt and as .docx, JSON, and the inputs it refuses. */
import fs from "fs";
import path from "path";
import { Document, Packer, Paragraph } from "docx";
import { runCli, type CliIo } from "../../src/cli/run";
import { fixture, makeTempDir, removeTempDir } from "../helpers/fixtures";
import { CHENGDE, QINGDAO, seed } from "../helpers/report";

let dir: string;
beforeAll(() => {
  dir = makeTempDir("crosscheck");
});
afterAll(() => removeTempDir(dir));

async function run(args: string[], lang = "zh_CN.UTF-8"): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: lang }, cwd: dir };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

async function asDocx(text: string, name: string): Promise<string> {
  const doc = new Document({ sections: [{ children: text.split("\n").map((l) => new Paragraph({ text: l })) }] });
  const file = path.join(dir, name);
  fs.writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

describe("jixiao crosscheck", () => {
  it("checks the Chengde seed as a .docx: 206.4 vs 206.632 and the claimed 99.7, exit 1", async () => {
    const report = await asDocx(seed("002_009adab603461ead.txt"), "承德报告.docx");
    const r = await run(["crosscheck", report, fixture(CHENGDE)]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[report-inconsistent] 二、（二）1. · 项目支出绩效自评表!E6");
    expect(r.stdout).toContain("报告称总分 99.7 分，按评分规则计算为 96.05 分（自评表填报 99.7 分）");
    expect(r.stdout).toMatch(/共核对 \d+ 处数字；错误 2 条，警告 0 条，提示 0 条。/);
  });

  it("prints one JSON document with --json, findings as data plus their message", async () => {
    fs.writeFileSync(path.join(dir, "qingdao.txt"), seed("000_4c7fd10a856f9691.txt"));
    const r = await run(["crosscheck", "qingdao.txt", fixture(QINGDAO), "--json", "--lang", "en-US"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    const unit = doc.findings.find((f: { rule: string }) => f.rule === "report-missing-unit");
    expect(unit).toMatchObject({ code: "report-missing-unit", sheet: "项目支出明细", cell: "C22", section: "二、（一）19.", params: { stated: "51.13" } });
    expect(unit.message).toBe('"全市应急安全管理能力提升培训班": the budget 51.13 has no unit (the form uses 万元)');
    expect(doc.findings.map((f: { rule: string }) => f.rule)).not.toContain("report-number-mismatch");
  });

  it("refuses prose without figures, and a .docx that is not a Word file: a clear message, exit 2, no output", async () => {
    fs.writeFileSync(path.join(dir, "prose.txt"), "我局高度重视绩效评价工作，严格按照有关规定组织实施。\n");
    const prose = await run(["crosscheck", "prose.txt", fixture(QINGDAO)]);
    expect([prose.code, prose.stdout]).toEqual([2, ""]);
    expect(prose.stderr).toBe("报告 prose.txt 中没有找到可核对的数字（金额、执行率、得分、数量或等级），未核对。\n");

    fs.copyFileSync(fixture(QINGDAO), path.join(dir, "workbook.docx"));
    const notWord = await run(["crosscheck", "workbook.docx", fixture(QINGDAO)]);
    expect([notWord.code, notWord.stdout]).toEqual([2, ""]);
    expect(notWord.stderr).toBe("无法读取报告 workbook.docx：这不是 Word 文档：文件能解压，但其中没有 Word 正文。\n");

    fs.writeFileSync(path.join(dir, "plain.docx"), "plain text named .docx");
    const plain = await run(["crosscheck", "plain.docx", fixture(QINGDAO)], "en_US.UTF-8");
    expect([plain.code, plain.stdout]).toEqual([2, ""]);
    expect(plain.stderr).toBe("cannot read the report plain.docx: this is not a Word document (.docx).\n");

    const usage = await run(["crosscheck", "prose.txt"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("用法：jixiao crosscheck");
  });
});
