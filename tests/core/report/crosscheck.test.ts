import { crosscheckReport, findClaims, REPORT_CODES, reportEnUS, reportFindingMessage, reportZhCN, type ReportFinding } from "../../../src/core/report";
import { reportText } from "../../../src/core/report";
import { CHENGDE, describe0, draft, QINGDAO, readForm, seed, type Form } from "../../helpers/report";

const codes = (fs: ReportFinding[]): string[] => fs.map((f) => f.code);

describe("crosscheck: the Chengde seed against its form", () => {
  let form: Form;
  let findings: ReportFinding[];
  beforeAll(async () => {
    form = await readForm(CHENGDE);
    findings = crosscheckReport(seed("002_009adab603461ead.txt"), form.facts).findings;
  });

  it("finds the fund given as 206.4 in one section and 206.632 in another", () => {
    const f = findings.find((x) => x.code === "report-inconsistent");
    expect(f).toMatchObject({ rule: "report-inconsistent", severity: "error", sheet: "项目支出绩效自评表", cell: "E6", section: "二、（二）1." });
    expect(f?.params).toMatchObject({ first: "206.4万元", firstAt: "一、（一）1.", second: "206.632万元", shown: "206.632万元", otherShown: "206.4万元" });
    expect(f?.sentence).toContain("剩余资金206.632万元");
    expect(reportFindingMessage(f as ReportFinding, "zh-CN")).toBe("预算数在报告中前后不一致：一、（一）1.写作 206.4万元，此处写作 206.632万元；自评表预算数为 206.632万元，年初预算数为 206.4万元");
  });

  it("flags the claimed 99.7 points, which the rules do not give, and accepts 优, which they do", () => {
    const f = findings.find((x) => x.code === "report-score-claim.total");
    expect(f).toMatchObject({ rule: "report-score-claim", cell: "H21", params: { stated: "99.7", computed: "96.05", form: "99.7" } });
    expect(f?.sentence).toContain("测评结果为优，得分为99.7分");
    expect(codes(findings)).not.toContain("report-score-claim.grade");
    expect(reportFindingMessage(f as ReportFinding, "en-US")).toBe("the report claims a total of 99.7; the rules give 96.05 (the form states 99.7)");
  });

  it("raises nothing else: 172.743 agrees everywhere, the unmet indicator is mentioned", () => {
    expect(codes(findings).sort()).toEqual(["report-inconsistent", "report-score-claim.total"]);
  });

  it("says so when the grade claimed is not the rules' grade", () => {
    const text = seed("002_009adab603461ead.txt").replace("测评结果为优", "测评结果为良");
    const f = crosscheckReport(text, form.facts).findings.find((x) => x.code === "report-score-claim.grade");
    expect(f?.params).toEqual({ stated: "良", computed: "优", score: "96.05" });
  });
});

describe("crosscheck: the Qingdao seed against its form", () => {
  let form: Form;
  let findings: ReportFinding[];
  beforeAll(async () => {
    form = await readForm(QINGDAO);
    findings = crosscheckReport(seed("000_4c7fd10a856f9691.txt"), form.facts).findings;
  });

  it("finds item 19's budget written without its unit", () => {
    const f = findings.find((x) => x.code === "report-missing-unit");
    expect(f).toMatchObject({ rule: "report-missing-unit", severity: "warning", sheet: "项目支出明细", cell: "C22", section: "二、（一）19.", params: { item: "全市应急安全管理能力提升培训班", stated: "51.13", unit: "万元" } });
  });

  it("raises no number mismatch where the figures agree: 40 items, the 1940 / 1465.45 / 75.54% totals", () => {
    expect(codes(findings)).not.toContain("report-number-mismatch");
    const claims = findClaims(seed("000_4c7fd10a856f9691.txt"), form.facts);
    const itemClaims = claims.filter((c) => c.about.kind === "item" && (c.kind === "budget" || c.kind === "actual" || c.kind === "rate"));
    expect(new Set(itemClaims.map((c) => (c.about.kind === "item" ? c.about.fact.row : 0))).size).toBe(40);
    expect(claims.filter((c) => c.about.kind === "whole" && c.kind === "actual").map((c) => c.text)).toContain("1465.45万");
  });

  it("flags the claimed 84.75 against the rules' 81.55", () => {
    expect(findings.find((x) => x.code === "report-score-claim.total")?.params).toEqual({ stated: "84.75", computed: "81.55", form: "84.75" });
  });

  it("finds a changed figure, names the cell, and reads full-width digits and 元", () => {
    const text = seed("000_4c7fd10a856f9691.txt")
      .replace("非煤矿山安全监管费用预算收入17万元，实际支出13万元", "非煤矿山安全监管费用预算收入１７万元，实际支出14万元")
      .replace("安全执法服装购置预算收入132万元，实际支出0元", "安全执法服装购置预算收入1320000元，实际支出0元");
    const mismatches = crosscheckReport(text, form.facts).findings.filter((x) => x.code === "report-number-mismatch");
    expect(mismatches.map((m) => [m.cell, m.params])).toEqual([["D4", { item: "非煤矿山安全监管费用", what: "actual", stated: "14万元", shown: "13.00万元" }]]);
  });

  it("reports an unmet item or indicator the report never mentions", () => {
    const text = seed("000_4c7fd10a856f9691.txt")
      .split("\n")
      .filter((l) => !l.includes("安全执法服装购置"))
      .join("\n")
      .replace(/安全生产应急演练/g, "演练");
    const found = crosscheckReport(text, form.facts).findings.filter((x) => x.rule === "report-unmentioned");
    expect(found.map((f) => [f.code, f.cell, "item" in f.params ? f.params.item : ""])).toEqual([
      ["report-unmentioned.unmet", "F9", "安全执法服装购置"],
      ["report-unmentioned.unmet", "F29", "安全生产应急演练补助费"],
      ["report-unmentioned.unmet", "E5", "开展安全生产应急演练"],
    ]);
  });

  it("reads 两 and 十二 in simple counts, and not 两重点一重大", () => {
    const claims = findClaims("2019年共完成两次消防员招录工作，设置十二个指标。“两重点一重大”企业。", form.facts);
    expect(claims.map((c) => [c.kind, c.value, c.text])).toEqual([
      ["count", 2, "两次"],
      ["count", 12, "十二个"],
    ]);
  });

  it("finds no claims in prose without figures", () => {
    expect(findClaims("我局高度重视绩效评价工作，严格按照有关规定组织实施。", form.facts)).toEqual([]);
  });
});

describe("crosscheck of the tool's own draft", () => {
  it.each([QINGDAO, CHENGDE])("finds nothing in the draft of %s: its checklist and 数据来源 restate cells, its 【请核对】 are already marked", async (name) => {
    const form = await readForm(name);
    const result = crosscheckReport(reportText(draft(form), describe0), form.facts);
    expect(result.claims.length).toBeGreaterThan(30);
    expect(result.findings).toEqual([]);
  });
});

describe("crosscheck messages", () => {
  it("has a text for every code in both languages", () => {
    for (const code of REPORT_CODES) {
      expect(typeof reportZhCN.findings[code]).toBe("function");
      expect(typeof reportEnUS.findings[code]).toBe("function");
    }
    expect(Object.keys(reportZhCN.findings).sort()).toEqual([...REPORT_CODES].sort());
    expect(Object.keys(reportEnUS.findings).sort()).toEqual([...REPORT_CODES].sort());
  });
});
