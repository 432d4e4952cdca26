import { defaultLang, parseArgs, parseRate, type CliArgs } from "../../src/cli/args";

const ZH = { LANG: "zh_CN.UTF-8" };

function usageMessage(args: CliArgs): string {
  if (args.command !== "usage-error") throw new Error(`expected a usage error, got ${JSON.stringify(args)}`);
  return args.message;
}

describe("defaultLang", () => {
  it("is zh-CN unless LC_ALL or LANG starts with en", () => {
    expect(defaultLang({})).toBe("zh-CN");
    expect(defaultLang({ LANG: "C.UTF-8" })).toBe("zh-CN");
    expect(defaultLang({ LANG: "en_US.UTF-8" })).toBe("en-US");
    expect(defaultLang({ LANG: "zh_CN.UTF-8", LC_ALL: "en_GB.UTF-8" })).toBe("en-US");
    expect(defaultLang({ LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" })).toBe("zh-CN");
  });
});

describe("parseRate", () => {
  it("accepts fractions and percentages in (0, 1]", () => {
    expect(parseRate("0.6")).toBe(0.6);
    expect(parseRate(".9")).toBe(0.9);
    expect(parseRate("1")).toBe(1);
    expect(parseRate("60%")).toBeCloseTo(0.6);
    expect(parseRate("100％")).toBe(1);
  });

  it("rejects zero, above one, negatives and non-numbers", () => {
    for (const bad of ["0", "0%", "1.01", "60", "-0.5", "abc", "", "0x1", "1e-1", "NaN", "Infinity"]) expect([bad, parseRate(bad)]).toEqual([bad, undefined]);
  });
});

describe("parseArgs", () => {
  it("parses an audit with defaults", () => {
    expect(parseArgs(["audit", "a.xlsx", "dir"], ZH)).toEqual({ command: "audit", lang: "zh-CN", langGiven: false, inputs: ["a.xlsx", "dir"], json: false, lowRate: 0.6, explainRate: 0.9, limits: {} });
  });

  it("parses every option, in both spellings", () => {
    expect(parseArgs(["audit", "--json", "--lang", "en-US", "--low-rate", "0.5", "--explain-rate=80%", "--out=marked", "--no-color", "a.xlsx"], ZH)).toEqual({
      command: "audit",
      limits: {},
      lang: "en-US",
      langGiven: true,
      inputs: ["a.xlsx"],
      json: true,
      lowRate: 0.5,
      explainRate: 0.8,
      out: "marked",
      color: false,
    });
    expect(parseArgs(["audit", "a.xlsx", "--out", "o", "--color", "--lang=zh-cn"], {})).toMatchObject({ lang: "zh-CN", out: "o", color: true });
  });

  it("takes everything after -- as inputs", () => {
    expect(parseArgs(["audit", "--", "--json", "-x.xlsx"], ZH)).toMatchObject({ inputs: ["--json", "-x.xlsx"], json: false });
  });

  it("recognises help and version anywhere", () => {
    expect(parseArgs(["--help"], ZH)).toEqual({ command: "help", lang: "zh-CN" });
    expect(parseArgs(["audit", "-h"], { LANG: "en_US" })).toEqual({ command: "help", lang: "en-US" });
    expect(parseArgs(["help"], ZH).command).toBe("help");
    expect(parseArgs(["--version"], ZH).command).toBe("version");
    expect(parseArgs(["-V"], ZH).command).toBe("version");
  });

  it("rejects rates out of range, and a low rate above the explain rate", () => {
    expect(usageMessage(parseArgs(["audit", "a.xlsx", "--low-rate", "0"], ZH))).toContain("--low-rate");
    expect(usageMessage(parseArgs(["audit", "a.xlsx", "--low-rate", "1.2"], ZH))).toContain("“1.2”");
    expect(usageMessage(parseArgs(["audit", "a.xlsx", "--explain-rate", "x", "--lang", "en-US"], ZH))).toBe(
      '--explain-rate must be a number above 0 and at most 1 (e.g. 0.6 or 60%), not "x"',
    );
    expect(usageMessage(parseArgs(["audit", "a.xlsx", "--low-rate", "0.95"], ZH))).toBe("--low-rate（0.95）不能大于 --explain-rate（0.9）");
    expect(parseArgs(["audit", "a.xlsx", "--low-rate", "0.9", "--explain-rate", "0.9"], ZH)).toMatchObject({ lowRate: 0.9, explainRate: 0.9 });
  });

  it("reports usage errors in the chosen language", () => {
    expect(usageMessage(parseArgs([], ZH))).toContain("缺少命令");
    expect(usageMessage(parseArgs(["check", "a.xlsx"], { LANG: "en_US" }))).toBe('unknown command "check"; the commands are audit, report and crosscheck');
    expect(usageMessage(parseArgs(["audit"], ZH))).toBe("请至少指定一个 .xlsx 文件或文件夹");
    expect(usageMessage(parseArgs(["audit", "a.xlsx", "--frobnicate"], ZH))).toBe("未知选项 --frobnicate");
    expect(usageMessage(parseArgs(["audit", "a.xlsx", "--json=yes"], ZH))).toContain("--json=yes");
    expect(usageMessage(parseArgs(["audit", "a.xlsx", "--out"], ZH))).toBe("选项 --out 需要一个值");
    expect(usageMessage(parseArgs(["audit", "a.xlsx", "--low-rate", "--json"], ZH))).toBe("选项 --low-rate 需要一个值");
    expect(usageMessage(parseArgs(["audit", "a.xlsx", "--lang", "fr"], ZH))).toBe("--lang 只能是 zh-CN 或 en-US，而不是 “fr”");
  });

  it("parses the reader limits and --jobs, and refuses bad values", () => {
    const a = parseArgs(["audit", "--max-part-mb", "400", "--max-seconds=5", "--max-cells", "100", "--jobs", "3", "a.xlsx"], ZH);
    expect(a).toMatchObject({ command: "audit", limits: { maxPartMb: 400, maxSeconds: 5, maxCells: 100 }, jobs: 3 });
    expect(parseArgs(["audit", "--max-part-mb", "-1", "a.xlsx"], ZH)).toMatchObject({ command: "usage-error", message: "--max-part-mb 必须是正数，而不是 “-1”" });
    expect(parseArgs(["audit", "--jobs", "0", "a.xlsx"], ZH)).toMatchObject({ command: "usage-error" });
  });
});
