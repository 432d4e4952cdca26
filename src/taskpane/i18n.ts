/** Task pane text in both UI languages. The `UiText` type makes both dictionaries carry the same keys. */
import type { Lang } from "../core/types";

const enUS = {
  title: "Jixiao",
  subtitle: "Budget performance self-evaluation checker",
  placeholder: "The one-click checker is on its way.",
  formulasHint: "Meanwhile, type =JX. in a cell to use the formulas, e.g. =JX.EXECRATE(budget, actual).",
};

export type UiTextKey = keyof typeof enUS;
export type UiText = Readonly<Record<UiTextKey, string>>;

const zhCN: UiText = {
  title: "绩效",
  subtitle: "预算绩效自评审核",
  placeholder: "一键审核功能即将上线。",
  formulasHint: "现在可以在单元格中输入 =JX. 使用绩效公式，例如 =JX.EXECRATE(预算数, 执行数)。",
};

export const UI_TEXT: Readonly<Record<Lang, UiText>> = { "en-US": enUS, "zh-CN": zhCN };

export function uiText(lang: Lang): UiText {
  return UI_TEXT[lang];
}
