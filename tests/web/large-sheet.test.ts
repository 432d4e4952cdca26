/**
 * A large line-item workbook (20,000 items, generated like the benchmark's) in the web checker: the
 * preview renders only the rows in view, wherever it is scrolled, the findings list shows a page per
 * rule, and a finding far down the sheet still scrolls the preview to its cell.
 */
import path from "path";
import type { Page } from "playwright-core";
import { generateLineItems } from "../bench/lib/workbooks";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { fileItem, openChecker, startChecker, visiblePanel, type Checker } from "../helpers/browser";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";

jest.setTimeout(240_000);

const ITEMS = 20_000;
const NAME = "line-items-20k.xlsx";
/** Title, unit note and header come first; 合计 follows the items. */
const TOTAL_ROW = ITEMS + 4;
/** Well above a screenful plus overscan, far below the sheet's row count. */
const MAX_DOM_ROWS = 150;

let checker: Checker;
let page: Page;
let tmp: string;

beforeAll(async () => {
  ensureBuild();
  tmp = makeTempDir("web-large");
  await generateLineItems(path.join(tmp, NAME), ITEMS);
  checker = await startChecker();
  ({ page } = await openChecker(checker, "zh-CN", [path.join(tmp, NAME)]));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await checker?.close();
  removeTempDir(tmp);
});

const preview = () => page.getByTestId("preview");
const domRows = () => preview().locator("tr[data-row]").count();

describe(`a ${ITEMS.toLocaleString("en-US")}-item sheet`, () => {
  it("is audited and previewed with only the visible rows in the DOM", async () => {
    expect(await fileItem(page, NAME).getAttribute("data-status")).toBe("results");
    expect(await preview().getAttribute("data-rows")).toBe(String(TOTAL_ROW));
    const rows = await domRows();
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(MAX_DOM_ROWS);
    expect(await preview().locator('[data-cell="A1"]').innerText()).toBe(`${ITEMS}个项目支出执行情况`);
  });

  it("renders the rows in view wherever it is scrolled", async () => {
    await preview().evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await preview().locator(`[data-cell="A${TOTAL_ROW}"]`).waitFor();
    expect(await preview().locator(`[data-cell="A${TOTAL_ROW}"]`).innerText()).toBe("合计");
    expect(await domRows()).toBeLessThan(MAX_DOM_ROWS);
    expect(await preview().locator('[data-cell="A1"]').count()).toBe(0);

    await preview().evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
    });
    await page.waitForFunction(() => document.querySelector('[data-testid="preview"] [data-cell="A10000"]') !== null);
    expect(await domRows()).toBeLessThan(MAX_DOM_ROWS);
  });

  it("lists a page of findings per rule, with the full count, and more on request", async () => {
    const group = visiblePanel(page).locator('[data-rule="low-execution"][data-count]');
    expect(await group.getAttribute("data-count")).toBe(String(Math.floor(ITEMS / 7)));
    expect(await group.locator("li").count()).toBe(100);
    await group.getByRole("button", { name: /^再显示 100 项/ }).click();
    expect(await group.locator("li").count()).toBe(200);
  });

  it("scrolls the preview to a finding far down the sheet", async () => {
    // The 200th low-execution item is item 1,400, on row 1,403.
    const item = visiblePanel(page).locator('li[data-rule="low-execution"]').nth(199);
    expect(await item.getAttribute("data-cell")).toBe("E1403");
    await preview().evaluate((el) => {
      el.scrollTop = 0;
    });
    await item.locator('[role="button"]').click();
    const cell = preview().locator('[data-cell="E1403"]');
    await cell.waitFor();
    expect(await cell.getAttribute("data-target")).toBe("true");
    expect(await cell.getAttribute("data-severity")).toBe("error");
    const box = await cell.boundingBox();
    const view = await preview().boundingBox();
    if (!box || !view) throw new Error("no boxes");
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
    expect(await domRows()).toBeLessThan(MAX_DOM_ROWS);
  });
});
