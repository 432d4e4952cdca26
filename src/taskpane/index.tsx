/**
 * Task pane entry: waits for Office, then renders the checker in Office's language and theme, talking
 * to the workbook through the Excel host. The only file here that runs Office code when loaded.
 */
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../excel/host";
import { App } from "./App";
import { officeLanguage, officeThemeKind } from "./office-env";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const lang = officeLanguage();
  document.documentElement.lang = lang;
  createRoot(container).render(<App lang={lang} themeKind={officeThemeKind()} host={createExcelHost()} />);
});
