import { countResults, failureLine, JSON_PIECE, failureReason, renderFileReport, renderSummary, toJsonReport, writeJsonReport, type FileResult } from "../../src/cli/render";
import { amount, points, text, type Finding, type SheetReport } from "../../src/core/types";

const ESC = "\u001b[";

const at = { sheet: "项目支出明细" };

const sheets: SheetReport[] = [
  {
    sheet: "项目支出明细",
    layout: "line-items",
    blocks: [],
    findings: [
      { ...at, rule: "low-execution", severity: "error", cell: "E7", row: 7, column: 5, code: "low-execution", params: { item: "", rate: 0.5, threshold: 0.6 } },
      { ...at, rule: "unmet-target", severity: "warning", cell: "F9", row: 9, column: 6, code: "unmet-target.declared", params: { item: "", status: "未完成" }, actual: text("未完成") },
      { ...at, rule: "total-mismatch", severity: "error", cell: "D44", row: 44, column: 4, code: "total-mismatch.amount", params: { item: "合计", column: "实际支出", stated: 1465.45, computed: 1465.44, decimals: 2 }, expected: amount(1465.44, 2), actual: amount(1465.45, 2) },
      { ...at, rule: "rule-based-total", severity: "info", cell: "H21", row: 21, column: 8, code: "rule-based-total", params: { computed: 96.0522, stated: 99.7 }, expected: points(96.0522), actual: points(99.7) },
    ] satisfies Finding[],
    stats: { rowsScanned: 40, errors: 2, warnings: 1, infos: 1 },
  },
  { sheet: "说明", layout: "unrecognised", blocks: [], findings: [], stats: { rowsScanned: 0, errors: 0, warnings: 0, infos: 0 } },
  { sheet: "绩效指标", layout: "indicators", blocks: [], findings: [], stats: { rowsScanned: 18, errors: 0, warnings: 0, infos: 0 } },
];

const audited: FileResult = { file: "data/qingdao.xlsx", error: null, sheets };
const failed: FileResult = { file: "old.xls", error: { code: "legacy-xls", message: failureReason("legacy-xls", "zh-CN") }, sheets: [] };

describe("renderFileReport", () => {
  it("prints the file, each sheet with its layout, and one line per finding (zh-CN)", () => {
    expect(renderFileReport(audited, "zh-CN", false)).toBe(
      [
        "data/qingdao.xlsx",
        "  工作表「项目支出明细」：项目支出明细表",
        "    错误  E7   预算执行率为 50%，低于 60%",
        "    警告  F9   绩效目标完成情况填报为“未完成”",
        "    错误  D44  「合计」实际支出填报为 1465.45，与各明细之和 1465.44 不一致（相差 0.01）",
        "    提示  H21  按评分规则计算的总分为 96.05 分（填报 99.7 分）",
        "  工作表「说明」：未识别的表格布局，未审核",
        "  工作表「绩效指标」：绩效指标表",
        "    未发现问题",
        "",
      ].join("\n"),
    );
  });

  it("uses English labels, aligned, for en-US", () => {
    const text = renderFileReport(audited, "en-US", false);
    expect(text).toContain('  Sheet "项目支出明细": line-item table\n');
    expect(text).toContain("    error    E7   ");
    expect(text).toContain("    warning  F9   ");
    expect(text).toContain("    info     H21  the rules give a total of 96.05 (stated: 99.7)\n");
    expect(text).toContain('  Sheet "说明": unrecognised layout, not audited\n');
    expect(text).toContain("    no problems found\n");
  });

  it("colours severities only when asked", () => {
    expect(renderFileReport(audited, "zh-CN", false)).not.toContain(ESC);
    const coloured = renderFileReport(audited, "zh-CN", true);
    expect(coloured).toContain(`${ESC}31m错误${ESC}0m`);
    expect(coloured).toContain(`${ESC}33m警告${ESC}0m`);
    expect(coloured).toContain(`${ESC}36m提示${ESC}0m`);
  });

  it("names the marked copy when one was written", () => {
    expect(renderFileReport({ ...audited, output: "out/qingdao.xlsx" }, "zh-CN", false)).toContain("  审核副本：out/qingdao.xlsx\n");
  });
});

describe("counts and summary", () => {
  it("counts files and findings by severity", () => {
    expect(countResults([audited, failed])).toEqual({ audited: 1, failed: 1, copiesNotWritten: 0, errors: 2, warnings: 1, infos: 1 });
  });

  it("prints the counts in either language, coloured only when asked", () => {
    const counts = countResults([audited, failed]);
    expect(renderSummary(counts, "zh-CN", false)).toBe("共审核 1 个文件，1 个无法审核；错误 2 条，警告 1 条，提示 1 条。\n");
    expect(renderSummary(counts, "en-US", false)).toBe("Files audited: 1, could not be audited: 1. Errors: 2, warnings: 1, infos: 1.\n");
    expect(renderSummary(counts, "en-US", true)).toContain(`${ESC}31m2${ESC}0m`);
  });
});

