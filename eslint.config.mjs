// ESLint 9 flat config. It has to live at the top level: ESLint looks for it there.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const TS_FILES = ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"];

// Node globals for the build and tool scripts, listed here rather than taken from a transitive package.
const NODE_GLOBALS = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setInterval: "readonly",
  clearInterval: "readonly",
  URL: "readonly",
};

// The plugin's own "recommended" config brings prettier and a second copy of typescript-eslint,
// so only its rules are used, at the severities that config gives them.
const OFFICE_ADDINS_RULES = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

const CORE_MESSAGE = "src/core is host-neutral (see docs/architecture.md): no Office, React, DOM, Node or ExcelJS.";

/**
 * The floors of src, read top down: core (engine) → host (contract) → adapters (excel, xlsx, functions,
 * wps, docx) → the UI (taskpane) and the two apps over files (web, cli). Imports run downward only.
 * Each entry: the folders a folder may not import, and why.
 */
const FOLDERS = ["core", "host", "excel", "xlsx", "functions", "wps", "docx", "taskpane", "web", "cli"];
const ADAPTERS = ["excel", "xlsx", "functions", "wps", "docx"];
const LAYERS = {
  host: { may: ["core"], why: "src/host is the contract: it imports src/core only." },
  ...Object.fromEntries(ADAPTERS.map((a) => [a, { may: ["core", "host"], why: `src/${a} is an adapter: it imports src/core and src/host only, never another host or the UI.` }])),
  // src/docx is the one adapter the panel may use: it is host-neutral and runs in any browser (it writes the
  // 自评报告 draft and reads a written report's text), so every host gets «生成自评报告草稿» and «核对报告»
  // without each host wrapping the same two calls; delivering the file stays the host's (AuditHost.saveFile).
  taskpane: {
    may: ["core", "host", "docx"],
    why: "src/taskpane talks to hosts through src/host only (its entries, index.tsx and wps-index.tsx, wire in src/excel and src/wps); of the adapters it may use src/docx alone, the host-neutral report writer and reader.",
  },
  web: { may: ["core", "host", "xlsx", "docx", "taskpane"], why: "src/web is the page over files: core, host, the file adapters (xlsx, docx) and the panel; never excel, wps, functions or cli." },
  cli: { may: ["core", "host", "xlsx", "docx"], why: "src/cli is the command line over files: core, host and the file adapters (xlsx, docx) only." },
};

/** The composition roots of the two task panes: the only files of src/taskpane that import a host adapter. */
const TASKPANE_ENTRIES = ["src/taskpane/index.tsx", "src/taskpane/wps-index.tsx"];

const WPS_MESSAGE = "Only src/wps touches the WPS object model (the Application and wps globals); go through createWpsHost().";

/** A no-restricted-imports pattern for relative imports into any of `folders` (from anywhere under src). */
function folderPattern(folders, message) {
  return { regex: `^\\.\\.?/(?:.*/)?(?:${folders.join("|")})(?:/|$)`, message };
}

const layerConfigs = Object.entries(LAYERS).map(([folder, { may, why }]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  ignores: folder === "taskpane" ? TASKPANE_ENTRIES : [],
  rules: {
    "no-restricted-imports": ["error", { patterns: [folderPattern(FOLDERS.filter((f) => f !== folder && !may.includes(f)), why)] }],
  },
}));

export default defineConfig([
  ...layerConfigs,
  {
    // The WPS globals belong to src/wps (src/core repeats the ban in its own list below).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/wps/**"],
    rules: { "no-restricted-globals": ["error", ...["Application", "wps"].map((name) => ({ name, message: WPS_MESSAGE }))] },
  },
  { ignores: ["dist/**", "dist-wps/**", "node_modules/**", "coverage/**", ".tmp/**", "bench-out/**"] },

  js.configs.recommended,
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: NODE_GLOBALS },
  },
  {
    // Plain ES3 for the IE11/EdgeHTML webviews: a browser script, no modules, no Node.
    files: ["src/taskpane/compat.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { window: "writable", document: "readonly", navigator: "readonly" } },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: NODE_GLOBALS },
  },

  {
    files: TS_FILES,
    extends: [tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },

  {
    // Only the Office.js shells: the rules' proxy-object heuristics misfire on ExcelJS code (src/xlsx, src/cli).
    files: ["src/{excel,taskpane,functions}/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_ADDINS_RULES,
  },

  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            "react",
            "react-dom",
            "exceljs",
            "@microsoft/office-js",
            ...builtinModules.filter((m) => !m.startsWith("_")),
          ].map((name) => ({ name, message: CORE_MESSAGE })),
          patterns: [
            {
              group: [
                "react/*",
                "react-dom/*",
                "exceljs/*",
                "@fluentui/*",
                "office-addin-*",
                "@microsoft/office-js/*",
                "@types/office-js",
                "node:*",
              ],
              message: CORE_MESSAGE,
            },
            // Relative imports out of the core into the contract, a host or the UI.
            folderPattern(FOLDERS.filter((f) => f !== "core"), CORE_MESSAGE),
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "CustomFunctions", "OfficeExtension", "Application", "wps", "window", "document", "navigator", "localStorage", "process", "Buffer", "require"].map(
          (name) => ({ name, message: CORE_MESSAGE }),
        ),
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Excel']", message: CORE_MESSAGE },
        { selector: "TSQualifiedName[left.name=/^(Excel|Office|OfficeExtension|CustomFunctions)$/]", message: CORE_MESSAGE },
      ],
    },
  },
]);
