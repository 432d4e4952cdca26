#!/usr/bin/env node
/**
 * Offline check of manifest.xml (`npm run validate`):
 *  1. xmllint against the XML schemas in ../shared/manifest-schemas (office-addin-manifest validate
 *     needs an online service);
 *  2. what a schema cannot see: every resid is defined (and of the right kind), the shared runtime
 *     is the page used by the custom functions, the function file and the task pane button, the
 *     function namespace is JX, zh-CN texts exist, and the icons exist at the sizes the manifest claims.
 *
 * Usage: node tests/tools/validate-manifest.js [manifest.xml] [--schemas <dir>] [--assets <dir>]
 * Exits 1 with one line per problem.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..", "..");
const DEFAULTS = {
  manifestPath: path.join(ROOT, "manifest.xml"),
  schemaDir: process.env.JIXIAO_MANIFEST_SCHEMAS || path.resolve(ROOT, "..", "shared", "manifest-schemas"),
  assetsDir: path.join(ROOT, "assets"),
};
const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";
const NAMESPACE = "JX";
const SECOND_LOCALE = "zh-CN";
const MAX_RESID_LENGTH = 32;

// ---------------------------------------------------------------------------------------------
// A small XML reader: enough for a schema-valid manifest (elements, attributes, text, comments).

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function parseXml(text) {
  const root = { name: "#document", local: "#document", attrs: {}, children: [], parent: null, line: 1 };
  const stack = [root];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[[\s\S]*?\]\]>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|[^<]+/g;
  let line = 1;
  let last = 0;
  let m;
  while ((m = token.exec(text)) !== null) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    const top = stack[stack.length - 1];
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`line ${line}: </${m[1]}> does not close <${top.name}>`);
      stack.pop();
    } else if (m[2]) {
      const attrs = {};
      const attr = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
      let a;
      while ((a = attr.exec(m[3] || "")) !== null) attrs[a[1]] = decode(a[2] ?? a[3] ?? "");
      const el = { name: m[2], local: m[2].replace(/^.*:/, ""), attrs, children: [], parent: top, line };
      top.children.push(el);
      if (!m[4]) stack.push(el);
    } else if (m[0][0] !== "<" && m[0].trim() !== "") {
      top.children.push({ text: decode(m[0]) });
    } else if (m[0].startsWith("<") && !/^<(!--|\?|!DOCTYPE|!\[CDATA\[)/.test(m[0])) {
      throw new Error(`line ${line}: cannot read ${m[0].slice(0, 40)}`);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  return root;
}

function elements(node) {
  return node.children.filter((c) => c.name !== undefined);
}

function descendants(node, local) {
  const out = [];
  const walk = (n) => {
    for (const c of elements(n)) {
      if (!local || c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

function child(node, local) {
  return node ? elements(node).find((c) => c.local === local) : undefined;
}

function textOf(node) {
  return node ? node.children.map((c) => (c.text !== undefined ? c.text : textOf(c))).join("").trim() : "";
}

/** The xsi:type of an element, without its namespace prefix. */
function xsiType(el) {
  const key = Object.keys(el.attrs).find((k) => k.endsWith(":type") && k !== "type");
  return key ? el.attrs[key].replace(/^.*:/, "") : undefined;
}

// ---------------------------------------------------------------------------------------------

/** Width and height from a PNG's IHDR chunk, or undefined when the file is not a PNG. */
function pngSize(file) {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(24);
    fs.readSync(fd, head, 0, 24, 0);
    const signature = "89504e470d0a1a0a";
    if (head.subarray(0, 8).toString("hex") !== signature || head.subarray(12, 16).toString("ascii") !== "IHDR") return undefined;
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  } finally {
    fs.closeSync(fd);
  }
}

function runXmllint(manifestPath, schemaDir) {
  if (!fs.existsSync(schemaDir)) {
    return [
      `manifest schemas not found at ${schemaDir}: the XML schemas live in ../shared/manifest-schemas next to this repository (or set JIXIAO_MANIFEST_SCHEMAS to their folder).`,
    ];
  }
  const schema = path.join(schemaDir, SCHEMA_FILE);
  if (!fs.existsSync(schema)) return [`${SCHEMA_FILE} is missing from ${schemaDir}.`];
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifestPath], { encoding: "utf8" });
  if (r.error && r.error.code === "ENOENT") {
    return ["xmllint is not installed; install it with: apt-get install -y libxml2-utils (see .ci/run)."];
  }
  if (r.status !== 0) {
    const lines = `${r.stderr || ""}${r.stdout || ""}`.split("\n").filter((l) => l.trim() && !/ validates$/.test(l));
    return lines.length > 0 ? lines.map((l) => `schema: ${l}`) : [`schema: xmllint exited with status ${r.status}`];
  }
  return [];
}

