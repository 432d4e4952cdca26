import { runAudit } from "../../src/core/audit";
import { DEFAULT_RULES } from "../../src/core/rules";
import type { Finding } from "../../src/core/types";
import { BACKUP_SHEET, encodeBackup, SEVERITY_FILL, type AuditHost } from "../../src/host";
import { argbToBgr, bgrToHex, hexToBgr } from "../../src/wps/colours";
import { createWpsHost } from "../../src/wps/host";
import { lineItemSheet, LINE_ITEM_SHEET } from "../excel/workbooks";
import { sampleFinding } from "../helpers/findings";
import { etLook, etSheet, fakeEt, makeEtSheet, makeEtWorkbook, reopenEt, XL_NONE, type EtWorkbookData } from "./fake-et";
import { etSheetOfFake } from "./workbooks";

const never = new AbortController().signal;
const noProgress = (): void => undefined;

function hostOf(data: EtWorkbookData): AuditHost {
  const fake = fakeEt(data);
  return createWpsHost({ application: () => fake.Application as never });
}

/** The line-item sheet with cells a user has dressed up: a patterned tinted fill, white text, a comment, a hidden row. */
function dressed(): EtWorkbookData {
  const data = makeEtWorkbook([etSheetOfFake(lineItemSheet(30)), makeEtSheet("其他", [["x"]])]);
  const s = etSheet(data, LINE_ITEM_SHEET);
  const cell = (a: string): NonNullable<(typeof s.cells)[string]> => {
    const [r, c] = a === "A1" ? [1, 1] : a === "E5" ? [5, 5] : a === "G6" ? [6, 7] : [8, 5];
    return (s.cells[`${r},${c}`] ??= {});
  };
  cell("A1").fill = { color: 0x00ff00, pattern: -4125, patternColor: 0x0000ff, tint: 0.4 };
  cell("E5").font = 0xffffff;
  cell("E5").fill = { color: 0x333333, pattern: 1 };
  cell("G6").comment = "张三：已与财务核对";
  s.hiddenRows.push(9);
  return data;
}

async function auditOf(host: AuditHost): Promise<Finding[]> {
  const grids = await host.readGrids("sheet", noProgress, never);
  return grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
}

