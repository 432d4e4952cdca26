/**
 * The web checker's rough edges a first user met (issue 10), driven as they did in Debian's Chromium at
 * 1366×768 and in a 400 px window: a finding clicked on the Chengde form's tall wrapped rows lands in
 * the visible preview; the preview keeps the workbook's column widths and leaves hidden columns out;
 * one «下载» group with two choices; wording that fits a page without notes; a sheet audit that does
 * not replace the file's counts; the same file refused the second time; counts and title that do not
 * wrap badly; a narrow layout with the preview near the list. No console errors or CSP violations.
 */
import * as ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { excelWidthPx } from "../../src/web/cell-text";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { cspViolations, fileItem, loadFiles, startChecker, visiblePanel, type Checker } from "../helpers/browser";
import { fixture, makeTempDir, removeTempDir } from "../helpers/fixtures";

jest.setTimeout(180_000);

const QINGDAO = "qingdao-2019-safety-fund.xlsx";
const CHENGDE = "chengde-2019-mine-inspection.xlsx";
const HIDDEN = "hidden-columns.xlsx";
const SHOTS = process.env.SCREENSHOT_DIR;

let checker: Checker;
let tmp: string;

beforeAll(async () => {
  ensureBuild();
  tmp = makeTempDir("web-rough");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表1");
  ws.addRow(["序号", "项目名称", "内部备注", "预算数", "执行数", "执行率", "情况说明"]);
  ws.addRow([1, "非煤矿山安全监管", "不对外", 100, 20, 0.2, ""]);
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 24;
  ws.getColumn(3).hidden = true;
  ws.getColumn(7).width = 40;
  await wb.xlsx.writeFile(path.join(tmp, HIDDEN));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await checker?.close();
  removeTempDir(tmp);
});

async function open(width: number, height: number): Promise<{ page: Page; problems: string[] }> {
  checker ??= await startChecker();
  const { page, problems } = await checker.newPage("zh-CN", { width, height });
  await page.goto(`${checker.origin}/`);
  return { page, problems };
}

async function expectClean(page: Page, problems: string[]): Promise<void> {
  expect(problems).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
}

const preview = (page: Page) => page.getByTestId("preview");
const cell = (page: Page, address: string) => preview(page).locator(`[data-cell="${address}"]`);

/** The cell lies inside the preview's visible scroll box (below its column letters), and the preview inside the window. */
async function expectInView(page: Page, address: string): Promise<void> {
  const box = await cell(page, address).boundingBox();
  const view = await preview(page).boundingBox();
  const win = page.viewportSize();
  if (!box || !view || !win) throw new Error(`${address} or the preview has no box`);
  const header = 24;
  expect([address, box.y >= view.y + header - 1, box.y + box.height <= view.y + view.height]).toEqual([address, true, true]);
  expect([address, box.x >= view.x, box.x + box.width <= view.x + view.width]).toEqual([address, true, true]);
  expect([address, box.y >= 0, box.y + box.height <= win.height]).toEqual([address, true, true]);
}

async function clickFinding(page: Page, address: string): Promise<void> {
  const item = visiblePanel(page).locator(`li[data-cell="${address}"] [role="button"]`).first();
  expect(await item.count()).toBe(1);
  await item.click();
  await page.waitForFunction((a) => document.querySelector(`[data-testid="preview"] [data-cell="${a}"]`)?.getAttribute("data-target") === "true", address);
}

