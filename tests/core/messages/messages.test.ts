import {
  FINDING_CODES,
  PROBLEM_CODES,
  findingMessage,
  messages,
  problemMessage,
  resolveLang,
} from "../../../src/core/messages";
import { fmtNum, fmtRate } from "../../../src/core/messages/format";
import type { Lang, MessageParams } from "../../../src/core/types";

const LANGS: Lang[] = ["zh-CN", "en-US"];

/** Han characters, CJK punctuation (「」、。) and full-width forms (（）). Curly quotes are checked on their own. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const HAN = /\p{Script=Han}/u;

/** Every parameter any message uses, in ASCII, so CJK in the output can only come from the message itself. */
const ASCII_PARAMS: MessageParams = {
  item: "Item-A",
  rate: "58.5%",
  threshold: "60%",
  status: "X1",
  actual: "253",
  target: ">=286",
  stated: "10",
  computed: "9",
  diff: "1",
  sum: "95",
  expected: "100",
  group: "G1",
  weight: "10",
  formula: "10 x 253 / 286",
  band: "B1",
  ceiling: "8",
  score: "88",
  ratio: "150%",
  budget: "1940",
  cap: "79",
};

/** The same parameters as users write them: Chinese text in names, targets and statuses. */
const CJK_PARAMS: MessageParams = {
  ...ASCII_PARAMS,
  item: "非煤矿山安全监管费用",
  status: "未完成",
  actual: "253座",
  target: "≥286座",
  group: "产出指标",
  band: "部分达成",
  formula: "20 × 253 ÷ 286",
};

describe("message books: parity", () => {
  it.each(LANGS)("%s has exactly one message per finding code", (lang) => {
    expect(Object.keys(messages(lang).findings).sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each(LANGS)("%s has exactly one message per problem code", (lang) => {
    expect(Object.keys(messages(lang).problems).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it("the code lists have no duplicates", () => {
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
  });

  it("both books carry the same labels", () => {
    const zh = messages("zh-CN").words;
    const en = messages("en-US").words;
    for (const group of ["severity", "band", "layout"] as const) {
      expect(Object.keys(zh[group]).sort()).toEqual(Object.keys(en[group]).sort());
      for (const v of Object.values(zh[group])) expect(v).toMatch(HAN);
      for (const v of Object.values(en[group])) {
        expect(v.length).toBeGreaterThan(0);
        expect(v).not.toMatch(CJK);
      }
    }
  });
});

describe.each(FINDING_CODES.map((c) => [c]))("finding %s", (code) => {
  it("zh-CN: a non-empty Chinese sentence", () => {
    const text = findingMessage(code, ASCII_PARAMS, "zh-CN");
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).toMatch(HAN);
    expect(text).not.toMatch(/undefined|null|\[object/);
  });

  it("en-US: a non-empty English sentence with no CJK outside its parameters", () => {
    const text = findingMessage(code, ASCII_PARAMS, "en-US");
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).toMatch(/[a-z]{3}/);
    expect(text).not.toMatch(CJK);
    expect(text).not.toMatch(/[“”「」]/);
    expect(text).not.toMatch(/undefined|null|\[object/);

    let stripped = findingMessage(code, CJK_PARAMS, "en-US");
    for (const v of Object.values(CJK_PARAMS)) stripped = stripped.split(String(v)).join("");
    expect(stripped).not.toMatch(CJK);
  });

  it.each(LANGS)("%s: missing parameters print as nothing, never as 'undefined'", (lang) => {
    const text = findingMessage(code, {}, lang);
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).not.toMatch(/undefined|null/);
  });

  it("uses at least one of its parameters", () => {
    for (const lang of LANGS) {
      const withParams = findingMessage(code, ASCII_PARAMS, lang);
      const without = findingMessage(code, {}, lang);
      expect(withParams).not.toBe(without);
    }
  });
});

describe.each(PROBLEM_CODES.map((c) => [c]))("problem %s", (code) => {
  it("zh-CN: a non-empty Chinese sentence", () => {
    const text = problemMessage({ code, text: "abc", other: "def" }, "zh-CN");
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).toMatch(HAN);
  });

  it("en-US: a non-empty English sentence with no CJK outside its quoted parameters", () => {
    const text = problemMessage({ code, text: "abc", other: "def" }, "en-US");
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).not.toMatch(CJK);
    const withCjk = problemMessage({ code, text: "无", other: "座" }, "en-US");
    expect(withCjk.replace(/'[^']*'/g, "").replace(/#N\/A|无|座/g, "")).not.toMatch(CJK);
  });
});

describe("problem messages as the custom functions show them", () => {
  it("'无' is not a number", () => {
    expect(problemMessage({ code: "not-a-number", text: "无" }, "en-US")).toBe("'无' is not a number");
    expect(problemMessage({ code: "not-a-number", text: "无" }, "zh-CN")).toBe("“无”不是数字");
  });

  it("an unreadable target is named", () => {
    expect(problemMessage({ code: "bad-target", text: "≥abc" }, "en-US")).toContain("'≥abc'");
    expect(problemMessage({ code: "bad-target", text: "≥abc" }, "zh-CN")).toContain("“≥abc”");
  });

  it("a unit mismatch names both sides", () => {
    const en = problemMessage({ code: "unit-mismatch", text: "≥90%", other: "92个" }, "en-US");
    expect(en).toContain("'≥90%'");
    expect(en).toContain("'92个'");
  });

  it("missing text prints as nothing", () => {
    expect(problemMessage({ code: "bad-weight" }, "en-US")).toBe("The weight '' is not valid");
  });
});

describe("resolveLang", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["ZH", "zh-CN"],
    ["en-US", "en-US"],
    ["de-DE", "en-US"],
    ["", "en-US"],
    [null, "en-US"],
    [undefined, "en-US"],
  ])("%p → %p", (tag, lang) => {
    expect(resolveLang(tag)).toBe(lang);
  });
});

describe("number formatting for messages", () => {
  it("fmtRate prints fractions as percentages with trailing zeros removed", () => {
    expect(fmtRate(0.7554)).toBe("75.54%");
    expect(fmtRate(0.5)).toBe("50%");
    expect(fmtRate(1)).toBe("100%");
    expect(fmtRate(0.764706, 1)).toBe("76.5%");
  });

  it("fmtNum prints up to two decimals with trailing zeros removed", () => {
    expect(fmtNum(17.692307)).toBe("17.69");
    expect(fmtNum(1940)).toBe("1940");
    expect(fmtNum(1465.4)).toBe("1465.4");
    expect(fmtNum(NaN)).toBe("NaN");
  });
});