describe("WPS highlight and clear", () => {
  it("paints BGR fills by severity, adds comments, and puts every touched cell back exactly after reopen", async () => {
    let data = dressed();
    const before = JSON.stringify(data.sheets);
    const host = hostOf(data);
    const findings = await auditOf(host);
    expect(findings.some((f) => f.severity === "error")).toBe(true);
    findings.push(sampleFinding({ sheet: LINE_ITEM_SHEET, cell: "E5" }), sampleFinding({ sheet: LINE_ITEM_SHEET, cell: "G6", severity: "warning" }), sampleFinding({ sheet: LINE_ITEM_SHEET, cell: "C1", severity: "info" }));
    await host.highlight(findings, "zh-CN");

    const s = etSheet(data, LINE_ITEM_SHEET);
    const err = findings.find((f) => f.severity === "error" && f.cell !== "E5") as Finding;
    expect(etLook(s, err.cell).fill).toEqual({ color: argbToBgr(SEVERITY_FILL.error), pattern: 1 });
    expect(argbToBgr(SEVERITY_FILL.error)).toBe(0xcec7ff); // BGR: blue byte first
    expect(etLook(s, err.cell).comment).toContain("[错误]");
    // White text on our pale tint would vanish: it gets a dark one; the user's comment stays first.
    expect(etLook(s, "E5").font).not.toBe(0xffffff);
    expect(etLook(s, "G6").comment).toMatch(/^张三：已与财务核对\n/);
    // C1 lies in the merged title A1:G1: the mark goes to A1, the cell WPS shows.
    expect(etLook(s, "C1").fill).toBeUndefined();
    expect(etLook(s, "A1").fill?.pattern).toBe(1);
    const backup = etSheet(data, BACKUP_SHEET);
    expect(backup.visible).toBe(2);
    expect(data.active).toBe(LINE_ITEM_SHEET);

    data = reopenEt(data);
    expect((await hostOf(data).clearHighlights()).warnings).toEqual([]);
    expect(JSON.stringify(data.sheets)).toEqual(before);
  });

  it("replaces earlier marks instead of stacking, and keeps the user's originals on record", async () => {
    const data = dressed();
    const before = JSON.stringify(data.sheets);
    const host = hostOf(data);
    const g6 = sampleFinding({ sheet: LINE_ITEM_SHEET, cell: "G6" });
    const e5 = sampleFinding({ sheet: LINE_ITEM_SHEET, cell: "E5", severity: "warning" });
    await host.highlight([g6, e5], "zh-CN");
    await host.highlight([g6], "en-US");
    const s = etSheet(data, LINE_ITEM_SHEET);
    expect(etLook(s, "E5").fill).toEqual({ color: 0x333333, pattern: 1 });
    expect(etLook(s, "E5").font).toBe(0xffffff);
    expect(etLook(s, "G6").comment?.match(/张三/g)).toHaveLength(1);
    expect(etLook(s, "G6").comment).toContain("[error]");
    await host.clearHighlights();
    expect(JSON.stringify(data.sheets)).toEqual(before);
  });

  it("clears a workbook marked in Excel: the backup record is the same format", async () => {
    const data = makeEtWorkbook([makeEtSheet("表", [["合计", 1]])]);
    const s = etSheet(data, "表");
    (s.cells["1,2"] as { fill?: unknown; comment?: string }).fill = { color: argbToBgr(SEVERITY_FILL.error), pattern: 1 };
    (s.cells["1,2"] as { comment?: string }).comment = "[错误] …";
    data.sheets.push(makeEtSheet(BACKUP_SHEET, encodeBackup([{ sheet: "表", cell: "B1", fill: { color: "#FFFF00", pattern: "Solid" }, font: "#FFFFFF", note: null }]), { visible: 2 }));
    await hostOf(data).clearHighlights();
    expect(etLook(s, "B1")).toEqual({ fill: { color: hexToBgr("#FFFF00"), pattern: 1 }, font: 0xffffff, comment: undefined });
    expect(data.sheets.map((x) => x.name)).toEqual(["表"]);
  });

  it("refuses a protected sheet before changing anything, and reports a damaged record", async () => {
    const data = dressed();
    etSheet(data, LINE_ITEM_SHEET).protect = true;
    const host = hostOf(data);
    await expect(host.highlight([sampleFinding({ sheet: LINE_ITEM_SHEET, cell: "E5" })], "zh-CN")).rejects.toMatchObject({ code: "protected", detail: LINE_ITEM_SHEET });
    expect(data.writes).toEqual([]);

    const other = makeEtWorkbook([makeEtSheet("表", [["合计", 1]])]);
    const rows = encodeBackup([{ sheet: "表", cell: "B1", fill: { color: "#FFFFFF", pattern: "None" }, note: null }]);
    rows.push(["{not json"]);
    other.sheets.push(makeEtSheet(BACKUP_SHEET, rows, { visible: 2 }));
    expect((await hostOf(other).clearHighlights()).warnings).toEqual([{ code: "backup-damaged", count: 1 }]);
  });

  it("warns about findings on sheets that are gone, and writes no record for nothing", async () => {
    const data = makeEtWorkbook([makeEtSheet("表", [["x"]])]);
    const outcome = await hostOf(data).highlight([sampleFinding({ sheet: "不存在" })], "zh-CN");
    expect(outcome.warnings).toEqual([{ code: "missing-sheet", sheet: "不存在" }]);
    expect(data.sheets.map((s) => s.name)).toEqual(["表"]);
  });
});

describe("WPS select, export and colours", () => {
  it("selects a finding's cell on its sheet, and refuses a hidden or missing sheet", async () => {
    const data = makeEtWorkbook([makeEtSheet("一", [["x"]]), makeEtSheet("二", [["y"]]), makeEtSheet("藏", [["z"]], { visible: 0 })]);
    const host = hostOf(data);
    await host.selectCell("二", "D44");
    expect(data.active).toBe("二");
    expect(data.selection).toEqual({ sheet: "二", address: "D44" });
    await expect(host.selectCell("藏", "A1")).rejects.toMatchObject({ code: "read-failed", detail: "藏" });
    await expect(host.selectCell("无", "A1")).rejects.toMatchObject({ code: "read-failed" });
  });

  it("exports a 审核结果 sheet of text with links, on a new sheet only", async () => {
    const data = makeEtWorkbook([makeEtSheet("明细", [["x"]]), makeEtSheet("审核结果", [["旧"]])]);
    const f = sampleFinding();
    await hostOf(data).exportFindings([f, sampleFinding({ cell: "B2", severity: "warning" })], "zh-CN");
    const out = etSheet(data, "审核结果 (2)");
    expect(out.cells["1,1"]?.v).toBe("工作表");
    expect(out.cells["2,2"]?.v).toBe("D44");
    expect(out.cells["2,5"]?.nf).toBe("@");
    expect(out.hyperlinks[0]).toMatchObject({ anchor: "B2", subAddress: "'明细'!D44", text: "D44" });
    expect(out.cells["2,3"]?.fill?.color).toBe(argbToBgr(SEVERITY_FILL.error));
    expect(data.active).toBe("审核结果 (2)");
    expect(data.writes.filter((w) => w.sheet !== "审核结果 (2)")).toEqual([]);
  });

  it("converts BGR integers and #RRGGBB both ways", () => {
    expect(bgrToHex(0x0000ff)).toBe("#FF0000");
    expect(hexToBgr("#FF0000")).toBe(0x0000ff);
    expect(hexToBgr(bgrToHex(0x123456))).toBe(0x123456);
    expect(XL_NONE).toBe(-4142);
  });
});
