/**
 * manifest.xml passes the offline validation (schema + resids + shared runtime + namespace + icons),
 * and deliberately broken copies do not, so the validation itself is known to bite.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { DEFAULTS, validateManifest } from "../tools/validate-manifest";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(DEFAULTS.manifestPath, "utf8");
const SCRIPT = path.join(ROOT, "tests/tools/validate-manifest.js");

let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-manifest-"));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Writes a copy of manifest.xml with `edit` applied, failing loudly if the edit changed nothing. */
function brokenCopy(name: string, edit: (xml: string) => string): string {
  const xml = edit(MANIFEST);
  if (xml === MANIFEST) throw new Error(`the "${name}" edit did not change the manifest; update the test`);
  const file = path.join(tmp, `${name}.xml`);
  fs.writeFileSync(file, xml);
  return file;
}

function errorsFor(manifestPath: string, assetsDir = DEFAULTS.assetsDir): string[] {
  return validateManifest({ manifestPath, assetsDir }).errors;
}

describe("manifest.xml", () => {
  it("passes the schema and every project check", () => {
    const { errors, summary } = validateManifest();
    expect(errors).toEqual([]);
    expect(summary).toMatch(/shared runtime "Taskpane\.Url", namespace JX/);
  });

  it("passes `npm run validate` (exit code 0)", () => {
    const r = spawnSync(process.execPath, [SCRIPT], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("a broken manifest is refused", () => {
  it("without the function namespace", () => {
    const file = brokenCopy("no-namespace", (x) => x.replace(/\s*<Namespace resid="[^"]*"\/>/, ""));
    expect(errorsFor(file).join("\n")).toMatch(/no <Namespace>/);
  });

  it("with a namespace other than JX", () => {
    const file = brokenCopy("namespace-xx", (x) => x.replace('<bt:String id="Functions.Namespace" DefaultValue="JX"/>', '<bt:String id="Functions.Namespace" DefaultValue="XX"/>'));
    expect(errorsFor(file).join("\n")).toMatch(/namespace is "XX", expected "JX"/);
  });

  it("when the function file is not the shared runtime page", () => {
    const file = brokenCopy("function-file-mismatch", (x) => x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'));
    expect(errorsFor(file).join("\n")).toMatch(/<FunctionFile> uses resid "Functions\.Script\.Url" but the shared runtime is "Taskpane\.Url"/);
  });

  it("when the shared runtime names another page", () => {
    const file = brokenCopy("runtime-mismatch", (x) => x.replace('<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime resid="Functions.Script.Url" lifetime="long"/>'));
    const errors = errorsFor(file).join("\n");
    expect(errors).toMatch(/custom functions <Page> uses resid "Taskpane\.Url" but the shared runtime is "Functions\.Script\.Url"/);
    expect(errors).toMatch(/ShowTaskpane action uses resid/);
  });

  it("with a resid that is not defined", () => {
    const file = brokenCopy("undefined-resid", (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'));
    const errors = errorsFor(file).join("\n");
    expect(errors).toMatch(/resid="Group\.Lable"> refers to a resource that <Resources> does not define/);
    expect(errors).toMatch(/"Group\.Label" is defined but never used/);
  });

  it("with a label without its zh-CN text", () => {
    const file = brokenCopy("no-zh-label", (x) => x.replace(/(<bt:String id="TaskpaneButton\.Label"[^>]*>)\s*<bt:Override[^>]*\/>/, "$1"));
    expect(errorsFor(file).join("\n")).toMatch(/string "TaskpaneButton\.Label" has no zh-CN <bt:Override>/);
  });

  it("without the zh-CN functions metadata", () => {
    const file = brokenCopy("no-zh-metadata", (x) => x.replace(/\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions-zh-cn\.json"\/>/, ""));
    expect(errorsFor(file).join("\n")).toMatch(/functions metadata URL has no zh-CN override/);
  });

  it("when it fails the XML schema", () => {
    const file = brokenCopy("schema", (x) => x.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"));
    expect(errorsFor(file).join("\n")).toMatch(/^schema: .*Permissions/m);
  });

  it("when an icon is not the size the manifest claims", () => {
    const assets = path.join(tmp, "assets-wrong-size");
    fs.cpSync(DEFAULTS.assetsDir, assets, { recursive: true });
    fs.copyFileSync(path.join(assets, "icon-16.png"), path.join(assets, "icon-32.png"));
    const errors = errorsFor(DEFAULTS.manifestPath, assets).join("\n");
    expect(errors).toMatch(/image "Icon\.32x32" is used at size 32 but icon-32\.png is 16×16/);
  });

  it("when an icon file is missing", () => {
    const assets = path.join(tmp, "assets-missing");
    fs.cpSync(DEFAULTS.assetsDir, assets, { recursive: true });
    fs.rmSync(path.join(assets, "icon-80.png"));
    expect(errorsFor(DEFAULTS.manifestPath, assets).join("\n")).toMatch(/icon-80\.png has no file/);
  });

  it("by the command line too, with exit code 1 and the reason", () => {
    const file = brokenCopy("cli", (x) => x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'));
    const r = spawnSync(process.execPath, [SCRIPT, file], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is not valid:\n\s+- .*shared runtime is "Taskpane\.Url"/);
  });

  it("with a clear message when the schemas are missing", () => {
    const { errors } = validateManifest({ schemaDir: path.join(tmp, "no-such-folder") });
    expect(errors.join("\n")).toMatch(/manifest schemas not found at .*no-such-folder/);
  });
});
