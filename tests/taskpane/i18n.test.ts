import { RULE_IDS } from "../../src/core/types";
import { fill, layoutLabel, ruleLabel, severityLabel, UI_TEXT } from "../../src/taskpane/i18n";

/** Han characters, CJK punctuation (「」。) and full-width forms (：（）). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe("task pane text", () => {
  it("has the same keys and no empty text in both languages", () => {
    expect(Object.keys(UI_TEXT["zh-CN"]).sort()).toEqual(Object.keys(UI_TEXT["en-US"]).sort());
    for (const dict of Object.values(UI_TEXT)) {
      for (const text of Object.values(dict)) expect(text.trim()).not.toBe("");
    }
  });

  it("is written in Chinese in zh-CN and not in en-US", () => {
    for (const [key, text] of Object.entries(UI_TEXT["zh-CN"])) expect([key, CJK.test(text)]).toEqual([key, true]);
    for (const [key, text] of Object.entries(UI_TEXT["en-US"])) expect([key, CJK.test(text)]).toEqual([key, false]);
  });

  it("uses the same placeholders in both languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(UI_TEXT["en-US"])) {
      expect([key, names(UI_TEXT["zh-CN"][key as keyof typeof UI_TEXT["zh-CN"]])]).toEqual([key, names(text)]);
    }
  });

  it("labels every rule in both languages", () => {
    for (const id of RULE_IDS) {
      expect(CJK.test(ruleLabel("zh-CN", id))).toBe(true);
      expect(ruleLabel("en-US", id)).toMatch(/^[A-Z]/);
    }
    expect(ruleLabel("zh-CN", "low-execution")).toBe("执行率过低");
    expect(ruleLabel("zh-CN", "total-mismatch")).toBe("合计不符");
    expect(ruleLabel("zh-CN", "weight-sum")).toBe("分值合计不为 100");
  });

  it("takes severity and layout words from the core's message books", () => {
    expect(["error", "warning", "info"].map((s) => severityLabel("zh-CN", s as "error"))).toEqual(["错误", "警告", "提示"]);
    expect(severityLabel("en-US", "warning")).toBe("Warning");
    expect(layoutLabel("zh-CN", "unrecognised")).toBe("未识别的表格布局，未审核");
  });

  it("fills placeholders and leaves unknown ones", () => {
    expect(fill("正在审核 第 {current}/{total} 张工作表", { current: 3, total: 8 })).toBe("正在审核 第 3/8 张工作表");
    expect(fill("{a} {b}", { a: "x" })).toBe("x {b}");
  });
});
