/**
 * The web checker in a real browser (Debian's Chromium via playwright-core), in Chinese: both fixture
 * workbooks and a bad file picked at once, findings per file and rule against ../shared/fixtures/README.md
 * (and identical to the CLI's), a finding clicked to scroll the preview, both downloads checked, and
 * every request kept on the local server. Writes a screenshot for the README (see UPDATE_SCREENSHOTS).
 */
import * as ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { SEVERITY_FILL } from "../../src/host";
import { BUILD_TIMEOUT_MS, ensureBuild, ROOT } from "../helpers/build";
import { cspViolations, fileItem, listedFindings, loadFiles, SERVER_CSP, startChecker, visiblePanel, type Checker, type ListedFinding } from "../helpers/browser";
import { runJixiao } from "../helpers/cli";
import { fixture, makeTempDir, removeTempDir } from "../helpers/fixtures";

jest.setTimeout(180_000);

const QINGDAO = "qingdao-2019-safety-fund.xlsx";
const CHENGDE = "chengde-2019-mine-inspection.xlsx";
const BAD = "not-a-workbook.xlsx";
const SCREENSHOT = path.join(ROOT, "assets", "screenshots", "web-checker.png");

let checker: Checker;
let context: BrowserContext;
let page: Page;
let requests: string[];
let problems: string[];
let tmp: string;
let documentCsp: string | undefined;

beforeAll(async () => {
  ensureBuild();
  tmp = makeTempDir("web");
  fs.writeFileSync(path.join(tmp, BAD), "这不是工作簿，只是改了扩展名的文本文件。\n");
  checker = await startChecker();
  ({ context, page, requests, problems } = await checker.newPage("zh-CN"));
  const response = await page.goto(`${checker.origin}/`);
  documentCsp = response?.headers()["content-security-policy"];
  await loadFiles(page, [fixture(QINGDAO), path.join(tmp, BAD), fixture(CHENGDE)]);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await checker?.close();
  removeTempDir(tmp);
});

const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0]);
const inSheet = (list: ListedFinding[], sheet: string, rule: string) => list.filter((f) => f.sheet === sheet && f.rule === rule);
const rowsOf = (list: ListedFinding[], sheet: string, rule: string): number[] =>
  [...new Set(inSheet(list, sheet, rule).map((f) => rowOf(f.cell)))].sort((a, b) => a - b);
const cellsOf = (list: ListedFinding[], sheet: string, rule: string): string[] => [...new Set(inSheet(list, sheet, rule).map((f) => f.cell))].sort();

/** `sheet|cell|rule` of every finding the CLI reports for a fixture, sorted. */
function cliFindings(name: string): string[] {
  const r = runJixiao(["audit", fixture(name), "--json"]);
  if (r.status === null || r.status > 1) throw new Error(`jixiao exited ${r.status}: ${r.stderr}`);
  const doc = JSON.parse(r.stdout) as { files: { sheets: { findings: ListedFinding[] }[] }[] };
  return (doc.files[0]?.sheets ?? []).flatMap((s) => s.findings.map((f) => `${f.sheet}|${f.cell}|${f.rule}`)).sort();
}

describe("the page", () => {
  it("is in Chinese for a Chinese browser, says files stay on this computer, and audits in the page", async () => {
    expect(await page.title()).toBe("绩效 · 预算绩效自评网页审核");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.locator("h1").innerText()).toBe("绩效 · 预算绩效自评网页审核");
    expect(await page.getByTestId("privacy").innerText()).toBe("文件只在本机浏览器中读取和审核，不会上传。");
  });

  it("states the same strict Content-Security-Policy as a header and a meta tag", async () => {
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    for (const policy of [documentCsp, meta]) {
      expect(policy).toBe(SERVER_CSP);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self';");
      expect(policy).not.toContain("unsafe-eval");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).toContain("object-src 'none'");
    }
  });
});

