/**
 * Every generated report opens in a real word processor: LibreOffice headless converts each to PDF, and the
 * PDF's text (pdftotext) holds the must-hold figures. `bash .ci/run` installs both from apt.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { writeReportDocx } from "../../src/docx/write";
import { fillTemplate } from "../../src/docx/template";
import { templateData } from "../../src/core/report";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";
import { CHENGDE, describe0, draft, QINGDAO, readForm } from "../helpers/report";
import { exampleTemplate } from "../tools/example-template";

const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const PDFTOTEXT = ["/usr/bin/pdftotext"].find((p) => fs.existsSync(p));

let dir: string;
beforeAll(() => {
  if (!SOFFICE || !PDFTOTEXT) throw new Error("LibreOffice (libreoffice-writer-nogui) and pdftotext (poppler-utils) are needed; bash .ci/run installs them from apt.");
  dir = makeTempDir("pdf");
});
afterAll(() => removeTempDir(dir));

/** .docx → .pdf → text, with a private LibreOffice profile so a desktop instance does not interfere. */
function pdfText(docx: string): string {
  const log = execFileSync(SOFFICE as string, [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], { encoding: "utf8", timeout: 120_000 });
  const pdf = docx.replace(/\.docx$/, ".pdf");
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${path.basename(docx)} (is libreoffice-writer-nogui installed?): ${log.trim()}`);
  expect(fs.statSync(pdf).size).toBeGreaterThan(1000);
  return execFileSync(PDFTOTEXT as string, ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
}

jest.setTimeout(240_000);

describe("generated reports convert to PDF in LibreOffice", () => {
  it("Qingdao: 40 items with the sheet's figures, the stated 84.75 and the rules' 81.55", async () => {
    const file = path.join(dir, "qingdao.docx");
    fs.writeFileSync(file, await writeReportDocx(draft(await readForm(QINGDAO)), { describe: describe0 }));
    const text = pdfText(file);
    expect(text).toContain("非煤矿山安全监管费用预算收入17.00万元，实际支出13.00万元，预算执行率76.47%");
    expect(text).toContain("全市应急安全管理能力提升培训班预算收入51.13万元");
    expect(text.match(/。绩效目标未完成。/g)).toHaveLength(5); // the five unmet items, after their 情况说明
    expect(text).toContain("84.75");
    expect(text).toContain("81.55");
    expect(text).toContain("数据来源");
  });

  it("Chengde: 206.632 / 172.743 / 83.60%, the rules' 96.05 and 优, the stated 99.7", async () => {
    const file = path.join(dir, "chengde.docx");
    fs.writeFileSync(file, await writeReportDocx(draft(await readForm(CHENGDE)), { describe: describe0 }));
    const text = pdfText(file);
    expect(text).toContain("全年预算数206.632万元，全年执行数172.743万元，执行率83.60%");
    expect(text).toContain("自评总分为96.05分，评价等级为“优”");
    expect(text).toContain("自评表填报总分为99.7分");
  });

  it("a filled locality template converts too", async () => {
    const form = await readForm(CHENGDE);
    const model = draft(form);
    const file = path.join(dir, "template.docx");
    fs.writeFileSync(file, fillTemplate(await exampleTemplate(), templateData(form.facts, model, describe0)));
    const text = pdfText(file);
    expect(text).toContain("206.632");
    expect(text).toContain("96.05");
  });
});