/** Which kind of resource a resid on this element must name. */
function expectedKind(el) {
  switch (el.local) {
    case "Image":
      return "Image";
    case "SourceLocation":
    case "Runtime":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "Url";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortString";
    case "Description":
      return "LongString";
    default:
      return undefined;
  }
}

/**
 * Checks the manifest; returns { errors, summary }. `errors` is empty when the manifest is fine.
 * Options: manifestPath, schemaDir, assetsDir (defaults: this repository), schema (false skips xmllint).
 */
function validateManifest(options = {}) {
  const { manifestPath, schemaDir, assetsDir } = { ...DEFAULTS, ...options };
  const errors = [];
  if (!fs.existsSync(manifestPath)) return { errors: [`${manifestPath} does not exist.`], summary: "" };
  if (options.schema !== false) errors.push(...runXmllint(manifestPath, schemaDir));

  let doc;
  try {
    doc = parseXml(fs.readFileSync(manifestPath, "utf8"));
  } catch (e) {
    errors.push(`cannot parse ${path.basename(manifestPath)}: ${e.message}`);
    return { errors, summary: "" };
  }
  const app = child(doc, "OfficeApp");
  if (!app) return { errors: [...errors, "the root element is not <OfficeApp>."], summary: "" };
  const where = (el) => `line ${el.line}`;

  // Resources: id -> { kind, value, overrides, el }
  const resources = new Map();
  const kinds = { Images: "Image", Urls: "Url", ShortStrings: "ShortString", LongStrings: "LongString" };
  for (const res of descendants(app, "Resources")) {
    for (const group of elements(res)) {
      const kind = kinds[group.local];
      if (!kind) continue;
      for (const r of elements(group)) {
        const id = r.attrs.id;
        if (!id) continue;
        if (resources.has(id)) errors.push(`${where(r)}: resource id "${id}" is defined twice.`);
        const overrides = {};
        for (const o of elements(r).filter((c) => c.local === "Override")) overrides[o.attrs.Locale] = o.attrs.Value;
        resources.set(id, { kind, value: r.attrs.DefaultValue, overrides, el: r });
      }
    }
  }

  // Every resid is defined, short enough and of the right kind.
  const used = new Set();
  for (const el of descendants(app).filter((e) => e.attrs.resid !== undefined)) {
    const resid = el.attrs.resid;
    used.add(resid);
    if (resid.length > MAX_RESID_LENGTH) errors.push(`${where(el)}: resid "${resid}" is longer than ${MAX_RESID_LENGTH} characters.`);
    const r = resources.get(resid);
    if (!r) {
      errors.push(`${where(el)}: <${el.name} resid="${resid}"> refers to a resource that <Resources> does not define.`);
      continue;
    }
    const want = expectedKind(el);
    if (want && r.kind !== want) errors.push(`${where(el)}: <${el.name}> needs a ${want} resource, but "${resid}" is a ${r.kind}.`);
  }
  for (const [id, r] of resources) if (!used.has(id)) errors.push(`${where(r.el)}: resource "${id}" is defined but never used.`);

  // Shared runtime: one long-lived runtime, and every page-like element points at it.
  const runtimes = descendants(app, "Runtime");
  let runtimeResid;
  if (runtimes.length !== 1) {
    errors.push(`expected exactly one <Runtime> (the shared runtime), found ${runtimes.length}.`);
  } else {
    runtimeResid = runtimes[0].attrs.resid;
    if (runtimes[0].attrs.lifetime !== "long") errors.push(`${where(runtimes[0])}: the shared <Runtime> needs lifetime="long".`);
  }
  const cfPoint = descendants(app, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  const pageLike = [];
  if (!cfPoint) {
    errors.push("there is no CustomFunctions <ExtensionPoint>.");
  } else {
    const page = child(child(cfPoint, "Page"), "SourceLocation");
    if (page) pageLike.push(["the custom functions <Page>", page]);
    else errors.push(`${where(cfPoint)}: the CustomFunctions extension point has no <Page><SourceLocation>.`);
  }
  const functionFiles = descendants(app, "FunctionFile");
  if (functionFiles.length === 0) errors.push("there is no <FunctionFile>.");
  for (const f of functionFiles) pageLike.push(["<FunctionFile>", f]);
  const showTaskpane = descendants(app, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
  if (showTaskpane.length === 0) errors.push("no button opens the task pane (<Action xsi:type=\"ShowTaskpane\">).");
  for (const a of showTaskpane) {
    const loc = child(a, "SourceLocation");
    if (loc) pageLike.push(["the ShowTaskpane action", loc]);
    else errors.push(`${where(a)}: the ShowTaskpane action has no <SourceLocation>.`);
  }
  if (runtimeResid) {
    for (const [what, el] of pageLike) {
      if (el.attrs.resid !== runtimeResid) {
        errors.push(`${where(el)}: ${what} uses resid "${el.attrs.resid}" but the shared runtime is "${runtimeResid}"; they must be the same.`);
      }
    }
    const sourceLocation = child(child(app, "DefaultSettings"), "SourceLocation");
    const runtimeUrl = resources.get(runtimeResid);
    if (sourceLocation && runtimeUrl && sourceLocation.attrs.DefaultValue !== runtimeUrl.value) {
      errors.push(`the shared runtime URL ${runtimeUrl.value} differs from <DefaultSettings><SourceLocation> ${sourceLocation.attrs.DefaultValue}.`);
    }
  }
  const overrides = child(app, "VersionOverrides");
  const sharedRuntimeSet = overrides && descendants(child(overrides, "Requirements") || { children: [] }, "Set").find((s) => s.attrs.Name === "SharedRuntime");
  if (!sharedRuntimeSet) errors.push("<VersionOverrides><Requirements> does not require the SharedRuntime set.");

  // Custom functions: namespace JX, metadata with a zh-CN twin.
  if (cfPoint) {
    const ns = child(cfPoint, "Namespace");
    const nsValue = ns && resources.get(ns.attrs.resid);
    if (!ns) errors.push(`${where(cfPoint)}: the CustomFunctions extension point has no <Namespace>.`);
    else if (nsValue && nsValue.value !== NAMESPACE) errors.push(`${where(ns)}: the function namespace is "${nsValue.value}", expected "${NAMESPACE}".`);
    else if (nsValue && Object.keys(nsValue.overrides).length > 0) errors.push(`${where(ns)}: the function namespace must not change with the locale.`);
    const meta = child(child(cfPoint, "Metadata"), "SourceLocation");
    const metaUrl = meta && resources.get(meta.attrs.resid);
    if (!meta) errors.push(`${where(cfPoint)}: the CustomFunctions extension point has no <Metadata><SourceLocation>.`);
    else if (metaUrl && !metaUrl.overrides[SECOND_LOCALE]) errors.push(`${where(metaUrl.el)}: the functions metadata URL has no ${SECOND_LOCALE} override.`);
  }

  // Localisation: en-US by default, zh-CN for every name, description, label and tooltip.
  if (textOf(child(app, "DefaultLocale")) !== "en-US") errors.push("<DefaultLocale> should be en-US.");
  for (const local of ["DisplayName", "Description"]) {
    const el = child(app, local);
    if (el && !elements(el).some((o) => o.local === "Override" && o.attrs.Locale === SECOND_LOCALE)) {
      errors.push(`${where(el)}: <${local}> has no ${SECOND_LOCALE} <Override>.`);
    }
  }
  const namespaceResid = cfPoint && child(cfPoint, "Namespace") && child(cfPoint, "Namespace").attrs.resid;
  for (const [id, r] of resources) {
    if ((r.kind === "ShortString" || r.kind === "LongString") && id !== namespaceResid && !r.overrides[SECOND_LOCALE]) {
      errors.push(`${where(r.el)}: string "${id}" has no ${SECOND_LOCALE} <bt:Override>.`);
    }
  }

  // URLs: https, one origin (the add-in loads nothing from elsewhere), icons present at their sizes.
  const sourceLocation = child(child(app, "DefaultSettings"), "SourceLocation");
  const origin = sourceLocation ? safeOrigin(sourceLocation.attrs.DefaultValue) : undefined;
  const urls = [];
  for (const local of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = child(app, local);
    if (el) urls.push({ url: el.attrs.DefaultValue, el, claim: undefined, what: `<${local}>` });
  }
  if (sourceLocation) urls.push({ url: sourceLocation.attrs.DefaultValue, el: sourceLocation, what: "<SourceLocation>" });
  for (const [id, r] of resources) {
    if (r.kind !== "Url" && r.kind !== "Image") continue;
    urls.push({ url: r.value, el: r.el, what: `resource "${id}"` });
    for (const [locale, v] of Object.entries(r.overrides)) urls.push({ url: v, el: r.el, what: `resource "${id}" (${locale})` });
  }
  for (const { url, el, what } of urls) {
    let u;
    try {
      u = new URL(url);
    } catch {
      errors.push(`${where(el)}: ${what} is not a URL: ${url}`);
      continue;
    }
    if (u.protocol !== "https:") errors.push(`${where(el)}: ${what} is not https: ${url}`);
    if (origin && u.origin !== origin) errors.push(`${where(el)}: ${what} is outside the add-in's origin ${origin}: ${url}`);
  }

  const checkedIcons = new Map();
  const iconFile = (url, el, what) => {
    let u;
    try {
      u = new URL(url);
    } catch {
      return undefined;
    }
    const m = /^\/assets\/(.+)$/.exec(u.pathname);
    if (!m) {
      errors.push(`${where(el)}: ${what} ${url} is not served from /assets/.`);
      return undefined;
    }
    const file = path.join(assetsDir, decodeURIComponent(m[1]));
    if (!fs.existsSync(file)) {
      errors.push(`${where(el)}: ${what} ${url} has no file ${path.relative(process.cwd(), file) || file}.`);
      return undefined;
    }
    if (!checkedIcons.has(file)) {
      const size = pngSize(file);
      if (!size) errors.push(`${where(el)}: ${path.basename(file)} is not a PNG.`);
      checkedIcons.set(file, size);
      const named = /-(\d+)\.png$/i.exec(file);
      if (size && named && (size.width !== Number(named[1]) || size.height !== Number(named[1]))) {
        errors.push(`${path.basename(file)} is ${size.width}×${size.height}, not the ${named[1]}×${named[1]} its name says.`);
      }
    }
    return checkedIcons.get(file);
  };
  for (const el of descendants(app, "Image").filter((e) => e.attrs.size !== undefined && e.attrs.resid !== undefined)) {
    const r = resources.get(el.attrs.resid);
    if (!r) continue;
    const claimed = Number(el.attrs.size);
    const size = iconFile(r.value, r.el, `image "${el.attrs.resid}"`);
    if (size && (size.width !== claimed || size.height !== claimed)) {
      errors.push(`${where(el)}: image "${el.attrs.resid}" is used at size ${claimed} but ${path.basename(r.value)} is ${size.width}×${size.height}.`);
    }
  }
  for (const [local, min] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ]) {
    const el = child(app, local);
    if (!el) {
      errors.push(`<${local}> is missing.`);
      continue;
    }
    const size = iconFile(el.attrs.DefaultValue, el, `<${local}>`);
    if (size && (size.width !== size.height || size.width < min)) {
      errors.push(`${where(el)}: <${local}> should be a square icon of at least ${min}px, but is ${size.width}×${size.height}.`);
    }
  }

  const summary = errors.length
    ? ""
    : `${path.basename(manifestPath)} is valid: schema OK, ${resources.size} resources defined and used, shared runtime "${runtimeResid}", namespace ${NAMESPACE}, ${checkedIcons.size} icons checked.`;
  return { errors, summary };
}

function safeOrigin(url) {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--schemas") options.schemaDir = path.resolve(argv[++i]);
    else if (a === "--assets") options.assetsDir = path.resolve(argv[++i]);
    else if (!a.startsWith("-") && !options.manifestPath) options.manifestPath = path.resolve(a);
    else throw new Error(`unknown argument ${a}`);
  }
  return options;
}

if (require.main === module) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`validate-manifest: ${e.message}\nUsage: node tests/tools/validate-manifest.js [manifest.xml] [--schemas <dir>] [--assets <dir>]\n`);
    process.exit(2);
  }
  const { errors, summary } = validateManifest(options);
  if (errors.length > 0) {
    const name = path.relative(process.cwd(), options.manifestPath || DEFAULTS.manifestPath);
    process.stderr.write(`${name} is not valid:\n${errors.map((e) => `  - ${e}`).join("\n")}\n`);
    process.exit(1);
  }
  process.stdout.write(`${summary}\n`);
}

module.exports = { validateManifest, parseXml, pngSize, DEFAULTS };
