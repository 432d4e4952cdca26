/**
 * Two builds:
 *  - the add-in (web): taskpane.js, a self-contained functions.js, functions.json (+ zh-CN copy),
 *    taskpane.html, a self-hosted copy of Office.js, the icons and the manifest; and the web checker
 *    for people without Excel: checker.html + checker.js + checker-worker.js (the reader and the audit in
 *    a Web Worker), served by `npm run web`;
 *  - the command line (node): dist/cli/jixiao.js, built only once src/cli/main.ts exists.
 * `npm run build` never needs certificates; only `webpack serve` asks office-addin-dev-certs for them.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { CSP: CHECKER_CSP } = require("./src/web/serve.js");

const ROOT = __dirname;
const DIST = path.resolve(ROOT, "dist");
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_ZH_CN = path.resolve(ROOT, "src/functions/zh-cn.json");
const CLI_ENTRY = path.resolve(ROOT, "src/cli/main.ts");
const OFFICE_JS_DIST = path.resolve(ROOT, "node_modules/@microsoft/office-js/dist");
const DEV_SERVER_PORT = Number(
  process.env.npm_package_config_dev_server_port || require("./package.json").config.dev_server_port || 3000,
);

/**
 * Returns the metadata with each function's and each parameter's description replaced from
 * `translations` ({ ID: { description, parameters: { name: text } } }), plus every problem found:
 * a function or parameter without a translation, or a translation for something that does not exist.
 */
function localizeMetadata(metadata, translations) {
  const problems = [];
  const functions = Array.isArray(metadata && metadata.functions) ? metadata.functions : [];
  const known = new Set();
  const localized = {
    ...metadata,
    functions: functions.map((fn) => {
      const id = String(fn.id).toUpperCase();
      known.add(id);
      const t = translations[id];
      if (!t || typeof t.description !== "string" || t.description.trim() === "") {
        problems.push(`function ${id} has no zh-CN description`);
        return fn;
      }
      const params = (fn.parameters || []).map((p) => {
        const text = t.parameters && t.parameters[p.name];
        if (typeof text !== "string" || text.trim() === "") {
          problems.push(`parameter ${id}(${p.name}) has no zh-CN description`);
          return p;
        }
        return { ...p, description: text };
      });
      const paramNames = new Set((fn.parameters || []).map((p) => p.name));
      for (const name of Object.keys(t.parameters || {})) {
        if (!paramNames.has(name)) problems.push(`zh-CN text for ${id}(${name}), which has no such parameter`);
      }
      return { ...fn, description: t.description, parameters: params };
    }),
  };
  for (const id of Object.keys(translations)) {
    if (!known.has(id.toUpperCase())) problems.push(`zh-CN text for ${id}, which is not a custom function`);
  }
  return { metadata: localized, problems };
}

/** After CustomFunctionsMetadataPlugin has emitted functions.json, emits its zh-CN twin or fails the build. */
class LocalizedFunctionsMetadataPlugin {
  constructor({ source, output, translations }) {
    this.source = source;
    this.output = output;
    this.translations = translations;
  }

  apply(compiler) {
    const name = "LocalizedFunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(this.translations);
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin has already reported why
          const fail = (message) =>
            compilation.errors.push(
              new webpack.WebpackError(`${path.relative(ROOT, this.translations)}: ${message}`),
            );
          let translations;
          try {
            translations = JSON.parse(fs.readFileSync(this.translations, "utf8"));
          } catch (e) {
            fail(`cannot read the zh-CN function texts (${e.message})`);
            return;
          }
          const metadata = JSON.parse(asset.source.source().toString());
          const result = localizeMetadata(metadata, translations);
          if (result.problems.length > 0) {
            fail(`zh-CN function texts are incomplete, so ${this.output} was not written:\n  - ${result.problems.join("\n  - ")}`);
            return;
          }
          compilation.emitAsset(this.output, new webpack.sources.RawSource(JSON.stringify(result.metadata, null, 2) + "\n"));
        },
      );
    });
  }
}

/** Content-Security-Policy for taskpane.html: scripts only from our own origin. */
function contentSecurityPolicy(dev) {
  // Fluent UI (Griffel) injects <style> elements at run time, hence 'unsafe-inline' for styles only.
  const connect = dev ? `'self' wss://localhost:${DEV_SERVER_PORT}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/** The web checker's policy: the one src/web/serve.js sends as a header, plus the dev server's socket. */
function checkerContentSecurityPolicy(dev) {
  return dev ? CHECKER_CSP.replace("connect-src 'self'", `connect-src 'self' wss://localhost:${DEV_SERVER_PORT}`) : CHECKER_CSP;
}

