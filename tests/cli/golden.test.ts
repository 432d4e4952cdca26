/**
 * Golden audit of the two fixture workbooks through the real `jixiao audit <file> --json` process.
 * Every "must" and "must not" of ../shared/fixtures/README.md is one assertion below, by rule id and
 * by row (where the README gives a row) or cell (where it names a cell).
 */
import { BUILD_TIMEOUT_MS, ensureBuild } from "../helpers/build";
import { runJixiao } from "../helpers/cli";
import { fixture } from "../helpers/fixtures";

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  row: number;
  column: number;
}

interface JsonSheet {
  sheet: string;
  layout: string;
  findings: JsonFinding[];
}

function auditFixture(name: string): Map<string, JsonSheet> {
  const r = runJixiao(["audit", fixture(name), "--json"]);
  if (r.status === null || r.status > 1) throw new Error(`jixiao exited ${r.status}: ${r.stderr}`);
  const doc = JSON.parse(r.stdout) as { files: { error: string | null; sheets: JsonSheet[] }[] };
  const file = doc.files[0];
  if (!file || file.error !== null) throw new Error(`the fixture was not audited: ${file?.error}`);
  return new Map(file.sheets.map((s) => [s.sheet, s]));
}

function sheetOf(sheets: Map<string, JsonSheet>, name: string): JsonSheet {
  const s = sheets.get(name);
  if (!s) throw new Error(`no sheet ${name} in the report (has: ${[...sheets.keys()].join(", ")})`);
  return s;
}

const rowsOf = (s: JsonSheet, rule: string): number[] => [...new Set(s.findings.filter((f) => f.rule === rule).map((f) => f.row))].sort((a, b) => a - b);
const cellsOf = (s: JsonSheet, rule: string): string[] => [...new Set(s.findings.filter((f) => f.rule === rule).map((f) => f.cell))].sort();

beforeAll(() => ensureBuild(), BUILD_TIMEOUT_MS);

describe("qingdao-2019-safety-fund.xlsx", () => {
  let sheets: Map<string, JsonSheet>;
  beforeAll(() => {
    sheets = auditFixture("qingdao-2019-safety-fund.xlsx");
  });

  describe("sheet 项目支出明细 (line items)", () => {
    const s = (): JsonSheet => sheetOf(sheets, "项目支出明细");

    it("is recognised as a line-item table", () => {
      expect(s().layout).toBe("line-items");
    });

    it("must report low execution at exactly rows 7, 9, 14, 15, 19, 21, 27, 28, 29, 30, 35, 36, 38, 40, 43", () => {
      expect(rowsOf(s(), "low-execution")).toEqual([7, 9, 14, 15, 19, 21, 27, 28, 29, 30, 35, 36, 38, 40, 43]);
    });

    it("must not report low execution at rows 4, 5, 6 and 8", () => {
      for (const row of [4, 5, 6, 8]) expect([row, rowsOf(s(), "low-execution").includes(row)]).toEqual([row, false]);
    });

    it("must report an unmet target at rows 9, 21, 27, 29, 43", () => {
      expect(rowsOf(s(), "unmet-target")).toEqual(expect.arrayContaining([9, 21, 27, 29, 43]));
    });

    it("must report a total mismatch at D44", () => {
      expect(cellsOf(s(), "total-mismatch")).toContain("D44");
    });

    it("must not report a total mismatch at C44", () => {
      expect(cellsOf(s(), "total-mismatch")).not.toContain("C44");
    });

    it("must not report a rate mismatch on any row", () => {
      expect(rowsOf(s(), "rate-mismatch")).toEqual([]);
    });

    it("must not report a missing explanation anywhere", () => {
      expect(rowsOf(s(), "missing-explanation")).toEqual([]);
    });
  });

  describe("sheet 绩效指标 (indicators)", () => {
    const s = (): JsonSheet => sheetOf(sheets, "绩效指标");

    it("is recognised as an indicator table", () => {
      expect(s().layout).toBe("indicators");
    });

    it("must report an unmet target at rows 5, 6, 8 and 19 (row 7 may be reported too)", () => {
      expect(rowsOf(s(), "unmet-target")).toEqual(expect.arrayContaining([5, 6, 8, 19]));
    });

    it("must report a missing explanation at row 8", () => {
      expect(rowsOf(s(), "missing-explanation")).toContain(8);
    });

    it("must report a score mismatch at G7", () => {
      expect(cellsOf(s(), "score-mismatch")).toContain("G7");
    });

    it("must not report a score mismatch at G19", () => {
      expect(cellsOf(s(), "score-mismatch")).not.toContain("G19");
    });

    it("must report a total mismatch at G20", () => {
      expect(cellsOf(s(), "total-mismatch")).toContain("G20");
    });

    it("must not report a weight problem", () => {
      expect(s().findings.filter((f) => f.rule === "weight-sum")).toEqual([]);
    });
  });
});

describe("chengde-2019-mine-inspection.xlsx", () => {
  let sheets: Map<string, JsonSheet>;
  beforeAll(() => {
    sheets = auditFixture("chengde-2019-mine-inspection.xlsx");
  });
  const s = (): JsonSheet => sheetOf(sheets, "项目支出绩效自评表");

  it("is recognised as the project self-evaluation form", () => {
    expect(s().layout).toBe("self-evaluation");
  });

  it("must report a score mismatch at I6 (execution score 9.7, rule gives 8.36)", () => {
    expect(cellsOf(s(), "score-mismatch")).toContain("I6");
  });

  it("must report an unmet target at row 13 (253 of 286 mines)", () => {
    expect(rowsOf(s(), "unmet-target")).toContain(13);
  });

  it("must report a score mismatch at H13 (stated 20, rule gives 17.69)", () => {
    expect(cellsOf(s(), "score-mismatch")).toContain("H13");
  });

  it("must not report a rate mismatch at H6 (83.60% uses the full-year budget)", () => {
    expect(cellsOf(s(), "rate-mismatch")).not.toContain("H6");
  });

  it("must not report low execution at the default 60% threshold", () => {
    expect(s().findings.filter((f) => f.rule === "low-execution")).toEqual([]);
  });

  it("must not report unmet targets at rows 16, 17 and 18 (deadline met, cost under cap, zero accidents)", () => {
    for (const row of [16, 17, 18]) expect([row, rowsOf(s(), "unmet-target").includes(row)]).toEqual([row, false]);
  });

  it("must not report a total mismatch at H21 (99.7 is the sum of the stated scores)", () => {
    expect(cellsOf(s(), "total-mismatch")).not.toContain("H21");
  });
});
