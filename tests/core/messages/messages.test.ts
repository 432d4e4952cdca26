import fs from "fs";
import { runAudit } from "../../../src/core/audit";
import { FINDING_CODES, INPUT_ERROR_CODES, PROBLEM_CODES, message, messages, numberFormat, problemMessage, renderFinding, resolveLang } from "../../../src/core/messages";
import { DEFAULT_RULES } from "../../../src/core/rules";
import type { FindingCode, FindingParams, Lang } from "../../../src/core/types";
import { readWorkbook } from "../../../src/xlsx";
import { fixture } from "../../helpers/fixtures";

const LANGS: Lang[] = ["zh-CN", "en-US"];

/** Han characters, CJK punctuation (「」、。) and full-width forms (（）). Curly quotes are checked on their own. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const HAN = /\p{Script=Han}/u;

const compared = { item: "Item-A", target: ">=286", actual: "253" };

/** Parameters for every code, text in ASCII, so CJK in the output can only come from the message itself. Typed: a code's params must fit it. */
const ASCII_PARAMS: { [C in FindingCode]: FindingParams[C] } = {
  "low-execution": { item: "Item-A", rate: 0.585, threshold: 0.6 },
  "low-execution.no-budget": { item: "Item-A" },
  "unmet-target.declared": { item: "Item-A", status: "X1" },
  "unmet-target.numeric": compared,
  "unmet-target.partial": compared,
  "unmet-target.qualitative": compared,
  "unmet-target.deadline": compared,
  "rate-mismatch": { item: "Item-A", stated: 0.836, statedDecimals: 2, computed: 0.8369 },
  "total-mismatch.amount": { item: "Item-A", column: "Col-B", stated: 1465.45, computed: 1465.44, decimals: 2 },
  "total-mismatch.score": { item: "", stated: 84.75, computed: 82.55, decimals: 2 },
  "weight-sum": { sum: 95, expected: 100 },
  "weight-sum.group": { group: "G1", sum: 45, expected: 50 },
  "score-mismatch.over-weight": { item: "Item-A", stated: 12, weight: 10 },
  "score-mismatch.quantitative": { item: "Item-A", computed: 17.6923, stated: 20, formula: { kind: "ratio", weight: 20, numerator: 253, denominator: 286, percent: false } },
  "score-mismatch.qualitative": { item: "Item-A", actual: "Done-ish", band: "partial", ceiling: 4, stated: 5 },
  "score-mismatch.execution": { computed: 8.35993456966975, weight: 10, rate: 0.8359935, stated: 9.7 },
  "missing-explanation.unmet": { item: "Item-A" },
  "missing-explanation.low-rate": { item: "Item-A", rate: 0.8, threshold: 0.9 },
  "grade-mismatch": { score: 85, expected: "良", stated: "A" },
  "target-exceeded": { ...compared, actual: "400", ratio: 1.4 },
  "non-numeric-actual": compared,
  "unit-mismatch": compared,
  "unit-mismatch.amount": { item: "Item-A", tableUnit: "U1", value: 1940, unit: "U2" },
  "over-budget": { item: "Item-A", actual: 12.5, budget: 10, decimals: 2 },
  "execution-cap": { rate: 0.65, cap: 79, score: 96.5 },
  "rule-based-total": { computed: 96.0522, stated: 99.7 },
  "weight-sum.label": { group: "G1", sum: 45, expected: 50 },
  "unsupported-score.repeats-target": compared,
  "unsupported-score.no-basis": { item: "Item-A", stated: 5 },
  "recognition.block-not-read": { expected: "indicators", found: ["level1", "weight"], missing: ["target"] },
  "recognition.not-filled": { rows: 3 },
  "typed-total": { item: "Total", column: "Col-B", value: 1940, percent: false, neighbour: "D44", neighbourFormula: "=SUM(D4:D43)" },
  "short-sum.missing": { item: "Total", formula: "=SUM(D4:D42)", rows: [43] },
  "short-sum.double": { item: "Total", formula: "=SUM(D4:D20)", rows: [4, 5, 6, 7, 8, 9, 10, 11], via: [12] },
  "inconsistent-formula": { item: "Item-A", formula: "=E9/C9", usual: "=E9/D9", count: 39 },
  "hardcoded-constant": { item: "Item-A", formula: "=D7/1940", constant: 1940 },
  "number-as-text": { item: "Item-A", column: "Col-B", text: "1,465.45", value: 1465.45 },
  "number-as-text.sum": { item: "Item-A", column: "Col-B", text: "1,465.45", value: 1465.45, total: "D44", formula: "=SUM(D4:D43)" },
  "stale-values.manual": { formulas: 42 },
  "stale-values.no-result": { count: 12, cells: ["D44", "E5"], computed: 10, failed: ["F7", "F9"] },
  "hidden-rows.rows": { rows: [7, 8, 9], total: "D44", includes: "all" },
  "hidden-rows.columns": { columns: ["C"], headers: ["Col-B"] },
  "external-link": { formula: "=[1]Sheet1!C5", book: "Book-2018.xlsx" },
  "score-mismatch.execution-missing": { computed: 9.89, weight: 10, rate: 0.989, fromParts: true },
  "target-changed": { item: "Item-A", initial: ">=100", adjusted: ">=80", direction: "eased" },
};

