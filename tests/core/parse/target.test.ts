import type { Result } from "../../../src/core/parse/result";
import {
  actualAsDay,
  BAND_CEILING,
  classifyBand,
  parseActual,
  parseTarget,
  type Actual,
  type Operator,
  type Target,
} from "../../../src/core/parse/target";

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got problem ${JSON.stringify(r.problem)}`);
  return r.value;
}

function numeric(text: unknown): Target & { kind: "numeric" } {
  const t = value(parseTarget(text));
  if (t.kind !== "numeric") throw new Error(`expected a numeric target, got ${JSON.stringify(t)}`);
  return t;
}

describe("parseTarget: operator symbols, full- and half-width (domain.md §3)", () => {
  const symbols: [string, Operator][] = [
    ["≥", ">="],
    ["≧", ">="],
    [">=", ">="],
    ["＞＝", ">="],
    ["＞", ">"],
    [">", ">"],
    ["≤", "<="],
    ["≦", "<="],
    ["<=", "<="],
    ["＜＝", "<="],
    ["＜", "<"],
    ["<", "<"],
    ["=", "="],
    ["＝", "="],
  ];

  it.each(symbols)("%p90 → %p 90", (sym, op) => {
    const t = numeric(`${sym}90`);
    expect(t.op).toBe(op);
    expect(t.value).toBe(90);
  });

  it.each(symbols)("%p 90% (with a space) → %p 0.9", (sym, op) => {
    const t = numeric(`${sym} 90%`);
    expect(t.op).toBe(op);
    expect(t.value).toBe(0.9);
    expect(t.unit).toBe("%");
  });
});

describe("parseTarget: operator words (domain.md §3)", () => {
  const prefixWords: [string, Operator][] = [
    ["不低于", ">="],
    ["不少于", ">="],
    ["至少", ">="],
    ["达到", ">="],
    ["不高于", "<="],
    ["不超过", "<="],
    ["不多于", "<="],
    ["大于", ">"],
    ["超过", ">"],
    ["小于", "<"],
    ["低于", "<"],
    ["等于", "="],
  ];

  it.each(prefixWords)("%p95% → %p 0.95", (word, op) => {
    const t = numeric(`${word}95%`);
    expect(t.op).toBe(op);
    expect(t.value).toBe(0.95);
    expect(t.unit).toBe("%");
  });

  it.each([
    ["以上", ">="],
    ["以内", "<="],
  ] as [string, Operator][])("30万元%p → %p 30 万元", (word, op) => {
    const t = numeric(`30万元${word}`);
    expect(t.op).toBe(op);
    expect(t.value).toBe(30);
    expect(t.unit).toBe("万元");
  });

  it("控制在…以内 is lower-is-better", () => {
    const t = numeric("控制在206.4万元以内");
    expect(t).toMatchObject({ op: "<=", value: 206.4, unit: "万元", decimals: 1 });
    expect(numeric("控制在5%以内")).toMatchObject({ op: "<=", value: 0.05, unit: "%" });
  });

  it("不低于 is not read as 低于, nor 不超过 as 超过", () => {
    expect(numeric("不低于95%").op).toBe(">=");
    expect(numeric("不超过3起").op).toBe("<=");
  });

  it("reads qualifiers before the operator (每月不少于2次)", () => {
    expect(numeric("每月不少于2次")).toMatchObject({ op: ">=", value: 2, unit: "次", qualifier: "每月" });
    expect(numeric("全年≥16个")).toMatchObject({ op: ">=", value: 16, unit: "个", qualifier: "全年" });
  });
});

describe("parseTarget: values and units", () => {
  it("a bare number is higher-is-better", () => {
    expect(numeric("286座")).toMatchObject({ op: ">=", value: 286, unit: "座", decimals: 0 });
    expect(numeric(286)).toMatchObject({ op: ">=", value: 286, unit: null });
    expect(numeric(0.9)).toMatchObject({ op: ">=", value: 0.9 });
  });

  it("a bare 0 means no more than 0 (0起: no accidents)", () => {
    expect(numeric("0起")).toMatchObject({ op: "<=", value: 0, unit: "起" });
    expect(numeric("0")).toMatchObject({ op: "<=", value: 0, unit: null });
    expect(numeric(0)).toMatchObject({ op: "<=", value: 0, unit: null });
    expect(numeric("≥0个").op).toBe(">=");
  });

  it.each(["%", "％", "百分比"])("reads the percent unit %p", (unit) => {
    expect(numeric(`≥90${unit}`)).toMatchObject({ op: ">=", value: 0.9, unit: "%" });
  });

  it("reads ‰", () => {
    expect(numeric("≤5‰")).toMatchObject({ op: "<=", value: 0.005, unit: "‰" });
  });

  it.each(["万元", "元", "个", "次", "人", "人次", "座", "家", "项", "天", "份", "场", "起", "户", "处", "条", "期", "公里", "月"])(
    "reads the unit %p",
    (unit) => {
      expect(numeric(`≥12${unit}`)).toMatchObject({ op: ">=", value: 12, unit });
    },
  );

  it("reads full-width digits and operators (≥９０％)", () => {
    expect(numeric("≥９０％")).toMatchObject({ op: ">=", value: 0.9, unit: "%" });
    expect(numeric("１２３个")).toMatchObject({ op: ">=", value: 123, unit: "个" });
  });

  it("reads thousands separators (≥1,940.00万元)", () => {
    expect(numeric("≥1,940.00万元")).toMatchObject({ value: 1940, unit: "万元", decimals: 2 });
  });

  it("reads Chinese numerals (一次, 两期, 十二个)", () => {
    expect(numeric("一次")).toMatchObject({ op: ">=", value: 1, unit: "次" });
    expect(numeric("两期")).toMatchObject({ op: ">=", value: 2, unit: "期" });
    expect(numeric("十二个")).toMatchObject({ op: ">=", value: 12, unit: "个" });
    expect(numeric("不少于两次")).toMatchObject({ op: ">=", value: 2, unit: "次" });
  });

  it("keeps the text as written", () => {
    expect(numeric(" ≥９０％ ").text).toBe("≥９０％");
  });
});

describe("parseTarget: deadlines", () => {
  it("12月底前 is the last day of December, no year", () => {
    expect(value(parseTarget("12月底前"))).toEqual({ kind: "deadline", day: { month: 12, day: 31 }, text: "12月底前" });
  });

  it("2019年12月31日前 is a dated deadline", () => {
    expect(value(parseTarget("2019年12月31日前"))).toEqual({
      kind: "deadline",
      day: { year: 2019, month: 12, day: 31 },
      text: "2019年12月31日前",
    });
  });

  it.each(["2019年12月31日前完成", "于2019年12月31日之前", "2019-12-31前", "2019年底前", "截至2019年12月31日止"])(
    "%p is a deadline",
    (text) => {
      expect(value(parseTarget(text)).kind).toBe("deadline");
    },
  );

  it.each(["按时", "及时", "按时完成", "及时拨付"])("%p is a qualitative timeliness target", (text) => {
    expect(value(parseTarget(text))).toEqual({ kind: "qualitative", relative: false, text });
  });
});

describe("parseTarget: relative targets are qualitative", () => {
  it.each(["低于上年", "较上年降低", "较上年有所提高", "逐步改善", "较去年同期下降"])("%p", (text) => {
    expect(value(parseTarget(text))).toEqual({ kind: "qualitative", relative: true, text });
  });
});

describe("parseTarget: empty and unreadable targets", () => {
  it.each(["—", "/", "*", "／", "＊", "——", "", "  "])("%p is empty", (text) => {
    const r = parseTarget(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe("empty");
  });

  it("null and undefined are empty", () => {
    expect(parseTarget(null)).toEqual({ ok: false, problem: { code: "empty" } });
    expect(parseTarget(undefined)).toEqual({ ok: false, problem: { code: "empty" } });
  });

  it.each(["≥abc", "≥", "不低于", "abc123", "约90%", "90%左右1"])("%p cannot be read, and the problem names it", (text) => {
    expect(parseTarget(text)).toEqual({ ok: false, problem: { code: "bad-target", text } });
  });

  it("non-finite numbers and other types are bad targets", () => {
    expect(parseTarget(NaN)).toEqual({ ok: false, problem: { code: "bad-target", text: "NaN" } });
    expect(parseTarget(true)).toEqual({ ok: false, problem: { code: "bad-target", text: "true" } });
  });

  it("words without numbers are qualitative", () => {
    expect(value(parseTarget("完成"))).toEqual({ kind: "qualitative", relative: false, text: "完成" });
    expect(value(parseTarget("建立健全管理制度"))).toMatchObject({ kind: "qualitative", relative: false });
  });
});

describe("classifyBand (domain.md §2)", () => {
  it.each(["达成", "完成", "已完成", "已建立", "及时", "合格", "达标", "是", "Yes"])("%p is achieved", (text) => {
    expect(classifyBand(text)).toBe("achieved");
  });

  it.each(["基本完成", "部分完成", "基本达成", "部分达成"])("%p is partly achieved", (text) => {
    expect(classifyBand(text)).toBe("partial");
  });

  it.each(["未完成", "未达成", "未建立", "否", "No", "不合格", "不及时"])("%p is not achieved", (text) => {
    expect(classifyBand(text)).toBe("not");
  });

  it("is null for text that says nothing about achievement", () => {
    expect(classifyBand("")).toBeNull();
    expect(classifyBand("详见报告")).toBeNull();
    expect(classifyBand("Nothing")).toBeNull();
  });

  it("band ceilings are 100%, 80% and 60%", () => {
    expect(BAND_CEILING).toEqual({ achieved: 1, partial: 0.8, not: 0.6 });
  });
});

describe("parseActual", () => {
  it("reads numbers with units", () => {
    expect(value(parseActual("253座"))).toEqual({ kind: "numeric", quantity: { value: 253, unit: "座", decimals: 0 }, text: "253座" });
    expect(value(parseActual("８１％"))).toMatchObject({ kind: "numeric", quantity: { value: 0.81, unit: "%" } });
    expect(value(parseActual("累计253座"))).toMatchObject({ kind: "numeric", quantity: { value: 253, unit: "座" } });
    expect(value(parseActual(92))).toMatchObject({ kind: "numeric", quantity: { value: 92, unit: null, decimals: null } });
  });

  it("reads dates", () => {
    expect(value(parseActual("2019年12月20日"))).toEqual({ kind: "date", day: { year: 2019, month: 12, day: 20 }, text: "2019年12月20日" });
    expect(value(parseActual("于2019年12月20日前完成"))).toMatchObject({ kind: "date", day: { year: 2019, month: 12, day: 20 } });
    expect(value(parseActual(new Date(Date.UTC(2019, 11, 20))))).toMatchObject({ kind: "date", day: { year: 2019, month: 12, day: 20 } });
  });

  it("reads achievement wording with its band", () => {
    expect(value(parseActual("基本完成"))).toEqual({ kind: "qualitative", band: "partial", text: "基本完成" });
    expect(value(parseActual("无"))).toEqual({ kind: "qualitative", band: null, text: "无" });
    expect(value(parseActual(true))).toMatchObject({ kind: "qualitative", band: "achieved" });
    expect(value(parseActual(false))).toMatchObject({ kind: "qualitative", band: "not" });
  });

  it("empty marks, errors and bad values are problems", () => {
    expect(parseActual("—")).toEqual({ ok: false, problem: { code: "empty", text: "—" } });
    expect(parseActual(null)).toEqual({ ok: false, problem: { code: "empty" } });
    expect(parseActual({ error: "#N/A" })).toEqual({ ok: false, problem: { code: "error-value", text: "#N/A" } });
    expect(parseActual(NaN)).toEqual({ ok: false, problem: { code: "not-a-number", text: "NaN" } });
    expect(parseActual(new Date(NaN)).ok).toBe(false);
  });
});

describe("actualAsDay", () => {
  const actual = (v: unknown): Actual => value(parseActual(v));

  it("takes dates, and Excel serials without a unit", () => {
    expect(actualAsDay(actual("2019年12月20日"))).toEqual({ year: 2019, month: 12, day: 20 });
    expect(actualAsDay(actual(43819))).toEqual({ year: 2019, month: 12, day: 20 });
  });

  it("takes 12月底 and 2019年底, which also read as numbers with a unit", () => {
    expect(actualAsDay(actual("12月底"))).toEqual({ month: 12, day: 31 });
    expect(actualAsDay(actual("2019年底"))).toEqual({ year: 2019, month: 12, day: 31 });
  });

  it("refuses small numbers and quantities that are not dates", () => {
    expect(actualAsDay(actual(92))).toBeUndefined();
    expect(actualAsDay(actual("253座"))).toBeUndefined();
    expect(actualAsDay(actual("完成"))).toBeUndefined();
  });
});
