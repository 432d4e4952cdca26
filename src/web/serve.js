#!/usr/bin/env node
/**
 * `npm run web`: serves the built web checker (dist/checker.html) on localhost only.
 * Plain Node, no dependencies. The page audits files in the browser; this server only hands out
 * the built files and never receives a workbook.
 *
 *   node src/web/serve.js [--port 8080] [--dist dist]
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** The same policy as the page's meta tag: nothing from other origins. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // The reader and the audit run in checker-worker.js, a Web Worker from this origin.
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function option(argv, name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
}

/** Starts the server; resolves with it once listening (port 0 picks a free port). */
function serve({ dist, port, host = "127.0.0.1" }) {
  const root = path.resolve(dist);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://localhost");
    let rel = decodeURIComponent(url.pathname);
    if (rel === "/") rel = "/checker.html";
    const file = path.resolve(root, "." + rel);
    const method = req.method === "HEAD" ? "GET" : req.method;
    if (!file.startsWith(root + path.sep) || method !== "GET") {
      res.writeHead(method === "GET" ? 403 : 405).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      const headers = {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
      };
      // The task pane page carries its own policy (it must allow Microsoft's Office.js CDN); everything else gets ours.
      if (path.basename(file) !== "taskpane.html") headers["Content-Security-Policy"] = CSP;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { serve, CSP };

if (require.main === module) {
  const argv = process.argv.slice(2);
  const dist = option(argv, "--dist", path.join(__dirname, "..", "..", "dist"));
  const port = Number(option(argv, "--port", process.env.PORT || 8080));
  if (!fs.existsSync(path.join(dist, "checker.html"))) {
    process.stderr.write(`没有找到 ${path.join(dist, "checker.html")}，请先运行 npm run build。 / Build first: npm run build\n`);
    process.exit(2);
  }
  serve({ dist, port }).then(
    (server) => {
      const { port: p } = server.address();
      process.stdout.write(`绩效网页审核 / Jixiao web checker: http://localhost:${p}/\n`);
      const stop = () => server.close(() => process.exit(0));
      process.on("SIGTERM", stop);
      process.on("SIGINT", stop);
      // `npm run web` runs this as a child: when npm itself is killed (kill <npm's pid>) nothing signals us,
      // so watch the parent and stop with it rather than linger on the port.
      const parent = process.ppid;
      setInterval(() => {
        try {
          process.kill(parent, 0);
        } catch {
          stop();
        }
      }, 1000).unref();
    },
    (e) => {
      process.stderr.write(`无法启动服务 / cannot start the server: ${e.message}\n`);
      process.exit(2);
    },
  );
}
