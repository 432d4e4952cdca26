/**
 * dist/taskpane.html where it cannot do its job, as a user would meet it: opened in a plain browser,
 * in an Excel too old for the adapter, in the IE11 webview of old Office. Office.js comes from
 * Microsoft's CDN; this machine has no network, so the tests answer that one URL themselves (with
 * nothing, or with a small Office stub) and nothing else leaves localhost.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { BUILD_TIMEOUT_MS, DIST, ensureBuild } from "../helpers/build";
import { cspViolations, startChecker, type Checker } from "../helpers/browser";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

/** An Office.js that reports `host` from onReady and supports ExcelApi up to `excelApi`. */
function officeStub(host: string | null, excelApi = "1.18"): string {
  return `window.Office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: function (name, v) { return name === "ExcelApi" && parseFloat(v) <= ${excelApi}; } } },
    onReady: function (cb) { var info = { host: ${JSON.stringify(host)}, platform: null }; setTimeout(function () { cb(info); }, 0); return Promise.resolve(info); }
  };`;
}

let checker: Checker;

beforeAll(async () => {
  ensureBuild();
  checker = await startChecker();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await checker?.close();
});

async function openPane(officeJs: string | null): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const { page, requests, problems } = await checker.newPage("zh-CN");
  await page.route(OFFICE_JS_CDN, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs ?? "" }));
  await page.goto(`${checker.origin}/taskpane.html`);
  return { page, requests, problems };
}

describe("dist/taskpane.html (default build)", () => {
  it("loads Office.js from Microsoft's CDN only, and its policy allows exactly that origin besides ours", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=("?)([^"\s>]+)\1/g)].map((m) => m[2]);
    expect(scripts).toEqual(["compat.js", OFFICE_JS_CDN, "functions.js", "taskpane.js"]);
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).not.toMatch(/unsafe-eval|\*/);
    expect(fs.existsSync(path.join(DIST, "office-js"))).toBe(false);
  });

  it("outside Office: says to open it in Excel, links to the web checker, disables the audit buttons, no errors", async () => {
    for (const officeJs of [null, officeStub(null)]) {
      const { page, requests, problems } = await openPane(officeJs);
      await page.getByText("请在 Excel 中打开本加载项；没有 Excel 时可用网页审核", { exact: false }).waitFor();
      const link = page.getByRole("link", { name: "打开网页审核" });
      expect(await link.getAttribute("href")).toBe("checker.html");
      for (const name of ["审核当前工作表", "审核整个工作簿"]) expect(await page.getByRole("button", { name }).isDisabled()).toBe(true);
      // No error bars: the settings and accepted lists read as empty rather than failing.
      expect(await page.getByRole("alert").count()).toBe(0);
      expect(problems).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(requests.filter((u) => !u.startsWith(checker.origin) && u !== OFFICE_JS_CDN)).toEqual([]);
      await page.context().close();
    }
  });

  it("in an Excel without ExcelApi 1.13: names the missing set and points to the web checker", async () => {
    const { page, problems } = await openPane(officeStub("Excel", "1.1"));
    await page.getByText("审核需要 ExcelApi 1.13 要求集", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "审核整个工作簿" }).isDisabled()).toBe(true);
    expect(await page.getByRole("link", { name: "打开网页审核" }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("in the IE11 (Trident) webview: the static message is shown, the pane does not start", async () => {
    const context = await checker.browser.newContext({ userAgent: TRIDENT, locale: "zh-CN" });
    const page = await context.newPage();
    await page.route(OFFICE_JS_CDN, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: officeStub("Excel") }));
    await page.goto(`${checker.origin}/taskpane.html`);
    const box = page.locator("#unsupported");
    await box.waitFor({ state: "visible" });
    expect(await box.innerText()).toContain("绩效审核无法在此版本的 Office 中运行");
    expect(await box.innerText()).toContain("jixiao audit");
    expect(await page.locator("#container").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "审核整个工作簿" }).count()).toBe(0);
    await context.close();
  });
});