describe("at 1366×768", () => {
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ({ page, problems } = await open(1366, 768));
    await loadFiles(page, [fixture(CHENGDE), fixture(QINGDAO), path.join(tmp, HIDDEN)]);
    await fileItem(page, CHENGDE).locator("button").first().click();
  });

  it("Chengde: a clicked finding at H21, F14 or H13 ends inside the visible preview", async () => {
    for (const address of ["H21", "F14", "H13", "H21"]) {
      await clickFinding(page, address);
      await expectInView(page, address);
    }
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "web-1366-chengde-h13.png") });
  });

  it("keeps every row one row high: a merge over several rows wraps inside them", async () => {
    const heights = await preview(page).locator("tbody tr[data-row]").evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().height)));
    expect(heights.length).toBeGreaterThan(10);
    expect(new Set(heights)).toEqual(new Set([24]));
  });

  it("has the workbook's column widths: merged explanation columns are not squeezed", async () => {
    const widths = await preview(page)
      .locator("thead th[data-col]")
      .evaluateAll((ths) => Object.fromEntries(ths.map((th) => [(th as HTMLElement).dataset.col, Math.round(th.getBoundingClientRect().width)])));
    // <col min="4" max="4" width="30"/>, <col min="9" max="10" width="20"/> in the fixture.
    expect(widths.D).toBe(excelWidthPx(30));
    expect(widths.I).toBe(excelWidthPx(20));
    expect(widths.J).toBe(excelWidthPx(20));
    expect(excelWidthPx(9.140625)).toBe(64);
    const i13 = await cell(page, "I13").boundingBox();
    expect(Math.round(i13?.width ?? 0)).toBe(2 * excelWidthPx(20));
  });

  it("leaves hidden columns out and keeps the others' widths", async () => {
    await fileItem(page, HIDDEN).locator("button").first().click();
    await page.waitForFunction(() => document.querySelector('[data-testid="preview"]')?.getAttribute("data-sheet") === "表1");
    const cols = await preview(page).locator("thead th[data-col]").evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.col));
    expect(cols).toEqual(["A", "B", "D", "E", "F", "G"]);
    expect(await cell(page, "C2").count()).toBe(0);
    expect(await cell(page, "B2").innerText()).toBe("非煤矿山安全监管");
    const b = await preview(page).locator('thead th[data-col="B"]').boundingBox();
    expect(Math.round(b?.width ?? 0)).toBe(excelWidthPx(24));
  });

  it("offers one «下载» group with two choices, and no export button in the panel", async () => {
    await fileItem(page, QINGDAO).locator("button").first().click();
    const group = page.getByRole("region", { name: "下载" });
    expect(await group.getByRole("button").allInnerTexts()).toEqual(["下载标注后的工作簿 (.xlsx)", "下载审核结果 (CSV)"]);
    expect(await page.getByRole("button", { name: /导出/ }).count()).toBe(0);
    expect(await visiblePanel(page).getByRole("button", { name: "导出审核结果" }).count()).toBe(0);
  });

  it("words 清除 for the page: the preview's colours, no notes to restore", async () => {
    const clear = visiblePanel(page).getByRole("button", { name: "清除预览底色" });
    expect(await clear.count()).toBe(1);
    await clear.hover();
    const tip = page.getByRole("tooltip");
    await tip.waitFor();
    const text = await tip.innerText();
    expect(text).toContain("预览");
    expect(text).not.toMatch(/批注|恢复/);
    await page.mouse.move(0, 0);
    expect(await visiblePanel(page).getByRole("button", { name: "清除标注" }).count()).toBe(0);
    // It clears the preview's colours, and 标注问题单元格 brings them back.
    await clear.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="preview"] td[data-severity]').length === 0);
    await visiblePanel(page).getByRole("button", { name: "标注问题单元格" }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="preview"] td[data-severity]').length > 0);
  });

  it("审核当前工作表 leaves the file's counts (list and CSV) as the whole file's", async () => {
    await fileItem(page, QINGDAO).locator("button").first().click();
    const item = fileItem(page, QINGDAO);
    const counts = await item.getByTestId("file-counts").innerText();
    const total = await item.getAttribute("data-findings");
    await page.getByRole("tab", { name: "绩效指标" }).click();
    await visiblePanel(page).getByRole("button", { name: "审核当前工作表" }).click();
    await page.waitForFunction(() => {
      const items = Array.from(document.querySelectorAll('[data-testid="checker-panel"]:not([hidden]) li[data-rule]'));
      return items.length > 0 && items.every((li) => (li as HTMLElement).dataset.sheet === "绩效指标");
    });
    await page.waitForFunction((n) => document.querySelector(`[data-testid="file-item"][data-file="${n}"]`)?.getAttribute("data-status") === "results", QINGDAO);
    expect(await item.getByTestId("file-counts").innerText()).toBe(counts);
    expect(await item.getAttribute("data-findings")).toBe(total);
    const hint = await page.getByTestId("download-csv").locator("xpath=following-sibling::*[1]").innerText();
    const all = await page.getByTestId("file-item").evaluateAll((items) => items.reduce((n, i) => n + Number((i as HTMLElement).dataset.findings ?? 0), 0));
    expect(hint).toContain(`共 ${all} 项`);
    expect(all).toBeGreaterThan(Number(total));
  });

  it("refuses the same file added again, with a message, and does not count it twice", async () => {
    const before = await page.getByTestId("file-item").count();
    await page.setInputFiles('[data-testid="file-input"]', [fixture(CHENGDE)]);
    const message = page.getByTestId("duplicate-files");
    await message.waitFor();
    expect(await message.innerText()).toContain(`「${CHENGDE}」已在列表中，未重复添加。`);
    expect(await page.getByTestId("file-item").count()).toBe(before);
    expect(await fileItem(page, CHENGDE).count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
    const file = path.join(tmp, "all.csv");
    await download.saveAs(file);
    const lines = fs.readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.startsWith(`${CHENGDE},`));
    expect(lines).toHaveLength(Number(await fileItem(page, CHENGDE).getAttribute("data-findings")));
    // Also the same file twice in one pick.
    await page.setInputFiles('[data-testid="file-input"]', [fixture(QINGDAO), fixture(QINGDAO)]);
    await page.waitForFunction(() => document.querySelector('[data-testid="duplicate-files"]')?.textContent?.includes("qingdao"));
    expect(await page.getByTestId("file-item").count()).toBe(before);
    await message.getByRole("button", { name: "关闭" }).click();
    expect(await message.count()).toBe(0);
  });

  it("keeps file-list counts on one line per severity («提示 1 项», never «提示 / 1 项»)", async () => {
    for (const name of [QINGDAO, CHENGDE, HIDDEN]) {
      const parts = fileItem(page, name).getByTestId("file-counts").locator("span");
      const boxes = await parts.evaluateAll((spans) => spans.map((s) => ({ text: s.textContent ?? "", lines: s.getClientRects().length })));
      for (const b of boxes.filter((x) => x.text.trim() !== "·")) expect([name, b.text, b.lines]).toEqual([name, b.text, 1]);
    }
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "web-1366.png") });
  });

  it("raises no script errors and no CSP violations", async () => {
    await expectClean(page, problems);
  });
});

