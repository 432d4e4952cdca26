/**
 * Three builds:
 *  - the add-in (web): taskpane.js, a self-contained functions.js, functions.json (+ zh-CN copy),
 *    taskpane.html, the icons and the manifest (its <Version> from package.json); and the web checker
 *    for people without Excel: checker.html + checker.js + checker-worker.js (the reader and the audit in
 *    a Web Worker), served by `npm run web`;
 *  - the command line (node): dist/cli/jixiao.js, built only once src/cli/main.ts exists;
 *  - with `--env wps` (`npm run build:wps`) only the WPS 加载项: dist-wps/jixiao_<version>/ (entry page,
 *    ribbon.xml, task pane, the JX functions with WPS's functions.json generated from the same JSDoc),
 *    publish.xml / jsplugins.xml and install scripts beside it, and dist-wps/jixiao_<version>.zip of it all.
 * taskpane.html loads Office.js from Microsoft's CDN, the only way Microsoft supports. `--env intranet`
 * (npm run build:intranet) builds the add-in into dist-intranet/ with the bundled copy of Office.js
 * instead, for isolated networks that cannot reach the CDN.
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
const DIST_WPS = path.resolve(ROOT, "dist-wps");
const PACKAGE = require("./package.json");
/** The WPS add-in's name, and its folder under jsaddons (WPS expects <name>_<version>). */
const WPS_NAME = "jixiao";
const WPS_FOLDER = `${WPS_NAME}_${PACKAGE.version}`;
/** The formula namespace, as in Excel: =JX.EXECRATE(…). */
const WPS_NAMESPACE = "JX";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_ZH_CN = path.resolve(ROOT, "src/functions/zh-cn.json");
const CLI_ENTRY = path.resolve(ROOT, "src/cli/main.ts");
const OFFICE_JS_DIST = path.resolve(ROOT, "node_modules/@microsoft/office-js/dist");
/** Where Microsoft serves Office.js, and the one origin the task pane's policy lets scripts come from. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const PACKAGE_VERSION = require("./package.json").version;

/** The manifest as shipped: its <Version> is package.json's (four parts), so a release refreshes Excel's cached functions.json. */
function manifestWithVersion(xml, version = PACKAGE_VERSION) {
  const parts = String(version).split(/[.+-]/).filter((p) => /^\d+$/.test(p)).slice(0, 4);
  while (parts.length < 4) parts.push("0");
  const stamped = xml.toString().replace(/<Version>[^<]*<\/Version>/, `<Version>${parts.join(".")}</Version>`);
  if (stamped === xml.toString() && !/<Version>/.test(stamped)) throw new Error("manifest.xml has no <Version> element");
  return stamped;
}
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

/**
 * Content-Security-Policy for taskpane.html: scripts from our own origin and, unless built for an
 * intranet, from Microsoft's Office.js CDN (Office.js itself then loads its parts from there).
 */
