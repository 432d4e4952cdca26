/**
 * The built web checker loads nothing from other origins: checker.html refers only to its own files
 * under the strict policy that src/web/serve.js also sends, and checker.js neither fetches, imports nor
 * styles from an absolute URL. (tests/web records every request a real browser makes, the live proof.)
 */
import fs from "fs";
import path from "path";
import { BUILD_TIMEOUT_MS, DIST, ensureBuild, ROOT } from "../helpers/build";
import { INERT_HOSTS } from "../helpers/inert-hosts";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CSP } = require(path.join(ROOT, "src", "web", "serve.js")) as { CSP: string };


let html: string;
let js: string;

beforeAll(() => {
  ensureBuild();
  html = fs.readFileSync(path.join(DIST, "checker.html"), "utf8");
  // The page's script and its worker's, judged alike.
  js = ["checker.js", "checker-worker.js"].map((f) => fs.readFileSync(path.join(DIST, f), "utf8")).join("\n");
}, BUILD_TIMEOUT_MS);

describe("dist/checker.html", () => {
  it("carries the server's Content-Security-Policy as a meta tag", () => {
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(CSP);
    expect(CSP).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(CSP).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CSP).toContain("form-action 'none'");
    expect(CSP).not.toContain("unsafe-eval");
  });

  it("refers only to files of its own origin", () => {
    const refs = [...html.matchAll(/\s(?:src|href)=("([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[2] ?? m[3] ?? m[4] ?? "");
    expect(refs).toEqual(expect.arrayContaining(["checker.js"]));
    for (const ref of refs) expect([ref, /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)]).toEqual([ref, false]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // no inline script
  });
});

describe("dist/checker.js and checker-worker.js", () => {
  it("calls no network API with an absolute URL", () => {
    expect(js).not.toMatch(/(?:fetch|importScripts|sendBeacon|import|new\s+(?:Worker|SharedWorker|WebSocket|EventSource))\(\s*["'`](?:(?:https?|wss?):)?\/\//);
    expect(js).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//); // CSS: fonts or images from elsewhere
    expect(js).not.toMatch(/@import\s+["']?(?:url\()?\s*["']?(?:https?:)?\/\//);
  });

  it("mentions other hosts only as namespaces and in messages", () => {
    const hosts = new Set([...js.matchAll(/\b(?:https?|wss?):\/\/([^/"'`\s)\\]+)/g)].map((m) => m[1] ?? ""));
    expect([...hosts].filter((h) => !INERT_HOSTS.has(h))).toEqual([]);
  });
});
