import { countResults, failureLine, failureReason, renderFileReport, renderSummary, toJsonReport, type FileResult } from "../../src/cli/render";
import type { Finding, SheetReport } from "../../src/core/types";

const ESC = "\u001b[";

function finding(over: Partial<Finding>): Finding {
  return { rule: "low-execution", severity: "error", sheet: "项目支出明细", cell: "E7", row: 7, column: 5, code: "low-execution", params: {}, message: "执行率 50.00% 低于 60%", ...over };
}

const sheets: SheetReport[] = [
  {
    sheet: "项目支出明细",
    layout: "line-items",
    blocks: [],
    findings: [
      finding({}),
      finding({ rule: "unmet-target", severity: "warning", cell: "F9", row: 9, column: 6, message: "目标未完成" }),
      finding({ rule: "total-mismatch", severity: "error", cell: "D44", row: 44, column: 4, message: "合计不符", expected: 1465.44, actual: 1465.45 }),
      finding({ rule: "rule-based-total", severity: "info", cell: "H21", row: 21, column: 8, message: "按规则计算的总分为 96.05" }),
    ],
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
        "    错误  E7   执行率 50.00% 低于 60%",
        "    警告  F9   目标未完成",
        "    错误  D44  合计不符",
        "    提示  H21  按规则计算的总分为 96.05",
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
    expect(text).toContain("    info     H21  ");
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
    expect(countResults([audited, failed])).toEqual({ audited: 1, failed: 1, errors: 2, warnings: 1, infos: 1 });
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
      message: "合计不符",
      code: "low-execution",
      params: {},
    });
    expect(first?.sheets[0]?.findings[0]).toMatchObject({ expected: null, actual: null });
  });
});