function contentSecurityPolicy(dev, intranet = false) {
  // Fluent UI (Griffel) injects <style> elements at run time, hence 'unsafe-inline' for styles only.
  const office = intranet ? "" : ` ${OFFICE_JS_ORIGIN}`;
  const connect = (dev ? `'self' wss://localhost:${DEV_SERVER_PORT}` : "'self'") + office;
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
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

/**
 * Office's functions.json (localized) → WPS's: {functions: [{name, description, parameters: [{name,
 * description, type}], result: {type}}]}, types as the wpsjs toolkit writes them ("any", "any[][]",
 * with "?" for optional parameters). Names are the Excel ids, so formulas read the same in both.
 */
function wpsFunctionsMetadata(metadata) {
  const typeOf = (p) => (p.dimensionality === "matrix" ? "any[][]" : "any") + (p.optional ? "?" : "");
  return {
    functions: metadata.functions.map((fn) => ({
      name: String(fn.id).toUpperCase(),
      description: fn.description,
      parameters: (fn.parameters || []).map((p) => ({ name: p.name, description: p.description, type: typeOf(p) })),
      result: { type: "any" },
    })),
  };
}

/** The registration WPS needs, appended to functions.js as the wpsjs toolkit's functionsScanner appends it. */
function wpsRegistration(wpsMetadata, library) {
  return [
    "",
    "/* Generated by webpack.config.js from src/functions/functions.ts's JSDoc: registers the JX functions with WPS. */",
    "(function () {",
    `  var lib = ${library}.WPS_FUNCTIONS;`,
    `  var metadata = ${JSON.stringify(wpsMetadata)};`,
    "  var root = typeof wps !== 'undefined' ? wps : typeof Application !== 'undefined' ? Application : undefined;",
    "  if (!root || typeof root.AddCustomFunction !== 'function') return;",
    "  metadata.functions.forEach(function (fn) {",
    "    if (typeof lib[fn.name] !== 'function') throw new Error('JX.' + fn.name + ' has no WPS implementation');",
    `    root.AddCustomFunction(${JSON.stringify(WPS_NAMESPACE)}, fn.name, lib[fn.name], { description: fn.description, result: fn.result, parameters: fn.parameters });`,
    "  });",
    "})();",
    "",
  ].join("\n");
}

/**
 * publish.xml: the offline list, naming the folder beside it in jsaddons. jsplugins.xml: for a unit that
 * serves the folder on its intranet, the online list oem.ini's JSPluginsServer points at (see README).
 */
function wpsPluginLists() {
  return {
    "publish.xml": [
      '<?xml version="1.0" encoding="UTF-8"?>',
      "<jsplugins>",
      `  <jsplugin name="${WPS_NAME}" type="et" url="${WPS_FOLDER}" version="${PACKAGE.version}" enable="enable_dev" install="null" customDomain=""/>`,
      "</jsplugins>",
      "",
    ].join("\n"),
    "jsplugins.xml": [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<!-- 内网集中部署用：把 http://intranet.example/wps/ 换成本单位内网服务器上放 ${WPS_FOLDER} 文件夹的地址（见 README）。 -->`,
      "<jsplugins>",
      `  <jspluginonline name="${WPS_NAME}" type="et" url="http://intranet.example/wps/${WPS_FOLDER}/"/>`,
      "</jsplugins>",
      "",
    ].join("\n"),
  };
}

/** Install and remove scripts for one machine (src/wps/install/), copied beside the folder; IT staff run them from the unpacked archive. */
const WPS_SCRIPTS = path.resolve(ROOT, "src/wps/install");

/** WPS's functions.json, the registration, the plugin lists, the scripts and the zip of the whole folder. */
class WpsAddinPlugin {
  apply(compiler) {
    const name = "WpsAddinPlugin";
    let excelMetadata;
    compiler.hooks.beforeCompile.tapPromise(name, async () => {
      const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
      excelMetadata = await generateCustomFunctionsMetadata([path.resolve(ROOT, FUNCTIONS_SOURCE)], true);
    });
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, () => {
        compilation.fileDependencies.add(FUNCTIONS_ZH_CN);
        const fail = (message) => compilation.errors.push(new webpack.WebpackError(`WPS build: ${message}`));
        if (!excelMetadata || excelMetadata.errors.length > 0) return fail(`custom function metadata: ${(excelMetadata?.errors || []).join("; ")}`);
        const translations = JSON.parse(fs.readFileSync(FUNCTIONS_ZH_CN, "utf8"));
        const localized = localizeMetadata(JSON.parse(excelMetadata.metadataJson), translations);
        if (localized.problems.length > 0) return fail(`zh-CN function texts are incomplete:\n  - ${localized.problems.join("\n  - ")}`);
        const metadata = wpsFunctionsMetadata(localized.metadata);
        compilation.emitAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(metadata, null, 2) + "\n"));
        const js = compilation.getAsset("functions.js");
        if (!js) return fail("functions.js was not built");
        compilation.updateAsset("functions.js", new webpack.sources.ConcatSource(js.source, wpsRegistration(metadata, "JixiaoWpsFunctions")));
        return undefined;
      });
    });
    compiler.hooks.afterEmit.tapPromise(name, async (compilation) => {
      if (compilation.errors.length > 0) return;
      const files = { ...wpsPluginLists() };
      for (const file of fs.readdirSync(WPS_SCRIPTS)) {
        let text = fs.readFileSync(path.join(WPS_SCRIPTS, file), "utf8");
        // cmd and Windows PowerShell 5 want CRLF; PowerShell 5 reads a .ps1 without BOM in the ANSI code page (GBK), not UTF-8.
        if (/\.(bat|ps1)$/.test(file)) text = text.replace(/\r?\n/g, "\r\n");
        if (file.endsWith(".ps1")) text = "\ufeff" + text;
        files[file] = text;
      }
      for (const [file, text] of Object.entries(files)) {
        fs.writeFileSync(path.join(DIST_WPS, file), text);
        if (file.endsWith(".sh")) fs.chmodSync(path.join(DIST_WPS, file), 0o755);
      }
      // One archive for carrying to machines without network: the folder, the lists, the scripts, the guide.
      const JSZip = require("jszip");
      const zip = new JSZip();
      const add = (abs, rel) => {
        if (fs.statSync(abs).isDirectory()) for (const f of fs.readdirSync(abs).sort()) add(path.join(abs, f), `${rel}/${f}`);
        else zip.file(rel, fs.readFileSync(abs), { date: new Date("2020-01-01T00:00:00Z"), unixPermissions: rel.endsWith(".sh") ? 0o755 : 0o644 });
      };
      add(path.join(DIST_WPS, WPS_FOLDER), WPS_FOLDER);
      for (const file of Object.keys(files)) add(path.join(DIST_WPS, file), file);
      const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" });
      fs.writeFileSync(path.join(DIST_WPS, `${WPS_FOLDER}.zip`), bytes);
    });
  }
}

