import { XLSX_LABELS } from "../../src/xlsx/labels";
import { keyPaths, leaves } from "../helpers/parity";

describe("xlsx labels", () => {
  it("have the same keys in zh-CN and en-US", () => {
    expect(keyPaths(XLSX_LABELS["en-US"])).toEqual(keyPaths(XLSX_LABELS["zh-CN"]));
  });

  it("leave no text empty", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      for (const [key, text] of leaves(XLSX_LABELS[lang])) expect([lang, key, text.trim().length > 0]).toEqual([lang, key, true]);
    }
  });

  it("name the severities as the CLI prints them", () => {
    expect(XLSX_LABELS["zh-CN"].severity).toEqual({ error: "错误", warning: "警告", info: "提示" });
    expect(XLSX_LABELS["en-US"].severity).toEqual({ error: "error", warning: "warning", info: "info" });
  });
});
