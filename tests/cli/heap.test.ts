/** The CLI holds V8's young generation at its size while it audits, and gives the default back afterwards. */
const calls: string[] = [];
jest.mock("v8", () => ({ ...jest.requireActual("v8"), setFlagsFromString: (flags: string) => calls.push(flags) }));

import { withSteadyYoungGeneration } from "../../src/cli/heap";
import { runCli } from "../../src/cli/run";
import { fixture } from "../helpers/fixtures";

const ENV = process.env.NODE_OPTIONS;
const ARGV = process.execArgv;

afterEach(() => {
  calls.length = 0;
  if (ENV === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = ENV;
  Object.defineProperty(process, "execArgv", { value: ARGV, configurable: true });
});

describe("withSteadyYoungGeneration", () => {
  beforeEach(() => {
    delete process.env.NODE_OPTIONS;
    Object.defineProperty(process, "execArgv", { value: [], configurable: true });
  });

  it("stops the growth during the work and restores it after", async () => {
    const seen = await withSteadyYoungGeneration(async () => [...calls]);
    expect(seen).toEqual(["--semi-space-growth-factor=1"]);
    expect(calls).toEqual(["--semi-space-growth-factor=1", "--semi-space-growth-factor=2"]);
  });

  it("restores it when the work fails", async () => {
    await expect(withSteadyYoungGeneration(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(calls).toEqual(["--semi-space-growth-factor=1", "--semi-space-growth-factor=2"]);
  });

  it.each([
    ["NODE_OPTIONS", () => (process.env.NODE_OPTIONS = "--max-semi-space-size=32")],
    ["node's own arguments", () => Object.defineProperty(process, "execArgv", { value: ["--semi-space-growth-factor=4"], configurable: true })],
  ])("leaves a young generation the user sized (in %s) alone", async (_where, choose) => {
    choose();
    expect(await withSteadyYoungGeneration(async () => 42)).toBe(42);
    expect(calls).toEqual([]);
  });
});

it("is what `jixiao audit` runs under", async () => {
  delete process.env.NODE_OPTIONS;
  Object.defineProperty(process, "execArgv", { value: [], configurable: true });
  const io = { stdout: () => undefined, stderr: () => undefined, env: {} };
  await runCli(["audit", fixture("qingdao-2019-safety-fund.xlsx"), "--json"], io);
  expect(calls).toEqual(["--semi-space-growth-factor=1", "--semi-space-growth-factor=2"]);
  calls.length = 0;
  await runCli(["--version"], io);
  expect(calls).toEqual([]);
});
