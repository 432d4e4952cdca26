/**
 * The two ways the add-in loads Office.js, and the manifest's version: the default build references
 * Microsoft's CDN only; `npm run build:intranet` (dist-intranet/) references the bundled copy only;
 * dist/manifest.xml carries package.json's version, so a release makes Excel refresh functions.json.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { BUILD_TIMEOUT_MS, DIST, ensureBuild, ROOT } from "../helpers/build";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const INTRANET = path.join(ROOT, "dist-intranet");

const scriptsOf = (html: string): string[] => [...html.matchAll(/<script[^>]*\bsrc=("?)([^"\s>]+)\1/g)].map((m) => m[2] as string);
const cspOf = (html: string): string => /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";

describe("Office.js in the default and the intranet build", () => {
  beforeAll(() => {
    ensureBuild();
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--env", "intranet"], {
      cwd: ROOT,
      stdio: "pipe",
      timeout: BUILD_TIMEOUT_MS,
    });
  }, BUILD_TIMEOUT_MS * 2);

  afterAll(() => fs.rmSync(INTRANET, { recursive: true, force: true }));

  it("default: Office.js from the CDN only, allowed by the policy", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(scriptsOf(html).filter((s) => /office\.js$/.test(s))).toEqual([OFFICE_JS_CDN]);
    expect(cspOf(html)).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
  });

  it("intranet: the bundled copy only, and a policy that allows nothing outside our origin", () => {
    const html = fs.readFileSync(path.join(INTRANET, "taskpane.html"), "utf8");
    expect(scriptsOf(html)).toEqual(["compat.js", "office-js/office.js", "functions.js", "taskpane.js"]);
    expect(html).not.toContain("appsforoffice.microsoft.com");
    expect(cspOf(html)).toContain("script-src 'self';");
    expect(fs.existsSync(path.join(INTRANET, "office-js", "office.js"))).toBe(true);
    // The CLI is not part of the intranet build; the default build's dist/ is left alone.
    expect(fs.existsSync(path.join(INTRANET, "cli"))).toBe(false);
    expect(fs.existsSync(path.join(DIST, "cli", "jixiao.js"))).toBe(true);
  });

  it("the built manifest's <Version> is package.json's version in four parts", () => {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    const want = [...version.split("."), "0", "0", "0"].slice(0, 4).join(".");
    for (const dir of [DIST, INTRANET]) {
      const xml = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
      expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toBe(want);
    }
  });
});

describe("manifestWithVersion", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { manifestWithVersion } = require(path.join(ROOT, "webpack.config.js")) as { manifestWithVersion(xml: string, v?: string): string };

  it("stamps the version and fails on a manifest without one", () => {
    expect(manifestWithVersion("<a><Version>1.0.0.0</Version></a>", "2.3.1")).toBe("<a><Version>2.3.1.0</Version></a>");
    expect(manifestWithVersion("<a><Version>1.0.0.0</Version></a>", "2.3.1-beta.4")).toBe("<a><Version>2.3.1.4</Version></a>");
    expect(() => manifestWithVersion("<a></a>", "1.0.0")).toThrow(/no <Version>/);
  });
});
