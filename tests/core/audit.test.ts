import * as ExcelJS from "exceljs";
import { findingKey, legacyFindingKey, runAudit } from "../../src/core/audit";
import type { Grid } from "../../src/core/grid/grid";
import { FINDING_CODES, messages, renderFinding } from "../../src/core/messages";
import { ALL_RULES, DEFAULT_RULE_IDS, DEFAULT_RULES } from "../../src/core/rules";
import { DEFAULT_AUDIT_SETTINGS, RULE_IDS, type Finding, type Lang, type RuleId, type SheetReport } from "../../src/core/types";
import { readGrids } from "../helpers/exceljs-read";
import { fixture } from "../helpers/fixtures";
import { audit, cells, grid, type SheetSpec, figures, textOf } from "../helpers/grid";
import { changed, FORM_INDICATORS, lineItems, selfEvaluationForm } from "../helpers/sheets";

const LANGS: Lang[] = ["zh-CN", "en-US"];

/** A sheet with something for most rules: low execution, an unmet target, a wrong rate and a wrong total. */
const busy = (): SheetSpec =>
  lineItems(
    [
      { name: "甲", budget: 100, actual: 50, rate: 0.5, status: "未完成", note: null },
      { name: "乙", budget: 100, actual: 95, rate: 0.9, status: "完成", note: "x" },
      { name: "丙", budget: 10, actual: 12, rate: 1.2, status: "完成", note: "x" },
      { name: "合计", labelInSeq: true, budget: 210, actual: 157, rate: 0.7476 },
    ],
    { title: "明细", unit: "单位：万元" },
  );

/** The chengde-like form: findings on rows 6, 13 and the 总分. */
const form = (): SheetSpec =>
  selfEvaluationForm(
    { initial: 206.4, full: 206.632, actual: 172.743, rate: 0.836, score: 9.7 },
    changed({ 0: { target: "286座", actual: "253座", score: 20, note: "部分矿山停产" } }, FORM_INDICATORS),
    { total: { weight: 100, score: 99.7 } },
  );

