import fc from "fast-check";
import { problemMessage } from "../../src/core/messages";
import {
  amountCell,
  elementwise,
  execRateCell,
  execScoreCell,
  gradeCell,
  indicatorScoreCell,
  isCellProblem,
  targetMetCell,
  type CellOut,
  type CellProblem,
} from "../../src/functions/cells";
import { anyArgument, anyValue } from "../helpers/cell-arbitraries";
import { EXECRATE_MUST_HOLD, INDICATORSCORE_MUST_HOLD } from "../helpers/must-hold";

const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

function num(v: CellOut | undefined): number {
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
}

function problem(v: CellOut | undefined): CellProblem {
  if (!isCellProblem(v)) throw new Error(`expected a problem, got ${JSON.stringify(v)}`);
  return v;
}

/** Excel passes every argument of a range-accepting function as a 2-D array; a single cell is 1×1. */
const m = (v: unknown): unknown[][] => [[v]];

/** The one cell of a 1×1 result. */
function only(out: CellOut[][]): CellOut {
  expect(out).toHaveLength(1);
  expect(out[0]).toHaveLength(1);
  return (out[0] as CellOut[])[0] as CellOut;
}

describe("EXECRATE: must hold", () => {
  it.each(EXECRATE_MUST_HOLD)("EXECRATE(%p, %p) = %p", (budget, actual, expected) => {
    expect(round(num(execRateCell(budget, actual)), 6)).toBe(expected);
    expect(round(num(only(elementwise([m(budget), m(actual)], execRateCell))), 6)).toBe(expected);
  });

  it('EXECRATE(0, 5) is a problem shown as #DIV/0!, not 0%', () => {
    for (const out of [execRateCell(0, 5), only(elementwise([m(0), m(5)], execRateCell))]) {
      const p = problem(out);
      expect(p.excelError).toBe("#DIV/0!");
      expect(p.problem.code).toBe("no-budget");
    }
  });

  it("EXECRATE({17;50}, {13;50}) = {0.764706; 1}", () => {
    const out = elementwise(
      [
        [[17], [50]],
        [[13], [50]],
      ],
      execRateCell,
    );
    expect(out).toHaveLength(2);
    expect(round(num(out[0]?.[0]), 6)).toBe(0.764706);
    expect(num(out[1]?.[0])).toBe(1);
  });
});

describe("EXECRATE: other inputs", () => {
  it.each(["", null, undefined, "—", "0", "0万元"])("a budget of %p is #DIV/0!", (budget) => {
    expect(problem(execRateCell(budget, 5)).excelError).toBe("#DIV/0!");
  });

  it("an empty actual counts as nothing spent", () => {
    expect(execRateCell(100, "")).toBe(0);
    expect(execRateCell(100, null)).toBe(0);
  });

  it("reads amounts with units and full-width digits", () => {
    expect(round(num(execRateCell("1940万元", "1465.45万元")), 4)).toBe(0.7554);
    expect(round(num(execRateCell("１９４０", "１，４６５．４５")), 4)).toBe(0.7554);
  });

  it("refuses different units and non-numbers", () => {
    const p = problem(execRateCell("100万元", "50元"));
    expect(p.problem).toEqual({ code: "unit-mismatch", text: "100万元", other: "50元" });
    expect(p.excelError).toBe("#VALUE!");
    expect(problem(execRateCell(100, "无")).problem).toEqual({ code: "not-a-number", text: "无" });
  });

  it("a non-finite number is never a rate", () => {
    expect(problem(execRateCell(10, NaN)).excelError).toBe("#VALUE!");
    expect(problem(execRateCell(10, Infinity)).excelError).toBe("#VALUE!");
    expect(isCellProblem(execRateCell(NaN, 1))).toBe(true);
  });
});

