import { isDarkColor, langFromTag, officeLanguage, officeThemeKind } from "../../src/taskpane/office-env";

type OfficeGlobal = { Office?: unknown };

function withOffice(office: unknown, run: () => void) {
  const g = globalThis as OfficeGlobal;
  const had = "Office" in g;
  const before = g.Office;
  g.Office = office;
  try {
    run();
  } finally {
    if (had) g.Office = before;
    else delete g.Office;
  }
}

describe("langFromTag", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-cn", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["en-US", "en-US"],
    ["fr-FR", "en-US"],
    ["zu-ZA", "en-US"],
    ["", "en-US"],
    [undefined, "en-US"],
  ])("%s → %s", (tag, lang) => {
    expect(langFromTag(tag)).toBe(lang);
  });
});

describe("isDarkColor", () => {
  it.each([
    ["#000000", true],
    ["#262626", true],
    ["#333", true],
    ["#FFFFFF", false],
    ["#f3f3f3", false],
    ["#E6E6E6", false],
    ["not a colour", false],
    [undefined, false],
  ])("%s → %s", (color, dark) => {
    expect(isDarkColor(color)).toBe(dark);
  });
});

describe("Office environment", () => {
  it("follows Office's display language and theme", () => {
    withOffice({ context: { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } } }, () => {
      expect(officeLanguage()).toBe("zh-CN");
      expect(officeThemeKind()).toBe("dark");
    });
    withOffice({ context: { displayLanguage: "en-GB", officeTheme: { bodyBackgroundColor: "#FFFFFF" } } }, () => {
      expect(officeLanguage()).toBe("en-US");
      expect(officeThemeKind()).toBe("light");
    });
  });

  it("is safe when Office, its context or its theme is missing", () => {
    withOffice(undefined, () => {
      expect(["zh-CN", "en-US"]).toContain(officeLanguage());
      expect(officeThemeKind()).toBe("light");
    });
    withOffice({}, () => {
      expect(officeThemeKind()).toBe("light");
    });
    withOffice({ context: { displayLanguage: "zh-CN" } }, () => {
      expect(officeLanguage()).toBe("zh-CN");
      expect(officeThemeKind()).toBe("light");
    });
  });
});
