/** `jixiao report` in-process on the fixtures: the .docx it writes, read back as Word text. */
import fs from "fs";
import path from "path";
import { runCli, type CliIo } from "../../src/cli/run";
import { readReportText } from "../../src/docx/read";
import { makeTempDir, removeTempDir, fixture } from "../helpers/fixtures";
import { CHENGDE, QINGDAO } from "../helpers/report";

let dir: string;
beforeAll(() => {
  dir = makeTempDir("report");
});
afterAll(() => removeTempDir(dir));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: "zh_CN.UTF-8" }, cwd: dir };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe("jixiao report", () => {
  it("writes a Word draft of the Qingdao fund with 40 item paragraphs and the stated 84.75", async () => {
    const r = await run(["report", fixture(QINGDAO), "--out", "青岛.docx"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已生成自评报告草稿：青岛\.docx（\d+ 个数据取自自评表，\d+ 处待补充，\d+ 处请核对）/);
    const text = await readReportText(fs.readFileSync(path.join(dir, "青岛.docx")), "青岛.docx");
    const items = text.split("\n").filter((l) => /^\d+\..+预算收入[\d.]+万元，实际支出[\d.]+万元，预算执行率[\d.]+%。/.test(l));
    expect(items).toHaveLength(40);
    expect(items.filter((l) => l.endsWith("绩效目标未完成。"))).toHaveLength(5);
    expect(text).toContain("自评表填报总分为84.75分");
    expect(text).toContain("按评分规则计算，本项目自评总分为81.55分");
  });

  it("names the draft after the workbook when --out is not given, and writes plain text for .txt", async () => {
    const r = await run(["report", fixture(CHENGDE)]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "chengde-2019-mine-inspection-自评报告.docx"))).toBe(true);
    const t = await run(["report", fixture(CHENGDE), "--out", "承德.txt", "--kind", "department"]);
    expect(t.code).toBe(0);
    const text = fs.readFileSync(path.join(dir, "承德.txt"), "utf8");
    expect(text).toContain("部门整体支出绩效自评报告");
    expect(text).toContain("全年预算数206.632万元，全年执行数172.743万元，执行率83.60%");
  });

  it("refuses what it cannot draft from, writes nothing, exits 2", async () => {
    fs.writeFileSync(path.join(dir, "prose.xlsx"), "这不是工作簿");
    const bad = await run(["report", "prose.xlsx", "--out", "x.docx"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/无法读取自评表 prose\.xlsx：/);
    expect(fs.existsSync(path.join(dir, "x.docx"))).toBe(false);
    const kind = await run(["report", fixture(CHENGDE), "--kind", "city"]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("--kind 只能是 project（项目）或 department（部门整体）");
    const missing = await run(["report", "nope.xlsx"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.xlsx");
  });
});
