/** Task pane entry: waits for Office, then renders the app in Office's language and theme. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeLanguage, officeThemeKind } from "./office-env";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const lang = officeLanguage();
  document.documentElement.lang = lang;
  createRoot(container).render(<App lang={lang} themeKind={officeThemeKind()} />);
});
