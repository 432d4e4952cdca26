import {
  decimalsOf,
  isEmptyMark,
  isEmptyMarkText,
  normalizeText,
  parseChineseNumeral,
  parseQuantity,
  parseQuantityText,
  roundNoise,
  type Quantity,
} from "../../../src/core/parse/number";
import type { Result } from "../../../src/core/parse/result";

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got problem ${JSON.stringify(r.problem)}`);
  return r.value;
}

function problemCode<T>(r: Result<T>): string {
  if (r.ok) throw new Error(`expected a problem, got ${JSON.stringify(r.value)}`);
  return r.problem.code;
}

describe("normalizeText", () => {
  it("folds full-width digits, percent, comma, point and operators to ASCII", () => {
    expect(normalizeText("１２３")).toBe("123");
    expect(normalizeText("７５．５４％")).toBe("75.54%");
    expect(normalizeText("１，９４０")).toBe("1,940");
    expect(normalizeText("＞＝９０")).toBe(">=90");
  });

  it("removes ASCII, ideographic and no-break spaces but leaves other characters alone", () => {
    expect(normalizeText(" ≥ 90 %\u3000")).toBe("≥90%");
    expect(normalizeText("1\u00a0940万元")).toBe("1940万元");
    expect(normalizeText("≥90万元")).toBe("≥90万元");
  });
});

describe("isEmptyMark (domain.md §3: `—`, `/` and `*` mean empty)", () => {
  it.each(["", "—", "——", "/", "／", "*", "＊", "-", "  "])("%p is empty", (s) => {
    expect(isEmptyMark(s)).toBe(true);
  });

  it.each(["0", "无", "完成", "—1"])("%p is not empty", (s) => {
    expect(isEmptyMark(s)).toBe(false);
  });
});

describe("isEmptyMarkText: isEmptyMark of the folded text, without folding text that cannot be a mark", () => {
  it.each([" — ", "\u3000／\u3000", "－－", "- -", "\t*\n", "\u2003—\u2003", "＊ "])("%p is empty", (s) => {
    expect(isEmptyMarkText(s)).toBe(true);
    expect(isEmptyMarkText(s)).toBe(isEmptyMark(normalizeText(s)));
  });

  it.each(["— —  —", "／／", "受疫情影响，部分采购延期。", "0 0", "／1", "无", " 完 成 ", "ab\u3000"])("%p is not empty", (s) => {
    expect(isEmptyMarkText(s)).toBe(false);
    expect(isEmptyMarkText(s)).toBe(isEmptyMark(normalizeText(s)));
  });
});

describe("parseQuantityText: plain numbers", () => {
  it("reads integers and decimals with their shown decimals", () => {
    expect(value(parseQuantityText("17"))).toEqual({ value: 17, unit: null, decimals: 0 });
    expect(value(parseQuantityText("172.743"))).toEqual({ value: 172.743, unit: null, decimals: 3 });
    expect(value(parseQuantityText(".5"))).toEqual({ value: 0.5, unit: null, decimals: 1 });
  });

  it("reads thousands separators (1,940.00 and 1,465.45)", () => {
    expect(value(parseQuantityText("1,940.00"))).toEqual({ value: 1940, unit: null, decimals: 2 });
    expect(value(parseQuantityText("1,465.45"))).toEqual({ value: 1465.45, unit: null, decimals: 2 });
    expect(value(parseQuantityText("12,345,678"))).toEqual({ value: 12345678, unit: null, decimals: 0 });
  });

  it("refuses misplaced separators instead of guessing", () => {
    expect(problemCode(parseQuantityText("12,34"))).toBe("not-a-number");
    expect(problemCode(parseQuantityText("1.2.3"))).toBe("not-a-number");
    expect(problemCode(parseQuantityText("5-6"))).toBe("not-a-number");
    expect(problemCode(parseQuantityText("12abc3"))).toBe("not-a-number");
  });

  it("reads full-width digits (１２３) and full-width separators", () => {
    expect(value(parseQuantityText("１２３")).value).toBe(123);
    expect(value(parseQuantityText("１，９４０．００"))).toEqual({ value: 1940, unit: null, decimals: 2 });
    expect(value(parseQuantityText("８１％")).value).toBe(0.81);
  });

  it("reads signs, accounting negatives and currency prefixes", () => {
    expect(value(parseQuantityText("-3.5")).value).toBe(-3.5);
    expect(value(parseQuantityText("(1,000)")).value).toBe(-1000);
    expect(value(parseQuantityText("¥1,940.00")).value).toBe(1940);
    expect(value(parseQuantityText("人民币1940万元"))).toEqual({ value: 1940, unit: "万元", decimals: 0 });
  });

  it("refuses text before the number", () => {
    expect(problemCode(parseQuantityText("约90"))).toBe("not-a-number");
    expect(problemCode(parseQuantityText("无"))).toBe("not-a-number");
    expect(problemCode(parseQuantityText("完成"))).toBe("not-a-number");
  });

  it("reports the empty marks as empty, keeping the text", () => {
    for (const s of ["", "—", "/", "*"]) {
      const r = parseQuantityText(s);
      expect(problemCode(r)).toBe("empty");
    }
  });
});

describe("parseQuantityText: units (domain.md §3)", () => {
  const plainUnits = ["万元", "元", "个", "次", "人", "人次", "座", "家", "项", "天", "份", "场", "起", "户", "处", "条", "期", "公里", "月"];

  it.each(plainUnits)("keeps the unit %p as written", (unit) => {
    expect(value(parseQuantityText(`1,234.5${unit}`))).toEqual({ value: 1234.5, unit, decimals: 1 });
  });

  it.each(["%", "％", "百分比"])("reads %p as a fraction with unit %", (unit) => {
    expect(value(parseQuantityText(`75.54${unit}`))).toEqual({ value: 0.7554, unit: "%", decimals: 4 });
  });

  it("scales percentages on the digits, so 75.54% is exactly 0.7554", () => {
    expect(value(parseQuantityText("75.54%")).value).toBe(0.7554);
    expect(value(parseQuantityText("98.73%")).value).toBe(0.9873);
    expect(value(parseQuantityText("100%")).value).toBe(1);
    expect(value(parseQuantityText("0.5%")).value).toBe(0.005);
    expect(value(parseQuantityText("-5%")).value).toBe(-0.05);
  });

  it("reads ‰ as thousandths", () => {
    expect(value(parseQuantityText("5‰"))).toEqual({ value: 0.005, unit: "‰", decimals: 3 });
    expect(value(parseQuantityText("1.5‰")).value).toBe(0.0015);
  });

  it("refuses a unit that is not words", () => {
    expect(problemCode(parseQuantityText("5起3"))).toBe("not-a-number");
    expect(problemCode(parseQuantityText("5%%"))).toBe("not-a-number");
  });
});

describe("Chinese numerals (一次, 两期, 十二个)", () => {
  it("parses simple numerals", () => {
    expect(parseChineseNumeral("一")).toBe(1);
    expect(parseChineseNumeral("两")).toBe(2);
    expect(parseChineseNumeral("十")).toBe(10);
    expect(parseChineseNumeral("十二")).toBe(12);
    expect(parseChineseNumeral("二十")).toBe(20);
    expect(parseChineseNumeral("三百零五")).toBe(305);
    expect(parseChineseNumeral("一千二百")).toBe(1200);
  });

  it("refuses digit strings that are not numerals", () => {
    expect(parseChineseNumeral("一二")).toBeUndefined();
    expect(parseChineseNumeral("")).toBeUndefined();
    expect(parseChineseNumeral("万")).toBeUndefined();
  });

  it.each([
    ["一次", 1, "次"],
    ["两期", 2, "期"],
    ["十二个", 12, "个"],
    ["三座", 3, "座"],
  ])("parseQuantityText(%p) = %p %p", (text, n, unit) => {
    expect(value(parseQuantityText(text))).toEqual({ value: n, unit, decimals: 0 });
  });
});

describe("parseQuantity: cell values", () => {
  it("passes finite numbers through with unknown decimals", () => {
    expect(value(parseQuantity(0.7554))).toEqual<Quantity>({ value: 0.7554, unit: null, decimals: null });
    expect(value(parseQuantity(0))).toEqual<Quantity>({ value: 0, unit: null, decimals: null });
  });

  it("refuses NaN and infinities", () => {
    expect(problemCode(parseQuantity(NaN))).toBe("not-a-number");
    expect(problemCode(parseQuantity(Infinity))).toBe("not-a-number");
    expect(problemCode(parseQuantity(-Infinity))).toBe("not-a-number");
  });

  it("reads text like parseQuantityText", () => {
    expect(value(parseQuantity("1,465.45"))).toEqual({ value: 1465.45, unit: null, decimals: 2 });
  });

  it("empty cells are empty, error cells are errors, booleans and dates are not quantities", () => {
    expect(problemCode(parseQuantity(null))).toBe("empty");
    expect(problemCode(parseQuantity(undefined))).toBe("empty");
    const e = parseQuantity({ error: "#N/A" });
    expect(e).toEqual({ ok: false, problem: { code: "error-value", text: "#N/A" } });
    expect(problemCode(parseQuantity(true))).toBe("not-a-number");
    expect(problemCode(parseQuantity(new Date(2019, 11, 31)))).toBe("not-a-number");
  });

  it("does not throw on objects String() cannot print", () => {
    expect(problemCode(parseQuantity(Object.create(null)))).toBe("not-a-number");
    expect(problemCode(parseQuantity({ toString: 1 }))).toBe("not-a-number");
  });
});

describe("roundNoise and decimalsOf", () => {
  it("removes binary noise but keeps real digits", () => {
    expect(roundNoise(0.1 + 0.2)).toBe(0.3);
    expect(roundNoise(0.7554000000000001)).toBe(0.7554);
    expect(roundNoise(17.692307692307693)).toBe(17.6923076923077);
    expect(roundNoise(5)).toBe(5);
    expect(roundNoise(NaN)).toBeNaN();
  });

  it("counts the decimals a number shows", () => {
    expect(decimalsOf(7.55)).toBe(2);
    expect(decimalsOf(1940)).toBe(0);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(1.5e-7)).toBe(8);
    expect(decimalsOf(Infinity)).toBe(0);
  });
});
