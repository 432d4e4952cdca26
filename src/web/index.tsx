/**
 * Web checker entry: renders the page in the browser's language and colour scheme. Everything runs
 * in this page; the files never leave the browser.
 */
import { createRoot } from "react-dom/client";
import { langFromTag } from "../taskpane/office-env";
import { webText } from "./i18n";
import { WebApp } from "./WebApp";

/** localStorage, or null where the browser refuses access (some private modes throw on the getter). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const container = document.getElementById("container");
if (!container) throw new Error("checker.html has no #container element");
const lang = langFromTag(navigator.language);
document.documentElement.lang = lang;
document.title = webText(lang).pageTitle;
const dark = typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
createRoot(container).render(<WebApp lang={lang} themeKind={dark ? "dark" : "light"} storage={browserStorage()} />);
