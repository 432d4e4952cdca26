/**
 * The built WPS task pane (dist-wps/…/taskpane.html) in Debian's Chromium, with the fake ET
 * Application injected as `window.Application` before the page runs, holding the Chengde fixture's
 * data: the audit runs in zh-CN, the findings listed are the CLI's, a click selects the cell in the
 * fake, and highlight then clear leave the workbook as it was. Nothing is requested from elsewhere.
 */
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import ts from "typescript";
import { runAudit } from "../../src/core/audit";
import { DEFAULT_RULES } from "../../src/core/rules";
import { CHROMIUM, CHROMIUM_ARGS, STEP_TIMEOUT_MS } from "../helpers/browser";
import { ADDIN, BUILD_TIMEOUT_MS, ensureWpsBuild } from "./build";
import type { EtWorkbookData } from "./fake-et";
import { etFixtureWorkbook, fixtureGrids } from "./workbooks";

const CHENGDE = "chengde-2019-mine-inspection.xlsx";
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".json": "application/json", ".xml": "application/xml" };

let server: http.Server;
let origin: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];
let data: EtWorkbookData;

/** The fake as a script for the page: tests/wps/fake-et.ts imports types only, so transpiling it is enough. */
function fakeScript(): string {
  const source = fs.readFileSync(path.join(__dirname, "fake-et.ts"), "utf8");
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(function () { var module = { exports: {} }; var exports = module.exports;\n${js}\nwindow.__etFake = module.exports; })();`;
}

beforeAll(async () => {
  ensureWpsBuild();
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}; install Debian's package, never download a browser.`);
  server = http.createServer((req, res) => {
    const file = path.join(ADDIN, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(ADDIN) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS], timeout: 60_000 });
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 420, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  data = await etFixtureWorkbook(CHENGDE);
  await page.addInitScript({ content: fakeScript() });
  await page.addInitScript({
    content: `(function () { var f = window.__etFake.fakeEt(${JSON.stringify(data)}); window.Application = f.Application; window.__et = f; })();`,
  });
  await page.goto(`${origin}/taskpane.html`);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

const fakeData = (): Promise<EtWorkbookData> => page.evaluate(() => (window as unknown as { __et: { data: EtWorkbookData } }).__et.data);

describe("the built WPS task pane with the fake ET Application", () => {
  it("audits the Chengde workbook in zh-CN and lists exactly the CLI's findings", async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await page.getByRole("button", { name: "审核整个工作簿" }).click();
    await page.waitForSelector("li[data-rule]", { timeout: STEP_TIMEOUT_MS });
    const listed = await page.$$eval("li[data-rule]", (items) => items.map((li) => { const d = (li as HTMLElement).dataset; return `${d.severity} ${d.rule} ${d.sheet}!${d.cell}`; }));
    const cli = (await fixtureGrids(CHENGDE)).flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings).map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);
    expect(cli.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...cli].sort());
    expect(await page.getByText(/得分不符合评分规则/).count()).toBeGreaterThan(0);
  });

  it("selects a finding's cell in the workbook when the finding is clicked", async () => {
    const item = page.locator("li[data-rule]").first();
    const sheet = await item.getAttribute("data-sheet");
    const cell = await item.getAttribute("data-cell");
    await item.locator('[role="button"]').click();
    await page.waitForFunction(() => (window as unknown as { __et: { data: EtWorkbookData } }).__et.data.selection !== undefined);
    const after = await fakeData();
    expect(after.selection).toEqual({ sheet, address: cell });
    expect(after.active).toBe(sheet);
  });

  it("highlights the cells, then clears them back to exactly what they were, writing no values", async () => {
    const before = JSON.stringify(data.sheets);
    await page.getByRole("button", { name: "标注问题单元格" }).click();
    await page.getByText(/已标注 \d+ 个单元格/).waitFor();
    const marked = await fakeData();
    expect(marked.sheets.some((s) => s.name === "_jixiao_backup" && s.visible === 2)).toBe(true);
    expect(JSON.stringify(marked.sheets.filter((s) => s.name !== "_jixiao_backup"))).not.toEqual(before);
    await page.getByRole("button", { name: "清除标注" }).click();
    await page.waitForFunction(() => !(window as unknown as { __et: { data: EtWorkbookData } }).__et.data.sheets.some((s) => s.name === "_jixiao_backup"));
    const cleared = await fakeData();
    expect(JSON.stringify(cleared.sheets)).toEqual(before);
    const users = new Set(data.sheets.map((s) => s.name));
    expect(cleared.writes.filter((w) => users.has(w.sheet) && /Value2|Formula|^Clear$/.test(w.property))).toEqual([]);
  });

  it("loaded nothing from outside its own folder, with no errors", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    expect([problems, requests.filter((u) => u.endsWith("favicon.ico"))]).toEqual([[], []]);
  });
});
