/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_AUDIT_SETTINGS } from "../../src/core/types";
import { ALL_RULES } from "../../src/core/rules";
import { RULE_IDS, type RuleId } from "../../src/core/types";
import { mergeSettings, validateSettings as validate } from "../../src/taskpane/hooks/useSettings";
import { HostError, type Settings } from "../../src/host";
import { grid } from "../helpers/grid";
import { costOverrun } from "../helpers/real-forms";
import { FakeHost } from "./fake-host";
import { auditAndWait, renderPanel } from "./render-panel";

afterEach(cleanup);

const DEFAULT_RULES = ALL_RULES.filter((r) => r.defaultOn).map((r) => r.id);

async function openSettings(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "审核设置" }));
  await screen.findByRole("textbox", { name: /执行率过低阈值/ });
}

const low = () => screen.getByRole("textbox", { name: /执行率过低阈值/ });
const explain = () => screen.getByRole("textbox", { name: /需说明的执行率阈值/ });
const save = () => screen.getByRole("button", { name: "保存到工作簿" });

describe("settings", () => {
  it("start from the engine's defaults: 60%, 90% and the rules that are on by default", async () => {
    await renderPanel();
    await openSettings();
    expect(low()).toHaveValue("60");
    expect(explain()).toHaveValue("90");
    const rules = screen.getByRole("group", { name: "审核规则" });
    expect(within(rules).getAllByRole("checkbox")).toHaveLength(RULE_IDS.length);
    expect(within(rules).getByRole("checkbox", { name: "执行率过低" })).toBeChecked();
    expect(within(rules).getByRole("checkbox", { name: "合计不符" })).toBeChecked();
    expect(within(rules).getByRole("checkbox", { name: "按执行率限制总分" })).not.toBeChecked();
    expect(within(rules).getAllByRole("checkbox").filter((c) => (c as HTMLInputElement).checked)).toHaveLength(DEFAULT_RULES.length);
  });

  it("show what the workbook stores", async () => {
    await renderPanel(new FakeHost({ settings: { lowRate: 0.5, explainRate: 0.855, rules: ["low-execution", "total-mismatch"] } }));
    await openSettings();
    expect(low()).toHaveValue("50");
    expect(explain()).toHaveValue("85.5");
    expect(screen.getByRole("checkbox", { name: "执行率过低" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "目标未完成" })).not.toBeChecked();
  });

  it("save the thresholds as fractions with the chosen rules, and the next audit uses them", async () => {
    const { host } = await renderPanel();
    await openSettings();
    fireEvent.change(low(), { target: { value: "40" } });
    fireEvent.change(explain(), { target: { value: "85" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "按规则计算的总分" }));
    fireEvent.click(save());
    await screen.findByText("设置已保存到工作簿，下次审核时生效。");
    expect(host.saveSettings).toHaveBeenCalledTimes(1);
    expect(host.saveSettings).toHaveBeenCalledWith({
      lowRate: 0.4,
      explainRate: 0.85,
      rules: DEFAULT_RULES.filter((r) => r !== "rule-based-total"),
      scoreTolerance: 0.01,
      executionWeight: 10,
    });

    // 50% is no longer below the low threshold, and the info rule is off.
    await auditAndWait("审核整个工作簿");
    expect(screen.queryByRole("heading", { name: /^执行率过低/ })).toBeNull();
    expect(screen.queryByRole("heading", { name: /^按规则计算的总分/ })).toBeNull();
    expect(screen.getByText("错误 2 项")).toBeInTheDocument();
    expect(screen.getByText("提示 0 项")).toBeInTheDocument();
  });

  it("apply settings read from the workbook to the audit", async () => {
    await renderPanel(new FakeHost({ settings: { lowRate: 0.4 } }));
    await auditAndWait("审核整个工作簿");
    expect(screen.queryByRole("heading", { name: /^执行率过低/ })).toBeNull();
    expect(screen.getByRole("heading", { name: "缺少情况说明（2 项）" })).toBeInTheDocument();
  });

  it.each([
    ["abc", "90", "请输入 0 到 100 之间的百分数。"],
    ["", "90", "请输入 0 到 100 之间的百分数。"],
    ["0", "90", "阈值须大于 0%，且不超过 100%。"],
    ["-5", "90", "阈值须大于 0%，且不超过 100%。"],
    ["60", "120", "阈值须大于 0%，且不超过 100%。"],
    ["95", "90", "执行率过低阈值不能高于需说明的执行率阈值。"],
  ])("refuse low %p / explain %p with a message and save nothing", async (lowText, explainText, message) => {
    const { host } = await renderPanel();
    await openSettings();
    fireEvent.change(low(), { target: { value: lowText } });
    fireEvent.change(explain(), { target: { value: explainText } });
    expect(screen.getByText(message)).toBeInTheDocument();
    fireEvent.click(save());
    await waitFor(() => expect(screen.queryByText(/设置已保存/)).toBeNull());
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it("refuse to save with no rule chosen", async () => {
    const { host } = await renderPanel(new FakeHost({ settings: { rules: ["low-execution"] } }));
    await openSettings();
    fireEvent.click(screen.getByRole("checkbox", { name: "执行率过低" }));
    expect(screen.getByText("请至少选择一条审核规则。")).toBeInTheDocument();
    fireEvent.click(save());
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it("accept equal thresholds and a % sign", async () => {
    const { host } = await renderPanel();
    await openSettings();
    fireEvent.change(low(), { target: { value: "80%" } });
    fireEvent.change(explain(), { target: { value: " 80 " } });
    fireEvent.click(save());
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ lowRate: 0.8, explainRate: 0.8 })));
  });

  it("reset to the defaults", async () => {
    await renderPanel(new FakeHost({ settings: { lowRate: 0.3, explainRate: 0.5, rules: ["weight-sum"] } }));
    await openSettings();
    expect(low()).toHaveValue("30");
    fireEvent.click(screen.getByRole("button", { name: "恢复默认设置" }));
    expect(low()).toHaveValue("60");
    expect(explain()).toHaveValue("90");
    expect(screen.getByRole("checkbox", { name: "执行率过低" })).toBeChecked();
  });

  it("show a failed save in the panel and keep the old settings for audits", async () => {
    const host = new FakeHost();
    host.failures.saveSettings = new HostError("write-failed", "");
    await renderPanel(host);
    await openSettings();
    fireEvent.change(low(), { target: { value: "40" } });
    fireEvent.click(save());
    expect(await screen.findByText("写入失败")).toBeInTheDocument();
    expect(screen.queryByText(/设置已保存/)).toBeNull();
    await auditAndWait("审核整个工作簿");
    expect(screen.getByRole("heading", { name: "执行率过低（1 项）" })).toBeInTheDocument();
  });
});