describe("runAudit: options", () => {
  it("runs the default rules unless told otherwise (execution-cap is off by default)", () => {
    expect(DEFAULT_AUDIT_SETTINGS).toEqual({ lowRate: 0.6, explainRate: 0.9, exceedRatio: 1.3, scoreTolerance: 0.01, executionWeight: 10 });
    expect(DEFAULT_RULES.map((r) => r.id)).toEqual(DEFAULT_RULE_IDS);
    expect([...DEFAULT_RULE_IDS].sort()).toEqual(RULE_IDS.filter((id) => id !== "execution-cap").sort());
    expect(ALL_RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it("every rule declares its id and a severity matching domain.md §5", () => {
    const severities = Object.fromEntries(ALL_RULES.map((r) => [r.id, r.defaultSeverity]));
    expect(severities).toMatchObject({
      "low-execution": "error",
      "unmet-target": "warning",
      "rate-mismatch": "error",
      "total-mismatch": "error",
      "weight-sum": "error",
      "score-mismatch": "error",
      "missing-explanation": "warning",
      "grade-mismatch": "error",
    });
  });

  it("options.rules runs only the listed rules", () => {
    const all = audit(busy());
    const rules = new Set(all.findings.map((f) => f.rule));
    expect(rules.size).toBeGreaterThan(2);
    const only = audit(busy(), { rules: ["low-execution", "over-budget"] });
    expect(new Set(only.findings.map((f) => f.rule))).toEqual(new Set(["low-execution", "over-budget"]));
    expect(only.findings).toEqual(all.findings.filter((f) => f.rule === "low-execution" || f.rule === "over-budget"));
    expect(audit(busy(), { rules: [] }).findings).toEqual([]);
  });

  it("undefined options fall back to the defaults", () => {
    expect(audit(busy(), { lowRate: undefined, explainRate: undefined })).toEqual(audit(busy()));
    expect(runAudit(grid(busy()), { rules: DEFAULT_RULES, settings: {} })).toEqual(runAudit(grid(busy()), { rules: DEFAULT_RULES }));
  });

  it("findings carry no text and no language: the books render the same data in each language", () => {
    const report = audit(form());
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(expect.not.arrayContaining(["message", "lang", "text"]));
      expect(JSON.parse(JSON.stringify(f))).toEqual(f); // plain data
    }
    const zh = report.findings.map((f) => renderFinding(f, "zh-CN"));
    const en = report.findings.map((f) => renderFinding(f, "en-US"));
    for (const t of zh) expect(t).toMatch(/[\u4e00-\u9fff]/);
    for (const t of en) expect(t).toMatch(/[a-z]{3,}/);
    expect(zh).not.toEqual(en);
  });

  it("accepted keys (findingKey) leave those findings out, and only those", () => {
    const all = audit(busy());
    const [first, second] = all.findings as [Finding, Finding];
    const accepted = new Set([findingKey(first), findingKey(second)]);
    const rest = audit(busy(), { accepted });
    expect(rest.findings).toEqual(all.findings.slice(2));
    expect(rest.stats.errors + rest.stats.warnings + rest.stats.infos).toBe(all.findings.length - 2);
    // A key names the sheet: the same key on another sheet does not hide anything.
    const other = audit({ ...busy(), sheet: "Other" }, { accepted });
    expect(other.findings).toHaveLength(all.findings.length);
  });

  it("findingKey is stable and distinguishes rule, sheet, cell, code and the figures of the problem", () => {
    const f = audit(busy()).findings.find((x) => x.code === "low-execution") as Finding;
    expect(findingKey(f)).toBe(findingKey(JSON.parse(JSON.stringify(f)) as Finding));
    for (const change of [{ rule: "rate-mismatch" }, { sheet: "T" }, { cell: "E5" }, { code: "x" }, { actual: { kind: "rate", value: 0.4, decimals: 2 } }]) {
      expect(findingKey({ ...f, ...change } as Finding)).not.toBe(findingKey(f));
    }
  });

  it("keys saved by version 0.1 (rule|sheet|cell|code) still accept their findings", () => {
    const all = audit(busy());
    const first = all.findings[0] as Finding;
    expect(legacyFindingKey(first)).toBe(`${first.rule}|${first.sheet}|${first.cell}|${first.code}`);
    const rest = audit(busy(), { accepted: new Set([legacyFindingKey(first)]) });
    expect(rest.findings).toEqual(all.findings.slice(1));
  });
});

describe("runAudit: the report", () => {
  it("counts errors, warnings and infos, and the rows scanned", () => {
    const report = audit(form());
    const count = (s: string): number => report.findings.filter((f) => f.severity === s).length;
    expect(report.stats).toEqual({ rowsScanned: 20, errors: count("error"), warnings: count("warning"), infos: count("info") });
    expect(report.stats.errors).toBeGreaterThan(0);
    expect(report.stats.warnings).toBeGreaterThan(0);
    expect(report.stats.infos).toBe(1);
  });

  it("sorts findings by row, then column", () => {
    for (const spec of [busy(), form()]) {
      const f = audit(spec).findings;
      const sorted = [...f].sort((a, b) => a.row - b.row || a.column - b.column);
      expect(f).toEqual(sorted);
    }
    expect(cells(audit(form()).findings)).toEqual([
      "I6 score-mismatch.execution",
      "F13 unmet-target.numeric",
      "H13 score-mismatch.quantitative",
      "H20 rule-based-total",
    ]);
  });

  it("every finding has rule, severity, sheet, cell, row, column, code and renders in both languages", () => {
    const reports = [audit(busy()), audit(form()), audit({ ...busy(), sheet: "明细" })];
    for (const r of reports) {
      for (const f of r.findings) {
        expect(RULE_IDS).toContain(f.rule);
        expect(["error", "warning", "info"]).toContain(f.severity);
        expect(f.sheet).toBe(r.sheet);
        expect(f.cell).toMatch(/^[A-Z]+\d+$/);
        expect(f.cell).toBe(`${String.fromCharCode(64 + f.column)}${f.row}`);
        expect(f.row).toBeGreaterThan(0);
        expect(FINDING_CODES).toContain(f.code);
        expect(f.code === f.rule || f.code.startsWith(`${f.rule}.`)).toBe(true);
        for (const lang of LANGS) {
          const text = renderFinding(f, lang);
          expect(text.length).toBeGreaterThan(5);
          expect(text).not.toMatch(/undefined|NaN|\[object/);
        }
      }
    }
  });

  it("lists the blocks it found with their header and last rows", () => {
    expect(audit(form()).blocks).toEqual([
      { kind: "funds", headerRow: 5, lastRow: 9, rows: 4 },
      { kind: "indicators", headerRow: 12, lastRow: 19, rows: 7 },
    ]);
    expect(audit(busy()).layout).toBe("line-items");
    expect(audit(form()).layout).toBe("self-evaluation");
  });

  it("never mutates the grid", () => {
    for (const spec of [busy(), form()]) {
      const g = grid(spec);
      const before = snapshot(g);
      runAudit(g, { rules: ALL_RULES });
      runAudit(g, { rules: DEFAULT_RULES });
      expect(snapshot(g)).toEqual(before);
    }
  });

  it("never writes to the grid's arrays (frozen rows, formats and merges audit fine)", () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === "object" && !Object.isFrozen(o)) {
        Object.freeze(o);
        for (const v of Object.values(o as object)) deepFreeze(v);
      }
      return o;
    };
    for (const spec of [busy(), form()]) {
      const g = deepFreeze(grid(spec));
      expect(() => runAudit(g, { rules: ALL_RULES })).not.toThrow();
    }
  });

  it("never throws on odd values anywhere in a table", () => {
    const odd = [null, "", "—", "/", "*", { error: "#DIV/0!" }, { error: "#N/A" }, true, new Date(Date.UTC(2019, 11, 31)), NaN, Infinity, -1, 1e308, "１２３", "1,465.45", "≥", "%"];
    const spec = lineItems(odd.map((v, i) => ({ name: `项${i}`, budget: v, actual: odd[(i + 3) % odd.length], rate: odd[(i + 5) % odd.length], status: odd[(i + 7) % odd.length], note: odd[(i + 11) % odd.length] })) as never);
    expect(() => audit(spec, { rules: [...RULE_IDS] })).not.toThrow();
    const ind = { rows: [["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"], ...odd.map((v, i) => [`项${i}`, v, odd[(i + 2) % odd.length], odd[(i + 4) % odd.length], odd[(i + 6) % odd.length], null])] };
    expect(() => audit(ind as SheetSpec, { rules: [...RULE_IDS] })).not.toThrow();
  });
});

