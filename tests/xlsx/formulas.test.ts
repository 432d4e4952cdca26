/** The bounded reader gives the rules what they need: formulas, hidden rows and columns, calculation mode and linked workbooks. */
import * as ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { runAudit } from "../../src/core/audit";
import { DEFAULT_RULES } from "../../src/core/rules";
import type { Finding } from "../../src/core/types";
import { readWorkbook, writeHighlightedCopy } from "../../src/xlsx";

/** A line-item sheet with rate formulas, a short 合计 SUM, a hidden row and column, and a link to last year's file. */
async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目支出明细");
  ws.addRow(["序号", "项目名称", "预算数", "执行数", "执行率", "完成情况", "情况说明"]);
  for (let i = 1; i <= 5; i++) {
    const r = i + 1;
    ws.addRow([i, `项目${i}`, 100, 80, { formula: `D${r}/C${r}`, result: 0.8 }, "完成", "按计划"]);
  }
  ws.addRow(["合计", "", { formula: "SUM(C2:C6)", result: 500 }, { formula: "SUM(D2:D5)" }, { formula: "D7/C7" }, "", ""]);
  ws.getCell("H3").value = { formula: "[1]明细!C3", result: 90 };
  ws.getRow(4).hidden = true;
  ws.getColumn(7).hidden = true;
  wb.addWorksheet("说明").getCell("A1").value = "附注";
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // ExcelJS writes neither a calculation mode nor external links: add them to the package as Excel would.
  const files = unzipSync(bytes);
  const book = strFromU8(files["xl/workbook.xml"] as Uint8Array);
  files["xl/workbook.xml"] = strToU8(
    book
      .replace(/<calcPr[^>]*\/>/, "")
      .replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>')
      .replace("</workbook>", '<calcPr calcId="171027" calcMode="manual"/></workbook>'),
  );
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"] as Uint8Array);
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    rels.replace("</Relationships>", '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'),
  );
  files["xl/externalLinks/externalLink1.xml"] = strToU8('<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></externalLink>');
  files["xl/externalLinks/_rels/externalLink1.xml.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///D:/%E8%87%AA%E8%AF%84/2018%E5%B9%B4%E8%87%AA%E8%AF%84.xlsx" TargetMode="External"/></Relationships>',
  );
  return zipSync(files);
}

describe("readWorkbook: what the formula rules read", () => {
  let result: ReturnType<typeof readWorkbook>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await workbookBytes();
    result = readWorkbook(bytes);
  });

  it("gives formulas beside their saved results, and null where none was saved", () => {
    const g = result.grids[0]!;
    expect(g.hasFormulas).toBe(true);
    expect(g.formula(3, 5)).toBe("=D3/C3");
    expect(g.value(3, 5)).toBe(0.8);
    expect(g.formula(7, 4)).toBe("=SUM(D2:D5)");
    expect(g.value(7, 4)).toBeNull();
  });

  it("gives hidden rows and columns, and the workbook's facts shared by its sheets", () => {
    const [g, notes] = result.grids;
    expect(g!.isRowHidden(4)).toBe(true);
    expect(g!.isColHidden(7)).toBe(true);
    expect(g!.workbook).toMatchObject({ calcMode: "manual", externalLinks: true, externalBooks: ["2018年自评.xlsx"], firstSheet: "项目支出明细" });
    expect(notes!.workbook).toBe(g!.workbook);
    expect(result.info.calcMode).toBe("manual");
  });

  it("audited, the sheets give each new finding once, with the formula and the linked book named", () => {
    const findings: Finding[] = result.grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
    const at = (rule: string): string[] => findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.code}`);
    expect(at("stale-values")).toEqual(["项目支出明细!A1 stale-values.manual", "项目支出明细!D7 stale-values.no-result"]);
    expect(at("short-sum")).toEqual(["项目支出明细!D7 short-sum.missing"]);
    expect(at("external-link")).toEqual(["项目支出明细!H3 external-link"]);
    expect(findings.find((f) => f.rule === "external-link")?.params).toMatchObject({ book: "2018年自评.xlsx" });
    expect(at("hidden-rows")).toEqual(["项目支出明细!G1 hidden-rows.columns", "项目支出明细!B4 hidden-rows.rows"]);
  });

  it("the highlighted copy marks the formula findings and keeps every formula and value as it was", () => {
    const reports = result.grids.map((g) => runAudit(g, { rules: DEFAULT_RULES }));
    expect(reports[0]!.findings.some((f) => f.rule === "short-sum")).toBe(true);
    const copy = readWorkbook(writeHighlightedCopy(bytes, reports, "zh-CN"));
    for (const g of result.grids) {
      const twin = copy.grids.find((x) => x.sheet === g.sheet)!;
      for (let r = 1; r <= g.lastRow; r++) {
        for (let c = 1; c <= g.lastCol; c++) expect([g.sheet, r, c, twin.formula(r, c), twin.value(r, c)]).toEqual([g.sheet, r, c, g.formula(r, c), g.value(r, c)]);
      }
    }
  });
});
