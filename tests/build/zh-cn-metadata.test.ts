/**
 * functions-zh-cn.json is functions.json with Chinese descriptions from src/functions/zh-cn.json, and
 * the build fails rather than ship a function or parameter without its Chinese text.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
}
interface Metadata {
  functions: FunctionMetadata[];
}
type Translations = Record<string, { description: string; parameters?: Record<string, string> }>;
interface WebpackConfigModule {
  localizeMetadata(metadata: Metadata, translations: Translations): { metadata: Metadata; problems: string[] };
  LocalizedFunctionsMetadataPlugin: new (options: { source: string; output: string; translations: string }) => webpack.WebpackPluginInstance;
}

// webpack.config.js is CommonJS without types; its helpers are exported next to the config function.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, LocalizedFunctionsMetadataPlugin } = require("../../webpack.config.js") as WebpackConfigModule;

const METADATA: Metadata = {
  functions: [
    {
      id: "EXECRATE",
      name: "EXECRATE",
      description: "Execution rate.",
      parameters: [
        { name: "budget", description: "Budget.", type: "number" },
        { name: "actual", description: "Actual.", type: "number" },
      ],
    },
    { id: "GRADE", name: "GRADE", description: "Grade.", parameters: [{ name: "score", description: "Score." }] },
  ],
};

const ZH: Translations = {
  EXECRATE: { description: "预算执行率。", parameters: { budget: "全年预算数", actual: "全年执行数" } },
  GRADE: { description: "评价等级。", parameters: { score: "总分" } },
};

describe("localizeMetadata", () => {
  it("replaces function and parameter descriptions and keeps everything else", () => {
    const { metadata, problems } = localizeMetadata(METADATA, ZH);
    expect(problems).toEqual([]);
    expect(metadata.functions.map((f) => f.description)).toEqual(["预算执行率。", "评价等级。"]);
    expect(metadata.functions[0]?.parameters).toEqual([
      { name: "budget", description: "全年预算数", type: "number" },
      { name: "actual", description: "全年执行数", type: "number" },
    ]);
    expect(metadata.functions.map((f) => [f.id, f.name])).toEqual([
      ["EXECRATE", "EXECRATE"],
      ["GRADE", "GRADE"],
    ]);
    expect(METADATA.functions[0]?.description).toBe("Execution rate."); // input untouched
  });

  it("lists every missing or unknown text", () => {
    const { problems } = localizeMetadata(METADATA, {
      EXECRATE: { description: "预算执行率。", parameters: { budget: "全年预算数", actul: "拼错了" } },
      TYPO: { description: "多余", parameters: {} },
    });
    expect(problems).toEqual([
      "parameter EXECRATE(actual) has no zh-CN description",
      "zh-CN text for EXECRATE(actul), which has no such parameter",
      "function GRADE has no zh-CN description",
      "zh-CN text for TYPO, which is not a custom function",
    ]);
  });
});

describe("the zh-CN metadata plugin in a webpack build", () => {
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-zh-"));
    fs.writeFileSync(path.join(tmp, "entry.js"), "");
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Builds an empty entry with a fixed functions.json and the given zh-CN texts. */
  function build(translations: Translations): Promise<{ errors: string[]; zh?: Metadata }> {
    const zhFile = path.join(tmp, "zh-cn.json");
    fs.writeFileSync(zhFile, JSON.stringify(translations));
    const out = path.join(tmp, `out-${Object.keys(translations).length}`);
    const emitMetadata: webpack.WebpackPluginInstance = {
      apply(compiler) {
        compiler.hooks.thisCompilation.tap("FakeMetadata", (compilation) => {
          compilation.emitAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(METADATA)));
        });
      },
    };
    const compiler = webpack({
      mode: "production",
      context: tmp,
      entry: "./entry.js",
      output: { path: out },
      plugins: [emitMetadata, new LocalizedFunctionsMetadataPlugin({ source: "functions.json", output: "functions-zh-cn.json", translations: zhFile })],
      infrastructureLogging: { level: "none" },
    });
    return new Promise((resolve, reject) => {
      compiler.run((err, stats) => {
        compiler.close(() => undefined);
        if (err || !stats) return reject(err ?? new Error("no stats"));
        const errors = (stats.toJson({ all: false, errors: true }).errors ?? []).map((e) => e.message);
        const file = path.join(out, "functions-zh-cn.json");
        resolve({ errors, zh: fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Metadata) : undefined });
      });
    });
  }

  it("emits functions-zh-cn.json when every text is there", async () => {
    const { errors, zh } = await build(ZH);
    expect(errors).toEqual([]);
    expect(zh?.functions[1]?.description).toBe("评价等级。");
  }, 30_000);

  it("fails the build, naming the function, when a text is missing", async () => {
    const { errors, zh } = await build({ EXECRATE: ZH.EXECRATE! });
    expect(zh).toBeUndefined();
    expect(errors.join("\n")).toMatch(/zh-CN function texts are incomplete[\s\S]*function GRADE has no zh-CN description/);
  }, 30_000);
});
