import { fileSize, WEB_TEXT } from "../../src/web/i18n";

/** Han characters, CJK punctuation (「」。) and full-width forms (：（）). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe("web checker text", () => {
  it("has the same keys, no empty text and the same placeholders in both languages", () => {
    expect(Object.keys(WEB_TEXT["zh-CN"]).sort()).toEqual(Object.keys(WEB_TEXT["en-US"]).sort());
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, en] of Object.entries(WEB_TEXT["en-US"])) {
      const zh = WEB_TEXT["zh-CN"][key as keyof (typeof WEB_TEXT)["zh-CN"]];
      expect([key, en.trim() !== "", zh.trim() !== ""]).toEqual([key, true, true]);
      expect([key, names(zh)]).toEqual([key, names(en)]);
    }
  });

  it("is written in Chinese in zh-CN and not in en-US", () => {
    for (const [key, text] of Object.entries(WEB_TEXT["zh-CN"])) expect([key, CJK.test(text)]).toEqual([key, true]);
    for (const [key, text] of Object.entries(WEB_TEXT["en-US"])) expect([key, CJK.test(text)]).toEqual([key, false]);
  });

  it("says plainly that files are not uploaded", () => {
    expect(WEB_TEXT["zh-CN"].privacy).toBe("文件只在本机浏览器中读取和审核，不会上传。");
    expect(WEB_TEXT["zh-CN"].pageTitle).toBe("绩效 · 预算绩效自评网页审核");
    expect(WEB_TEXT["en-US"].pageTitle).toBe("Jixiao · web checker");
  });

  it("shows file sizes as people read them", () => {
    expect(fileSize(512, "zh-CN")).toBe("512 字节");
    expect(fileSize(8704, "en-US")).toBe("8.5 KB");
    expect(fileSize(1907120, "zh-CN")).toBe("1.8 MB");
    expect(fileSize(18 * 1024, "en-US")).toBe("18 KB");
  });
});
