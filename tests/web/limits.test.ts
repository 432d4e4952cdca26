/** The web page's 文件限制: stored limits, the form's validation, and a refusal's hint that points at the page, not at a CLI flag. */
import { failureReason } from "../../src/cli/render";
import { fileErrorText } from "../../src/web/FileList";
import { LIMITS_KEY, limitRaiseHint, limitsDraft, loadLimits, saveLimits, validateLimits } from "../../src/web/limits";
import { DEFAULT_LIMIT_SETTINGS, LIMIT_FIELDS, limitsFrom } from "../../src/xlsx";

/** A Storage over a Map. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe("文件限制 in the web page", () => {
  it("the defaults shown are the reader's own", () => {
    expect(DEFAULT_LIMIT_SETTINGS).toEqual({ maxPartMb: 200, maxTotalMb: 500, maxRatio: 250, maxCells: 5_000_000, maxSharedStrings: 2_000_000, maxSeconds: 60 });
    expect(limitsFrom(DEFAULT_LIMIT_SETTINGS)).toEqual(limitsFrom({}));
    expect(limitsDraft({})).toEqual({ maxPartMb: "200", maxTotalMb: "500", maxRatio: "250", maxCells: "5000000", maxSharedStrings: "2000000", maxSeconds: "60" });
  });

  it("round-trip through the browser's storage; damaged or missing fields take their defaults", () => {
    const storage = memoryStorage();
    expect(loadLimits(storage)).toEqual({});
    saveLimits(storage, { maxPartMb: 800, maxCells: 20_000_000 });
    expect(loadLimits(storage)).toEqual({ maxPartMb: 800, maxCells: 20_000_000 });
    storage.setItem(LIMITS_KEY, JSON.stringify({ maxPartMb: -1, maxTotalMb: "900", maxRatio: 400, bogus: 1 }));
    expect(loadLimits(storage)).toEqual({ maxRatio: 400 });
    storage.setItem(LIMITS_KEY, "{not json");
    expect(loadLimits(storage)).toEqual({});
    expect(loadLimits(null)).toEqual({});
    expect(() => saveLimits(null, {})).toThrow(expect.objectContaining({ code: "write-failed" }));
  });

  it("the form takes what the CLI's flags take: positive plain numbers", () => {
    const draft = limitsDraft({ maxPartMb: 800 });
    expect(validateLimits(draft)).toEqual({ ok: true, limits: { ...DEFAULT_LIMIT_SETTINGS, maxPartMb: 800 } });
    expect(validateLimits({ ...draft, maxCells: "0", maxSeconds: "1e3", maxRatio: "" })).toEqual({ ok: false, invalid: ["maxRatio", "maxCells", "maxSeconds"] });
    expect(validateLimits({ ...draft, maxTotalMb: " 0.5 " })).toMatchObject({ ok: true, limits: { maxTotalMb: 0.5 } });
    expect(LIMIT_FIELDS).toHaveLength(6);
  });

  it("a refusal names the limit and the page's field that raises it; the CLI's text keeps its flag", () => {
    const params = { limit: 200, part: "xl/worksheets/sheet1.xml" };
    expect(fileErrorText("zh-CN", "limit-part-size", params)).toBe(
      "无法审核：工作表 XML（xl/worksheets/sheet1.xml）解压后超过 200 MB，可能是压缩炸弹，已拒绝读取。如确需审核，请在「文件限制」中放宽「单个部件解压后上限」，保存后文件会重新读取。",
    );
    expect(fileErrorText("en-US", "limit-cells", { limit: 10 })).toMatch(/more than 10 cells.*raise “Most cells in a workbook” under “File limits”/);
    expect(fileErrorText("zh-CN", "limit-cells", { limit: 10 })).not.toContain("--max");
    expect(failureReason("limit-part-size", "zh-CN", params)).toContain("请用 --max-part-mb 放宽");
    expect(limitRaiseHint("zh-CN", "corrupt")).toBe("");
    expect(fileErrorText("zh-CN", "encrypted")).not.toContain("文件限制");
  });
});
