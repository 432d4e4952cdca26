/**
 * The web page's 文件限制 (issue 13 §1), driven in Chromium as a user would: the limits show their
 * defaults; a file over a lowered limit is refused with a message that names the limit and the page's
 * field that raises it (not a CLI flag); the lowered limit stays in this browser; raised and saved,
 * the same file is read again and audited. And the panel's 评分容差 (issue 9 §4) reaches the audit
 * in the page's worker. No console errors or CSP violations.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { cspViolations, fileItem, listedFindings, loadFiles, openChecker, startChecker, visiblePanel, type Checker } from "../helpers/browser";
import { fixture, makeTempDir, removeTempDir } from "../helpers/fixtures";
import { workbookBytes } from "../helpers/grid";
import { costOverrun } from "../helpers/real-forms";

jest.setTimeout(180_000);

const CHENGDE = "chengde-2019-mine-inspection.xlsx";
const COST = "cost-overrun.xlsx";
let checker: Checker;
let tmp: string;

beforeAll(async () => {
  ensureBuild();
  tmp = makeTempDir("web-limits");
  fs.writeFileSync(path.join(tmp, COST), await workbookBytes([{ ...costOverrun(), sheet: "绩效指标" }]));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await checker?.close();
  removeTempDir(tmp);
});

async function openLimits(page: Page) {
  await page.getByRole("button", { name: "文件限制" }).click();
  return page.getByRole("textbox", { name: /单元格数上限/ });
}

async function saveLimits(page: Page): Promise<void> {
  await page.getByRole("button", { name: "保存并重新读取" }).click();
  await page.getByRole("status").filter({ hasText: "已保存在本浏览器中" }).waitFor();
}

it("a file over a lowered cell limit is refused naming the limit; the limit stays in the browser; raised, the same file is audited", async () => {
  checker ??= await startChecker();
  const { page, problems } = await openChecker(checker, "zh-CN");

  let cells = await openLimits(page);
  expect(await cells.inputValue()).toBe("5000000");
  expect(await page.getByText("默认 5000000 个").count()).toBe(1);
  expect(await page.getByRole("textbox", { name: /单个部件解压后上限/ }).inputValue()).toBe("200");
  await cells.fill("10");
  await saveLimits(page);

  // Kept in this browser: a reload shows the lowered limit, and files picked now are read within it.
  await page.reload();
  cells = await openLimits(page);
  expect(await cells.inputValue()).toBe("10");
  await loadFiles(page, [fixture(CHENGDE)]);
  const item = fileItem(page, CHENGDE);
  expect(await item.getAttribute("data-status")).toBe("unreadable");
  const refusal = await item.innerText();
  expect(refusal).toContain("工作簿的单元格超过 10 个，已停止读取。如确需审核，请在「文件限制」中放宽「单元格数上限」，保存后文件会重新读取。");
  expect(refusal).not.toContain("--max");

  await cells.fill("5000000");
  await saveLimits(page);
  await page.waitForFunction((name) => document.querySelector<HTMLElement>(`[data-testid="file-item"][data-file="${name}"]`)?.dataset.status === "results", CHENGDE, { polling: 50 });
  const found = await listedFindings(page, CHENGDE);
  expect(found.map((f) => f.rule)).toEqual(expect.arrayContaining(["score-mismatch", "unmet-target"]));
  expect(await item.innerText()).not.toContain("单元格超过");

  expect(problems).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

it("the panel's 评分容差 reaches the audit in the page's worker: 整数分 leaves the 4.81 scored 5 alone", async () => {
  checker ??= await startChecker();
  const { page, problems } = await openChecker(checker, "zh-CN", [path.join(tmp, COST)]);
  const rules = async () => (await listedFindings(page, COST)).filter((f) => f.cell === "E2" || f.cell === "G2").map((f) => f.rule);
  expect(await rules()).toEqual(["score-mismatch", "unmet-target"]);

  const panel = visiblePanel(page);
  await panel.getByRole("button", { name: "审核设置" }).click();
  await panel.getByRole("radio", { name: /整数分/ }).check();
  await panel.getByRole("button", { name: "保存到本浏览器" }).click();
  await panel.getByText(/设置已保存在本浏览器中/).waitFor();
  await panel.getByRole("button", { name: "审核整个工作簿" }).click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="checker-panel"]:not([hidden]) li[data-cell="G2"][data-rule="score-mismatch"]'), undefined, { polling: 50 });
  await page.waitForFunction((name) => document.querySelector<HTMLElement>(`[data-testid="file-item"][data-file="${name}"]`)?.dataset.status === "results", COST, { polling: 50 });
  expect(await rules()).toEqual(["unmet-target"]);
  expect(problems).toEqual([]);
});