describe("failure lines", () => {
  it("are one line naming the file and the reason", () => {
    expect(failureLine("a.xls", failureReason("legacy-xls", "zh-CN"), "zh-CN")).toBe("无法审核 a.xls：这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再审核。");
    expect(failureLine("b.xlsx", failureReason("encrypted", "en-US"), "en-US")).toBe(
      "Cannot audit b.xlsx: the file is password-protected; remove the password in Excel or WPS, save it, and audit it again.",
    );
    expect(failureLine("c.xlsx", "two\nlines", "en-US")).toBe("Cannot audit c.xlsx: two lines");
  });

  it("have a reason for every failure code in both languages", () => {
    const codes = ["not-xlsx", "legacy-xls", "encrypted", "corrupt", "empty", "missing", "not-file-or-folder", "no-xlsx", "unreadable", "same-as-input", "write-failed", "internal"] as const;
    for (const lang of ["zh-CN", "en-US"] as const) {
      for (const code of codes) {
        const reason = failureReason(code, lang, { detail: "EACCES", path: "out/a.xlsx" });
        expect([lang, code, reason.length > 0, /\{\w+\}/.test(reason)]).toEqual([lang, code, true, false]);
      }
    }
  });
});

describe("toJsonReport", () => {
  it("has the documented shape", () => {
    const doc = toJsonReport([audited, failed]);
    expect(doc.version).toBe(1);
    expect(doc.files[1]).toEqual({ file: "old.xls", error: "这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再审核。", errorCode: "legacy-xls", sheets: [] });
    const first = doc.files[0];
    expect(first?.error).toBeNull();
    expect(first?.sheets.map((s) => [s.sheet, s.layout, s.findings.length])).toEqual([
      ["项目支出明细", "line-items", 4],
      ["说明", "unrecognised", 0],
      ["绩效指标", "indicators", 0],
    ]);
    expect(first?.sheets[0]?.findings[2]).toEqual({
      rule: "total-mismatch",
      severity: "error",
      sheet: "项目支出明细",
      cell: "D44",
      row: 44,
      column: 4,
      expected: 1465.44,
      actual: 1465.45,
      code: "total-mismatch.amount",
      params: { item: "合计", column: "实际支出", stated: 1465.45, computed: 1465.44, decimals: 2 },
    });
    expect(first?.sheets[0]?.findings[0]).toMatchObject({ expected: null, actual: null });
  });

  it("adds each finding's text, in the language asked for, only when --lang is given", () => {
    const plain = toJsonReport([audited]);
    for (const f of plain.files[0]?.sheets[0]?.findings ?? []) expect(Object.keys(f)).not.toContain("message");
    const en = toJsonReport([audited], "en-US").files[0]?.sheets[0]?.findings[3];
    expect(en).toMatchObject({ rule: "rule-based-total", message: "the rules give a total of 96.05 (stated: 99.7)", expectedText: "96.05", actualText: "99.7" });
    const zh = toJsonReport([audited], "zh-CN").files[0]?.sheets[0]?.findings[2];
    expect(zh).toMatchObject({ message: "「合计」实际支出填报为 1465.45，与各明细之和 1465.44 不一致（相差 0.01）", expectedText: "1465.44" });
  });
});

describe("writeJsonReport", () => {
  const written = (results: FileResult[], lang?: "zh-CN" | "en-US"): string[] => {
    const pieces: string[] = [];
    writeJsonReport(results, lang, (t) => pieces.push(t));
    return pieces;
  };

  it("writes exactly JSON.stringify(toJsonReport(...)) and a newline, with and without texts", () => {
    const withOutput: FileResult = { ...audited, output: "out/a.xlsx" };
    const empty: FileResult = { file: "empty.xlsx", error: null, sheets: [] };
    for (const lang of [undefined, "en-US", "zh-CN"] as const) {
      const cases: FileResult[][] = [[audited, failed], [withOutput, empty], [], [failed]];
      for (const results of cases) expect(written(results, lang).join("")).toBe(JSON.stringify(toJsonReport(results, lang)) + "\n");
    }
  });

  it("writes a large report in pieces of about JSON_PIECE characters, never the whole at once", () => {
    const many: FileResult[] = Array.from({ length: 3000 }, (_, i) => ({ ...audited, file: `f${i}.xlsx` }));
    const pieces = written(many);
    const whole = JSON.stringify(toJsonReport(many)) + "\n";
    expect(whole.length).toBeGreaterThan(3 << 20);
    expect(pieces.join("")).toBe(whole);
    expect(pieces.length).toBeGreaterThan(whole.length / JSON_PIECE - 1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON_PIECE + 2000);
  });
});