describe("settings rules", () => {
  const validateSettings = (d: { lowRate: string; explainRate: string; rules: RuleId[]; scoreTolerance?: string; executionWeight?: string }) =>
    validate({ scoreTolerance: "0.01", executionWeight: "10", ...d });

  it("validate 0 < low ≤ explain ≤ 1", () => {
    expect(validateSettings({ lowRate: "60", explainRate: "90", rules: ["low-execution"] })).toEqual({
      ok: true,
      settings: { lowRate: 0.6, explainRate: 0.9, rules: ["low-execution"], scoreTolerance: 0.01, executionWeight: 10 },
    });
    expect(validateSettings({ lowRate: "100", explainRate: "100", rules: ["low-execution"] }).ok).toBe(true);
    expect(validateSettings({ lowRate: "0", explainRate: "90", rules: ["low-execution"] })).toEqual({ ok: false, problems: { lowRate: "range" } });
    expect(validateSettings({ lowRate: "91", explainRate: "90", rules: ["low-execution"] })).toEqual({ ok: false, problems: { lowRate: "order" } });
    expect(validateSettings({ lowRate: "1e2", explainRate: "90", rules: [] })).toEqual({ ok: false, problems: { lowRate: "number", rules: "rules" } });
  });

  it("fall back to the defaults for anything stored that makes no sense", () => {
    const defaults = { lowRate: DEFAULT_AUDIT_SETTINGS.lowRate, explainRate: DEFAULT_AUDIT_SETTINGS.explainRate, rules: DEFAULT_RULES, scoreTolerance: 0.01, executionWeight: 10 };
    expect(mergeSettings({})).toEqual(defaults);
    expect(mergeSettings({ lowRate: 0.95, explainRate: 0.9 })).toEqual(defaults);
    expect(mergeSettings({ rules: ["no-such-rule" as never] })).toEqual(defaults);
    expect(mergeSettings({ rules: ["grade-mismatch", "low-execution"] }).rules).toEqual(["low-execution", "grade-mismatch"]);
  });
});

