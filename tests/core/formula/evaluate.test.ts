import { computeMissing } from "../../../src/core/formula/computed";
import { evaluateFormula, type Lookup } from "../../../src/core/formula/evaluate";
import { Grid, type CellValue } from "../../../src/core/grid/grid";

function lookupOf(cells: Record<string, CellValue>): Lookup {
  return {
    value: (_sheet, row, col) => {
      const key = `${String.fromCharCode(64 + col)}${row}`;
      return key in cells ? (cells[key] as CellValue) : null;
    },
    bounds: () => ({ lastRow: 10, lastCol: 5 }),
  };
}

describe("evaluateFormula", () => {
  const cells = { C5: 1940, D5: 1465.45, D6: "1,465.45", D7: "无", D8: { error: "#N/A" } } as Record<string, CellValue>;
  const ev = (f: string): CellValue | undefined => evaluateFormula(f, lookupOf(cells));

  it("computes + − × ÷, precedence, unary minus and %", () => {
    expect(ev("=1+2*3")).toBe(7);
    expect(ev("=(1+2)*3")).toBe(9);
    expect(ev("=-2^2")).toBe(4);
    expect(ev("=50%*C5")).toBe(970);
    expect(ev("=D5/C5")).toBeCloseTo(0.7554, 4);
  });

  it("SUM skips text in ranges as Excel does; arithmetic turns numeric text into a number", () => {
    expect(ev("=SUM(D5:D7)")).toBe(1465.45);
    expect(ev("=D5+D6")).toBeCloseTo(2930.9, 6);
    expect(ev("=D5+D7")).toEqual({ error: "#VALUE!" });
    expect(ev('=SUM(D5,"2")')).toBeCloseTo(1467.45, 6);
  });

  it("ROUND, MIN, MAX, IF and IFERROR; errors propagate", () => {
    expect(ev("=ROUND(D5/C5,4)")).toBe(0.7554);
    expect(ev("=MIN(D5/C5,1)*10")).toBeCloseTo(7.5539, 4);
    expect(ev("=IF(C5=0,0,D5/C5)")).toBeCloseTo(0.7554, 4);
    expect(ev("=D5/0")).toEqual({ error: "#DIV/0!" });
    expect(ev("=IFERROR(D5/0,0)")).toBe(0);
    expect(ev("=SUM(D5:D8)")).toEqual({ error: "#N/A" });
  });

  it("gives undefined (not a guess) for other workbooks, unknown functions and names", () => {
    expect(ev("=[1]Sheet1!C5")).toBeUndefined();
    expect(ev("=VLOOKUP(1,C5:D8,2,0)")).toBeUndefined();
    expect(ev("=Budget*2")).toBeUndefined();
    expect(ev("=(1+2")).toBeUndefined();
  });
});

describe("computeMissing", () => {
  it("fills formulas saved without results, following chains and leaving unknown ones out", () => {
    const g = new Grid({
      sheet: "S",
      rows: [
        [10, 20, null],
        [5, 5, null],
        [null, null, null],
      ],
      formulas: [
        [null, null, "=A1+B1"],
        [null, null, "=A2*B2"],
        ["=SUM(A1:A2)", "=SUM(C1:C2)", "=FOO(A1)"],
      ],
    });
    const e = computeMissing(g);
    expect(e.computed.map((c) => [c.row, c.col, c.value])).toEqual([
      [1, 3, 30],
      [2, 3, 25],
      [3, 1, 15],
      [3, 2, 55],
    ]);
    expect(e.failed).toEqual([{ row: 3, col: 3 }]);
    expect(e.grid.value(3, 2)).toBe(55);
    expect(g.value(3, 2)).toBeNull(); // the host's grid is left as it was
  });

  it("does nothing when every formula has its result, and survives a cycle", () => {
    const g = new Grid({ sheet: "S", rows: [[1, 2]], formulas: [[null, "=A1*2"]] });
    expect(computeMissing(g).grid).toBe(g);
    const cyc = new Grid({ sheet: "S", rows: [[null, null]], formulas: [["=B1+1", "=A1+1"]] });
    expect(computeMissing(cyc).failed).toHaveLength(2);
  });
});