describe("in a 400 px window", () => {
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ({ page, problems } = await open(400, 768));
    await loadFiles(page, [fixture(CHENGDE), fixture(QINGDAO)]);
  });

  it("keeps the title on one line («…网页审 / 核» never)", async () => {
    const h1 = page.locator("h1");
    expect(await h1.innerText()).toBe("绩效 · 预算绩效自评网页审核");
    const lines = await h1.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  });

  it("puts the preview right after the files, above the findings, and keeps it in view for a clicked finding", async () => {
    const list = await page.getByRole("list", { name: "已添加的文件" }).boundingBox();
    const previewBox = await preview(page).boundingBox();
    const panel = await visiblePanel(page).boundingBox();
    if (!list || !previewBox || !panel) throw new Error("no box");
    expect(previewBox.y - (list.y + list.height)).toBeLessThan(400);
    expect(panel.y).toBeGreaterThan(previewBox.y);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "web-400-top.png") });

    // A finding far down the findings list: its cell shows in the preview, which stays on screen.
    const item = visiblePanel(page).locator('li[data-cell="H21"] [role="button"]').first();
    await item.scrollIntoViewIfNeeded();
    await item.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="preview"] [data-cell="H21"]')?.getAttribute("data-target") === "true");
    await expectInView(page, "H21");
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "web-400-h21.png") });
  });

  it("raises no script errors and no CSP violations", async () => {
    await expectClean(page, problems);
  });
});
