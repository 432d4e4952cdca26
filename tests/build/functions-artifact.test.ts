/**
 * The built bundle, as Excel runs it: dist/functions.js is loaded into a bare VM context that has
 * only CustomFunctions and Office (no window, document, React or console), every id in
 * dist/functions.json must be associated, and each function is called the way Excel calls it —
 * 2-D arrays for matrix parameters and null for omitted optional ones.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { BUILD_TIMEOUT_MS, DIST, ensureBuild } from "../helpers/build";
import { EXECRATE_MUST_HOLD, INDICATORSCORE_MUST_HOLD } from "../helpers/must-hold";

type Fn = (...args: unknown[]) => unknown;

class StubError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

interface Loaded {
  fns: Map<string, Fn>;
  metadata: { functions: { id: string; parameters: { name: string; dimensionality?: string; optional?: boolean }[] }[] };
}

function load(displayLanguage: string): Loaded {
  const fns = new Map<string, Fn>();
  const sandbox = {
    CustomFunctions: {
      associate: (id: string, f: Fn) => fns.set(id, f),
      Error: StubError,
      ErrorCode,
    },
    Office: { context: { displayLanguage } },
  };
  const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  vm.runInContext(code, vm.createContext(sandbox), { filename: "functions.js" });
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as Loaded["metadata"];
  return { fns, metadata };
}

/** Calls a function the way Excel does: scalars become 1×1 matrices for matrix parameters. */
function call(l: Loaded, id: string, ...args: unknown[]): unknown {
  const meta = l.metadata.functions.find((f) => f.id === id);
  const fn = l.fns.get(id);
  if (!meta || !fn) throw new Error(`${id} is not built`);
  const excelArgs = meta.parameters.map((p, i) => {
    const a = args[i];
    if (a === undefined) return null; // omitted optional argument
    if (p.dimensionality === "matrix" && !Array.isArray(a)) return [[a]];
    return a;
  });
  return fn(...excelArgs);
}

/** The single value of a 1×1 result. */
function one(result: unknown): unknown {
  expect(Array.isArray(result)).toBe(true);
  const m = result as unknown[][];
  expect(m).toHaveLength(1);
  expect(m[0]).toHaveLength(1);
  return (m[0] as unknown[])[0];
}

describe("dist/functions.js in a bare runtime", () => {
  let en: Loaded;
  let zh: Loaded;

  beforeAll(() => {
    ensureBuild();
    en = load("en-US");
    zh = load("zh-CN");
  }, BUILD_TIMEOUT_MS);

  test("associates every id in functions.json, and nothing else", () => {
    const ids = en.metadata.functions.map((f) => f.id).sort();
    expect(ids).toEqual(["AMOUNT", "EXECRATE", "EXECSCORE", "GRADE", "INDICATORSCORE", "TARGETMET"]);
    expect([...en.fns.keys()].sort()).toEqual(ids);
  });

  test("functions.json declares matrix parameters and results", () => {
    for (const f of en.metadata.functions) {
      for (const p of f.parameters) expect(p.dimensionality).toBe("matrix");
    }
    const execScore = en.metadata.functions.find((f) => f.id === "EXECSCORE");
    expect(execScore?.parameters.find((p) => p.name === "weight")?.optional).toBe(true);
  });

  test.each(EXECRATE_MUST_HOLD)("EXECRATE(%p, %p) = %p", (budget, actual, expected) => {
    expect(one(call(en, "EXECRATE", budget, actual))).toBeCloseTo(expected, 6);
  });

  test("EXECRATE(0, 5) is #DIV/0! with a message", () => {
    const e = one(call(en, "EXECRATE", 0, 5)) as StubError;
    expect(e).toBeInstanceOf(StubError);
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toMatch(/budget/i);
    const z = one(call(zh, "EXECRATE", "", 5)) as StubError;
    expect(z.code).toBe("#DIV/0!");
    expect(z.message).toMatch(/预算数/);
  });

  test("EXECRATE over same-shaped ranges spills the same shape", () => {
    const r = call(en, "EXECRATE", [[17], [50]], [[13], [50]]) as number[][];
    expect(r).toHaveLength(2);
    expect(r[0]?.[0]).toBeCloseTo(0.764706, 6);
    expect(r[1]?.[0]).toBe(1);
  });

  test("one bad cell in a range shows its own error, the others compute", () => {
    const r = call(en, "EXECRATE", [[17], [0], [10]], [[13], [5], ["无"]]) as unknown[][];
    expect(r[0]?.[0]).toBeCloseTo(0.764706, 6);
    expect((r[1]?.[0] as StubError).code).toBe("#DIV/0!");
    expect((r[2]?.[0] as StubError).code).toBe("#VALUE!");
    expect((r[2]?.[0] as StubError).message).toBe("'无' is not a number");
  });

  test.each(INDICATORSCORE_MUST_HOLD)("INDICATORSCORE(%p, %p, %p) = %p", (target, actual, weight, expected) => {
    expect(one(call(en, "INDICATORSCORE", target, actual, weight))).toBeCloseTo(expected, 4);
  });

  test("INDICATORSCORE with a non-number actual is #VALUE! with a message, in the user's language", () => {
    const e = one(call(en, "INDICATORSCORE", "≥90%", "无", 10)) as StubError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("'无' is not a number");
    const z = one(call(zh, "INDICATORSCORE", "≥90%", "无", 10)) as StubError;
    expect(z.message).toBe("“无”不是数字");
  });

  test("a target that cannot be parsed names the target", () => {
    const e = one(call(en, "INDICATORSCORE", "≥abc%", "92%", 10)) as StubError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("≥abc%");
  });

  test("a qualitative indicator returns the ceiling of its band", () => {
    expect(one(call(en, "INDICATORSCORE", "完成", "基本完成", 5))).toBeCloseTo(4, 6);
    expect(one(call(en, "INDICATORSCORE", "完成", "未完成", 5))).toBeCloseTo(3, 6);
  });

  test("EXECSCORE with the weight omitted uses 10; GRADE; TARGETMET; AMOUNT", () => {
    expect(one(call(en, "EXECSCORE", 206.632, 172.743))).toBeCloseTo(8.36, 2);
    expect(one(call(en, "EXECSCORE", 10, 12, 5))).toBe(5);
    expect(one(call(en, "GRADE", 89.99))).toBe("良");
    expect(one(call(en, "GRADE", 90))).toBe("优");
    expect(one(call(en, "TARGETMET", "≤206.4万元", "172.743万元"))).toBe(true);
    expect(one(call(en, "TARGETMET", "286座", "253座"))).toBe(false);
    expect(one(call(en, "AMOUNT", "1,465.45万元"))).toBe(1465.45);
  });

  test("an error cell inside a range passes through unchanged", () => {
    const r = call(en, "GRADE", [[95], [new StubError("#N/A")], [70]]) as unknown[][];
    expect(r[0]?.[0]).toBe("优");
    expect((r[1]?.[0] as StubError).code).toBe("#N/A");
    expect(r[2]?.[0]).toBe("中");
  });
});
