import * as ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { amount, text, type Finding, type Quantity, type RuleId, type Severity, type SheetReport } from "../../src/core/types";
import { a1 } from "../../src/core/grid/grid";
import { renderFinding } from "../../src/core/messages";
import { SEVERITY_FILL } from "../../src/host";
import { internalLink, writeHighlightedCopy } from "../../src/xlsx";
import { loadWorkbook } from "../helpers/exceljs-load";
import { sampleFinding } from "../helpers/findings";

const MAIN = "项目支出明细";
const OTHER = "Bob's sheet";

/** A finding whose message quotes `item`, so the tests can find it in notes and on the result sheet. */
function finding(sheet: string, cell: string, severity: Severity, item: string, extra: { rule?: RuleId; expected?: Quantity; actual?: Quantity } = {}): Finding {
  return { ...sampleFinding({ sheet, cell, severity, item, ...(extra.rule ? { rule: extra.rule } : {}) }), ...(extra.expected ? { expected: extra.expected } : {}), ...(extra.actual ? { actual: extra.actual } : {}) } as Finding;
}

function report(sheet: string, findings: Finding[]): SheetReport {
  return { sheet, layout: "line-items", blocks: [], findings, stats: { rowsScanned: 0, errors: 0, warnings: 0, infos: 0 } };
}