describe("messages: parity", () => {
  it.each(LANGS)("every finding code has a message in %s", (lang) => {
    const book = messages(lang);
    for (const code of FINDING_CODES) {
      expect(typeof book.findings[code]).toBe("function");
    }
    expect(Object.keys(book.findings).sort()).toEqual([...FINDING_CODES].sort());
  });

  it("every rule id has at least one finding code", () => {
    for (const id of RULE_IDS) expect(FINDING_CODES.some((c) => c === id || c.startsWith(`${id}.`))).toBe(true);
  });
});

function snapshot(g: Grid): unknown {
  const cellsOut: unknown[] = [];
  for (let r = g.firstRow; r <= g.lastRow; r++) for (let c = g.firstCol; c <= g.lastCol; c++) cellsOut.push([g.raw(r, c), g.format(r, c)]);
  return { cells: JSON.parse(JSON.stringify(cellsOut)), merges: JSON.parse(JSON.stringify(g.merges)), rows: JSON.parse(JSON.stringify((g as unknown as { rows: unknown }).rows)) };
}

/**
 * Golden tests on ../shared/fixtures, read in place (see its README): every "must" and "must not".
 */
describe("golden: fixture workbooks", () => {
  const reports = new Map<string, SheetReport>();
  const load = async (name: string): Promise<void> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fixture(name));
    for (const g of readGrids(wb)) reports.set(g.sheet, runAudit(g, { rules: DEFAULT_RULES }));
  };

  beforeAll(async () => {
    await load("qingdao-2019-safety-fund.xlsx");
    await load("chengde-2019-mine-inspection.xlsx");
  });

  const sheet = (name: string): SheetReport => {
    const r = reports.get(name);
    if (!r) throw new Error(`fixture sheet ${name} not found; sheets: ${[...reports.keys()].join(", ")}`);
    return r;
  };
  const rowsOf = (r: SheetReport, rule: RuleId): number[] => [...new Set(r.findings.filter((f) => f.rule === rule).map((f) => f.row))].sort((a, b) => a - b);
  const at = (r: SheetReport, rule: RuleId, cell: string): Finding[] => r.findings.filter((f) => f.rule === rule && f.cell === cell);

  describe("qingdao 项目支出明细 (line items, 万元)", () => {
    const name = "项目支出明细";

    it("is read as a line-item table with its header at row 3 and 合计 at row 44", () => {
      expect(sheet(name).layout).toBe("line-items");
      expect(sheet(name).blocks).toEqual([{ kind: "line-items", headerRow: 3, lastRow: 44, rows: 41 }]);
    });

    it("must report low execution at exactly rows 7, 9, 14, 15, 19, 21, 27, 28, 29, 30, 35, 36, 38, 40, 43 (so not at 4, 5, 6, 8)", () => {
      expect(rowsOf(sheet(name), "low-execution")).toEqual([7, 9, 14, 15, 19, 21, 27, 28, 29, 30, 35, 36, 38, 40, 43]);
      for (const f of sheet(name).findings.filter((x) => x.rule === "low-execution")) expect(f.severity).toBe("error");
    });

    it("must report the declared unmet targets at rows 9, 21, 27, 29, 43", () => {
      expect(rowsOf(sheet(name), "unmet-target")).toEqual([9, 21, 27, 29, 43]);
    });

    it("must report the total mismatch at D44 (1465.45 stated, 1465.44 summed), and not at C44", () => {
      const d44 = at(sheet(name), "total-mismatch", "D44");
      expect(d44).toHaveLength(1);
      expect(d44[0]).toMatchObject({ severity: "error" });
      expect(figures(d44[0])).toMatchObject({ expected: 1465.44, actual: 1465.45 });
      expect(textOf(d44[0])).toContain("1465.45");
      expect(textOf(d44[0])).toContain("1465.44");
      expect(at(sheet(name), "total-mismatch", "C44")).toEqual([]);
      expect(rowsOf(sheet(name), "total-mismatch")).toEqual([44]);
    });

    it("must not report a rate mismatch on any row, nor a missing explanation anywhere", () => {
      expect(rowsOf(sheet(name), "rate-mismatch")).toEqual([]);
      expect(rowsOf(sheet(name), "missing-explanation")).toEqual([]);
    });
  });

  describe("qingdao 绩效指标 (indicator table)", () => {
    const name = "绩效指标";

    it("is read as an indicator table with its header at row 2 and 总分 at row 20", () => {
      expect(sheet(name).layout).toBe("indicators");
      expect(sheet(name).blocks).toEqual([{ kind: "indicators", headerRow: 2, lastRow: 19, rows: 17 }]);
    });

    it("must report unmet targets at rows 5, 6, 8 and 19 (row 7, partly met, may be reported too)", () => {
      const rows = rowsOf(sheet(name), "unmet-target");
      for (const r of [5, 6, 8, 19]) expect(rows).toContain(r);
      expect(rows.filter((r) => ![5, 6, 7, 8, 19].includes(r))).toEqual([]);
    });

    it("must report the missing explanation at row 8", () => {
      expect(rowsOf(sheet(name), "missing-explanation")).toContain(8);
      expect(at(sheet(name), "missing-explanation", "H8")).toHaveLength(1);
    });

    it("must report the score mismatch at G7 (partly met, at most 4 of 5), and not at G19 (7.55 is 10 × 75.54% rounded)", () => {
      const g7 = at(sheet(name), "score-mismatch", "G7");
      expect(g7).toHaveLength(1);
      expect(g7[0]).toMatchObject({ severity: "error" });
      expect(figures(g7[0])).toMatchObject({ expected: 4, actual: 5 });
      expect(at(sheet(name), "score-mismatch", "G19")).toEqual([]);
      expect(rowsOf(sheet(name), "score-mismatch")).toEqual([7]);
    });

    it("must report the total mismatch at G20 (84.75 stated, 82.55 summed)", () => {
      const g20 = at(sheet(name), "total-mismatch", "G20");
      expect(g20).toHaveLength(1);
      expect(figures(g20[0])).toMatchObject({ expected: 82.55, actual: 84.75 });
    });

    it("must not report a weight problem (the 分值 add up to 100)", () => {
      expect(rowsOf(sheet(name), "weight-sum")).toEqual([]);
    });
  });

  describe("chengde 项目支出绩效自评表 (national form)", () => {
    const name = "项目支出绩效自评表";

    it("is read as the self-evaluation form: funds block rows 5–9, indicators rows 12–20, 总分 row 21", () => {
      expect(sheet(name).layout).toBe("self-evaluation");
      expect(sheet(name).blocks).toEqual([
        { kind: "funds", headerRow: 5, lastRow: 9, rows: 4 },
        { kind: "indicators", headerRow: 12, lastRow: 20, rows: 8 },
      ]);
    });

    it("must report the execution score mismatch at I6 (9.7 stated, 8.36 by the rule)", () => {
      const i6 = at(sheet(name), "score-mismatch", "I6");
      expect(i6).toHaveLength(1);
      expect(figures(i6[0]).expected).toBeCloseTo(8.36, 2);
      expect(textOf(i6[0])).toContain("8.36");
    });

    it("must report the unmet target at row 13 and the score mismatch at H13 (20 stated, 17.69 by the rule)", () => {
      expect(rowsOf(sheet(name), "unmet-target")).toContain(13);
      const h13 = at(sheet(name), "score-mismatch", "H13");
      expect(h13).toHaveLength(1);
      expect(figures(h13[0]).expected).toBeCloseTo(17.69, 2);
    });

    it("must not report a rate mismatch at H6 (83.60% is on the 全年预算数 base)", () => {
      expect(at(sheet(name), "rate-mismatch", "H6")).toEqual([]);
      expect(rowsOf(sheet(name), "rate-mismatch")).toEqual([]);
    });

    it("must not report low execution at the default threshold", () => {
      expect(rowsOf(sheet(name), "low-execution")).toEqual([]);
    });

    it("must not report unmet targets at rows 16 (deadline met), 17 (cost under cap), 18 (0 accidents)", () => {
      const rows = rowsOf(sheet(name), "unmet-target");
      for (const r of [16, 17, 18]) expect(rows).not.toContain(r);
    });

    it("must not report a total mismatch at H21; the rule-based total 96.05 is noted", () => {
      expect(at(sheet(name), "total-mismatch", "H21")).toEqual([]);
      const note = at(sheet(name), "rule-based-total", "H21");
      expect(note).toHaveLength(1);
      expect(note[0]?.severity).toBe("info");
      expect(figures(note[0]).expected).toBeCloseTo(96.05, 2);
    });

    it("must not report a weight problem (90 in the indicators plus 10 in the funds block)", () => {
      expect(rowsOf(sheet(name), "weight-sum")).toEqual([]);
    });
  });
});
