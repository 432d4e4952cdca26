/**
 * The add-in's entry page (index.html, which WPS loads from the add-in folder and keeps open):
 * the callbacks ribbon.xml names. 审核 opens the task pane (the checker panel); 清除标注 puts back every
 * highlighted cell of the active workbook without opening it. WPS calls these as globals, by name.
 * The add-in objects (CreateTaskPane, GetTaskPane, PluginStorage) are et-jsapi-declare's `WPS.AddonRoot`.
 */
import { HostError } from "../host";
import { createWpsHost } from "./host";

/** et-jsapi-declare `WPS.CustomTaskpane`. */
interface TaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
}

/** et-jsapi-declare `WPS.AddonRoot` (the `wps` / `Application` global of an add-in page), the members used here. */
interface AddonRoot {
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: number): TaskPane | null;
  readonly PluginStorage: { getItem(key: string): string | null; setItem(key: string, value: string | number | boolean): void };
}

/** A ribbon control as WPS hands it to callbacks (CustomUI IRibbonControl). */
interface RibbonControl {
  Id: string;
}

const PANE_KEY = "jixiao.taskpane";
/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

function addon(): AddonRoot {
  const g = globalThis as { wps?: AddonRoot; Application?: AddonRoot };
  const root = g.wps ?? g.Application;
  if (!root) throw new HostError("no-workbook");
  return root;
}

const zh = typeof navigator === "undefined" || /^zh/i.test(navigator.language);
const TEXT = {
  title: zh ? "绩效审核" : "Jixiao checker",
  cleared: zh ? "已清除标注，单元格已恢复原样。" : "Highlights cleared; the cells are as they were.",
  partly: zh ? "已清除标注，但有些单元格未能恢复，请打开「审核」窗格查看。" : "Highlights cleared, but some cells could not be restored; open the checker pane for details.",
  failed: zh ? "清除标注未完成：" : "Clearing highlights failed: ",
};

/** The task pane page beside this one (absolute: CreateTaskPane wants a full URL). */
export function paneUrl(base: string): string {
  return new URL("taskpane.html", base).href;
}

/** Shows the checker pane, creating it once per WPS session; a second click hides it again. */
export function togglePane(root: AddonRoot, base: string): TaskPane {
  const stored = Number(root.PluginStorage.getItem(PANE_KEY));
  const existing = stored ? root.GetTaskPane(stored) : null;
  if (existing) {
    existing.Visible = !existing.Visible;
    return existing;
  }
  const pane = root.CreateTaskPane(paneUrl(base), TEXT.title);
  pane.DockPosition = DOCK_RIGHT;
  pane.Visible = true;
  root.PluginStorage.setItem(PANE_KEY, pane.ID);
  return pane;
}

export async function clearFromRibbon(): Promise<string> {
  try {
    const outcome = await createWpsHost().clearHighlights();
    return outcome.warnings.length > 0 ? TEXT.partly : TEXT.cleared;
  } catch (e) {
    return TEXT.failed + (e instanceof Error ? e.message : String(e));
  }
}

function show(message: string): void {
  if (typeof alert === "function") alert(message);
}

const callbacks = {
  OnAddinLoad(): boolean {
    return true;
  },
  OnAction(control: RibbonControl): boolean {
    if (control.Id === "jixiaoAudit") togglePane(addon(), document.location.href);
    else if (control.Id === "jixiaoClear") void clearFromRibbon().then(show);
    return true;
  },
  GetImage(control: RibbonControl): string {
    return control.Id === "jixiaoClear" ? "assets/icon-32.png" : "assets/icon-64.png";
  },
};

Object.assign(globalThis, callbacks, { ribbon: callbacks });
