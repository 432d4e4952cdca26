/**
 * The web checker follows the browser's language: an English browser gets the English page, panel,
 * findings and error lines; a Chinese one (tests/web/checker.test.ts) the Chinese.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { cspViolations, fileItem, loadFiles, startChecker, visiblePanel, type Checker } from "../helpers/browser";
import { fixture, makeTempDir, removeTempDir } from "../helpers/fixtures";

jest.setTimeout(180_000);

const CHENGDE = "chengde-2019-mine-inspection.xlsx";

let checker: Checker;
let page: Page;
let problems: string[];
let tmp: string;

beforeAll(async () => {
  ensureBuild();
  tmp = makeTempDir("web-en");
  checker = await startChecker();
  ({ page, problems } = await checker.newPage("en-US"));
  await page.goto(`${checker.origin}/checker.html`);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await checker?.close();
  removeTempDir(tmp);
});

describe("an English browser", () => {
  it("gets the page in English", async () => {
    expect(await page.title()).toBe("Jixiao · web checker");
    expect(await page.getAttribute("html", "lang")).toBe("en-US");
    expect(await page.locator("h1").innerText()).toBe("Jixiao · web checker");
    expect(await page.getByTestId("privacy").innerText()).toBe("Files are read and audited only in this browser on this computer. Nothing is uploaded.");
    expect(await page.getByRole("button", { name: "Choose files…" }).count()).toBe(1);
  });

  it("gets the panel, the findings and the file counts in English", async () => {
    await loadFiles(page, [fixture(CHENGDE)]);
    expect(await fileItem(page, CHENGDE).getAttribute("data-status")).toBe("results");
    expect(await fileItem(page, CHENGDE).getByTestId("file-counts").innerText()).toMatch(/^Errors: \d+ · Warnings: \d+ · Info: \d+$/);
    const panel = visiblePanel(page);
    expect(await panel.getByRole("button", { name: "Audit workbook" }).count()).toBe(1);
    expect(await panel.getByRole("heading", { name: "Results" }).count()).toBe(1);
    expect(await panel.getByRole("heading", { name: /^Score doesn't follow the scoring rules \(\d+\)$/ }).count()).toBe(1);
    const i6 = panel.locator('li[data-cell="I6"][data-rule="score-mismatch"]');
    expect(await i6.innerText()).toContain("execution score should be 8.36"); // sheet names stay as they are
    expect(await page.getByTestId("download-highlighted").innerText()).toBe("Download highlighted workbook (.xlsx)");
    expect(await page.getByTestId("download-csv").innerText()).toBe("Download findings (CSV)");
  });

  it("says in English why a file can't be audited", async () => {
    const legacy = path.join(tmp, "old-format.xlsx");
    // An OLE2 compound file header: what a legacy .xls (renamed) starts with.
    fs.writeFileSync(legacy, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    await page.setInputFiles('[data-testid="file-input"]', [legacy]);
    await page.waitForFunction(() => document.querySelector('[data-testid="file-item"][data-file="old-format.xlsx"]')?.getAttribute("data-status") === "unreadable");
    expect(await fileItem(page, "old-format.xlsx").getByTestId("file-error").innerText()).toBe(
      "Can't audit this file: this is a legacy .xls file; save it as .xlsx in Excel or WPS and audit that.",
    );
    expect(await fileItem(page, CHENGDE).getAttribute("data-status")).toBe("results");
  });

  it("reads a file dropped on the drop zone like a picked one", async () => {
    const bytes = [...fs.readFileSync(fixture(CHENGDE))];
    await page.getByTestId("drop-zone").evaluate((zone, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], "dropped.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.waitForFunction(() => document.querySelector('[data-testid="file-item"][data-file="dropped.xlsx"]')?.getAttribute("data-status") === "results");
    expect(await fileItem(page, "dropped.xlsx").getAttribute("data-findings")).toBe(await fileItem(page, CHENGDE).getAttribute("data-findings"));
  });

  it("raises no script errors and no CSP violations", async () => {
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
