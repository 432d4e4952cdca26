/**
 * `npm run build:wps` writes a self-contained WPS 加载项: the folder holds the entry page, ribbon.xml,
 * the task pane, the functions and their metadata and the icons, refers only to its own files, and
 * loads nothing from anywhere else; the archive carries the folder with the lists and install scripts.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import JSZip from "jszip";
import path from "path";
import { WPS_FUNCTIONS } from "../../src/functions/wps";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";
import { ADDIN, BUILD_TIMEOUT_MS, DIST_WPS, ensureWpsBuild, WPS_FOLDER } from "./build";
import { INERT_HOSTS } from "../helpers/inert-hosts";


beforeAll(() => ensureWpsBuild(), BUILD_TIMEOUT_MS);

const read = (f: string): string => fs.readFileSync(path.join(ADDIN, f), "utf8");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));
}

describe("dist-wps add-in folder", () => {
  it("holds ribbon.xml, the entry page and script, the pane, the functions, their metadata and the icons", () => {
    const all = files(ADDIN);
    for (const f of ["index.html", "main.js", "ribbon.xml", "taskpane.html", "taskpane.js", "functions.js", "functions.json", "manifest.xml", "assets/icon-64.png", "assets/icon-32.png"]) expect(all).toContain(f);
    expect(read("ribbon.xml")).toContain('label="绩效"');
    expect(read("ribbon.xml")).toMatch(/label="审核"[\s\S]*label="清除标注"/);
    expect(read("manifest.xml")).toMatch(/<Namespace>JX<\/Namespace>/);
  });

  it("refers only to files inside the folder, and every one of them exists", () => {
    for (const page of ["index.html", "taskpane.html"]) {
      const html = read(page);
      const refs = [...html.matchAll(/\s(?:src|href)=("([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[2] ?? m[3] ?? m[4] ?? "");
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        expect([page, ref, /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(ref)]).toEqual([page, ref, false]);
        expect(fs.existsSync(path.join(ADDIN, ref))).toBe(true);
      }
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html).toMatch(/Content-Security-Policy"? content="default-src 'self' file:;/);
    }
    const images = [...read("ribbon.xml").matchAll(/getImage="(\w+)"/g)].length;
    expect(images).toBe(2);
    for (const icon of read("main.js").match(/assets\/icon-\d+\.png/g) ?? []) expect(fs.existsSync(path.join(ADDIN, icon))).toBe(true);
  });

  it("loads nothing from other hosts: absolute URLs appear only as namespaces and in messages", () => {
    for (const f of files(ADDIN).filter((x) => /\.(js|html|xml|json)$/.test(x))) {
      const text = read(f);
      expect([f, /(?:fetch|importScripts|sendBeacon|import|new\s+(?:Worker|WebSocket|EventSource))\(\s*["'`](?:(?:https?|wss?):)?\/\//.test(text)]).toEqual([f, false]);
      expect([f, /url\(\s*["']?(?:https?:)?\/\//.test(text)]).toEqual([f, false]);
      const hosts = [...text.matchAll(/\b(?:https?|wss?):\/\/([^/"'`\s)\\<]+)/g)].map((m) => m[1] ?? "");
      expect([f, hosts.filter((h) => !INERT_HOSTS.has(h))]).toEqual([f, []]);
    }
  });

  it("describes every JX function in zh-CN for WPS, with an implementation for each", () => {
    const meta = JSON.parse(read("functions.json")) as { functions: { name: string; description: string; parameters: { name: string; type: string; description: string }[] }[] };
    expect(meta.functions.map((f) => f.name).sort()).toEqual(Object.keys(WPS_FUNCTIONS).sort());
    for (const fn of meta.functions) {
      expect([fn.name, /[\u4e00-\u9fff]/.test(fn.description)]).toEqual([fn.name, true]);
      expect(fn.parameters.length).toBe(WPS_FUNCTIONS[fn.name]?.length);
      for (const p of fn.parameters) expect([fn.name, p.name, /[\u4e00-\u9fff]/.test(p.description), /^any(\[\]\[\])?\??$/.test(p.type)]).toEqual([fn.name, p.name, true, true]);
    }
    const execScore = meta.functions.find((f) => f.name === "EXECSCORE");
    expect(execScore?.parameters.map((p) => p.type)).toEqual(["any[][]", "any[][]", "any[][]?"]);
  });
});

describe("the lists, scripts and archive beside it", () => {
  it("publish.xml names the folder; the archive holds the folder, the lists and the scripts", async () => {
    const publish = fs.readFileSync(path.join(DIST_WPS, "publish.xml"), "utf8");
    expect(publish).toContain(`<jsplugin name="jixiao" type="et" url="${WPS_FOLDER}"`);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(DIST_WPS, `${WPS_FOLDER}.zip`)));
    const names = Object.keys(zip.files);
    for (const f of ["publish.xml", "jsplugins.xml", "install-windows.bat", "install-windows.ps1", "uninstall-windows.bat", "install-linux.sh", `${WPS_FOLDER}/index.html`, `${WPS_FOLDER}/ribbon.xml`, `${WPS_FOLDER}/functions.json`]) expect(names).toContain(f);
    const inZip = names.filter((n) => n.startsWith(`${WPS_FOLDER}/`) && !n.endsWith("/")).map((n) => n.slice(WPS_FOLDER.length + 1)).sort();
    expect(inZip).toEqual(files(ADDIN).sort());
  });
});

describe("the install scripts", () => {
  let home: string | undefined;
  afterEach(() => removeTempDir(home));

  it("install-linux.sh installs for the user, keeps other add-ins, can run again, and removes", () => {
    home = makeTempDir("wps-home");
    const addons = path.join(home, ".local/share/Kingsoft/wps/jsaddons");
    fs.mkdirSync(path.join(addons, "jixiao_0.0.9"), { recursive: true });
    const other = '  <jsplugin name="oa" type="wps" url="oa_1.0.0" version="1.0.0"/>';
    fs.writeFileSync(path.join(addons, "publish.xml"), `<jsplugins>\n${other}\n  <jsplugin name="jixiao" type="et" url="jixiao_0.0.9" version="0.0.9"/>\n</jsplugins>\n`);
    const run = (...args: string[]): string => execFileSync("sh", [path.join(DIST_WPS, "install-linux.sh"), ...args], { env: { ...process.env, HOME: home }, encoding: "utf8" });
    run();
    run();
    const list = fs.readFileSync(path.join(addons, "publish.xml"), "utf8");
    expect(list).toContain(other);
    expect(list.match(/name="jixiao"/g)).toHaveLength(1);
    expect(list).toContain(`url="${WPS_FOLDER}"`);
    expect(fs.readdirSync(addons).sort()).toEqual([WPS_FOLDER, "publish.xml"]);
    expect(files(path.join(addons, WPS_FOLDER)).sort()).toEqual(files(ADDIN).sort());
    run("--remove");
    expect(fs.readdirSync(addons)).toEqual(["publish.xml"]);
    expect(fs.readFileSync(path.join(addons, "publish.xml"), "utf8")).toBe(`<jsplugins>\n${other}\n</jsplugins>\n`);
  });

  it("the Windows scripts have CRLF endings, the .bat files are ASCII, the .ps1 has a UTF-8 BOM", () => {
    for (const f of ["install-windows.bat", "uninstall-windows.bat", "install-windows.ps1"]) {
      const bytes = fs.readFileSync(path.join(DIST_WPS, f));
      const text = bytes.toString("utf8");
      expect([f, /(^|[^\r])\n/.test(text)]).toEqual([f, false]);
      if (f.endsWith(".bat")) expect([f, [...bytes].every((b) => b < 128)]).toEqual([f, true]);
    }
    expect([...fs.readFileSync(path.join(DIST_WPS, "install-windows.ps1")).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
