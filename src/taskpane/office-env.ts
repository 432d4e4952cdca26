/**
 * The task pane's only window onto Office.js: the UI language and theme of the host.
 * Everything here falls back to sensible defaults when Office (or Office.context) is missing,
 * e.g. when taskpane.html is opened in a plain browser or rendered in a test.
 */
import type { Lang } from "../core/types";

export type ThemeKind = "light" | "dark";

/** zh, zh-CN, zh-Hans, zh-TW … → zh-CN; anything else → en-US. */
export function langFromTag(tag: string | null | undefined): Lang {
  return typeof tag === "string" && /^zh(?:[-_]|$)/i.test(tag.trim()) ? "zh-CN" : "en-US";
}

/** True for colours darker than mid-grey (relative luminance below 0.5); false for anything unparsable. */
export function isDarkColor(color: string | null | undefined): boolean {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec((color ?? "").trim());
  if (!m || m[1] === undefined) return false;
  let hex = m[1];
  if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.5;
}

function officeContext(): Office.Context | undefined {
  // `Office` is a global only where office.js has loaded.
  return typeof Office !== "undefined" ? Office.context : undefined;
}

/** The UI language: Office's display language, else the browser's, else en-US. */
export function officeLanguage(): Lang {
  const context = officeContext();
  if (context?.displayLanguage) return langFromTag(context.displayLanguage);
  return langFromTag(typeof navigator !== "undefined" ? navigator.language : undefined);
}

/** Dark when Office's task pane background is dark; light when Office does not say. */
export function officeThemeKind(): ThemeKind {
  const theme = officeContext()?.officeTheme;
  return theme && isDarkColor(theme.bodyBackgroundColor) ? "dark" : "light";
}
