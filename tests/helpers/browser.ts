/**
 * For the browser tests of the web checker: serves the production build (dist/) with src/web/serve.js
 * on a free localhost port and drives Debian's Chromium through playwright-core. No browser is ever
 * downloaded; `bash .ci/run` installs the chromium package when it is missing.
 */
import fs from "fs";
import type { Server } from "http";
import type { AddressInfo } from "net";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { DIST, ROOT } from "./build";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium";

export { CHROMIUM, CHROMIUM_ARGS };


/** How long one step in the page (reading and auditing a workbook) may take. */
export const STEP_TIMEOUT_MS = 120_000;

interface ServeModule {
  serve(options: { dist: string; port: number; host?: string }): Promise<Server>;
  CSP: string;
}

// serve.js is plain Node (it runs without a build); required, not imported, since it is CommonJS JavaScript.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const serveModule = require(path.join(ROOT, "src", "web", "serve.js")) as ServeModule;
export const SERVER_CSP = serveModule.CSP;

export interface Checker {
  origin: string;
  browser: Browser;
  /** A fresh context (own storage, no cached files) in the given browser language. */
  newPage(locale: "zh-CN" | "en-US", viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; requests: string[]; problems: string[] }>;
  close(): Promise<void>;
}

/** Starts the server and the browser. Call close() in afterAll. */
export async function startChecker(): Promise<Checker> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install Debian's package (bash .ci/run does: apt-get install chromium); never download a browser.`);
  }
  const server = await serveModule.serve({ dist: DIST, port: 0 });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS], timeout: 60_000 });
  } catch (e) {
    server.close();
    throw e;
  }
  const contexts: BrowserContext[] = [];
  return {
    origin,
    browser,
    async newPage(locale, viewport = { width: 1440, height: 900 }) {
      const context = await browser.newContext({ locale, viewport, acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      const requests: string[] = [];
      const problems: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console error: ${m.text()}`);
      });
      // Any resource or eval the policy blocks is a bug in the page.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          const w = window as unknown as { __cspViolations?: string[] };
          (w.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      return { context, page, requests, problems };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A fresh page on the checker, opened at its start page, with `files` picked and audited (if any). */
export async function openChecker(checker: Checker, locale: "zh-CN" | "en-US", files: readonly string[] = []): Promise<Awaited<ReturnType<Checker["newPage"]>>> {
  const opened = await checker.newPage(locale);
  await opened.page.goto(`${checker.origin}/`);
  if (files.length > 0) await loadFiles(opened.page, files);
  return opened;
}

/** CSP violations the page has seen so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Picks files with the page's file input and waits until every listed file is audited or refused. */
export async function loadFiles(page: Page, files: readonly string[]): Promise<void> {
  await page.setInputFiles('[data-testid="file-input"]', [...files]);
  await waitForFiles(page, files.length);
}

/** Waits until `count` files are listed and none is still being read or audited. */
export async function waitForFiles(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const items = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="file-item"]'));
      return items.length === n && items.every((i) => ["results", "unreadable", "error", "idle"].includes(i.dataset.status ?? ""));
    },
    count,
    { timeout: STEP_TIMEOUT_MS, polling: 50 },
  );
}

export interface ListedFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
}

/** The findings listed in a file's checker panel (hidden or not), in list order. */
export async function listedFindings(page: Page, fileName: string): Promise<ListedFinding[]> {
  return page.$$eval(`[data-testid="checker-panel"][data-file="${fileName}"] li[data-rule]`, (items) =>
    items.map((li) => {
      const d = (li as HTMLElement).dataset;
      return { rule: d.rule ?? "", severity: d.severity ?? "", sheet: d.sheet ?? "", cell: d.cell ?? "" };
    }),
  );
}

/** The panel of the selected file. */
export function visiblePanel(page: Page) {
  return page.locator('[data-testid="checker-panel"]:not([hidden])');
}

export function fileItem(page: Page, name: string) {
  return page.locator(`[data-testid="file-item"][data-file="${name}"]`);
}
