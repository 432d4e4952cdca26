/**
 * The rough edges a reviewer met with the real `jixiao` process: a copy that cannot be written, --out
 * naming a file, a folder that holds only .xls files.
 */
import fs from "fs";
import path from "path";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { runJixiao } from "../helpers/cli";
import { fixture, makeTempDir, removeTempDir } from "../helpers/fixtures";

const QINGDAO = "qingdao-2019-safety-fund.xlsx";
let dir: string;

beforeAll(() => ensureBuild(), BUILD_TIMEOUT_MS);
beforeEach(() => {
  dir = makeTempDir("out");
});
afterEach(() => removeTempDir(dir));

describe("--out", () => {
  it("a copy that cannot be written: findings printed, the file counted as audited, the copy as not written, exit 2", () => {
    const out = path.join(dir, "marked");
    // A folder where the copy should go: writing the file fails (EISDIR) even for root, as a read-only folder would.
    fs.mkdirSync(path.join(out, QINGDAO), { recursive: true });
    const r = runJixiao(["audit", fixture(QINGDAO), "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("工作表「项目支出明细」");
    expect(r.stdout).toContain("D44");
    expect(r.stderr).toMatch(/无法写入审核副本 .*qingdao-2019-safety-fund\.xlsx（EISDIR/);
    expect(r.stdout).toContain("共审核 1 个文件，0 个无法审核，1 个审核副本未能写入；");
    const en = runJixiao(["audit", fixture(QINGDAO), "--out", out, "--lang", "en-US"]);
    expect(en.stdout).toContain("Files audited: 1, could not be audited: 0, marked copies not written: 1.");
  });

  it("naming an existing file: says --out must be a folder, before auditing anything", () => {
    const file = path.join(dir, "README.md");
    fs.writeFileSync(file, "notes");
    const r = runJixiao(["audit", fixture(QINGDAO), "--out", file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`--out 须是一个文件夹，而 ${file} 是文件。`);
    expect(r.stderr).not.toContain("EEXIST");
    expect(fs.readFileSync(file, "utf8")).toBe("notes");
  });
});

describe("a folder without .xlsx files", () => {
  it("says how many spreadsheets in other formats it holds, and how to make them auditable", () => {
    fs.writeFileSync(path.join(dir, "2019年度.xls"), "x");
    fs.writeFileSync(path.join(dir, "2020年度.et"), "x");
    fs.writeFileSync(path.join(dir, "说明.docx"), "x");
    const r = runJixiao(["audit", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("文件夹中没有 .xlsx 文件，但有 2 个其他格式的表格（.xls、.et、.ods 等）：请在 Excel 或 WPS 中另存为 .xlsx 后再审核。");
    const empty = makeTempDir("empty");
    try {
      expect(runJixiao(["audit", empty]).stderr).toContain("文件夹中没有 .xlsx 文件。");
    } finally {
      removeTempDir(empty);
    }
  });
});
