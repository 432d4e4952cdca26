import { CLI_TEXT, fill } from "../../src/cli/text";
import { keyPaths, leaves, placeholders } from "../helpers/parity";

describe("CLI text", () => {
  it("has the same keys in zh-CN and en-US", () => {
    expect(keyPaths(CLI_TEXT["en-US"])).toEqual(keyPaths(CLI_TEXT["zh-CN"]));
  });

  it("uses the same placeholders in both languages, and no empty text", () => {
    const zh = leaves(CLI_TEXT["zh-CN"]);
    const en = leaves(CLI_TEXT["en-US"]);
    for (const [key, text] of zh) {
      expect([key, placeholders(en.get(key) ?? "")]).toEqual([key, placeholders(text)]);
      expect([key, text.trim() !== "", (en.get(key) ?? "").trim() !== ""]).toEqual([key, true, true]);
    }
  });

  it("fills placeholders and leaves unknown ones alone", () => {
    expect(fill("无法审核 {file}：{reason}", { file: "a.xls", reason: "旧版" })).toBe("无法审核 a.xls：旧版");
    expect(fill("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
