/**
 * src/web/serve.js: hands out the built files on localhost with the page's Content-Security-Policy,
 * and nothing else — no uploads (only GET and HEAD), nothing outside dist/.
 */
import fs from "fs";
import http, { type Server } from "http";
import type { AddressInfo } from "net";
import path from "path";
import { ROOT } from "../helpers/build";
import { makeTempDir, removeTempDir } from "../helpers/fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve, CSP } = require(path.join(ROOT, "src", "web", "serve.js")) as {
  serve(o: { dist: string; port: number }): Promise<Server>;
  CSP: string;
};

let dist: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dist = makeTempDir("serve");
  fs.writeFileSync(path.join(dist, "checker.html"), "<!doctype html><title>t</title>");
  fs.writeFileSync(path.join(dist, "checker.js"), "void 0;");
  fs.writeFileSync(path.join(path.dirname(dist), `${path.basename(dist)}-secret.txt`), "outside");
  server = await serve({ dist, port: 0 });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(path.join(path.dirname(dist), `${path.basename(dist)}-secret.txt`), { force: true });
  removeTempDir(dist);
});

function request(method: string, rawPath: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: rawPath }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("npm run web's server", () => {
  it("listens on the loopback interface only", () => {
    expect((server.address() as AddressInfo).address).toBe("127.0.0.1");
  });

  it("serves the checker at / and its script, with the CSP header", async () => {
    const page = await request("GET", "/");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["content-security-policy"]).toBe(CSP);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.body).toContain("<title>t</title>");
    const script = await request("GET", "/checker.js");
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await request("HEAD", "/checker.html")).status).toBe(200);
  });

  it("accepts nothing but GET and HEAD, and nothing outside dist", async () => {
    expect((await request("POST", "/")).status).toBe(405);
    expect((await request("PUT", "/upload.xlsx")).status).toBe(405);
    expect((await request("GET", `/..%2f${path.basename(dist)}-secret.txt`)).status).toBe(403);
    expect((await request("GET", "/missing.js")).status).toBe(404);
  });

  it("has a policy that allows nothing from other origins", () => {
    const directives = new Map(CSP.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives.get("default-src")).toBe("'self'");
    expect(directives.get("script-src")).toBe("'self'");
    expect(directives.get("connect-src")).toBe("'self'");
    expect(directives.get("object-src")).toBe("'none'");
    expect(directives.get("form-action")).toBe("'none'");
    for (const value of directives.values()) expect(value).not.toMatch(/https?:|\*|unsafe-eval/);
  });
});
