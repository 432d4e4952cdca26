/**
 * @jest-environment jsdom
 */
/**
 * The 自评报告 in the panel: «生成自评报告草稿» drafts a .docx from the sheets the audit read and hands it
 * to the host's saveFile; «核对报告» reads a written report and lists where it disagrees with the form,
 * each finding with its sentence and cell. Chengde's form is read in place from ../shared/fixtures.
 */
import "./text-codecs";
import "@testing-library/jest-dom";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import fs from "fs";
import path from "path";
import type { Grid } from "../../src/core/grid/grid";
import type { SheetReport } from "../../src/core/types";
import { readReportText } from "../../src/docx/read";
import { runAudit } from "../../src/core/audit";
import { auditOptionsOf, type AuditScope, type Progress, type Settings } from "../../src/host";
import { readWorkbook } from "../../src/xlsx";
import { fixture, FIXTURES } from "../helpers/fixtures";
import { FakeHost, notesSheet } from "./fake-host";
import { auditAndWait, renderPanel, settle } from "./render-panel";

afterEach(cleanup);

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const SEEDS = path.resolve(FIXTURES, "..", "seeds");

let chengde: Uint8Array;
beforeAll(() => {
  chengde = fs.readFileSync(fixture("chengde-2019-mine-inspection.xlsx"));
});
const chengdeGrids = (): Grid[] => readWorkbook(chengde).grids;

/** A FakeHost that saves files into `saved`. */
class SavingHost extends FakeHost {
  saved: { name: string; bytes: Uint8Array; mime: string }[] = [];
  readonly saveFile = jest.fn(async (name: string, bytes: Uint8Array, mime: string): Promise<void> => {
    this.saved.push({ name, bytes, mime });
  });
}

/** Like the web checker: audits "elsewhere" (host.audit), so the panel never read the grids itself. */
class SelfAuditingHost extends SavingHost {
  readonly audit = jest.fn(async (scope: AuditScope, settings: Settings, _p: (p: Progress) => void, _s: AbortSignal): Promise<SheetReport[]> => {
    const all = this.grids();
    return (scope === "sheet" ? all.slice(0, 1) : all).map((grid) => runAudit(grid, auditOptionsOf(settings)));
  });
}

function pick(name: string, content: BlobPart, type = "text/plain"): void {
  fireEvent.change(screen.getByTestId("report-file"), { target: { files: [new File([content], name, { type })] } });
}