describe("INDICATORSCORE: must hold", () => {
  // The table, plus a bare numeric 0 target, which also means "no more than 0".
  const table: [unknown, unknown, unknown, number][] = [...INDICATORSCORE_MUST_HOLD, [0, 0, 15, 15], [0, 1, 15, 0]];

  it.each(table)("INDICATORSCORE(%p, %p, %p) = %p", (target, actual, weight, expected) => {
    expect(round(num(indicatorScoreCell(target, actual, weight)), 4)).toBe(expected);
    expect(round(num(only(elementwise([m(target), m(actual), m(weight)], indicatorScoreCell))), 4)).toBe(expected);
  });

  it("the whole table as ranges gives the same column", () => {
    const out = elementwise(
      [table.map((r) => [r[0]]), table.map((r) => [r[1]]), table.map((r) => [r[2]])],
      indicatorScoreCell,
    );
    expect(out.map((row) => round(num(row[0]), 4))).toEqual(table.map((r) => r[3]));
  });

  it('INDICATORSCORE("≥90%", "无", 10) is #VALUE!: \'无\' is not a number', () => {
    for (const out of [indicatorScoreCell("≥90%", "无", 10), only(elementwise([m("≥90%"), m("无"), m(10)], indicatorScoreCell))]) {
      const p = problem(out);
      expect(p.excelError).toBe("#VALUE!");
      expect(problemMessage(p.problem, "en-US")).toBe("'无' is not a number");
      expect(problemMessage(p.problem, "zh-CN")).toBe("“无”不是数字");
    }
  });

  it("a target that cannot be parsed is #VALUE! with a message naming the target", () => {
    for (const target of ["≥abc", "不低于", "abc123"]) {
      const p = problem(indicatorScoreCell(target, "92%", 10));
      expect(p.excelError).toBe("#VALUE!");
      expect(p.problem.code).toBe("bad-target");
      expect(problemMessage(p.problem, "en-US")).toContain(`'${target}'`);
      expect(problemMessage(p.problem, "zh-CN")).toContain(`“${target}”`);
    }
  });
});

describe("INDICATORSCORE: other inputs", () => {
  it("an empty target or actual is #VALUE!", () => {
    expect(problem(indicatorScoreCell("—", "92%", 10)).problem.code).toBe("bad-target");
    expect(problem(indicatorScoreCell(null, "92%", 10)).problem.code).toBe("bad-target");
    expect(problem(indicatorScoreCell("≥90%", "", 10)).problem.code).toBe("not-a-number");
  });

  it("weights: text with 分, and a missing or bad weight is #VALUE!", () => {
    expect(indicatorScoreCell("≥90%", "81%", "10分")).toBe(9);
    expect(indicatorScoreCell("≥90%", "81%", "10")).toBe(9);
    expect(problem(indicatorScoreCell("≥90%", "81%", null)).problem.code).toBe("bad-weight");
    expect(problem(indicatorScoreCell("≥90%", "81%", "abc")).problem).toEqual({ code: "bad-weight", text: "abc" });
    expect(problem(indicatorScoreCell("≥90%", "81%", -5)).problem.code).toBe("bad-weight");
  });

  it("qualitative indicators return the ceiling of their band", () => {
    expect(indicatorScoreCell("完成", "已完成", 10)).toBe(10);
    expect(indicatorScoreCell("完成", "基本完成", 10)).toBe(8);
    expect(indicatorScoreCell("完成", "未完成", 10)).toBe(6);
  });

  it("a unit mismatch is #VALUE! naming both values", () => {
    const p = problem(indicatorScoreCell("≥90%", "92个", 10));
    expect(problemMessage(p.problem, "en-US")).toBe("'≥90%' and '92个' use different units");
  });
});

