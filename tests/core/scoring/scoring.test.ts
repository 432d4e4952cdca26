import type { Result } from "../../../src/core/parse/result";
import { parseActual, parseTarget } from "../../../src/core/parse/target";
import { executionRate, executionScore, grade, indicatorScore, type IndicatorResult } from "../../../src/core/scoring/scoring";

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got problem ${JSON.stringify(r.problem)}`);
  return r.value;
}

/** Scores a target/actual pair as written in the form. */
function score(target: unknown, actual: unknown, weight: number): Result<IndicatorResult> {
  return indicatorScore(value(parseTarget(target)), value(parseActual(actual)), weight);
}

function points(target: unknown, actual: unknown, weight: number): number {
  return value(score(target, actual, weight)).score;
}

const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

describe("executionRate (domain.md §1)", () => {
  it("is actual ÷ full-year budget", () => {
    expect(round(value(executionRate(17, 13)), 6)).toBe(0.764706);
    expect(round(value(executionRate(1940, 1465.45)), 6)).toBe(0.755387);
    expect(round(value(executionRate(1940, 1465.45)), 4)).toBe(0.7554); // the seed's stated 75.54%
    expect(value(executionRate(50, 50))).toBe(1);
    expect(value(executionRate(132, 0))).toBe(0); // 安全执法服装购置: spent nothing, a real 0%
  });

  it("can exceed 100%", () => {
    expect(value(executionRate(100, 120))).toBe(1.2);
  });

  it.each([0, null, undefined, NaN, Infinity])("a budget of %p has no rate (not 0%)", (budget) => {
    expect(executionRate(budget, 5)).toEqual({ ok: false, problem: { code: "no-budget" } });
  });

  it("a missing actual is a problem, not a rate", () => {
    expect(executionRate(100, null)).toEqual({ ok: false, problem: { code: "empty" } });
    expect(executionRate(100, NaN).ok).toBe(false);
  });
});

describe("executionScore: 10 × min(rate, 100%)", () => {
  it.each([
    [0.764706, 7.64706],
    [0.7554, 7.554],
    [1, 10],
    [1.2, 10],
    [0, 0],
  ])("rate %p → %p", (rate, expected) => {
    expect(executionScore(rate)).toBe(expected);
  });

  it("takes another weight", () => {
    expect(executionScore(0.5, 20)).toBe(10);
    expect(executionScore(1.5, 20)).toBe(20);
  });

  it("never goes below 0", () => {
    expect(executionScore(-0.2)).toBe(0);
  });
});

describe("grade (domain.md §2: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60)", () => {
  it.each([
    [100, "优"],
    [90, "优"],
    [89.99, "良"],
    [80, "良"],
    [79.99, "中"],
    [60, "中"],
    [59.99, "差"],
    [0, "差"],
  ])("%p → %p", (s, g) => {
    expect(grade(s)).toBe(g);
  });
});

describe("higher is better: full w if a ≥ t, else w × a / t", () => {
  it("≥90% with 92% is full, with 81% is 9", () => {
    expect(value(score("≥90%", "92%", 10))).toMatchObject({ score: 10, ceiling: 10, attainment: "met", method: "higher" });
    expect(value(score("≥90%", "81%", 10))).toMatchObject({ score: 9, ceiling: 9, attainment: "unmet", method: "higher" });
  });

  it("a bare number target: 286座 planned, 253座 inspected (seed 002)", () => {
    expect(round(points("286座", "253座", 20), 4)).toBe(17.6923);
  });

  it.each(["≥", "≧", ">=", "＞＝", "不低于", "不少于", "至少", "达到"])("%p95% is higher-is-better", (op) => {
    expect(points(`${op}95%`, "96%", 10)).toBe(10);
    expect(points(`${op}95%`, "95%", 10)).toBe(10);
    expect(round(points(`${op}95%`, "76%", 10), 6)).toBe(8);
  });

  it("以上 as a suffix is higher-is-better", () => {
    expect(points("2次以上", "3次", 5)).toBe(5);
    expect(points("2次以上", "1次", 5)).toBe(2.5);
  });

  it("an actual just below the target is not met: ≥ compares exactly, not within rounding", () => {
    // 89.6% would round to 90%, but domain.md §2 gives full marks only when a ≥ t.
    expect(value(score("≥90%", "89.6%", 10))).toMatchObject({ attainment: "unmet" });
    expect(round(points("≥90%", "89.6%", 10), 4)).toBe(9.9556);
    expect(value(score("≥90", "89.7", 10)).attainment).toBe("unmet");
    expect(value(score("≥286座", "285.5座", 10)).attainment).toBe("unmet");
  });

  it("binary noise does not make an exact hit miss", () => {
    expect(value(score("≥30%", 0.1 + 0.2, 10)).attainment).toBe("met");
  });

  it("a bare number next to a % target is read in percentage points", () => {
    expect(points("≥90%", 92, 10)).toBe(10);
    expect(points("≥90%", 81, 10)).toBe(9);
    expect(points("≥90%", 0.81, 10)).toBe(9);
  });

  it("strict > is met only above the target", () => {
    expect(value(score(">90%", "91%", 10)).attainment).toBe("met");
    expect(value(score("超过90%", "90%", 10)).attainment).toBe("unmet");
    expect(value(score("大于90%", "81%", 10)).score).toBe(9);
  });

  it("reports actual ÷ target so a far-exceeded target (≥ 130%) can be flagged; the score does not change", () => {
    const r = value(score("≥100个", "130个", 10));
    expect(r.score).toBe(10);
    expect(r.ratio).toBe(1.3);
    expect(value(score("≥90%", "81%", 10)).ratio).toBe(0.9);
  });
});

describe("lower is better: full w if a ≤ t, else w × t / a", () => {
  it("≤3起 with 5起 is 6", () => {
    expect(value(score("≤3起", "5起", 10))).toMatchObject({ score: 6, attainment: "unmet", method: "lower" });
  });

  it("≤206.4万元 with 172.743万元 is full", () => {
    expect(value(score("≤206.4万元", "172.743万元", 5))).toMatchObject({ score: 5, attainment: "met", method: "lower" });
  });

  it.each(["≤", "≦", "<=", "＜＝", "不高于", "不超过", "不多于"])("%p3起 is lower-is-better", (op) => {
    expect(points(`${op}3起`, "3起", 10)).toBe(10);
    expect(points(`${op}3起`, "2起", 10)).toBe(10);
    expect(points(`${op}3起`, "4起", 8)).toBe(6);
  });

  it.each(["以内", "之内"])("30万元%p and 控制在…以内 are lower-is-better", (suffix) => {
    expect(points(`30万元${suffix}`, "40万元", 8)).toBe(6);
    expect(points(`控制在30万元${suffix}`, "40万元", 8)).toBe(6);
    expect(points(`控制在30万元${suffix}`, "29万元", 8)).toBe(8);
  });

  it("strict < is met only below the target", () => {
    expect(value(score("<3起", "2起", 10)).attainment).toBe("met");
    expect(value(score("低于3起", "3起", 10)).attainment).toBe("unmet");
    expect(value(score("小于3起", "6起", 10)).score).toBe(5);
  });

  it("an actual just above the target is not met", () => {
    expect(value(score("≤3起", "3.4起", 10)).attainment).toBe("unmet");
    expect(round(points("≤3起", "3.4起", 10), 4)).toBe(8.8235);
  });

  it("a target of 0 is met only by 0, and anything above scores 0", () => {
    expect(value(score("0起", "0起", 15))).toMatchObject({ score: 15, attainment: "met" });
    expect(value(score("0起", "1起", 15))).toMatchObject({ score: 0, attainment: "unmet" });
    expect(points("≤0起", "2起", 15)).toBe(0);
    expect(points("0", 0, 15)).toBe(15);
    expect(points("0", 0.5, 15)).toBe(0);
  });
});

describe("equal: full if equal within rounding, else w × min(a, t) / max(a, t)", () => {
  it.each(["=", "＝", "等于"])("%p5次", (op) => {
    expect(value(score(`${op}5次`, "5次", 10))).toMatchObject({ score: 10, attainment: "met", method: "equal" });
    expect(points(`${op}5次`, "4次", 10)).toBe(8);
    expect(points(`${op}5次`, "10次", 10)).toBe(5);
  });

  it("equal within half a unit of the target's last decimal", () => {
    expect(value(score("=100%", "99.6%", 10)).attainment).toBe("met");
    expect(value(score("=100%", "99.4%", 10)).attainment).toBe("unmet");
    expect(value(score("=5.0次", "5.04次", 10)).attainment).toBe("met");
    expect(value(score("=5.0次", "5.06次", 10)).attainment).toBe("unmet");
  });
});

describe("units are never guessed", () => {
  it.each([
    ["≥90%", "92个"],
    ["≤206.4万元", "1000元"],
    ["286座", "253个"],
  ])("%p against %p is a unit mismatch", (target, actual) => {
    expect(score(target, actual, 10)).toEqual({ ok: false, problem: { code: "unit-mismatch", text: target, other: actual } });
  });

  it("a unitless side is taken in the other side's unit", () => {
    expect(points("286座", 253, 20)).toBe(points("286座", "253座", 20));
  });
});

describe("a numeric target with a non-numeric actual", () => {
  it("is not-a-number, naming the actual", () => {
    expect(score("≥30万元", "完成", 10)).toEqual({ ok: false, problem: { code: "not-a-number", text: "完成" } });
    expect(score("≥90%", "无", 10)).toEqual({ ok: false, problem: { code: "not-a-number", text: "无" } });
  });
});

describe("deadlines: an actual date on or before the deadline meets it", () => {
  it("2019年12月31日前 with 2019年12月20日 is full", () => {
    expect(value(score("2019年12月31日前", "2019年12月20日", 5))).toMatchObject({ score: 5, attainment: "met", method: "deadline" });
  });

  it("on the deadline day meets it", () => {
    expect(points("2019年12月31日前", "2019年12月31日", 5)).toBe(5);
  });

  it("after the deadline is not achieved: the band ceiling, 60%", () => {
    expect(value(score("2019年12月31日前", "2020年1月3日", 5))).toMatchObject({ score: 3, attainment: "unmet", method: "deadline" });
  });

  it("12月底前 with a date in December", () => {
    expect(points("12月底前", "12月20日", 5)).toBe(5);
    expect(points("12月底前", "2019年12月31日", 5)).toBe(5);
  });

  it("12月底前 with 12月底, and 2019年12月31日前 with 2019年底", () => {
    expect(points("12月底前", "12月底", 5)).toBe(5);
    expect(points("2019年12月31日前", "2019年底", 5)).toBe(5);
    expect(points("2019年11月30日前", "2019年底", 5)).toBe(3);
  });

  it("takes Excel date serials and JS dates", () => {
    expect(points("2019年12月31日前", 43819, 5)).toBe(5); // 2019-12-20
    expect(points("2019年12月31日前", 43834, 5)).toBe(3); // 2020-01-04
    expect(points("2019年12月31日前", new Date(Date.UTC(2019, 11, 20)), 5)).toBe(5);
  });

  it("takes achievement wording", () => {
    expect(points("12月底前", "按时完成", 5)).toBe(5);
    expect(points("12月底前", "基本完成", 5)).toBe(4);
    expect(points("12月底前", "未按时完成", 5)).toBe(3);
  });

  it("cannot judge a deadline from other text", () => {
    expect(score("12月底前", "详见报告", 5)).toEqual({ ok: false, problem: { code: "cannot-judge", text: "详见报告" } });
  });

  it("按时 and 及时 are judged from the wording", () => {
    expect(points("按时", "按时完成", 5)).toBe(5);
    expect(points("及时", "及时", 5)).toBe(5);
    expect(points("及时", "不及时", 5)).toBe(3);
  });
});

describe("qualitative indicators score the ceiling of their band", () => {
  it.each(["达成", "完成", "已完成", "已建立", "及时", "合格", "达标", "是", "Yes"])("%p: achieved, up to 100%", (actual) => {
    expect(value(score("完成", actual, 10))).toMatchObject({ score: 10, ceiling: 10, attainment: "met", method: "qualitative" });
  });

  it.each(["基本完成", "部分完成", "基本达成", "部分达成"])("%p: partly achieved, up to 80%", (actual) => {
    expect(value(score("完成", actual, 10))).toMatchObject({ score: 8, ceiling: 8, attainment: "partial" });
  });

  it.each(["未完成", "未达成", "未建立", "否", "No"])("%p: not achieved, up to 60%", (actual) => {
    expect(value(score("完成", actual, 10))).toMatchObject({ score: 6, ceiling: 6, attainment: "unmet" });
  });

  it("ceilings scale with the weight", () => {
    expect(points("建立健全管理制度", "基本完成", 5)).toBe(4);
    expect(points("建立健全管理制度", "未建立", 5)).toBe(3);
  });

  it("relative targets: an actual that restates the target meets it", () => {
    expect(points("低于上年", "低于上年", 10)).toBe(10);
    expect(points("逐步改善", "逐步改善", 10)).toBe(10);
    expect(points("较上年有所提高", "已完成", 10)).toBe(10);
  });

  it("wording that says nothing about achievement cannot be judged", () => {
    expect(score("完成", "详见报告", 10)).toEqual({ ok: false, problem: { code: "cannot-judge", text: "详见报告" } });
  });
});

describe("weights", () => {
  it("a negative or non-finite weight is a problem", () => {
    const t = value(parseTarget("≥90%"));
    const a = value(parseActual("92%"));
    expect(indicatorScore(t, a, -1)).toEqual({ ok: false, problem: { code: "bad-weight", text: "-1" } });
    expect(indicatorScore(t, a, NaN).ok).toBe(false);
    expect(indicatorScore(t, a, 0)).toEqual({ ok: true, value: expect.objectContaining({ score: 0 }) });
  });
});
