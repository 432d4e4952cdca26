/**
 * Task pane entry, and the add-in's composition root (the one taskpane file that may import src/excel):
 * waits for Office, then renders the checker in Office's language and theme over the Excel host.
 * Outside Excel, or in an Excel without the requirement sets the adapter needs, it says so and points
 * to the web checker instead of failing on the first click. In IE11/EdgeHTML compat.js has already
 * shown the static message and nothing starts here.
 */
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../excel/host";
import { missingRequirements, requirementName } from "../excel/requirements";
import { App, type PaneEnvironment } from "./App";
import { officeLanguage, officeThemeKind } from "./office-env";
import { unavailableHost } from "./unavailable-host";

function render(environment: PaneEnvironment): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const lang = officeLanguage();
  document.documentElement.lang = lang;
  const host = environment.kind === "excel" ? createExcelHost() : unavailableHost();
  createRoot(container).render(<App lang={lang} themeKind={officeThemeKind()} host={host} environment={environment} />);
}

function start(): void {
  if ((window as { JIXIAO_LEGACY_WEBVIEW?: boolean }).JIXIAO_LEGACY_WEBVIEW) return;
  // Office.js did not load (opened as a plain page, or the CDN is out of reach): not in Office.
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render({ kind: "outside-office" });
    return;
  }
  void Office.onReady((info) => {
    // In a plain browser Office.js reports no host; in WPS or another Office app, not Excel.
    if (!info || info.host !== Office.HostType.Excel) {
      render({ kind: "outside-office" });
      return;
    }
    const missing = missingRequirements();
    const highest = missing[missing.length - 1];
    render(highest ? { kind: "unsupported", missing: requirementName(highest) } : { kind: "excel" });
  });
}

start();