describe("EXECSCORE", () => {
  it("an omitted weight (null) uses 10", () => {
    expect(round(num(execScoreCell(17, 13, null)), 6)).toBe(7.647059);
    expect(round(num(execScoreCell(17, 13, undefined)), 6)).toBe(7.647059);
    expect(round(num(only(elementwise([m(17), m(13), null], execScoreCell))), 6)).toBe(7.647059);
  });

  it("is capped at the weight", () => {
    expect(execScoreCell(100, 120, null)).toBe(10);
    expect(execScoreCell(100, 120, 20)).toBe(20);
    expect(execScoreCell(100, 80, "20分")).toBe(16);
  });

  it("passes on the rate's problems", () => {
    expect(problem(execScoreCell(0, 5, null)).excelError).toBe("#DIV/0!");
    expect(problem(execScoreCell(100, 80, "x")).problem.code).toBe("bad-weight");
  });
});

describe("GRADE", () => {
  it.each([
    [89.99, "良"],
    [90, "优"],
    [80, "良"],
    [79.99, "中"],
    [60, "中"],
    [59.99, "差"],
    ["92分", "优"],
    ["85", "良"],
  ])("GRADE(%p) = %p", (score, expected) => {
    expect(gradeCell(score)).toBe(expected);
    expect(only(elementwise([m(score)], gradeCell))).toBe(expected);
  });

  it("refuses empty and non-numeric scores", () => {
    expect(problem(gradeCell("")).problem).toEqual({ code: "bad-score", text: "" });
    expect(problem(gradeCell("优秀")).problem).toEqual({ code: "bad-score", text: "优秀" });
  });
});

describe("TARGETMET", () => {
  it("TRUE when met, FALSE when not", () => {
    expect(targetMetCell("≥90%", "92%")).toBe(true);
    expect(targetMetCell("≥90%", "89.6%")).toBe(false);
    expect(targetMetCell("0起", "0起")).toBe(true);
    expect(targetMetCell("0起", "1起")).toBe(false);
    expect(targetMetCell("完成", "基本完成")).toBe(false);
    expect(targetMetCell("2019年12月31日前", "2019年12月20日")).toBe(true);
  });

  it("problems are #VALUE!", () => {
    expect(problem(targetMetCell("≥90%", "无")).excelError).toBe("#VALUE!");
  });
});

describe("AMOUNT", () => {
  it("reads the number inside text", () => {
    expect(amountCell("1,465.45万元")).toBe(1465.45);
    expect(amountCell("７５.５４％")).toBe(0.7554);
    expect(amountCell("两期")).toBe(2);
    expect(amountCell(12)).toBe(12);
  });

  it("refuses text without a number", () => {
    expect(problem(amountCell("无")).problem).toEqual({ code: "not-a-number", text: "无" });
    expect(problem(amountCell("")).excelError).toBe("#VALUE!");
    expect(problem(amountCell(null)).excelError).toBe("#VALUE!");
  });
});