describe("several files at once", () => {
  it("lists every file: the two workbooks with their counts, the bad file with one clear line", async () => {
    await expectStatus(QINGDAO, "results");
    await expectStatus(CHENGDE, "results");
    await expectStatus(BAD, "unreadable");
    const error = fileItem(page, BAD).getByTestId("file-error");
    expect(await error.count()).toBe(1);
    expect(await error.innerText()).toBe("无法审核：这不是 Excel .xlsx 文件。");
    expect(await fileItem(page, QINGDAO).getByTestId("file-counts").innerText()).toMatch(/^错误 \d+ 项 · 警告 \d+ 项 · 提示 \d+ 项$/);
  });

  it("lists the findings of each file, identical to the CLI's", async () => {
    for (const name of [QINGDAO, CHENGDE]) {
      const listed = await listedFindings(page, name);
      expect(listed.map((f) => `${f.sheet}|${f.cell}|${f.rule}`).sort()).toEqual(cliFindings(name));
      expect(await fileItem(page, name).getAttribute("data-findings")).toBe(String(listed.length));
    }
  });

  it("qingdao 项目支出明细: the fixture README's musts and must-nots", async () => {
    const f = await listedFindings(page, QINGDAO);
    const sheet = "项目支出明细";
    expect(rowsOf(f, sheet, "low-execution")).toEqual([7, 9, 14, 15, 19, 21, 27, 28, 29, 30, 35, 36, 38, 40, 43]);
    expect(inSheet(f, sheet, "low-execution")).toHaveLength(15);
    expect(rowsOf(f, sheet, "unmet-target")).toEqual([9, 21, 27, 29, 43]);
    expect(inSheet(f, sheet, "unmet-target")).toHaveLength(5);
    expect(cellsOf(f, sheet, "total-mismatch")).toEqual(["D44"]);
    expect(inSheet(f, sheet, "rate-mismatch")).toHaveLength(0);
    expect(inSheet(f, sheet, "missing-explanation")).toHaveLength(0);
  });

  it("qingdao 绩效指标: the fixture README's musts and must-nots", async () => {
    const f = await listedFindings(page, QINGDAO);
    const sheet = "绩效指标";
    const unmet = rowsOf(f, sheet, "unmet-target");
    expect(unmet).toEqual(expect.arrayContaining([5, 6, 8, 19]));
    expect(unmet.filter((r) => ![5, 6, 7, 8, 19].includes(r))).toEqual([]);
    expect(rowsOf(f, sheet, "missing-explanation")).toContain(8);
    expect(cellsOf(f, sheet, "score-mismatch")).toContain("G7");
    expect(cellsOf(f, sheet, "score-mismatch")).not.toContain("G19");
    expect(cellsOf(f, sheet, "total-mismatch")).toContain("G20");
    expect(inSheet(f, sheet, "weight-sum")).toHaveLength(0);
  });

  it("chengde 项目支出绩效自评表: the fixture README's musts and must-nots", async () => {
    const f = await listedFindings(page, CHENGDE);
    const sheet = "项目支出绩效自评表";
    expect(cellsOf(f, sheet, "score-mismatch")).toEqual(expect.arrayContaining(["I6", "H13"]));
    const unmet = rowsOf(f, sheet, "unmet-target");
    expect(unmet).toContain(13);
    expect(unmet.filter((r) => [16, 17, 18].includes(r))).toEqual([]);
    expect(inSheet(f, sheet, "rate-mismatch")).toHaveLength(0);
    expect(inSheet(f, sheet, "low-execution")).toHaveLength(0);
    expect(cellsOf(f, sheet, "total-mismatch")).not.toContain("H21");
  });

  it("shows a file's findings when it is selected, with the counts per rule in the headings", async () => {
    await fileItem(page, CHENGDE).locator("button").first().click();
    const panel = visiblePanel(page);
    expect(await panel.getAttribute("data-file")).toBe(CHENGDE);
    expect(await panel.getByRole("heading", { name: /^得分不符合评分规则（\d+ 项）$/ }).count()).toBe(1);
    expect(await page.getByTestId("preview").getAttribute("data-sheet")).toBe("项目支出绩效自评表");

    await fileItem(page, BAD).locator("button").first().click();
    expect(await visiblePanel(page).count()).toBe(0);
    expect(await page.getByText("无法审核：这不是 Excel .xlsx 文件。").count()).toBe(2); // list line + message bar

    await fileItem(page, QINGDAO).locator("button").first().click();
    expect(await visiblePanel(page).getAttribute("data-file")).toBe(QINGDAO);
    const group = visiblePanel(page).locator('[data-rule="low-execution"][data-count]');
    expect(await group.getAttribute("data-count")).toBe("15");
    expect(await visiblePanel(page).getByRole("heading", { name: "执行率过低（15 项）" }).count()).toBe(1);
  });
});