/** The source workbook as a user would have it: styles, a merge, formulas, a note, widths, several sheets. */
async function sourceBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(MAIN);
  ws.columns = [{ width: 8 }, { width: 30 }, { width: 12 }, { width: 12 }];
  ws.getCell("A1").value = "2019年度项目支出执行情况";
  ws.getCell("A1").font = { bold: true, size: 16, name: "宋体" };
  ws.mergeCells("A1:D1");
  ws.addRow(["序号", "项目名称", "预算收入", "实际支出"]);
  ws.getRow(2).font = { bold: true };
  ws.addRow([1, "甲", 17, 13]);
  ws.addRow([2, "乙", 50, 50]);
  // One style shared by C3 and C4 once the file is read back: painting C4 must not paint C3.
  for (const address of ["C3", "C4", "D3", "D4"]) {
    ws.getCell(address).numFmt = "0.00";
    ws.getCell(address).border = { bottom: { style: "thin", color: { argb: "FF000000" } } };
  }
  ws.getCell("B3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
  ws.getCell("C4").note = "原有批注：数据来自财务系统";
  ws.getCell("A5").value = "合计";
  ws.getCell("C5").value = { formula: "SUM(C3:C4)", result: 67 };
  ws.getCell("D5").value = { formula: "SUM(D3:D4)", result: 64 };
  ws.getCell("D5").font = { italic: true, color: { argb: "FF0000FF" } };
  ws.getCell("B6").value = "备注";

  const other = wb.addWorksheet(OTHER);
  other.getCell("A1").value = "指标";
  other.getCell("B2").value = "≥90%";
  other.getColumn(2).width = 25;

  wb.addWorksheet("审核结果").getCell("A1").value = "an older result sheet the user kept";
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const REPORTS = [
  report(MAIN, [
    finding(MAIN, "C4", "error", "预算收入与明细不符", { expected: amount(49.5, 2), actual: amount(50, 2) }),
    finding(MAIN, "D5", "warning", "合计偏差 0.01", { expected: amount(63.99, 2), actual: amount(64, 2) }),
    finding(MAIN, "D5", "error", "实际支出合计不等于各项之和", { rule: "total-mismatch", expected: amount(63, 2), actual: amount(64, 2) }),
    finding(MAIN, "B6", "info", "按规则计算的总分为 96.05", { rule: "rule-based-total" }),
    finding(MAIN, "C1", "warning", "标题单元格上的发现"),
  ]),
  report(OTHER, [finding(OTHER, "B2", "warning", "目标未完成", { rule: "unmet-target", expected: text("≥90%"), actual: text("80%") })]),
];

describe("writeHighlightedCopy", () => {
  let original: ExcelJS.Workbook;
  let copy: ExcelJS.Workbook;
  let source: Uint8Array;
  let sourceSnapshot: Buffer;
  let copyBytes: Uint8Array;

  beforeAll(async () => {
    source = await sourceBytes();
    sourceSnapshot = Buffer.from(source);
    original = await loadWorkbook(source);
    copyBytes = writeHighlightedCopy(source, REPORTS, "zh-CN");
    copy = await loadWorkbook(copyBytes);
  });

  const fillOf = (ws: ExcelJS.Worksheet, address: string): string | undefined => {
    const fill = ws.getCell(address).fill;
    return fill && fill.type === "pattern" ? fill.fgColor?.argb : undefined;
  };

  it("leaves the bytes it was given untouched", () => {
    expect(Buffer.from(source).equals(sourceSnapshot)).toBe(true);
  });

  it("fills each flagged cell by its most severe finding", () => {
    const ws = copy.getWorksheet(MAIN) as ExcelJS.Worksheet;
    expect(fillOf(ws, "C4")).toBe(SEVERITY_FILL.error);
    expect(fillOf(ws, "D5")).toBe(SEVERITY_FILL.error);
    expect(fillOf(ws, "B6")).toBe(SEVERITY_FILL.info);
    expect(ws.getCell("C4").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(fillOf(copy.getWorksheet(OTHER) as ExcelJS.Worksheet, "B2")).toBe(SEVERITY_FILL.warning);
  });

  it("marks the top-left cell of a merge when a finding names another of its cells", () => {
    const ws = copy.getWorksheet(MAIN) as ExcelJS.Worksheet;
    expect(fillOf(ws, "A1")).toBe(SEVERITY_FILL.warning);
    const note = ws.getCell("A1").note;
    expect(typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("")).toContain("标题单元格上的发现");
  });

  it("does not paint cells that share a style with a flagged cell", () => {
    const ws = copy.getWorksheet(MAIN) as ExcelJS.Worksheet;
    for (const address of ["C3", "D3", "D4", "B3", "A5"]) {
      expect([address, ws.getCell(address).style]).toEqual([address, (original.getWorksheet(MAIN) as ExcelJS.Worksheet).getCell(address).style]);
    }
  });

  it("keeps every other style of a flagged cell", () => {
    const before = (original.getWorksheet(MAIN) as ExcelJS.Worksheet).getCell("D5").style;
    const after = (copy.getWorksheet(MAIN) as ExcelJS.Worksheet).getCell("D5").style;
    const { fill: _ignored, ...rest } = after;
    const { fill: _none, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(after.font).toEqual(before.font);
    expect((copy.getWorksheet(MAIN) as ExcelJS.Worksheet).getCell("C4").border).toEqual((original.getWorksheet(MAIN) as ExcelJS.Worksheet).getCell("C4").border);
  });

  it("writes every message into the note, after the cell's own note", () => {
    const ws = copy.getWorksheet(MAIN) as ExcelJS.Worksheet;
    const noteText = (address: string): string => {
      const note = ws.getCell(address).note;
      return typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    };
    const c4 = noteText("C4");
    expect(c4.startsWith("原有批注：数据来自财务系统")).toBe(true);
    expect(c4).toContain("──── 绩效审核 ────");
    expect(c4).toContain("[错误] 「预算收入与明细不符」");
    const d5 = noteText("D5");
    expect(d5).toContain("[警告] 「合计偏差 0.01」");
    expect(d5).toContain("[错误] 「实际支出合计不等于各项之和」");
  });

  it("never changes a value or a formula of the original sheets", () => {
    for (const ws of original.worksheets) {
      const other = copy.getWorksheet(ws.name) as ExcelJS.Worksheet;
      expect(other).toBeDefined();
      const seen: string[] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const twin = other.getCell(cell.address);
          seen.push(cell.address);
          expect([ws.name, cell.address, twin.value, twin.formula]).toEqual([ws.name, cell.address, cell.value, cell.formula]);
        }),
      );
      expect(seen.length).toBeGreaterThan(0);
      expect(other.actualRowCount).toBe(ws.actualRowCount);
    }
  });

  it("keeps merges, column widths and the other sheets", () => {
    expect(copy.worksheets.map((ws) => ws.name)).toEqual([MAIN, OTHER, "审核结果", "审核结果 (2)"]);
    const ws = copy.getWorksheet(MAIN) as ExcelJS.Worksheet;
    expect(ws.model.merges).toEqual(["A1:D1"]);
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([8, 30, 12, 12]);
    expect((copy.getWorksheet(OTHER) as ExcelJS.Worksheet).getColumn(2).width).toBe(25);
    expect((copy.getWorksheet("审核结果") as ExcelJS.Worksheet).getCell("A1").value).toBe("an older result sheet the user kept");
  });

  it("lists the findings on a new result sheet with a bold, frozen header in the chosen language", () => {
    const ws = copy.getWorksheet("审核结果 (2)") as ExcelJS.Worksheet;
    expect(ws.getRow(1).values).toEqual([undefined, "工作表", "单元格", "严重程度", "规则", "问题说明", "期望值", "实际值"]);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.actualRowCount).toBe(1 + 6);
    const rows = [2, 3, 4, 5, 6, 7].map((r) => ws.getRow(r));
    const listed = rows.map((row) => [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(5).value]);
    const text = (sheet: string, cell: string, item: string): string =>
      renderFinding(REPORTS.flatMap((r) => r.findings).find((f) => f.sheet === sheet && f.cell === cell && renderFinding(f, "zh-CN").includes(item)) as Finding, "zh-CN");
    expect(listed).toEqual([
      [MAIN, "C1", "警告", text(MAIN, "C1", "标题单元格上的发现")],
      [MAIN, "C4", "错误", text(MAIN, "C4", "预算收入与明细不符")],
      [MAIN, "D5", "警告", text(MAIN, "D5", "合计偏差 0.01")],
      [MAIN, "D5", "错误", text(MAIN, "D5", "实际支出合计不等于各项之和")],
      [MAIN, "B6", "提示", text(MAIN, "B6", "按规则计算的总分为 96.05")],
      [OTHER, "B2", "警告", text(OTHER, "B2", "目标未完成")],
    ]);
    // The rule's title, and the figures as the form shows them (two decimals here), never raw floats.
    expect([rows[3]?.getCell(4).value, rows[3]?.getCell(6).value, rows[3]?.getCell(7).value]).toEqual(["合计不符", "63.00", "64.00"]);
    expect([rows[5]?.getCell(4).value, rows[5]?.getCell(6).value, rows[5]?.getCell(7).value]).toEqual(["目标未完成", "≥90%", "80%"]);
    expect([rows[1]?.getCell(6).value, rows[1]?.getCell(7).value]).toEqual(["49.50", "50.00"]);
  });

  it("links each listed cell to its sheet and address, quoting the sheet name", () => {
    const files = unzipSync(copyBytes);
    const names = Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const last = names.sort((x, y) => Number(/(\d+)\.xml$/.exec(x)?.[1]) - Number(/(\d+)\.xml$/.exec(y)?.[1])).pop() as string;
    const xml = strFromU8(files[last] as Uint8Array);
    const links = [...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)" display="([^"]*)"\/>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(links).toEqual([
      ["B2", `'${MAIN}'!C1`, "C1"],
      ["B3", `'${MAIN}'!C4`, "C4"],
      ["B4", `'${MAIN}'!D5`, "D5"],
      ["B5", `'${MAIN}'!D5`, "D5"],
      ["B6", `'${MAIN}'!B6`, "B6"],
      ["B7", "&apos;Bob&apos;&apos;s sheet&apos;!B2".replace(/&apos;/g, "'"), "B2"],
    ]);
  });

  it("writes English headers and a no-problems line when asked", async () => {
    const bytes = writeHighlightedCopy(source, [report(MAIN, [])], "en-US");
    const ws = (await loadWorkbook(bytes)).getWorksheet("Audit results") as ExcelJS.Worksheet;
    expect(ws.getRow(1).values).toEqual([undefined, "Sheet", "Cell", "Severity", "Rule", "Message", "Expected", "Actual"]);
    expect(ws.getCell("A2").value).toBe("No problems found.");
  });
});

describe("internalLink", () => {
  it("quotes sheet names and doubles their single quotes", () => {
    expect(internalLink("绩效指标", "G20")).toBe("#'绩效指标'!G20");
    expect(internalLink("Bob's", a1(44, 4))).toBe("#'Bob''s'!D44");
  });
});
