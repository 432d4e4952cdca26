/**
 * The WPS task pane's entry: the same checker panel as Excel's, talking to the workbook through the
 * WPS host. WPS has no Office.onReady; its object model is there when the page runs. Like index.tsx,
 * a composition root, and the only other file here allowed to import a host adapter.
 */
import { createRoot } from "react-dom/client";
import { createWpsHost } from "../wps/host";
import { App } from "./App";
import { langFromTag } from "./office-env";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const lang = langFromTag(navigator.language);
document.documentElement.lang = lang;
const dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
createRoot(container).render(<App lang={lang} themeKind={dark ? "dark" : "light"} host={createWpsHost()} />);
