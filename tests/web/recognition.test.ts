/**
 * 识别结果 in the web checker, in Debian's Chromium, as a user meets it: a workbook whose headers the
 * checker does not know is dropped; the panel says why its sheet was not read; the user picks 预算数 and
 * 执行数 for two header cells; the sheet is audited with them and its findings listed; the preview marks
 * the header cells by role; the picks are kept in the page for that file, never written into it.
 */
import * as ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { cspViolations, listedFindings, openChecker, startChecker, visiblePanel, type Checker } from "../helpers/browser";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";

jest.setTimeout(180_000);

const NAME = "未识别的明细.xlsx";

let checker: Checker;
let page: Page;
let problems: string[];
let tmp: string;
let original: Buffer;

beforeAll(async () => {
  ensureBuild();
  tmp = makeTempDir("web-recognition");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("明细");
  ws.addRow(["项目", "年度盘子", "花掉的钱", "说到"]);
  ws.addRow(["办公费", 100, 40, ""]);
  ws.addRow(["差旅费", 50, 50, ""]);
  await wb.xlsx.writeFile(path.join(tmp, NAME));
  original = fs.readFileSync(path.join(tmp, NAME));
  checker = await startChecker();
  ({ page, problems } = await openChecker(checker, "zh-CN", [path.join(tmp, NAME)]));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await checker?.close();
  removeTempDir(tmp);
});

const view = () => visiblePanel(page).getByTestId("recognition");
const picker = (label: string) => view().getByRole("combobox", { name: label });
const cell = (address: string) => page.getByTestId("preview").locator(`[data-cell="${address}"]`);

describe("识别结果 in the web checker", () => {
  it("says why the dropped sheet was not read", async () => {
    await view().waitFor();
    expect(await view().innerText()).toContain("没有找到表头行，这张表未审核");
    expect(await listedFindings(page, NAME)).toEqual([]);
  });

  it("audits the sheet with the roles the user picks, lists its findings, and marks the header cells in the preview", async () => {
    await picker("B1「年度盘子」的用途").selectOption("budget");
    await page.waitForFunction(() => document.querySelector('[data-testid="recognition"]')?.textContent?.includes("没有找到「执行数」列"));
    await picker("C1「花掉的钱」的用途").selectOption("amountActual");
    await page.waitForFunction(() => document.querySelector('[data-testid="recognition"]')?.textContent?.includes("项目明细表：表头在第 1 行"));
    const findings = await listedFindings(page, NAME);
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ sheet: "明细", cell: "C2", rule: "low-execution" })]));
    expect(await cell("B1").getAttribute("data-role")).toBe("budget");
    expect(await cell("B1").getAttribute("data-role-picked")).toBe("true");
    expect(await cell("C1").getAttribute("data-role")).toBe("amountActual");
    expect(await cell("A1").getAttribute("data-role")).toBe("name");
    expect(await cell("A1").getAttribute("data-role-picked")).toBeNull();
    expect(await cell("B2").getAttribute("data-role")).toBeNull();
    // Marked inside the cell: the header row stays one row high.
    expect(Math.round((await page.getByTestId("preview").locator('tr[data-row="1"]').boundingBox())?.height ?? 0)).toBe(24);
  });

  it("keeps the picks in the page for that file, and never writes the file", async () => {
    const stored = await page.evaluate((name) => localStorage.getItem(`jixiao:${name}:settings`), NAME);
    expect(JSON.parse(stored ?? "{}").columnMaps).toEqual({ 明细: { B: "budget", C: "amountActual" } });
    expect(fs.readFileSync(path.join(tmp, NAME)).equals(original)).toBe(true);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