/** TypeScript for both builds. Type checking is `npm run typecheck`; ES modules let webpack tree-shake. */
function typeScriptRule(dev) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: dev } } },
  };
}

function addinConfig({ dev, serve, httpsOptions }) {
  return {
    name: "addin",
    mode: dev ? "development" : "production",
    target: "web",
    context: ROOT,
    // No eval-based source maps: they would break the script-src 'self' policy.
    devtool: dev ? "source-map" : false,
    entry: {
      // functions.js also runs where there is no DOM, so it gets its own chunk and no async chunks.
      functions: { import: FUNCTIONS_SOURCE, asyncChunks: false, chunkLoading: false },
      taskpane: "./src/taskpane/index.tsx",
      // The web checker: the task pane's panel over a host on the picked files, for people without Excel.
      checker: "./src/web/index.tsx",
      // Its Web Worker, loaded by the page as checker-worker.js: reads and audits off the main thread.
      "checker-worker": { import: "./src/web/audit-worker.ts", asyncChunks: false, chunkLoading: false },
    },
    output: {
      path: DIST,
      filename: "[name].js",
      globalObject: "globalThis",
      publicPath: "",
      clean: { keep: /^cli[\\/]/ },
      // Always rewrite outputs, so their times tell tests/helpers/build.ts whether dist/ is current.
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [typeScriptRule(dev)] },
    optimization: { runtimeChunk: false, splitChunks: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        output: "functions-zh-cn.json",
        translations: FUNCTIONS_ZH_CN,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        inject: "head",
        scriptLoading: "defer",
        templateParameters: { csp: contentSecurityPolicy(dev) },
      }),
      new HtmlWebpackPlugin({
        filename: "checker.html",
        template: "./src/web/checker.html",
        chunks: ["checker"],
        inject: "head",
        scriptLoading: "defer",
        templateParameters: { csp: checkerContentSecurityPolicy(dev) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          {
            // Self-hosted Office.js: the add-in loads nothing from outside its own origin.
            from: OFFICE_JS_DIST,
            to: "office-js",
            globOptions: { ignore: ["**/*.d.ts", "**/*vsdoc.js"] }, // editor-only files
            info: { minimized: true }, // already minified; re-minifying 80 MB would take minutes
          },
        ],
      }),
    ],
    stats: "errors-warnings",
    infrastructureLogging: { level: "warn" },
    devServer: serve
      ? {
          port: DEV_SERVER_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: httpsOptions },
          hot: false,
          liveReload: true,
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
}

function cliConfig({ dev }) {
  return {
    name: "cli",
    mode: dev ? "development" : "production",
    target: "node20",
    context: ROOT,
    devtool: dev ? "source-map" : false,
    entry: { jixiao: CLI_ENTRY },
    output: {
      path: path.join(DIST, "cli"),
      filename: "[name].js",
      // Exports runCli so tests and the benchmark can call the CLI in-process.
      library: { type: "commonjs2" },
      clean: true,
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [typeScriptRule(dev)] },
    // ExcelJS stays a normal runtime dependency rather than being bundled.
    externals: { exceljs: "commonjs exceljs" },
    externalsPresets: { node: true },
    node: { __dirname: false, __filename: false },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
      {
        apply(compiler) {
          compiler.hooks.afterEmit.tap("MakeExecutable", () => {
            const file = path.join(compiler.options.output.path, "jixiao.js");
            if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
          });
        },
      },
    ],
    stats: "errors-warnings",
    infrastructureLogging: { level: "warn" },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serve = Boolean(env.WEBPACK_SERVE);
  let httpsOptions;
  if (serve) {
    // Required lazily: a production build must work on machines without dev certificates.
    const devCerts = require("office-addin-dev-certs");
    httpsOptions = await devCerts.getHttpsServerOptions();
  }
  const configs = [addinConfig({ dev, serve, httpsOptions })];
  // The dev server serves the add-in only; the CLI is built with `npm run build`.
  if (!serve && fs.existsSync(CLI_ENTRY)) configs.push(cliConfig({ dev }));
  return configs;
};

module.exports.localizeMetadata = localizeMetadata;
module.exports.addinConfig = addinConfig;
module.exports.checkerContentSecurityPolicy = checkerContentSecurityPolicy;
module.exports.cliConfig = cliConfig;
module.exports.LocalizedFunctionsMetadataPlugin = LocalizedFunctionsMetadataPlugin;
