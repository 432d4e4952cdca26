/**
 * The JX functions as WPS runs them: dist-wps's functions.js is loaded into a bare VM context whose
 * only global is a stub `wps` with AddCustomFunction, as WPS 表格 offers it (wps 12.1.0.20540 and later),
 * and each registered function is called the way WPS passes arguments: scalars, or 2-D arrays for ranges.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { EXECRATE_MUST_HOLD, INDICATORSCORE_MUST_HOLD } from "../helpers/must-hold";
import { ADDIN, BUILD_TIMEOUT_MS, ensureWpsBuild } from "./build";

type Fn = (...args: unknown[]) => unknown;
interface Registered {
  namespace: string;
  fn: Fn;
  metadata: { description?: string; parameters: { name?: string; type?: string }[] };
}

function load(language = "zh-CN"): Map<string, Registered> {
  const registered = new Map<string, Registered>();
  const sandbox = {
    wps: { AddCustomFunction: (namespace: string, name: string, fn: Fn, metadata: Registered["metadata"]) => registered.set(name, { namespace, fn, metadata }) },
    navigator: { language },
  };
  vm.runInContext(fs.readFileSync(path.join(ADDIN, "functions.js"), "utf8"), vm.createContext(sandbox), { filename: "functions.js" });
  return registered;
}

let fns: Map<string, Registered>;
const call = (name: string, ...args: unknown[]): unknown => {
  const r = fns.get(name);
  if (!r) throw new Error(`${name} is not registered`);
  return r.fn(...args);
};

beforeAll(() => {
  ensureWpsBuild();
  fns = load();
}, BUILD_TIMEOUT_MS);

describe("dist-wps functions.js registers the JX functions with WPS", () => {
  it("registers every function of functions.json in the JX namespace, with its zh-CN metadata", () => {
    const meta = JSON.parse(fs.readFileSync(path.join(ADDIN, "functions.json"), "utf8")) as { functions: { name: string }[] };
    expect([...fns.keys()].sort()).toEqual(meta.functions.map((f) => f.name).sort());
    expect([...fns.values()].every((r) => r.namespace === "JX")).toBe(true);
    expect(fns.get("INDICATORSCORE")?.metadata.description).toContain("指标得分");
    expect(fns.get("INDICATORSCORE")?.metadata.parameters.map((p) => p.name)).toEqual(["target", "actual", "weight"]);
  });

  it('JX.INDICATORSCORE("≥90%", "81%", 10) = 9, as in Excel', () => {
    expect(call("INDICATORSCORE", "≥90%", "81%", 10)).toBe(9);
  });

  it.each(INDICATORSCORE_MUST_HOLD)("INDICATORSCORE(%p, %p, %p) = %p", (target, actual, weight, expected) => {
    expect(call("INDICATORSCORE", target, actual, weight) as number).toBeCloseTo(expected, 4);
  });

  it.each(EXECRATE_MUST_HOLD)("EXECRATE(%p, %p) = %p", (budget, actual, expected) => {
    expect(call("EXECRATE", budget, actual) as number).toBeCloseTo(expected, 6);
  });

  it("takes ranges as 2-D arrays and gives rows back; a bad cell shows its own error", () => {
    expect(call("EXECRATE", [[100], [0], [50]], [[80], [5], [25]])).toEqual([[0.8], ["#DIV/0!"], [0.5]]);
    expect(call("GRADE", [[95, 84.75]])).toEqual([["优", "良"]]);
    expect(call("EXECSCORE", 206.632, 172.743) as number).toBeCloseTo(8.36, 2);
    expect(call("EXECSCORE", 100, 50, 20)).toBe(10);
    expect(call("TARGETMET", "≥4座", "6座")).toBe(true);
    expect(call("AMOUNT", "1,465.45万元")).toBe(1465.45);
  });

  it("throws for a one-cell error, named by its code, with the message in WPS's language", () => {
    expect(() => call("EXECRATE", 0, 5)).toThrow(expect.objectContaining({ name: "#DIV/0!" }));
    expect(() => call("EXECRATE", "无", 5)).toThrow(/无/);
    const en = load("en-US");
    expect(() => en.get("EXECRATE")?.fn("none", 5)).toThrow(/not a number/);
  });

  it("registers nothing outside WPS (no AddCustomFunction), without failing", () => {
    expect(() => vm.runInContext(fs.readFileSync(path.join(ADDIN, "functions.js"), "utf8"), vm.createContext({}), { filename: "functions.js" })).not.toThrow();
  });
});