describe("elementwise: ranges as Excel passes them", () => {
  it("a 1×1 argument repeats across a range", () => {
    const out = elementwise([[["≥90%"], ["≥90%"]], [["92%"], ["81%"]], [[10]]], indicatorScoreCell);
    expect(out).toEqual([[10], [9]]);
    expect(elementwise([100, [[50, 80, 120]]], execRateCell)).toEqual([[0.5, 0.8, 1.2]]);
  });

  it("keeps a 2-D shape", () => {
    const out = elementwise(
      [
        [
          [10, 20],
          [40, 50],
        ],
        [
          [5, 20],
          [10, 0],
        ],
      ],
      execRateCell,
    );
    expect(out).toEqual([
      [0.5, 1],
      [0.25, 0],
    ]);
  });

  it("mixed-shape ranges are #VALUE! with a shape message", () => {
    for (const args of [
      [[[17], [50]], [[13], [50], [1]]],
      [[[17], [50]], [[13, 50]]],
      [[[1, 2], [3, 4]], [[1], [2]]],
    ]) {
      const p = problem(only(elementwise(args, execRateCell)));
      expect(p.excelError).toBe("#VALUE!");
      expect(p.problem.code).toBe("shape-mismatch");
      expect(problemMessage(p.problem, "en-US")).toBe("The argument ranges have different sizes");
    }
  });

  it("an error cell inside a range stays that error for its cell only; the others compute", () => {
    const out = elementwise([[[17], [50], [10]], [[13], [{ code: "#N/A" }], [5]]], execRateCell);
    expect(round(num(out[0]?.[0]), 6)).toBe(0.764706);
    expect(problem(out[1]?.[0])).toEqual({ problem: { code: "error-value", text: "#N/A" }, excelError: "#N/A" });
    expect(out[2]?.[0]).toBe(0.5);
  });

  it("an error in a repeated 1×1 argument reaches every cell", () => {
    const out = elementwise([[["≥90%"], ["≥90%"]], [["92%"], ["81%"]], [[{ code: "#REF!" }]]], indicatorScoreCell);
    expect(out.map((r) => problem(r[0]).excelError)).toEqual(["#REF!", "#REF!"]);
  });

  it("an unknown error code shows as #VALUE!", () => {
    expect(problem(only(elementwise([[[{ code: "#SPILL!" }]], [[1]]], execRateCell))).excelError).toBe("#VALUE!");
  });

  it("Date objects are values, not errors", () => {
    const day = new Date(Date.UTC(2019, 11, 20));
    expect(only(elementwise([m("2019年12月31日前"), m(day), m(5)], indicatorScoreCell))).toBe(5);
  });

  it("a row given as a flat array is read as a column of 1-cell rows", () => {
    expect(elementwise([[10, 20], [5, 5]], execRateCell)).toEqual([[0.5], [0.25]]);
  });
});

describe("properties: the cell functions never throw", () => {
  const RUNS = { numRuns: 1500 };
  const CELLS: [string, (...a: unknown[]) => CellOut, number][] = [
    ["execRateCell", execRateCell, 2],
    ["indicatorScoreCell", indicatorScoreCell, 3],
    ["execScoreCell", execScoreCell, 3],
    ["gradeCell", gradeCell, 1],
    ["targetMetCell", targetMetCell, 2],
    ["amountCell", amountCell, 1],
  ];

  /** A cell result is a number, string, boolean or a problem with a known Excel error. */
  const wellFormed = (v: CellOut): boolean =>
    typeof v === "number" ||
    typeof v === "string" ||
    typeof v === "boolean" ||
    (isCellProblem(v) && ["#VALUE!", "#DIV/0!", "#N/A", "#NUM!", "#REF!", "#NAME?", "#NULL!"].includes(v.excelError));

  it.each(CELLS)("%s on any cell values", (_name, f, arity) => {
    fc.assert(
      fc.property(fc.array(anyValue, { minLength: arity, maxLength: arity }), (args) => wellFormed(f(...args))),
      RUNS,
    );
  });

  it.each(CELLS)("%s through elementwise on any arguments (scalars, ragged and empty ranges)", (_name, f, arity) => {
    fc.assert(
      fc.property(fc.array(anyArgument, { minLength: arity, maxLength: arity }), (args) => {
        const out = elementwise(args, f);
        return Array.isArray(out) && out.every((row) => Array.isArray(row));
      }),
      RUNS,
    );
  });

  it("numbers never come out as NaN or Infinity from EXECRATE and INDICATORSCORE", () => {
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, (a, b, c) => {
        const r = execRateCell(a, b);
        const s = indicatorScoreCell(a, b, c);
        return (typeof r !== "number" || Number.isFinite(r)) && (typeof s !== "number" || Number.isFinite(s));
      }),
      RUNS,
    );
  });

  it("an indicator score lies between 0 and the weight", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 100 }), (t, a, w) => {
        const s = indicatorScoreCell(t, a, w);
        return isCellProblem(s) || (typeof s === "number" && s >= 0 && s <= w);
      }),
      RUNS,
    );
  });
});