async function draftText(host: SavingHost): Promise<{ name: string; text: string }> {
  fireEvent.click(screen.getByRole("button", { name: "生成自评报告草稿" }));
  await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  const file = host.saved[0];
  if (!file) throw new Error("nothing saved");
  expect(file.mime).toBe(DOCX_TYPE);
  expect(file.name).toMatch(/（草稿）\.docx$/);
  // A Word package: a zip holding word/document.xml, which mammoth reads.
  expect([...file.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  return { name: file.name, text: await readReportText(file.bytes, file.name) };
}

describe("«生成自评报告草稿»", () => {
  it("is disabled until an audit has results, and hidden where the host cannot save files", async () => {
    await renderPanel(new SavingHost());
    expect(screen.getByRole("button", { name: "生成自评报告草稿" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "核对报告" })).toBeDisabled();
    expect(screen.getByText("请先审核工作簿：草稿和核对都以审核结果为依据。")).toBeInTheDocument();
    cleanup();
    await renderPanel(new FakeHost());
    expect(screen.queryByRole("button", { name: "生成自评报告草稿" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "核对报告" })).toBeInTheDocument();
  });

  it("saves a .docx of the Chengde form with its figures as the cells show them and the rules' total", async () => {
    const host = new SavingHost({ grids: chengdeGrids });
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    const { text } = await draftText(host);
    for (const figure of ["206.632万元", "172.743万元", "83.60%", "96.05", "99.7"]) expect(text).toContain(figure);
    expect(text).toContain("【请核对：");
    expect(await screen.findByText(/^草稿已保存为 .*（草稿）\.docx。$/)).toBeInTheDocument();
    // Drafted from the grids the audit read: no second read.
    expect(host.readGrids).toHaveBeenCalledTimes(1);
  });

  it("drafts the fake host's line items, and its open findings as the checklist", async () => {
    const host = new SavingHost();
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    const { text } = await draftText(host);
    expect(text).toContain("办公设备购置");
    expect(text).toContain("100.00");
    expect(text).toContain("50.00%");
    expect(text).toMatch(/☐ .*项目明细.*E2/);
  });

  it("with a host that audits itself, reads the audited sheets back from the host for the draft", async () => {
    const host = new SelfAuditingHost({ grids: chengdeGrids });
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    expect(host.readGrids).not.toHaveBeenCalled();
    const { text } = await draftText(host);
    expect(host.readGrids).toHaveBeenCalledWith("workbook", expect.any(Function), expect.any(AbortSignal));
    expect(text).toContain("206.632万元");
    expect(text).toContain("96.05");
  });

  it("says so in one line when the audited sheets hold no table to draft from", async () => {
    const host = new SavingHost({ grids: () => [notesSheet()] });
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    fireEvent.click(screen.getByRole("button", { name: "生成自评报告草稿" }));
    expect(await screen.findByText(/无法起草或核对报告/)).toBeInTheDocument();
    expect(host.saveFile).not.toHaveBeenCalled();
  });
});

describe("«核对报告»", () => {
  const seed = (): string => fs.readFileSync(path.join(SEEDS, "002_009adab603461ead.txt"), "utf8");

  async function auditedChengde(lang: "zh-CN" | "en-US" = "zh-CN"): Promise<FakeHost> {
    const host = new FakeHost({ grids: chengdeGrids });
    await renderPanel(host, lang);
    await auditAndWait(lang === "zh-CN" ? "审核整个工作簿" : "Audit workbook", lang === "zh-CN" ? "审核结果" : "Results");
    return host;
  }

  it("lists the Chengde report's 206.4 vs 206.632 and its claimed 99.7, each with its sentence and cell", async () => {
    const host = await auditedChengde();
    pick("承德自评报告.txt", seed());
    const list = await screen.findByRole("list", { name: "报告核对：承德自评报告.txt" }, { timeout: 10_000 });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-rule")).sort()).toEqual(["report-inconsistent", "report-score-claim"]);
    const inconsistent = items.find((li) => li.getAttribute("data-rule") === "report-inconsistent") as HTMLElement;
    expect(inconsistent).toHaveTextContent("预算数在报告中前后不一致：一、（一）1.写作 206.4万元，此处写作 206.632万元");
    expect(inconsistent).toHaveTextContent("二、（二）1.");
    expect(inconsistent).toHaveTextContent("剩余资金206.632万元");
    fireEvent.click(within(inconsistent).getByRole("button", { name: "「项目支出绩效自评表」E6" }));
    await settle();
    expect(host.selectCell).toHaveBeenCalledWith("项目支出绩效自评表", "E6");
    expect(screen.getByText(/^共核对 \d+ 处数字，发现 2 个问题。$/)).toBeInTheDocument();
  });

  it("finds a figure the report changed (report-number-mismatch), in English too", async () => {
    await auditedChengde("en-US");
    pick("report.txt", seed().replace(/172\.743/g, "182.743"));
    const list = await screen.findByRole("list", { name: "Report check: report.txt" }, { timeout: 10_000 });
    const rules = within(list)
      .getAllByRole("listitem")
      .map((li) => li.getAttribute("data-rule"));
    expect(rules).toContain("report-number-mismatch");
    expect(list).toHaveTextContent("182.743");
  });

  it("reads a .docx: the draft it wrote checks clean against its own form", async () => {
    const host = new SavingHost({ grids: chengdeGrids });
    await renderPanel(host);
    await auditAndWait("审核整个工作簿");
    await draftText(host);
    const draft = host.saved[0] as { name: string; bytes: Uint8Array };
    pick(draft.name, draft.bytes.slice().buffer as ArrayBuffer, DOCX_TYPE);
    expect(await screen.findByText(/^共核对 \d+ 处数字，均与本表一致。$/, undefined, { timeout: 10_000 })).toBeInTheDocument();
  });

  it("says in one line that a .docx which is no Word document, or a report without figures, cannot be checked", async () => {
    await auditedChengde();
    pick("报告.docx", "这不是压缩包", DOCX_TYPE);
    expect(await screen.findByText("无法读取 报告.docx：这不是 Word 文档（.docx）或文本文件（.txt）。")).toBeInTheDocument();
    pick("散文.txt", "本单位高度重视绩效管理工作，认真组织自评。");
    expect(await screen.findByText("散文.txt 中没有找到可核对的数字（金额、执行率、得分、数量或等级），未核对。")).toBeInTheDocument();
    expect(screen.queryByTestId("crosscheck-findings")).not.toBeInTheDocument();
  });
});