describe("score tolerance and execution weight", () => {
  /** Issue 9's case: ≤50万元 target, 52万元 spent, weight 5, stated 5 (the rules give 4.81), with a reason given. */
  const costOverrunHost = (settings: Partial<Settings> = {}) => new FakeHost({ grids: () => [grid({ ...costOverrun(5, "材料涨价，超支 2 万元"), sheet: "绩效指标" })], settings });
  const tolerance = (name: RegExp) => screen.getByRole("radio", { name });
  const weight = () => screen.getByRole("textbox", { name: /预算执行率分值/ });
  const ruleHeadings = () => screen.queryAllByRole("heading", { name: /^(目标未完成|得分不符合评分规则)（/ }).map((h) => h.textContent);

  it("start at two decimals and 10 points, with the hints", async () => {
    await renderPanel();
    await openSettings();
    expect(tolerance(/两位小数/)).toBeChecked();
    expect(tolerance(/整数分/)).not.toBeChecked();
    expect(weight()).toHaveValue("10");
    expect(screen.getByText(/当地按整数分/)).toBeInTheDocument();
    expect(screen.getByText("默认 10 分；表上写明分值的，以表上为准。")).toBeInTheDocument();
  });

  it("by default, full marks where the rules give 4.81 are a score mismatch besides the unmet target", async () => {
    await renderPanel(costOverrunHost());
    await auditAndWait("审核整个工作簿");
    expect(ruleHeadings()).toEqual(["得分不符合评分规则（1 项）", "目标未完成（1 项）"]); // errors first
  });

  it("picked 整数分 and saved, the next audit gives the unmet target only", async () => {
    const { host } = await renderPanel(costOverrunHost());
    await openSettings();
    fireEvent.click(tolerance(/整数分/));
    fireEvent.click(save());
    await screen.findByText("设置已保存到工作簿，下次审核时生效。");
    expect(host.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ scoreTolerance: 1, executionWeight: 10 }));
    await auditAndWait("审核整个工作簿");
    expect(ruleHeadings()).toEqual(["目标未完成（1 项）"]);
  });

  it("show and apply what the workbook stores", async () => {
    await renderPanel(costOverrunHost({ scoreTolerance: 1, executionWeight: 20 }));
    await openSettings();
    expect(tolerance(/整数分/)).toBeChecked();
    expect(weight()).toHaveValue("20");
    await auditAndWait("审核整个工作簿");
    expect(ruleHeadings()).toEqual(["目标未完成（1 项）"]);
  });

  it.each(["0", "abc", "", "120", "-5"])("refuse the execution weight %p with a message and save nothing", async (text) => {
    const { host } = await renderPanel();
    await openSettings();
    fireEvent.change(weight(), { target: { value: text } });
    expect(screen.getByText("请输入大于 0、不超过 100 的分值。")).toBeInTheDocument();
    fireEvent.click(save());
    await waitFor(() => expect(screen.queryByText(/设置已保存/)).toBeNull());
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it("save a weight typed with 分, and reset both to the defaults", async () => {
    const { host } = await renderPanel(new FakeHost({ settings: { scoreTolerance: 0.1 } }));
    await openSettings();
    expect(tolerance(/一位小数/)).toBeChecked();
    fireEvent.change(weight(), { target: { value: "20分" } });
    fireEvent.click(save());
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ scoreTolerance: 0.1, executionWeight: 20 })));
    fireEvent.click(screen.getByRole("button", { name: "恢复默认设置" }));
    expect(tolerance(/两位小数/)).toBeChecked();
    expect(weight()).toHaveValue("10");
  });
});