/** The WPS pages' policy: scripts, styles and images from the add-in's own folder only (file: when WPS loads it from disk). */
function wpsContentSecurityPolicy() {
  return [
    "default-src 'self' file:",
    "script-src 'self' file:",
    "style-src 'self' file: 'unsafe-inline'",
    "img-src 'self' file: data:",
    "font-src 'self' file: data:",
    "connect-src 'self' file:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

function wpsConfig({ dev }) {
  return {
    name: "wps",
    mode: dev ? "development" : "production",
    target: "web",
    context: ROOT,
    devtool: dev ? "source-map" : false,
    entry: {
      // The entry page's script: ribbon callbacks (src/wps/ribbon.ts).
      main: "./src/wps/ribbon.ts",
      // The JX functions, as a global the generated registration hands to wps.AddCustomFunction.
      functions: { import: "./src/functions/wps.ts", library: { type: "var", name: "JixiaoWpsFunctions" }, asyncChunks: false, chunkLoading: false },
      // The checker panel over the WPS host.
      taskpane: "./src/taskpane/wps-index.tsx",
    },
    output: {
      path: path.join(DIST_WPS, WPS_FOLDER),
      filename: "[name].js",
      publicPath: "",
      clean: true,
      compareBeforeEmit: false,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [typeScriptRule(dev)] },
    optimization: { runtimeChunk: false, splitChunks: false },
    performance: { hints: false },
    plugins: [
      new WpsAddinPlugin(),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/wps/index.html",
        chunks: ["functions", "main"],
        chunksSortMode: "manual",
        inject: "head",
        scriptLoading: "blocking",
        templateParameters: { csp: wpsContentSecurityPolicy() },
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/wps/taskpane.html",
        chunks: ["taskpane"],
        inject: "head",
        scriptLoading: "defer",
        templateParameters: { csp: wpsContentSecurityPolicy() },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "src/wps/manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    stats: "errors-warnings",
    infrastructureLogging: { level: "warn" },
  };
}

function addinConfig({ dev, serve, httpsOptions, intranet = false }) {
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
      path: intranet ? path.resolve(ROOT, "dist-intranet") : DIST,
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
        templateParameters: { csp: contentSecurityPolicy(dev, intranet), officeJs: intranet ? "office-js/office.js" : OFFICE_JS_CDN },
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
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestWithVersion(content) },
          // Plain ES3, not bundled: it must run in the IE11 and EdgeHTML webviews old Office uses.
          { from: "src/taskpane/compat.js", to: "compat.js", info: { minimized: true } },
          ...(intranet
            ? [
                {
                  // The bundled Office.js, for isolated networks only: Microsoft supports the CDN copy alone.
                  from: OFFICE_JS_DIST,
                  to: "office-js",
                  globOptions: { ignore: ["**/*.d.ts", "**/*vsdoc.js"] }, // editor-only files
                  info: { minimized: true }, // already minified; re-minifying 80 MB would take minutes
                },
              ]
            : []),
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
      // `jixiao report` and `crosscheck` load docx/mammoth from their own files beside jixiao.js, on first use.
      chunkFilename: "[name].chunk.js",
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
  if (env.wps) {
    fs.mkdirSync(DIST_WPS, { recursive: true });
    return [wpsConfig({ dev })];
  }
  const serve = Boolean(env.WEBPACK_SERVE);
  let httpsOptions;
  if (serve) {
    // Required lazily: a production build must work on machines without dev certificates.
    const devCerts = require("office-addin-dev-certs");
    httpsOptions = await devCerts.getHttpsServerOptions();
  }
  const intranet = Boolean(env.intranet);
  const configs = [addinConfig({ dev, serve, httpsOptions, intranet })];
  // The dev server serves the add-in only; the CLI is built with `npm run build`.
  if (!serve && !intranet && fs.existsSync(CLI_ENTRY)) configs.push(cliConfig({ dev }));
  return configs;
};

module.exports.localizeMetadata = localizeMetadata;
module.exports.manifestWithVersion = manifestWithVersion;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.wpsFunctionsMetadata = wpsFunctionsMetadata;
module.exports.WPS_FOLDER = WPS_FOLDER;
module.exports.addinConfig = addinConfig;
module.exports.checkerContentSecurityPolicy = checkerContentSecurityPolicy;
module.exports.cliConfig = cliConfig;
module.exports.LocalizedFunctionsMetadataPlugin = LocalizedFunctionsMetadataPlugin;
