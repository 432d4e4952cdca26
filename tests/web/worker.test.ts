/**
 * The web checker reads and audits in a Web Worker: while a 50,000-row workbook is read and audited
 * the page's main thread never runs a task over 200 ms (a PerformanceObserver for "longtask", counting
 * only the tasks between picking the file and its findings being listed), the panel shows progress,
 * and the findings are those of the CLI's reader and audit.
 */
import path from "path";
import type { Page } from "playwright-core";
import { generateLineItems } from "../bench/lib/workbooks";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { cspViolations, fileItem, startChecker, STEP_TIMEOUT_MS, type Checker } from "../helpers/browser";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";

jest.setTimeout(300_000);

const ROWS = 50_000;
const NAME = "line-items-50k.xlsx";
/** The bound for a main-thread task while a file is audited. */
const LONG_TASK_MS = 200;

interface Observed {
  longTasks: { start: number; duration: number }[];
  sawProgress: boolean;
  /** The messages the page posted to its worker, by type ("open+audit" for a file sent with the settings to audit it with). */
  asked: string[];
}

let checker: Checker;
let page: Page;
let requests: string[];
let problems: string[];
let tmp: string;
let during: { longTasks: Observed["longTasks"]; sawProgress: boolean; asked: string[] };

beforeAll(async () => {
  ensureBuild();
  tmp = makeTempDir("web-worker");
  await generateLineItems(path.join(tmp, NAME), ROWS);
  checker = await startChecker();
  ({ page, requests, problems } = await checker.newPage("zh-CN"));
  await page.addInitScript(() => {
    const w = window as unknown as { __observed: Observed };
    w.__observed = { longTasks: [], sawProgress: false, asked: [] };
    const post = Worker.prototype.postMessage as (this: Worker, message: unknown, transfer: Transferable[]) => void;
    Worker.prototype.postMessage = function (this: Worker, message: { type: string; audit?: unknown }, transfer: Transferable[]) {
      w.__observed.asked.push(message.type + (message.audit ? "+audit" : ""));
      post.call(this, message, transfer);
    } as Worker["postMessage"];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__observed.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    // Progress bars come and go between two polls, so a mutation observer notes any that appears.
    new MutationObserver(() => {
      if (!w.__observed.sawProgress && document.querySelector('[data-testid="checker-panel"] [role="progressbar"]')) w.__observed.sawProgress = true;
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${checker.origin}/`);
  await page.locator('[data-testid="file-input"]').waitFor({ state: "attached" });
  // Let the page settle (first render, fonts) so its start-up tasks are not counted.
  await page.waitForTimeout(500);
  const start = await page.evaluate(() => performance.now());
  await page.setInputFiles('[data-testid="file-input"]', path.join(tmp, NAME));
  await page.waitForFunction(
    () => {
      const item = document.querySelector<HTMLElement>('[data-testid="file-item"]');
      return item?.dataset.status === "results" && document.querySelector('[data-testid="checker-panel"]:not([hidden]) li[data-rule]') !== null;
    },
    undefined,
    { timeout: STEP_TIMEOUT_MS, polling: 100 },
  );
  const end = await page.evaluate(() => performance.now());
  const observed = await page.evaluate(() => (window as unknown as { __observed: Observed }).__observed);
  during = { longTasks: observed.longTasks.filter((t) => t.start >= start && t.start <= end), sawProgress: observed.sawProgress, asked: observed.asked };
}, BUILD_TIMEOUT_MS + 240_000);

afterAll(async () => {
  await checker?.close();
  removeTempDir(tmp);
});

describe(`a ${ROWS.toLocaleString("en-US")}-row workbook in the web checker`, () => {
  it("is read and audited by the page's worker", () => {
    expect(requests.some((u) => new URL(u).pathname === "/checker-worker.js")).toBe(true);
    expect(requests.every((u) => u.startsWith(checker.origin))).toBe(true);
  });

  it("is audited by the worker straight after the read: the page sends the file with its settings, and no audit request", () => {
    expect(during.asked).toEqual(["open+audit"]);
  });

  it(`keeps every main-thread task at or under ${LONG_TASK_MS} ms while it is audited`, () => {
    const longest = Math.max(0, ...during.longTasks.map((t) => t.duration));
    expect({ longest: Math.round(longest), over: during.longTasks.filter((t) => t.duration > LONG_TASK_MS).length }).toEqual({ longest: expect.any(Number), over: 0 });
  });

  it("shows progress while it works", () => {
    expect(during.sawProgress).toBe(true);
  });

  it("lists the findings", async () => {
    expect(await fileItem(page, NAME).getAttribute("data-status")).toBe("results");
    const group = page.locator('[data-testid="checker-panel"]:not([hidden]) [data-rule="low-execution"][data-count]');
    expect(await group.getAttribute("data-count")).toBe(String(Math.floor(ROWS / 7)));
    expect(await page.getByTestId("preview").getAttribute("data-rows")).toBe(String(ROWS + 4));
  });

  it("raises no script errors and no CSP violations", async () => {
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