/** The words a code's parameters put into its message (names and figures as shown), to strip before checking for CJK. */
function paramWords(code: FindingCode): string[] {
  return Object.values(ASCII_PARAMS[code]).filter((v): v is string => typeof v === "string");
}

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

  it("both books carry the same words, each in its own language", () => {
    const zh = messages("zh-CN");
    const en = messages("en-US");
    for (const group of ["rules", "severity", "band", "layout", "roles", "inputErrors"] as const) {
      expect(Object.keys(zh[group]).sort()).toEqual(Object.keys(en[group]).sort());
      for (const v of Object.values(zh[group])) expect(v).toMatch(HAN);
      for (const v of Object.values(en[group])) {
        expect(v.length).toBeGreaterThan(0);
        expect(v).not.toMatch(CJK);
      }
    }
    expect(Object.keys(zh.inputErrors).sort()).toEqual([...INPUT_ERROR_CODES].sort());
    expect(Object.keys(zh.exports.headers)).toEqual(Object.keys(en.exports.headers));
    for (const v of Object.values(zh.exports.headers)) expect(v).toMatch(HAN);
    for (const v of Object.values(en.exports.headers)) expect(v).not.toMatch(CJK);
    expect(zh.exports.resultsSheet).toBe("审核结果");
    // Grades stay as the form writes them (优/良/中/差); English adds the word.
    expect(Object.keys(zh.grade)).toEqual(Object.keys(en.grade));
    for (const [k, v] of Object.entries(en.grade)) expect(v).toContain(k);
  });
});

describe.each(FINDING_CODES.map((c) => [c]))("finding %s", (code) => {
  it("zh-CN: a non-empty Chinese sentence", () => {
    const text = message(code, ASCII_PARAMS[code], "zh-CN");
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).toMatch(HAN);
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it("en-US: a non-empty English sentence with no CJK outside its parameters", () => {
    let text = message(code, ASCII_PARAMS[code], "en-US");
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).toMatch(/[a-z]{3}/);
    expect(text).not.toMatch(/[“”「」]/);
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    // The one Chinese word allowed is a grade the form stated (优/良/中/差).
    for (const w of [...paramWords(code), "良"]) text = text.split(w).join("");
    expect(text).not.toMatch(CJK);
  });

  it.each(LANGS)("%s: numbers print at the precision they stand for, never as raw floats", (lang) => {
    const text = message(code, ASCII_PARAMS[code], lang);
    expect(text).not.toMatch(/\d\.\d{5,}/);
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

describe("number formatting, one place per locale", () => {
  it.each(LANGS)("%s: rates as percentages, scores with two decimals, amounts with the cell's decimals", (lang) => {
    const n = numberFormat(lang);
    expect(n.rate(0.7554)).toBe("75.54%");
    expect(n.rate(0.5)).toBe("50%");
    expect(n.rate(1)).toBe("100%");
    expect(n.rate(0.764706, 1)).toBe("76.5%");
    expect(n.score(8.35993456966975)).toBe("8.36");
    expect(n.score(17.692307)).toBe("17.69");
    expect(n.score(20)).toBe("20");
    expect(n.amount(1465.4, 2)).toBe("1465.40");
    expect(n.amount(206.632, 3)).toBe("206.632");
    expect(n.amount(1940, 0)).toBe("1940");
    expect(n.number(1940)).toBe("1940");
    expect(n.quantity({ kind: "score", value: 8.35993456966975 })).toBe("8.36");
    expect(n.quantity({ kind: "text", text: "≥286座" })).toBe("≥286座");
  });
});

describe("one audit, both books", () => {
  it("every finding of qingdao-2019-safety-fund.xlsx renders in zh-CN and en-US, one to one", async () => {
    const bytes = new Uint8Array(await fs.promises.readFile(fixture("qingdao-2019-safety-fund.xlsx")));
    const findings = readWorkbook(bytes).grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
    expect(findings.length).toBeGreaterThan(20);
    const zh = findings.map((f) => renderFinding(f, "zh-CN"));
    const en = findings.map((f) => renderFinding(f, "en-US"));
    expect(zh).toHaveLength(en.length);
    findings.forEach((f, i) => {
      expect([f.cell, zh[i]]).toEqual([f.cell, expect.stringMatching(HAN)]);
      // English text keeps only the names and targets users typed in Chinese.
      let stripped = en[i] as string;
      const typed = Object.values(f.params).filter((v): v is string => typeof v === "string");
      for (const v of typed.sort((a, b) => b.length - a.length)) stripped = stripped.split(v).join("");
      expect([f.cell, stripped]).toEqual([f.cell, expect.not.stringMatching(CJK)]);
      expect([f.cell, en[i]]).toEqual([f.cell, expect.stringMatching(/[a-z]{3}/)]);
    });
  });
});
