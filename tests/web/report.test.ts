/**
 * The 自评报告 on the built web page, in Debian's Chromium: the Chengde form is audited (in the page's
 * worker), «生成自评报告草稿» downloads a Word draft whose text holds the form's 206.632 and the rules'
 * 96.05, and «核对报告» lists the Chengde seed report's 206.4 vs 206.632 — with no script error or CSP
 * violation (docx and mammoth run in the page).
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { readReportText } from "../../src/docx/read";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { cspViolations, openChecker, startChecker, visiblePanel, type Checker } from "../helpers/browser";
import { fixture, FIXTURES, makeTempDir, removeTempDir } from "../helpers/fixtures";

jest.setTimeout(180_000);

const CHENGDE = "chengde-2019-mine-inspection.xlsx";
const SEED = path.resolve(FIXTURES, "..", "seeds", "002_009adab603461ead.txt");

let checker: Checker;
let page: Page;
let problems: string[];
let tmp: string;

beforeAll(async () => {
  ensureBuild();
  tmp = makeTempDir("web-report");
  checker = await startChecker();
  ({ page, problems } = await openChecker(checker, "zh-CN", [fixture(CHENGDE)]));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await checker?.close();
  removeTempDir(tmp);
});

describe("the report on the web page", () => {
  it("downloads a .docx draft of the audited form with 206.632 and 96.05", async () => {
    const panel = visiblePanel(page);
    const button = panel.getByRole("button", { name: "生成自评报告草稿" });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toMatch(/（草稿）\.docx$/);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const text = await readReportText(fs.readFileSync(file), file);
    expect(text).toContain("206.632");
    expect(text).toContain("96.05");
    expect(text).toContain("172.743");
    await panel.getByText(/^草稿已保存为 .*（草稿）\.docx。$/).waitFor();
  });

  it("checks the Chengde report against the form: 206.4 vs 206.632 and the claimed 99.7, each with its cell", async () => {
    const panel = visiblePanel(page);
    await panel.getByTestId("report-file").setInputFiles(SEED);
    const list = panel.getByTestId("crosscheck-findings");
    await list.waitFor();
    const rules = await list.locator("li[data-rule]").evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule ?? "").sort());
    expect(rules).toEqual(["report-inconsistent", "report-score-claim"]);
    await expect(list.locator('li[data-rule="report-inconsistent"]').innerText()).resolves.toContain("206.632万元");
    await expect(list.innerText()).resolves.toContain("「项目支出绩效自评表」E6");
  });

  it("raises no script errors and no CSP violations", async () => {
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
