import { compareDays, formatDay, fromDate, fromExcelSerial, parseDayText } from "../../../src/core/parse/date";

describe("parseDayText", () => {
  it.each([
    ["2019年12月31日", { year: 2019, month: 12, day: 31, rest: "" }],
    ["2019-12-31", { year: 2019, month: 12, day: 31, rest: "" }],
    ["2019/1/5", { year: 2019, month: 1, day: 5, rest: "" }],
    ["２０１９年１２月２０日", { year: 2019, month: 12, day: 20, rest: "" }],
    ["2019年12月31日前", { year: 2019, month: 12, day: 31, rest: "前" }],
    ["12月20日", { month: 12, day: 20, rest: "" }],
    ["12月底前", { month: 12, day: 31, rest: "前" }],
    ["6月末", { month: 6, day: 30, rest: "" }],
    ["2019年底", { year: 2019, month: 12, day: 31, rest: "" }],
    ["2019年2月底", { year: 2019, month: 2, day: 28, rest: "" }],
    ["2020年2月底", { year: 2020, month: 2, day: 29, rest: "" }],
    ["年底前", { month: 12, day: 31, rest: "前" }],
  ])("%p", (text, expected) => {
    expect(parseDayText(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["2019年2月30日", "13月底", "2019年13月1日", "0月1日", "完成", "", "按时"])("refuses %p", (text) => {
    const r = parseDayText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe("bad-date");
  });
});

describe("compareDays", () => {
  it("orders days, comparing month and day only when a year is missing", () => {
    expect(compareDays({ year: 2019, month: 12, day: 20 }, { year: 2019, month: 12, day: 31 })).toBeLessThan(0);
    expect(compareDays({ year: 2019, month: 12, day: 31 }, { year: 2019, month: 12, day: 31 })).toBe(0);
    expect(compareDays({ year: 2020, month: 1, day: 3 }, { year: 2019, month: 12, day: 31 })).toBeGreaterThan(0);
    expect(compareDays({ year: 2019, month: 11, day: 30 }, { month: 12, day: 31 })).toBeLessThan(0);
  });
});

describe("Excel serials and JS dates", () => {
  it("reads 1900-system serials", () => {
    expect(fromExcelSerial(43819)).toEqual({ year: 2019, month: 12, day: 20 });
    expect(fromExcelSerial(43830)).toEqual({ year: 2019, month: 12, day: 31 });
    expect(fromExcelSerial(0)).toBeUndefined();
    expect(fromExcelSerial(NaN)).toBeUndefined();
  });

  it("reads UTC fields of a Date and refuses invalid ones", () => {
    expect(fromDate(new Date(Date.UTC(2019, 11, 20)))).toEqual({ year: 2019, month: 12, day: 20 });
    expect(fromDate(new Date(NaN))).toBeUndefined();
  });

  it("formats days the Chinese way", () => {
    expect(formatDay({ year: 2019, month: 12, day: 31 })).toBe("2019年12月31日");
    expect(formatDay({ month: 12, day: 31 })).toBe("12月31日");
  });
});