describe("the preview", () => {
  const preview = () => page.getByTestId("preview");
  const cell = (address: string) => preview().locator(`[data-cell="${address}"]`);

  /** The cell lies inside the preview's visible scroll box. */
  async function expectInView(address: string): Promise<void> {
    const box = await cell(address).boundingBox();
    const view = await preview().boundingBox();
    if (!box || !view) throw new Error(`${address} or the preview has no box`);
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
    expect(box.x).toBeGreaterThanOrEqual(view.x);
    expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
  }

  it("colours flagged cells by severity, with the messages as a tooltip", async () => {
    await fileItem(page, QINGDAO).locator("button").first().click();
    await preview().evaluate((el) => (el.scrollTop = 0));
    const e7 = cell("E7");
    expect(await e7.getAttribute("data-severity")).toBe("error");
    expect(await e7.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(SEVERITY_FILL.error));
    expect(await e7.getAttribute("title")).toContain("低于 60%");
    expect(await cell("E4").getAttribute("data-severity")).toBeNull();
  });

  it("scrolls to a finding's cell when it is clicked, and outlines it", async () => {
    // Row 44 is below the first screenful, so it is not even rendered yet.
    expect(await cell("D44").count()).toBe(0);
    await visiblePanel(page).locator('li[data-cell="D44"][data-rule="total-mismatch"] [role="button"]').click();
    await cell("D44").waitFor();
    await expectInView("D44");
    expect(await preview().evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await cell("D44").getAttribute("data-target")).toBe("true");
    expect(await cell("D44").evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    expect(await cell("D44").innerText()).toBe("1465.45");
  });

  it("switches to the finding's sheet", async () => {
    await visiblePanel(page).locator('li[data-cell="G20"][data-rule="total-mismatch"] [role="button"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="preview"]')?.getAttribute("data-sheet") === "绩效指标");
    expect(await page.getByRole("tab", { name: "绩效指标" }).getAttribute("aria-selected")).toBe("true");
    await cell("G20").waitFor();
    await expectInView("G20");
    expect(await cell("G20").getAttribute("data-target")).toBe("true");
    // Merged 一级指标 labels are drawn once, over their rows.
    expect(await preview().locator("td[rowspan]").count()).toBeGreaterThan(0);
  });

  it("takes a screenshot of the results for the README", async () => {
    await visiblePanel(page).locator('li[data-cell="D44"][data-rule="total-mismatch"] [role="button"]').click();
    await cell("D44").waitFor();
    await visiblePanel(page).evaluate((el) => el.parentElement?.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    const out = path.join(tmp, "web-checker.png");
    await page.screenshot({ path: out });
    expect(fs.statSync(out).size).toBeGreaterThan(50_000); // not a blank page
    if (process.env.UPDATE_SCREENSHOTS === "1") {
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      fs.copyFileSync(out, SCREENSHOT);
    } else {
      process.stdout.write(`web checker screenshot: ${out} (UPDATE_SCREENSHOTS=1 writes ${path.relative(ROOT, SCREENSHOT)})\n`);
    }
  });
});

describe("downloads", () => {
  it("downloads the highlighted copy: fills and notes on flagged cells, the original values, a 审核结果 sheet", async () => {
    await fileItem(page, QINGDAO).locator("button").first().click();
    const listed = await listedFindings(page, QINGDAO);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-highlighted").click()]);
    expect(download.suggestedFilename()).toBe("qingdao-2019-safety-fund-审核.xlsx");
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(file);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(fixture(QINGDAO));

    const d44 = copy.getWorksheet("项目支出明细")?.getCell("D44");
    expect((d44?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe(SEVERITY_FILL.error);
    expect(noteText(d44)).toContain("1465.44");
    const g7 = copy.getWorksheet("绩效指标")?.getCell("G7");
    expect((g7?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe(SEVERITY_FILL.error);
    // Every listed finding's cell is filled (warnings and infos too).
    for (const f of listed) {
      const c = copy.getWorksheet(f.sheet)?.getCell(f.cell);
      const master = c?.isMerged ? c.master : c;
      expect([f.cell, (master?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb]).toEqual([f.cell, expect.stringMatching(/^FF/)]);
    }

    for (const ws of original.worksheets) {
      const twin = copy.getWorksheet(ws.name);
      expect(twin).toBeDefined();
      ws.eachRow((row) =>
        row.eachCell((c) => {
          expect([ws.name, c.address, twin?.getCell(c.address).value]).toEqual([ws.name, c.address, c.value]);
        }),
      );
    }
    const results = copy.getWorksheet("审核结果");
    expect(results).toBeDefined();
    expect((results?.actualRowCount ?? 0) - 1).toBe(listed.length);
  });

  it("downloads the findings of all files as CSV, one line per finding", async () => {
    const total = (await listedFindings(page, QINGDAO)).length + (await listedFindings(page, CHENGDE)).length;
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
    expect(download.suggestedFilename()).toBe("审核结果.csv");
    const file = path.join(tmp, "all.csv");
    await download.saveAs(file);
    const text = fs.readFileSync(file, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(["文件", "工作表", "单元格", "严重程度", "规则", "问题说明", "期望值", "实际值"]);
    expect(rows).toHaveLength(1 + total);
    expect(rows.slice(1).every((r) => r.length === 8)).toBe(true);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set([QINGDAO, CHENGDE]));
    // Rule titles and figures in the user's language and the cell's precision, never ids or raw floats.
    expect(rows.find((r) => r[2] === "D44" && r[4] === "合计不符")?.[3]).toBe("错误");
    const i6 = rows.find((r) => r[0] === CHENGDE && r[2] === "I6" && r[4] === "得分不符合评分规则");
    expect([i6?.[6], i6?.[7]]).toEqual(["8.36", "9.7"]);
    for (const r of rows.slice(1)) expect([r[2], r[4], /^[a-z]+(-[a-z]+)+$/.test(r[4] ?? ""), /\d\.\d{5,}/.test(`${r[6]} ${r[7]}`)]).toEqual([r[2], r[4], false, false]);
  });
});

describe("auditing again", () => {
  it("re-audits every file with 审核全部文件 and lists the same findings", async () => {
    const before = await listedFindings(page, CHENGDE);
    await page.getByTestId("audit-all").click();
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-testid="file-item"]')).every((i) => ["results", "unreadable"].includes(i.dataset.status ?? "")),
    );
    expect(await listedFindings(page, CHENGDE)).toEqual(before);
  });
});

describe("privacy and robustness", () => {
  it("makes every request to the local server only (nothing from other origins, no upload)", () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((u) => !u.startsWith(`${checker.origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(foreign).toEqual([]);
    // Only the page's own files: no request carries a workbook.
    const paths = new Set(requests.filter((u) => u.startsWith(checker.origin)).map((u) => new URL(u).pathname));
    expect([...paths].every((p) => ["/", "/checker.js", "/checker-worker.js", "/assets/icon-32.png"].includes(p))).toBe(true);
  });

  it("raises no script errors and no CSP violations", async () => {
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("keeps working offline once loaded: a file picked with the network off is audited", async () => {
    // Picked again while listed, it would be refused as a duplicate: remove it first.
    await page.getByRole("button", { name: `移除 ${CHENGDE}` }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="file-item"]').length === 2);
    await context.setOffline(true);
    try {
      const before = requests.length;
      await page.setInputFiles('[data-testid="file-input"]', [fixture(CHENGDE)]);
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="file-item"][data-status="results"]').length === 2,
        undefined,
        { timeout: 120_000 },
      );
      expect(requests.slice(before)).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });
});

async function expectStatus(name: string, status: string): Promise<void> {
  expect(await fileItem(page, name).getAttribute("data-status")).toBe(status);
}

function rgb(argb: string): string {
  const n = (i: number) => parseInt(argb.slice(i, i + 2), 16);
  return `rgb(${n(2)}, ${n(4)}, ${n(6)})`;
}

function noteText(c: ExcelJS.Cell | undefined): string {
  const note = c?.note;
  if (!note) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

/** RFC 4180 CSV with CRLF line ends and quoted fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
