/**
 * Issue 11's "Must hold" table for the formula-aware audit, with every default rule running (so "once"
 * means once across rules), and the fixtures and the bundled sample audited with and without the new rules.
 */
import fs from "fs";
import path from "path";
import { runAudit } from "../../src/core/audit";
import { renderFinding } from "../../src/core/messages";
import { ALL_RULES, DEFAULT_RULES } from "../../src/core/rules";
import { RULE_IDS, type Finding, type RuleId } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx";
import { fixture, ROOT } from "../helpers/fixtures";
import { audit, cells, grid } from "../helpers/grid";
import { formulaItems, withFormulas } from "../helpers/formula-sheets";
import { lineItems, type LineItem } from "../helpers/sheets";

const NEW_RULES: RuleId[] = ["typed-total", "short-sum", "inconsistent-formula", "hardcoded-constant", "number-as-text", "stale-values", "hidden-rows", "external-link"];
const isNew = (f: Finding): boolean => NEW_RULES.includes(f.rule);
const newFindings = (spec: Parameters<typeof audit>[0]): string[] => cells(audit(spec).findings.filter(isNew));

describe("formula-aware rules: ids, severities, defaults", () => {
  it("are listed in RULE_IDS and ALL_RULES, on by default, with the issue's severities", () => {
    for (const id of NEW_RULES) expect(RULE_IDS).toContain(id);
    const severity = Object.fromEntries(ALL_RULES.filter((r) => NEW_RULES.includes(r.id)).map((r) => [r.id, r.defaultSeverity]));
    expect(severity).toEqual({
      "typed-total": "warning",
      "short-sum": "error",
      "inconsistent-formula": "warning",
      "hardcoded-constant": "warning",
      "number-as-text": "warning",
      "stale-values": "info",
      "hidden-rows": "info",
      "external-link": "warning",
    });
    for (const id of NEW_RULES) expect(DEFAULT_RULES.map((r) => r.id)).toContain(id);
  });
});

describe("must hold", () => {
  it("rate formulas =D{r}/C{r} with one row typed as a number: item inputs are silent, the typed rate is reported once", () => {
    const total: LineItem = { name: "合计", labelInSeq: true, budget: 1055, actual: 855, rate: 855 / 1055 };
    const spec = withFormulas(formulaItems(10), { C14: "=SUM(C4:C13)", D14: "=SUM(D4:D13)", E14: "=D14/C14" }, { total });
    delete (spec.formulas as Record<string, string>).E9;
    expect(newFindings(spec)).toEqual(["E9 typed-total"]);
  });

  it("合计 =SUM(D4:D42) with items in rows 4–43: short-sum naming row 43, showing the formula", () => {
    const spec = withFormulas(formulaItems(40), { C44: "=SUM(C4:C43)", D44: "=SUM(D4:D42)" });
    const found = audit(spec).findings.filter(isNew);
    expect(cells(found)).toEqual(["D44 short-sum.missing"]);
    expect(renderFinding(found[0] as Finding, "zh-CN")).toBe("「合计」公式 =SUM(D4:D42) 少了第 43 行");
    expect(renderFinding(found[0] as Finding, "en-US")).toBe('"合计": the formula =SUM(D4:D42) leaves out row 43');
  });

  it("合计 =SUM(D4:D20) where D12 is a 小计 of D4:D11: short-sum for double counting", () => {
    const items: LineItem[] = [...formulaItems(8), { name: "小计", noSeq: true, budget: 0, actual: 0 }, ...formulaItems(8).map((x, i) => ({ ...x, name: `乙${i}` }))];
    const spec = withFormulas(items, { D12: "=SUM(D4:D11)", D21: "=SUM(D4:D20)" }, { total: { name: "合计", labelInSeq: true, budget: 0, actual: 0 } });
    const found = audit(spec).findings.filter((f) => f.rule === "short-sum");
    expect(cells(found)).toEqual(["D21 short-sum.double"]);
    expect(renderFinding(found[0] as Finding, "zh-CN")).toBe("「合计」公式 =SUM(D4:D20) 重复计算了第 4–11 行（第 12 行的小计或合计已包含它们）");
  });

  it("rates =E{r}/D{r} with one =E9/C9 where C is 年初预算: inconsistent-formula at that row", () => {
    const items: LineItem[] = [];
    const formulas: Record<string, string> = {};
    for (let r = 2; r <= 13; r++) {
      items.push({ name: `项目${r - 1}`, budget: 100, actual: 110, rate: 80, status: 0.8 } as LineItem);
      formulas[`F${r}`] = r === 9 ? "=E9/C9" : `=E${r}/D${r}`;
    }
    const spec = { ...lineItems(items, { header: ["序号", "项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率"], amountFormat: null, rateFormat: null }), formulas };
    expect(newFindings(spec)).toEqual(["F9 inconsistent-formula"]);
  });

  it("=D7/1940: hardcoded-constant (once: the odd shape it gives the column is the same slip)", () => {
    expect(newFindings(withFormulas(formulaItems(5), { E7: "=D7/1940" }))).toEqual(["E7 hardcoded-constant"]);
  });

  it("'1,465.45 as text in a column of numbers under a SUM total: number-as-text, and the total check uses what SUM gives", () => {
    const items = formulaItems(5);
    items[1] = { ...(items[1] as LineItem), budget: 1940, actual: "1,465.45", rate: null };
    const spec = withFormulas(items, { C9: "=SUM(C4:C8)", D9: "=SUM(D4:D8)" }, { total: { name: "合计", labelInSeq: true, budget: 2353, actual: 333 } });
    const report = audit(spec);
    expect(cells(report.findings.filter(isNew))).toEqual(["D5 number-as-text.sum"]);
    expect(report.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });

  it("a workbook saved with calculation mode manual: stale-values once per workbook", () => {
    const facts = { calcMode: "manual" as const, firstSheet: "明细" };
    const sheets = ["明细", "指标", "说明"].map((sheet) => grid({ ...withFormulas(formulaItems(3), {}), sheet, workbook: facts }));
    const found = sheets.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings).filter((f) => f.rule === "stale-values");
    expect(found.map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual(["明细!A1 stale-values.manual"]);
  });
});

describe("the fixtures and the bundled sample", () => {
  const files = [fixture("qingdao-2019-safety-fund.xlsx"), fixture("chengde-2019-mine-inspection.xlsx"), path.join(ROOT, "assets", "sample", "self-evaluation-2019.xlsx")];

  it.each(files.map((f) => [path.basename(f), f]))("%s: no finding from the formula rules, and the other rules find what they found before", (_name, file) => {
    const { grids } = readWorkbook(fs.readFileSync(file));
    expect(grids.length).toBeGreaterThan(0);
    const before = ALL_RULES.filter((r) => !NEW_RULES.includes(r.id));
    for (const g of grids) {
      const all = runAudit(g, { rules: ALL_RULES }).findings;
      expect(all.filter(isNew).map((f) => `${f.cell} ${f.code}`)).toEqual([]);
      expect(all).toEqual(runAudit(g, { rules: before }).findings);
    }
  });
});
